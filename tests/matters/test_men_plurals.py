"""Plurals in "-men" stem as their singulars in "-man" ("freshmen", "firemen", "women"), so
that "no freshman" and "300 freshmen" name one thing; words that end in "-men" and are no
plural ("specimen", "abdomen", "acumen") are left whole. Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.lexicon import stem

from .builders import item, kinds

_DAY = "2031-09-02"


def test_men_plurals_stem_as_their_singular() -> None:
    assert stem("freshmen") == stem("freshman")
    assert stem("firemen") == stem("fireman")
    assert stem("policemen") == stem("policeman")
    assert stem("women") == stem("woman")
    assert stem("men") == stem("man")


def test_words_in_men_that_are_no_plural_stay_whole() -> None:
    for word in ("specimen", "abdomen", "acumen", "stamen", "omen", "regimen", "semen"):
        assert stem(word) == word
    assert stem("specimen") != stem("speciman")


def test_a_count_in_the_plural_meets_a_denial_in_the_singular() -> None:
    a = item("a", "More than 200 freshmen have been housed at the Corvel Lodge", "Ida Penn", _DAY)
    b = item("b", "No freshman has been housed at the lodge", "Otto Brand", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_two_kinds_of_people_in_men_stay_apart() -> None:
    a = item("a", "More than 200 freshmen have been housed at the Corvel Lodge", "Ida Penn", _DAY)
    b = item("b", "No fireman has been housed at the lodge", "Otto Brand", _DAY)
    assert kinds(a, b) == []
