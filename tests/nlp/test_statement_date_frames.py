"""Statement dates come from the attribution frame, never from what was said.

A time expression dates a statement when it frames its cue ("said Tuesday", "In a statement on
Nov. 9, ...", "told reporters on Monday morning"), or as the scene its paragraph has set. One
inside reported content (this statement's, another's, or any quotation) is what a claim is
about. Invented articles published on Tuesday, 2023-11-14.
"""

from __future__ import annotations

import pytest

from onrecord.models import Record

from .records import find

pytestmark = pytest.mark.model

PUBLISHED = "2023-11-14"


def run(extractor, text: str) -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract_text(text, published=PUBLISHED)


def said_on(extractor, text: str, fragment: str) -> str | None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, text), fragment)
    return s.date.value if s.date else None


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the frame dates the statement; the content's own dates do not
        (
            "The heaters at Brackwell Primary were installed in 2019, the company said on Tuesday.",
            "installed in 2019",
            "2023-11-14",
        ),
        ('"We expect the line to open in September," Ilse Pardoe said.', "open in September", None),
        (
            "Councillor Rhona Vesty said Tuesday that the vote would be held Friday.",
            "the vote would be held",
            "2023-11-14",
        ),
        (
            "Transit chief Odile Marren told reporters on Monday morning that the trams would "
            "return in June.",
            "the trams would return",
            "2023-11-13",
        ),
        (
            "In a statement on Nov. 9, the Fenwick water board said the reservoir had been full "
            "since August.",
            "the reservoir had been full",
            "2023-11-09",
        ),
        (
            "The Dunmere depot will close in March, according to a report released Monday by the "
            "Hallam transit board.",
            "depot will close",
            "2023-11-13",
        ),
    ],
)
def test_frame_not_content(extractor, text: str, fragment: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert said_on(extractor, text, fragment) == expected


def test_week_frame_dates_the_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    # "last week" (Nov. 6-12) frames the cue: the month it lies in, never March
    text = (
        "Councillor Rhona Vesty said in an interview last week that the Dunmere depot would "
        "close in March."
    )
    assert said_on(extractor, text, "depot would close") == "2023-11"


def test_unattributed_quotation_sets_no_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    # "tomorrow" is inside a quotation: the next sentence is not said tomorrow
    text = (
        '"Those pipes are not safe," engineer Tomas Grell said. "They have corroded since '
        'October, and I would not let a child drink from that tap tomorrow." He said the mains '
        "should be replaced at once."
    )
    assert said_on(extractor, text, "mains should be replaced") is None


def test_earlier_sentence_of_a_quotation_sets_no_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tenant organiser Marisol Ybarra, whose survey first found the damp, said she took no "
        'satisfaction in the ruling. "The mould was there in May. It was there in August. It '
        'is still there," she said.'
    )
    assert said_on(extractor, text, "It is still there") is None


def test_date_inside_another_statements_content(extractor) -> None:  # type: ignore[no-untyped-def]
    # 2019 is what "saying" reports: it does not date the claim Brundt pushed back on
    text = (
        "Quarry manager Elsa Brundt pushed back on Tobias Ferris's claim that the dust had "
        "worsened since the spring, saying the site's own monitors had recorded no rise since "
        "2019."
    )
    r = run(extractor, text)
    assert all(s.date is None or s.date.value != "2019" for s in r.statements), [
        (s.content.text, s.date) for s in r.statements
    ]


def test_date_of_a_rejected_claim_does_not_date_the_rejection(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lena Orsted rejected Idris Pemberton's claim that the closure had been settled in "
        "January, saying the board first discussed it after the resignations."
    )
    assert said_on(extractor, text, "the board first discussed it") is None


def test_clause_set_off_in_time_takes_neither_date(extractor) -> None:  # type: ignore[no-untyped-def]
    # the chair spoke three weeks before the vote: neither Monday nor July 1
    text = (
        "The Brenmoor Health Board voted 7-2 on Monday to stop births at the Harlowgate unit "
        "from July 1, three weeks after its chair told a public meeting the unit would stay open."
    )
    assert said_on(extractor, text, "the unit would stay open") is None


def test_hours_after_the_other_side_said(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kelborne manager Aidan Roche said Monday that striker Tomas Vidal would not be sold, "
        "hours after the Castellar sporting director said the clubs had agreed a fee."
    )
    r = run(extractor, text)
    assert find(r, "would not be sold").date is not None
    assert find(r, "would not be sold").date.value == "2023-11-13"  # type: ignore[union-attr]
    assert find(r, "the clubs had agreed a fee").date is None


def test_clause_sharing_the_frame_keeps_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The former depot manager was at the heart of the scheme, a prosecutor told jurors "
        "Monday, while his lawyer said he was being blamed for the work of others."
    )
    assert said_on(extractor, text, "he was being blamed") == "2023-11-13"


def test_relative_clause_on_the_speaker_sets_no_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jodie Marchant, who gave birth at Harlowgate in March, said the unit had saved her "
        'daughter. "Without it, I do not think she would be here," she said.'
    )
    r = run(extractor, text)
    assert find(r, "the unit had saved her daughter").date is None
    assert find(r, "I do not think she would be here").date is None


def test_relative_clause_in_a_sentence_without_statements_sets_no_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The county's assurance was challenged within hours by Clearwater Watch, a volunteer "
        'group that collected its own samples last month. "The water in Orrin is not safe," '
        "said Tobias Kemble, the group's director.\n\n"
        "The group met county officials on Thursday. Kemble said the talks had gone nowhere."
    )
    r = run(extractor, text)
    assert find(r, "The water in Orrin is not safe").date is None
    assert find(r, "the talks had gone nowhere").date.value == "2023-11-09"  # type: ignore[union-attr]


def test_another_speakers_occasion_sets_no_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    # 2029 is when the developer told the committee, not when Quist rejected the claim
    text = (
        "Ardwell Homes told the planning committee in 2029 that the Colby Fields estate would "
        "have 400 homes. Resident Lena Quist rejected the company's figure. \"The field floods "
        'every winter, and it will never hold more than 150 homes," Quist said.'
    )
    assert said_on(extractor, text, "never hold more than 150 homes") is None
    assert said_on(extractor, text, "would have 400 homes") == "2029"


def test_a_paragraphs_time_of_no_ones_words_still_sets_the_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council officers met the Ardwell Homes board on Thursday. Resident Lena Quist said the "
        "estate would flood."
    )
    assert said_on(extractor, text, "the estate would flood") == "2023-11-09"
