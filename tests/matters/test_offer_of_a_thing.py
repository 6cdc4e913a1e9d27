"""An act made to someone names what it gives or asks after "of": "there was never a written
offer of a lower fee" denies an offer, as "there had been no offer" does, where "there was a
lot of anger" asserts no act (:func:`onrecord.matters.existentials.existential_phrase`).

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim


def _events(text: str) -> list[tuple[str, int]]:
    return [(e.key, e.polarity) for c in parse_claim(text).clauses for e in c.events]


def test_never_an_offer_of_a_thing_denies_the_offer() -> None:
    assert ("offer", -1) in _events("There was never a written offer of a lower fee.")


def test_an_offer_of_a_thing_asserts_the_offer() -> None:
    assert ("offer", 1) in _events("There was an offer of a lower fee in March.")


def test_a_request_of_that_kind_is_an_act_too() -> None:
    assert [k for k, _ in _events("There has never been a request of that kind.")] == ["request"]


def test_a_quantity_of_a_thing_stays_no_act() -> None:
    assert _events("There was a lot of anger at the meeting.") == []
