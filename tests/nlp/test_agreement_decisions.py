"""Agreement and decisions, invented sentences: "agreed with X" is a view of X its subject
holds, and "decided to X" an intention it resolved on, as "resolved to X" is; "agreed on a
plan with X" makes X a party, not a view, and a decision with no infinitive is no intention."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Governor Alma Steed agreed with the auditor's findings.",
            "agreed with",
            "Governor Alma Steed",
            "the auditor's findings",
        ),
        (
            "Most farmers in Kettle County disagree with the new water rules.",
            "disagree with",
            "Most farmers in Kettle County",
            "the new water rules",
        ),
        ("The panel concurred with the judge.", "concurred with", "The panel", "the judge"),
    ],
)
def test_agreeing_with_is_a_view(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Steed decided to run for a second term.", "Steed", "to run for a second term"),
        ("The council decided not to raise the levy.", "The council", "not to raise the levy"),
    ],
)
def test_deciding_to_is_an_intention(found: Found, text: str, source: str, content: str) -> None:
    assert ("decided", source, content) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Steed agreed on a budget with the union on Friday.",
        "The weather decided the race.",
        "Voters will decide the race in November.",
    ],
)
def test_a_party_or_a_plain_object_is_no_statement(found: Found, text: str) -> None:
    assert found(text) == [], found(text)


def test_agreeing_to_and_deciding_that_keep_their_reading(found: Found) -> None:
    assert ("agreed", "Steed", "to meet the union") in found("Steed agreed to meet the union.")
    assert ("decided", "Steed", "the levy was unfair") in found(
        "Steed decided that the levy was unfair."
    )
