"""Cues, sources and content edges, invented sentences: a relative clause's own report (its
relative word ``that``, then the rest), a short quotation right after its tag, a closing ``as``
clause, requests and writings with their preposition, a second object that names, a
coordinated report of the same pronoun, a closing clause the parse hung on the cue, and a
period that ends an abbreviation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from onrecord.nlp.attribution import find_attributions

pytestmark = pytest.mark.model


@dataclass(frozen=True)
class Found:
    cue: str
    source: str | None
    content: str
    parts: tuple[str, ...]
    kind: str


Reader = Callable[[str], list[Found]]


@pytest.fixture
def read(nlp) -> Reader:  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Found]:
        out = []
        for a in find_attributions(nlp(text))[0]:
            out.append(
                Found(
                    cue=text[a.cue[0] : a.cue[1]] if a.cue else "",
                    source=text[a.source[0] : a.source[1]] if a.source else None,
                    content=text[a.content[0] : a.content[1]],
                    parts=tuple(text[s:e] for s, e in a.parts),
                    kind=a.kind,
                )
            )
        return out

    return run


def _by_cue(found: list[Found], cue: str) -> Found:
    hits = [f for f in found if f.cue == cue]
    assert hits, f"no statement cued by {cue!r}: {found}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "cue", "source", "parts"),
    [
        (  # a restrictive "that" is the relative word, not a complementizer to drop
            "The council passed a zoning rule that the planner said revived the old docks.",
            "said",
            "the planner",
            ("that", "revived the old docks"),
        ),
        (
            "It was a levy that the auditor says burdened small bakeries.",
            "says",
            "the auditor",
            ("that", "burdened small bakeries"),
        ),
        (  # "which" was kept before: the same split
            "The levies, which the mayor says emptied the market halls, end in May.",
            "says",
            "the mayor",
            ("which", "emptied the market halls"),
        ),
    ],
)
def test_relative_clause_reports(read: Reader, text: str, cue: str, source: str, parts) -> None:  # type: ignore[no-untyped-def]
    found = _by_cue(read(text), cue)
    assert found.source == source
    assert found.parts == parts


def test_complementizer_that_still_goes(read: Reader) -> None:
    found = read("The planner said that the old docks would reopen.")
    assert _by_cue(found, "said").content == "the old docks would reopen"


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            'Moderator Rhea Okafor then asked, "With tariffs?"',
            "then asked",
            "Moderator Rhea Okafor",
            "With tariffs?",
        ),
        (
            'Asked about the ferry, Councillor Dunmore said, "Probably."',
            "said",
            "Councillor Dunmore",
            "Probably.",
        ),
        (
            'The harbour master laughed and said: "We\'ll see."',
            "said",
            "The harbour master",
            "We'll see.",
        ),
    ],
)
def test_short_quotation_after_its_tag(
    read: Reader, text: str, cue: str, source: str, content: str
) -> None:
    found = _by_cue(read(text), cue)
    assert (found.source, found.content, found.kind) == (source, content, "direct")


def test_short_quoted_name_is_no_statement(read: Reader) -> None:
    # no comma or colon joins the tag to it: a scare-quoted word inside the clause
    found = read('Councillor Dunmore called the ferry plan a "gamble."')
    assert all(f.kind != "direct" for f in found)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The quarry will close in March, as the Lakeside Courier reported.",
            "reported",
            "the Lakeside Courier",
            "The quarry will close in March",
        ),
        (
            "As first reported by the Lakeside Courier, the quarry will close in March.",
            "first reported",
            "the Lakeside Courier",
            "the quarry will close in March",
        ),
        (
            "The quarry will close in March, as first reported by the Lakeside Courier.",
            "first reported",
            "the Lakeside Courier",
            "The quarry will close in March",
        ),
    ],
)
def test_as_reported(read: Reader, text: str, cue: str, source: str, content: str) -> None:
    found = _by_cue(read(text), cue)
    assert (found.source, found.content) == (source, content)


def test_as_clause_of_time_is_no_report(read: Reader) -> None:
    # "as" of time with a verb of speaking: the market did not fall because Ruiz said so
    found = read("The market fell sharply, as Senator Ruiz spoke.")
    assert all(f.cue != "spoke" for f in found)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The landlord asked for proof of income.", "asked for", "proof of income"),
        ("Ms. Vashti wrote about the flooding in Marlow.", "wrote about", "the flooding in Marlow"),
        (
            "The chaplain wrote of the storms that sank the Marisol.",
            "wrote of",
            "the storms that sank the Marisol",
        ),
    ],
)
def test_verb_and_preposition(read: Reader, text: str, cue: str, content: str) -> None:
    assert _by_cue(read(text), cue).content == content


def test_a_second_object_names_the_first(read: Reader) -> None:
    text = 'In May the bishop called for the mayor to resign, calling him "a disgrace to the city."'
    assert _by_cue(read(text), "calling").content == 'him "a disgrace to the city."'


def test_same_pronoun_reports_again(read: Reader) -> None:
    found = read("He said that he was leaving the choir and vowed to coach the youth team.")
    assert _by_cue(found, "said").content == "he was leaving the choir"
    assert _by_cue(found, "vowed").content == "to coach the youth team"


def test_another_subject_does_not_report_again(read: Reader) -> None:
    # the clause's own subject, not the speaker: "the mayor ... vowed" is what she said
    found = read("She said that the mayor was leaving and vowed to run again.")
    assert "vowed to run again" in _by_cue(found, "said").content


def test_closing_clause_hung_on_the_cue(read: Reader) -> None:
    text = (
        "The survey found that renters are more likely than owners to vote this year, although "
        "the gap has narrowed since spring."
    )
    assert _by_cue(read(text), "found").content.endswith(
        "although the gap has narrowed since spring"
    )


def test_closing_setting_stays_with_the_saying(read: Reader) -> None:
    text = "The warden said the east gate would reopen, in a statement on Tuesday."
    assert _by_cue(read(text), "said").content == "the east gate would reopen"


def test_abbreviation_keeps_its_period(read: Reader) -> None:
    text = "The watchman said he first heard the alarm about 9:40 p.m."
    assert _by_cue(read(text), "said").content == "he first heard the alarm about 9:40 p.m."


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The ferry crews were pleased with the new timetable.",
            "were pleased with",
            "the new timetable",
        ),
        ("Councillor Oduya is proud of the river walk.", "is proud of", "the river walk"),
        ("Some growers were leery about the water levy.", "were leery about", "the water levy"),
    ],
)
def test_attitude_adjectives(read: Reader, text: str, cue: str, content: str) -> None:
    found = _by_cue(read(text), cue)
    assert (found.content, found.kind) == (content, "belief")


def test_sick_is_no_attitude(read: Reader) -> None:
    assert read("The old keeper was sick in the winter of 1990.") == []


def test_people_and_their_feeling(read: Reader) -> None:
    found = _by_cue(
        read("The levy drew fire from county officials angry about the new mandates."),
        "angry about",
    )
    assert (found.source, found.content, found.kind) == (
        "county officials",
        "the new mandates",
        "belief",
    )


def test_a_thing_feels_nothing(read: Reader) -> None:
    found = read("The report came with a cover letter angry about nothing.")
    assert all(f.cue != "angry about" for f in found)
