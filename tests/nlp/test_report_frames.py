"""Three frames of reporting, invented sentences: an ``as`` clause of reporting around a clause
whose verb of the lexicon reports nothing there is the outlet's (or person's) own statement;
set phrases built on "say" (``That said, ...``) are no statement; and a passive verb of making
known with no agent (``The price was not disclosed``) is a statement with no source named,
its subject what was made known."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "As reported by the Dunmore Ledger, investigators found over 200 letters in the "
            "archive.",
            "reported",
            "the Dunmore Ledger",
            "investigators found over 200 letters in the archive",
        ),
        (
            "As first reported by the Dunmore Ledger, inspectors found cracks in the dam.",
            "first reported",
            "the Dunmore Ledger",
            "inspectors found cracks in the dam",
        ),
        (
            "The fares changed over the summer, as Ruiz has sometimes acknowledged.",
            "has sometimes acknowledged",
            "Ruiz",
            "The fares changed over the summer",
        ),
        (
            "The mill closed within a year, as Orla Venn argued at the hearing.",
            "argued",
            "Orla Venn",
            "The mill closed within a year",
        ),
    ],
)
def test_an_as_clause_reports_a_clause_that_reports_nothing(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # the clause holds a statement with a speaker: the outlet relays it
            "As first reported by the Dunmore Ledger, officials said the mill will close.",
            "officials",
            "the mill will close",
        ),
        (  # a closing clause with no "as": its cue verb is still the earlier clause's
            "Later, he added buses, and, still later, he attacked the tolls on the bridge.",
            None,
            None,
        ),
    ],
)
def test_an_as_clause_around_a_statement_stays_a_relay(
    found: Found, text: str, speaker: str | None, content: str | None
) -> None:
    got = found(text)
    if speaker is None:
        assert not any(src == "he" and c.startswith("Later") for _, src, c in got), got
        return
    assert any(src == speaker and c == content for _, src, c in got), got
    assert not any(src and "Ledger" in src for _, src, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "That said, Ruiz cannot win the seat outright.",
        "But that said, the council will vote on the levy in May.",
        "That being said, the council will vote in May.",
        "Having said that, the plan may still fail.",
        "Truth be told, the plan was never popular.",
    ],
)
def test_a_set_phrase_with_say_is_no_statement(found: Found, text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (  # a real report whose subject is the demonstrative
            "Dorn denied it. That, Ruiz said, was the end of the matter.",
            "said",
            "Ruiz",
            None,
        ),
        (
            "Having said that she would run, Ruiz entered the race.",
            "Having said",
            "Ruiz",
            "she would run",
        ),
        (
            '"That said, we will go on," Ruiz said.',
            "said",
            "Ruiz",
            "That said, we will go on,",
        ),
    ],
)
def test_say_outside_the_set_phrases_still_reports(
    found: Found, text: str, cue: str, source: str, content: str | None
) -> None:
    got = found(text)
    assert any(c == cue and s == source and content in (None, n) for c, s, n in got), got


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "On Thursday, the closure of the Dunmore library was announced.",
            "was announced",
            "the closure of the Dunmore library",
        ),
        ("The price of the farm was not disclosed.", "was not disclosed", "The price of the farm"),
        ("No other names were mentioned in the letter.", "were mentioned", "No other names"),
        (
            "The failure of the pumps had been previously reported in May.",
            "had been previously reported",
            "The failure of the pumps",
        ),
    ],
)
def test_an_agentless_passive_announcement_has_no_source(
    found: Found, text: str, cue: str, content: str
) -> None:
    assert (cue, None, content) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ruiz was announced as the winner.", "Ruiz"),  # a predicate: not what was made known
        ("They were announced at the door.", "They"),  # a pronoun: the people called out
        ("Ana Brell was mentioned in the letter.", "Ana Brell"),  # a person named, not a claim
        ("The fire was reported to be under control.", "The fire"),  # the raising frame's
        ("The plan, which was announced in May, will cost $2 million.", "which"),
    ],
)
def test_an_agentless_passive_that_makes_nothing_known_is_left(
    found: Found, text: str, absent: str
) -> None:
    got = found(text)
    assert not any(s is None and n == absent for _, s, n in got), got


def test_an_as_clause_of_time_wraps_the_clause_before(found: Found) -> None:
    text = (
        "I think the vote timely, as at this time the polls are showing a slip in support for "
        "the mayor."
    )
    got = found(text)
    assert not any(c.startswith("I think") for _, _, c in got), got
