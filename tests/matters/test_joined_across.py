"""Two statements of two articles that only a third joins answer two questions: no
contradiction between them (:mod:`onrecord.matters.joined_across`). Every
sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters.claims import Item
from onrecord.models import Speaker

from .builders import item, kinds

_PLAN = "the ferry office on Harn Island will close in May"
_WHY = "the closure was about saving money"
_DENIAL = "no ferry office on Harn Island will close this year"


def _plan() -> Item:
    sentence = f"Councillor Tamsin Orrell said {_PLAN}."
    return item("b", _PLAN, "Tamsin Orrell", "2031-04-01", article="a1", sentence=sentence)


def _why(text: str = _WHY, article: str = "a1", day: str = "2031-04-01") -> Item:
    sentence = f"Bram Keddie said {text}."
    return item("a", text, "Bram Keddie", day, article=article, sentence=sentence)


def _denial(article: str = "a2", day: str = "2031-04-20") -> Item:
    sentence = f"Ines Garrow said {_DENIAL}."
    return item("c", _DENIAL, "Ines Garrow", day, article=article, sentence=sentence)


def test_a_pair_of_two_articles_joined_only_through_a_third_is_no_contradiction() -> None:
    # "why close it" (article 1) and "none closed this year" (article 2) share only the
    # event; the plan they each share words with still meets the denial
    found = kinds(_plan(), _why(), _denial())
    assert ("contradiction", "a", "c") not in found
    assert ("contradiction", "b", "c") in found


def test_a_pair_of_two_articles_sharing_a_word_stands() -> None:
    why = _why("the closure of the Harn Island ferry office was about saving money", article="a3")
    assert ("contradiction", "a", "c") in kinds(_plan(), why, _denial())


def test_a_pair_within_one_article_sharing_no_word_stands() -> None:
    # within one article the talk itself joins two speakers: the pair is left to the judge
    found = kinds(_plan(), _why(), _denial(article="a1", day="2031-04-01"))
    assert ("contradiction", "a", "c") in found


def test_one_speaker_joined_only_through_a_third_is_still_a_reversal() -> None:
    # one speaker's own words in two articles: a change of position, whatever words it takes
    later = replace(_denial(), statement=replace(_denial().statement, speaker=Speaker(
        "Bram Keddie", "person", ())))  # fmt: skip
    found = kinds(_plan(), _why(), Item.of(later.statement, article="a2"))
    assert ("reversal", "a", "c") in found
