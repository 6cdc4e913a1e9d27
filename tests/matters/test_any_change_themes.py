"""A thing named by a word for any change of course ("the change", "the move", "the
plans"): within one article it is the article's change. "The fire brigade supports the
change" and "Westmarch Fire and Rescue has not backed the closure of the Dunby station",
told in one story of the station, are one question
(:func:`onrecord.matters.generic_themes.names_any_change`).

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.generic_themes import names_any_change
from onrecord.matters.themes import theme_of

from .builders import item, kinds

_BACKS = "The fire brigade supports the change."
_NOT = "Westmarch Fire and Rescue has not backed the closure of the Dunby fire station."


def _two(a: str, b: str, *, article: str = "a1") -> list[Item]:
    return [
        item("1", a, "Lionel Ashcroft", "2031-03-04", article="a1"),
        item("2", b, "Carys Pendleford", "2031-03-04", article=article),
    ]


def test_the_change_in_one_article_is_its_change() -> None:
    assert kinds(*_two(_BACKS, _NOT)) == [("contradiction", "1", "2")]


def test_a_change_told_with_its_own_words_is_that_change() -> None:
    """ "the change to the bus lanes" names a thing: not the station's closure."""
    lanes = "The fire brigade supports the change to the bus lanes."
    assert kinds(*_two(lanes, _NOT)) == []


def test_names_any_change_reads_only_the_bare_word() -> None:
    def reads(text: str, word: str) -> bool:
        return names_any_change(theme_of(text, word), text)

    assert reads("The union backs the plans", "backs")
    assert reads("We support the move, he said", "support")
    assert not reads("We support the move to Harbour Street", "support")
    assert not reads("We support the closure", "support")
