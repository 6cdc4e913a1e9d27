"""A figure's noun stops before an adverb after it (:mod:`onrecord.matters.figures`): "fewer
than 30 people ever saw the file" counts people, not "ever"; "200 families still live there"
counts families."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of


def _heads(text: str) -> list[str]:
    return [f.head for c in parse_claim(text).clauses for f in figures_of(c)]


def test_the_noun_before_an_adverb_is_what_is_counted() -> None:
    assert _heads("Fewer than 30 people ever saw the planning file.") == ["peopl"]
    assert _heads("About 200 families still live on the Brackwater estate.") == ["family"]
    assert _heads("Nine wardens now patrol the Hollin reserve.") == ["warden"]


def test_a_two_word_noun_is_still_read_whole() -> None:
    assert _heads("The union wants a 4 percent pay rise for porters.") == []
    assert _heads("The ferry firm offered a 3 percent pay rise.") == ["ris"]
