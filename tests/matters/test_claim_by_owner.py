"""A rebuttal whose owner follows the words for what was said: "denied a claim by Kayleigh
Dunmore that ...", "rejected the claim by Kayleigh Dunmore, the riders' secretary, that ...",
"dismissed claims from the riders' group that ..." (:func:`.rebuttal_targets.claim_by`).
Invented: a bus route in Pellham."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.rebuttal_targets import claim_by

from .builders import item

_LATE = "the number 9 bus had been late every morning"


def _rebuttals(*items: Item) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in analyze_items(list(items))[1]
                  if c.kind == "rebuttal")  # fmt: skip


def _told(sentence: str, cue: str, owner: str = "Kayleigh Dunmore") -> list[Item]:
    """Dunmore's two earlier statements, on two things, and the rebuttal in a later report."""
    late = item("o1", "The number 9 bus was late every morning in March", owner, "2031-04-01",
                article="a1")  # fmt: skip
    fares = item("o2", "Fares on the number 9 will go up in May", owner, "2031-04-01",
                 article="a1")  # fmt: skip
    rebutter = item("r", "the buses ran to time", "Owen Tull", "2031-04-03", article="a2",
                    sentence=sentence, cue=cue)  # fmt: skip
    return [late, fares, rebutter]


def test_the_owner_after_by_names_whose_claim_it_is() -> None:
    sentence = (f"Owen Tull, of Pell Transit, denied a claim by Kayleigh Dunmore that {_LATE}, "
                "saying the buses ran to time.")  # fmt: skip
    assert _rebuttals(*_told(sentence, "denied a claim")) == [("r", "o1")]


def test_an_apposition_may_stand_between_the_owner_and_the_claim() -> None:
    sentence = ("Owen Tull rejected the claim by Kayleigh Dunmore, the riders' secretary, that "
                f"{_LATE}, saying the buses ran to time.")  # fmt: skip
    assert _rebuttals(*_told(sentence, "rejected the claim")) == [("r", "o1")]


def test_where_the_claim_begins() -> None:
    text = "Tull rejected the claim by Kayleigh Dunmore, the riders' secretary, that it was late."
    assert claim_by(text, text.index("the claim")) == ("Kayleigh Dunmore", text.index("that"))
    text = "Tull dismissed claims from the riders' group that the bus was late."
    assert claim_by(text, text.index("claims")) == ("the riders' group", text.index("that"))


def test_no_claim_follows_no_owner_is_read() -> None:
    """A claim sent by post, figures from a survey, a request from a union: no claim named
    after them, no owner."""
    for text, at in (
        ("Tull rejected the claim by email, saying it came too late.", "the claim"),
        ("Tull disputed the figures from the survey.", "the figures"),
        ("Tull rejected a request from the union that talks resume.", "a request"),
    ):
        assert claim_by(text, text.index(at)) is None, text


def test_a_claim_by_someone_who_never_said_it_is_answered_by_no_other_speaker() -> None:
    """Dunmore named as the owner; the claim is only another rider's: no pair with her
    statement about fares, nor with the other rider."""
    sentence = (f"Owen Tull denied a claim by Kayleigh Dunmore that {_LATE}, saying the buses "
                "ran to time.")  # fmt: skip
    _, fares, rebutter = _told(sentence, "denied a claim")
    other = item("o1", "The number 9 bus was late every morning in March", "Ravi Hollis",
                 "2031-04-01", article="a1")  # fmt: skip
    assert _rebuttals(other, fares, rebutter) == []
