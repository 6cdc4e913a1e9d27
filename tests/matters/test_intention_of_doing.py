"""An intention names its act after "of" in -ing as a plan names it after "to": "we have no
intention of selling the ground" is the speaker's stance on a sale ahead, so a sale made later
is a change of position (:func:`onrecord.matters.predicates.intended_act`).

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim

from .builders import item, kinds

_WHO = "Tamsin Oakhurst"


def _clause(text: str) -> tuple[str, str, list[tuple[str, int]]]:
    c = parse_claim(text).clauses[0]
    return c.modality, c.tense, [(e.key, e.polarity) for e in c.events]


def test_no_intention_of_doing_denies_the_act_ahead() -> None:
    modality, tense, events = _clause("We have no intention of selling the Brackley ground.")
    assert (modality, tense) == ("belief", "future")
    assert ("sell", -1) in events


def test_an_intention_then_the_act_is_a_reversal() -> None:
    found = kinds(
        item("1", "We have no intention of selling the Brackley ground.", _WHO, "2031-03-04",
             article="a1"),
        item("2", "We sold the Brackley ground to a developer in June.", _WHO, "2031-07-11",
             article="a2"),
    )  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_an_intention_of_a_thing_is_no_intention_to_act() -> None:
    """ "the intention of the rule" names what a rule is for: no stance, no act."""
    modality, _, events = _clause("The intention of the parking rule is clear.")
    assert modality == "certain"
    assert not any(key == "intent" for key, _ in events)
