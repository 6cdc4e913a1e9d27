"""Two reports set against each other, invented sentences: ``61 percent said the rise was
unfair, while 30 percent said it was overdue`` is two statements, each with its own content (a
gold content never holds another attribution's cue); and respondents named with their poll
(``78 percent of voters in a Courier poll said ...``) are the source of what they said, not
the poll of a statement cued by "in"."""

from __future__ import annotations

import pytest

from onrecord.nlp.attribution import find_attributions

from .records import cued as _statement

pytestmark = pytest.mark.model


def _cues(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[a.cue[0] : a.cue[1]] for a in find_attributions(nlp(text))[0] if a.cue]


@pytest.mark.parametrize(
    ("text", "first", "second", "source"),
    [
        (
            "Among the tenants, 61 percent said the rent rise was unfair, while 30 percent "
            "said it was overdue.",
            "the rent rise was unfair",
            "it was overdue",
            "30 percent",
        ),
        (
            "Several farmers said the new road had helped them, while others said they had "
            "not noticed any change.",
            "the new road had helped them",
            "they had not noticed any change",
            "others",
        ),
        (
            "Orla Venn said the ferry would run all winter, whereas the harbour master said "
            "it would stop in December.",
            "the ferry would run all winter",
            "it would stop in December",
            "the harbour master",
        ),
    ],
)
def test_a_contrasted_report_is_its_own_statement(nlp, text, first, second, source) -> None:  # type: ignore[no-untyped-def]
    found = [
        (text[a.source[0] : a.source[1]] if a.source else None, text[a.content[0] : a.content[1]])
        for a in find_attributions(nlp(text))[0]
    ]
    assert (source, second) in found, found
    assert any(content == first for _, content in found), found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a clause of time, with no comma: part of what was said
            "Halloran said the depot would stay open while the council reviewed its budget.",
            "the depot would stay open while the council reviewed its budget",
        ),
        (  # a contrast that reports nothing
            "Halloran said the depot would stay open, while the council has cut its budget twice.",
            "the depot would stay open, while the council has cut its budget twice",
        ),
        (  # an empty subject
            "Halloran said the depot would stay open, while it is unclear whether the budget "
            "allows it.",
            "the depot would stay open, while it is unclear whether the budget allows it",
        ),
    ],
)
def test_a_contrast_without_a_report_of_its_own_stays(nlp, text, content) -> None:  # type: ignore[no-untyped-def]
    assert _statement(nlp, text, "said") == ("Halloran", [content])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "78 percent of voters in a recent Harbour Gazette poll said they think she is a "
            "different kind of mayor.",
            "78 percent of voters in a recent Harbour Gazette poll",
        ),
        (
            "One in four tenants in a Courier survey last year said the levy should be scrapped.",
            "One in four tenants in a Courier survey last year",
        ),
    ],
)
def test_respondents_with_their_poll_are_the_source(nlp, text, source) -> None:  # type: ignore[no-untyped-def]
    found_source, _ = _statement(nlp, text, "said")
    assert found_source == source
    assert "in" not in _cues(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fifteen percent of voters in the poll were undecided about the race.",
        "Most tenants in the survey backed the plan.",
        "In a Courier poll released Monday, 52 percent of voters chose Ortega.",
    ],
)
def test_a_poll_still_reports_what_nobody_said(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [c.lower() for c in _cues(nlp, text)] == ["in"]
