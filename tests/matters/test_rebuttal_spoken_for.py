"""A body's claim as a rebuttal sentence reports it ("pushed back on the campaign's claim
that ..."), read from that sentence as the body's statement: when a person told the claim in
their own words before, the rebuttal answers those words (:mod:`onrecord.matters.spoken_for`);
a claim no person told, or a person's own claim as reported, stays as it is. The story is
invented: a depot sale in Ostry Vale."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import placed

_OWN = "The council's own surveyors valued the depot at 3 million pounds"
_FOUNDER = f'"{_OWN}," said Wilma Garrod, who founded the Save Ostry Depot group.'
_OTHER = "The depot should stay in public hands"
_OTHER_SAID = f'"{_OTHER}," said Wilma Garrod, who founded the Save Ostry Depot group.'
_REBUTTAL = (
    "Piers Lumley, the surveyor, pushed back on the campaign's claim that the surveyors had "
    "valued the depot at 3 million pounds."
)
_CLAIM = "the surveyors had valued the depot at 3 million pounds"


def _rebuttals(first: str, words: str, owner: str, kind: str) -> list[tuple[str, str]]:
    body = "\n\n".join((first, _REBUTTAL))
    founder = placed("g", "Wilma Garrod", first, words, "said", body.index(first))
    at = body.index(_REBUTTAL)
    reply = placed("r", "Piers Lumley", _REBUTTAL, f"the campaign's claim that {_CLAIM}",
                   "pushed back on", at)  # fmt: skip
    claim = placed("c", owner, _REBUTTAL, _CLAIM, "claim", at, kind=kind)  # type: ignore[arg-type]
    items = [Item.of(s, article="a1") for s in (founder, reply, claim)]
    return sorted(
        (c.a.statement, c.b.statement) for c in analyze_items(items)[1] if c.kind == "rebuttal"
    )


def test_a_bodys_reported_claim_is_answered_in_the_words_of_the_person_who_said_it() -> None:
    assert _rebuttals(_FOUNDER, _OWN, "campaign", "organization") == [("r", "g")]


def test_a_bodys_reported_claim_stands_when_no_person_said_it() -> None:
    assert _rebuttals(_OTHER_SAID, _OTHER, "campaign", "organization") == [("r", "c")]


def test_a_persons_reported_claim_stands() -> None:
    # "pushed back on Garrod's claim": the claim as reported is the named person's own
    assert _rebuttals(_FOUNDER, _OWN, "Campaign Garrod", "person") == [("r", "c")]
