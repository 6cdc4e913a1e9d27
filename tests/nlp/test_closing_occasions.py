"""A phrase after the content that names the occasion of the words dates the cue.

``Marren said the trams would return in June, speaking to reporters on Monday``: the parse
hangs ``speaking ...`` on the reported clause, but the words were said on Monday, as with a
leading ``Speaking on Monday, Marren said``; so too a setting (``..., in an interview with
the Courier on Monday``). The day is read in the cue's tense (the last Monday, not the next),
and it replaces no date of the speaker's earlier words (:mod:`onrecord.nlp.occasions`).
Invented articles published on Tuesday, 2023-11-14; the earlier sentence sets another day.
"""

from __future__ import annotations

import pytest

from .records import find, run

pytestmark = pytest.mark.model

PUBLISHED = "2023-11-14"
LEAD = "On Friday, transit chief Odile Marren said the depot would close for a month. "


def said_on(extractor, text: str, fragment: str) -> str | None:  # type: ignore[no-untyped-def]
    s = find(run(extractor, text, PUBLISHED), fragment)
    return s.date.value if s.date else None


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (", speaking to reporters on Monday.", "2023-11-13"),
        (", speaking on Sunday at a rally outside the depot.", "2023-11-12"),
        (", writing on her blog on Sunday.", "2023-11-12"),
        (", testifying before the county board on Monday.", "2023-11-13"),
        (", in an interview with the Fenwick Courier on Monday.", "2023-11-13"),
    ],
)
def test_a_closing_occasion_dates_the_statement(extractor, tail: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "Marren said the trams would return in June" + tail
    assert said_on(extractor, text, "the trams would return") == expected


@pytest.mark.parametrize(
    "tail",
    [
        # a participle that is not of speaking tells what the claim is about
        ", ending the strike on Monday.",
        # set off in time: the words came after the speaking, on no day the text gives
        ", after speaking to the mayor on Monday.",
        # a clause with a subject of its own
        ", when she speaks to the board on Monday.",
    ],
)
def test_a_phrase_of_the_claim_does_not_date_it(extractor, tail: str) -> None:  # type: ignore[no-untyped-def]
    text = "Odile Marren said the drivers would return to work" + tail
    assert said_on(extractor, text, "the drivers would return") is None


def test_remarks_set_off_after_the_content_are_its_setting(extractor) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "Marren said the trams would return in June, in remarks to the union on Monday."
    s = find(run(extractor, text, PUBLISHED), "the trams would return")
    assert s.content.text == "the trams would return in June"
    assert s.date is not None and s.date.value == "2023-11-13"


def test_remarks_inside_the_claim_stay_in_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Odile Marren said she was misquoted in remarks printed by the Fenwick Courier."
    s = find(run(extractor, text, PUBLISHED), "misquoted")
    assert s.content.text == "she was misquoted in remarks printed by the Fenwick Courier"


def test_the_noun_of_an_occasion_is_not_what_was_said(extractor) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "Marren told reporters after Monday's vote that the trams would return in June."
    s = find(run(extractor, text, PUBLISHED), "the trams would return")
    assert s.content.text == "the trams would return in June"
    assert s.date is not None and s.date.value == "2023-11-13"


def test_a_noun_the_clause_completes_stays_in_the_content(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Odile Marren responded to reports that the trams would return in June."
    s = find(run(extractor, text, PUBLISHED), "the trams would return")
    assert s.content.text.startswith("to reports that")
