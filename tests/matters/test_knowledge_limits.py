"""A statement limited to what the speaker knows is hedged.

"As far as I know, nothing has been decided" tells what the speaker has heard of, not that no
decision was taken: it does not deny "the board had decided to sell the depot". The lead-in
is its own clause before the comma, so it is joined to the clause it limits. Without it, the
same denial still contradicts; "as far as I'm concerned" (a view held, not a limit of
knowledge) and "as far as the river" (a distance) hedge nothing.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import item, kinds


def _modalities(text: str) -> list[str]:
    return [c.modality for c in parse_claim(text).clauses if c.events]


def test_a_limit_of_knowledge_hedges_the_clause_it_opens() -> None:
    for text in (
        "As far as I know, nothing has been decided",
        "As far as we are aware, the pool has not closed",
        "To my knowledge, nobody has been told to leave",
    ):
        assert _modalities(text) == ["hedged"], text


def test_a_view_or_a_distance_is_no_limit_of_knowledge() -> None:
    assert set(_modalities("As far as I'm concerned, the depot will close")) == {"certain"}
    path = "The path will run as far as the river, and the depot will close"
    assert set(_modalities(path)) == {"certain"}


def test_what_the_speaker_knows_of_does_not_deny_a_decision() -> None:
    a = item("s1", "the board had decided to sell the Carrow depot", "Wendell Ames", "2031-06-02")
    b = item("s2", "As far as I know, nothing has been decided", "Rhiannon Teague", "2031-06-02")
    assert kinds(a, b) == []


def test_a_plain_denial_still_contradicts() -> None:
    a = item("s1", "the board had decided to sell the Carrow depot", "Wendell Ames", "2031-06-02")
    b = item("s2", "Nothing has been decided about the Carrow depot", "Rhiannon Teague",
             "2031-06-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]
