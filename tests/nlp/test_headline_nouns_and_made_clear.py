"""Headlines and "made clear" that are not reports, and must stay so.

* A possessive before a plural noun in -s ("Mayor's Promises Fall Flat") makes the noun a
  thing owned, not a verb; a participle after the -s word ("Union Demands Rejected By Board")
  is the line's verb, so the -s word is a noun.
* "made clear progress", "made clear roads safer": "clear" is an adjective on the noun after
  it, not the stance "made clear that ...".

Invented headlines and sentences.
"""

from __future__ import annotations

import pytest

from .conftest import Found

_BODY = "\nThe council met on Monday."


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor's Promises Fall Flat With Voters",
        "Officials' Claims Draw Scrutiny",
        "Senator's Remarks Spark Outrage In Dunmore",
        "Union Demands Rejected By Harbor Board",
        "Budget Plans Unveiled By Harlow Council",
    ],
)
def test_a_noun_in_s_is_no_headline_cue(found: Found, headline: str) -> None:
    assert found(headline + _BODY) == []


def test_a_headline_verb_after_a_name_still_reports(found: Found) -> None:
    cues = {
        cue: (source, content)
        for cue, source, content in found("Voss Admits Error On Budget" + _BODY)
    }
    assert cues["Admits"] == ("Voss", "Error On Budget")


@pytest.mark.parametrize(
    "text",
    [
        "The crews made clear progress on Monday, the bridge reopening to traffic by noon.",
        "The new lights made clear roads safer at night.",
    ],
)
def test_clear_on_a_noun_is_no_stance(found: Found, text: str) -> None:
    assert not [cue for cue, _, _ in found(text) if cue.startswith("made")]


def test_made_clear_with_its_clause_still_reports(found: Found) -> None:
    got = found("The crews made clear the debris had blocked the drains.")
    assert ("made clear", "The crews", "the debris had blocked the drains") in got
