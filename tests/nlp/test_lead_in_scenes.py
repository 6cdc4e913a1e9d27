"""A statement's own lead-in sets its scene: its date, and no statement of its own.

* A time in a participle leading into the cue ("Asked on Wednesday about ..., X said",
  "Speaking on Tuesday, X said") dates the statement before any date carried from an earlier
  sentence; one set off in time ("After visiting the site on Monday") or on a state
  ("Elected in 2019") does not.
* The reporter's question in that lead-in is no statement; a question someone named puts is.
* "told NOUN_PHRASE that ...": the content starts after "that", even where the parser read
  the object's last noun as a verb ("told the Harbor Radio morning show that ...").
* "X told Y that ..., according to a recording": the recording passes X's words on, it is no
  second statement; an "according to" on its own still is one.

Invented articles published on Wednesday, 2031-04-02.
"""

from __future__ import annotations

import pytest

from onrecord.models import Record

from .records import find

pytestmark = pytest.mark.model

PUBLISHED = "2031-04-02"
EARLIER = "Mayor Ana Pellow said last month that the Brindle pool would open in June. "


def run(extractor, text: str) -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract_text(text, published=PUBLISHED)  # type: ignore[no-any-return]


def said_on(extractor, text: str, fragment: str) -> str | None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, text), fragment)
    return s.date.value if s.date else None


@pytest.mark.parametrize(
    ("lead_in", "expected"),
    [
        ("Asked on Wednesday about the delay, Pellow said", "2031-04-02"),
        ("Speaking on Tuesday, Pellow said", "2031-04-01"),
        ("Pressed on Monday about the leak, Pellow said", "2031-03-31"),
    ],
)
def test_lead_in_time_dates_its_statement(extractor, lead_in: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    text = EARLIER + f"{lead_in} the pool was safe."
    assert said_on(extractor, text, "pool was safe") == expected


@pytest.mark.parametrize(
    "lead_in",
    [
        "After visiting the site on Monday, Pellow said",
        "Elected in 2019, Pellow said",
    ],
)
def test_lead_in_of_another_time_does_not_date_it(extractor, lead_in: str) -> None:  # type: ignore[no-untyped-def]
    # the same article with an occasion's lead-in is dated by it; these keep the scene
    occasion = EARLIER + "Speaking on Tuesday, Pellow said the pool was safe."
    assert said_on(extractor, occasion, "pool was safe") == "2031-04-01"
    text = EARLIER + f"{lead_in} the pool was safe."
    assert said_on(extractor, text, "pool was safe") == "2031-03"


@pytest.mark.parametrize(
    "text",
    [
        "Asked on Wednesday about the delay, Pellow said she backed the board.",
        "When asked whether the pool would open, Pellow said she backed the board.",
        "Asked if the pool would open, Pellow said she backed the board.",
    ],
)
def test_reporters_question_is_no_statement(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    record = run(extractor, text)
    assert [s.content.text for s in record.statements] == ["she backed the board"]
    assert [s.speaker.name for s in record.framing] == [None]  # kept for scoring


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ilse Moreno asked whether the levy would pass.", "whether the levy would pass"),
        ("Asked by Councillor Odile Brandt whether the levy would pass, Pellow said no.", "no"),
    ],
)
def test_a_named_askers_question_stays(extractor, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [s.content.text for s in run(extractor, text).statements]
    # while the reporter's, beside it, is set aside
    lead_in = run(extractor, "Asked about the levy, Pellow said no.")
    assert [s.content.text for s in lead_in.statements] == ["no"]


def test_told_object_noun_stays_out_of_content(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Pellow told the Harbor Radio morning show that a rise was unavoidable."
    record = run(extractor, text)
    assert [(s.cue.text if s.cue else "", s.content.text) for s in record.statements] == [
        ("told", "a rise was unavoidable")
    ]


def test_told_then_a_real_clause_keeps_its_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Pellow told reporters the figures show that the pool is broke."
    record = run(extractor, text)
    assert [s.content.text for s in record.statements] == [
        "the figures show that the pool is broke"
    ]
    misread = run(extractor, "Pellow told the Harbor Radio morning show that the pool is broke.")
    assert [s.content.text for s in misread.statements] == ["the pool is broke"]


def test_according_to_a_record_relays_the_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Monday, Mayor Ana Pellow had told the Harbor Radio morning show that a rise was "
        "unavoidable, "
        "according to a recording reviewed by the Brindle Ledger."
    )
    record = run(extractor, text)
    assert [(s.speaker.name, s.content.text, s.conduit) for s in record.statements] == [
        ("Ana Pellow", "a rise was unavoidable", "a recording")
    ]
    assert [s.cue.text for s in record.framing if s.cue] == ["according to"]


def test_according_to_on_its_own_stays_a_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Brindle pool will close in May, according to a report by the parks board."
    record = run(extractor, text)
    assert [s.cue.text for s in record.statements if s.cue] == ["according to"]
    assert record.framing == ()
