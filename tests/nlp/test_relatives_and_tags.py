"""Cues, sources and content edges, invented sentences: a relative clause's own report (its
relative word ``that``, then the rest), a short quotation right after its tag, a closing ``as``
clause (not one around a report, of time, of authorship or in the paper's own voice), writings
with their preposition, a second object that names, a coordinated report of the same pronoun, a
closing clause the parse hung on the cue, a period that ends an abbreviation, and views after
"be" held by people about something."""

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
            "The ferry workers were pleased with the new timetable.",
            "were pleased with",
            "the new timetable",
        ),
        ("Councillor Oduya is proud of the river walk.", "is proud of", "the river walk"),
        ("Some residents were leery about the water levy.", "were leery about", "the water levy"),
    ],
)
def test_attitude_adjectives(read: Reader, text: str, cue: str, content: str) -> None:
    found = _by_cue(read(text), cue)
    assert (found.content, found.kind) == (content, "belief")


def test_sick_is_no_attitude(read: Reader) -> None:
    assert read("The old keeper was sick in the winter of 1990.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The boots are comfortable on long walks.",  # a thing, and a preposition of place
        "The evidence is supportive of the claim.",  # a thing holds no view
        "Councillor Oduya is happy in her new post.",  # happy where, not about what
    ],
)
def test_views_need_a_holder_and_their_object(read: Reader, text: str) -> None:
    assert all(f.kind != "belief" for f in read(text))


def test_people_aware_of_talks_hold_no_view(read: Reader) -> None:
    found = read("People aware of the talks said the harbour deal was close.")
    assert [f.cue for f in found] == ["said"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (  # an outlet relaying a statement: the statement stays its speaker's
            "The mill will close in June, officials said, as first reported by the Courier.",
            "said",
            "The mill will close in June",
        ),
        ("Ruiz denied the claim, as the Lakeside Courier reported.", "denied", "the claim"),
        (
            "As first reported by the Courier, officials said the mill would close.",
            "said",
            "the mill would close",
        ),
    ],
)
def test_as_reported_around_a_report(read: Reader, text: str, cue: str, content: str) -> None:
    found = read(text)
    assert [(f.cue, f.content) for f in found] == [(cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The lights went out, as Councillor Ruiz was explaining.",  # when, not what
        "As written by Senator Ruiz, the bill would ban new wells.",  # its author
        "The mill will close in June, as we reported Monday.",  # the paper's own voice
        "Vasko, who writes about farming for the Courier, was hired in May.",  # a beat
        "The editor assigned him to write about the harvest.",  # a task
        'The hymn she wrote, "Rivers."',  # a title the clause describes
    ],
)
def test_no_statement(read: Reader, text: str) -> None:
    assert read(text) == []


def test_closing_scene_stays_out(read: Reader) -> None:
    text = "Ruiz said in a statement that the vote was fair, even as protesters gathered outside."
    assert _by_cue(read(text), "said in a statement").content == "the vote was fair"


@pytest.fixture
def conduits(nlp):  # type: ignore[no-untyped-def]
    """``conduits(text)``: (cue, content, conduit) of each statement."""

    def run(text: str) -> list[tuple[str, str, str | None]]:
        out = []
        for a in find_attributions(nlp(text))[0]:
            conduit = text[a.conduit[0] : a.conduit[1]] if a.conduit else None
            out.append(
                (
                    text[a.cue[0] : a.cue[1]] if a.cue else "",
                    text[a.content[0] : a.content[1]],
                    conduit,
                )
            )
        return out

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz told aides she would resign, as the New York Times reported Monday.",
            [("told", "she would resign", "the New York Times")],
        ),
        (
            "As first reported by the Washington Post, officials said the plant would close.",
            [("said", "the plant would close", "the Washington Post")],
        ),
        (  # not an outlet: the clause still is no part of what the mayor said
            "The mayor said the bridge would reopen, as Councillor Vasko reported.",
            [("said", "the bridge would reopen", None)],
        ),
    ],
)
def test_as_clause_of_an_outlet_is_the_conduit(conduits, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    got = conduits(text)
    assert [g for g in got if g[0] == expected[0][0]] == expected
