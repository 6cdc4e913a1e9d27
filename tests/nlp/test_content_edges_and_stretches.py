"""Content edges and stretches, invented sentences: a quotation goes on its speaker's
statement past a short quoted title in her aside, past a description in the tag (``said of a
plan that ...``), and past a next sentence whose verb reports a clause of its own; a verb that
reports its own clause does not take the quotation before it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord.nlp.attribution import find_attributions

pytestmark = pytest.mark.model

Stretches = Callable[[str], dict[str, list[str]]]


@pytest.fixture
def stretches(nlp) -> Stretches:  # type: ignore[no-untyped-def]
    """``stretches(text)``: for each cue (``word@offset``), the contents it introduces."""

    def run(text: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for a in find_attributions(nlp(text))[0]:
            cue = f"{text[a.cue[0] : a.cue[1]]}@{a.cue[0]}" if a.cue else "-"
            out.setdefault(cue, []).append(text[a.content[0] : a.content[1]])
        return out

    return run


def _cue_of(found: dict[str, list[str]], content: str) -> str | None:
    return next((cue for cue, contents in found.items() if content in contents), None)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (  # a quoted show's name in the speaker's aside
            '"It is too early to tell," said Mona Kerr, who hosts the radio show "Main '
            'Street." "I mean, it depends on what the harvest brings."',
            "It is too early to tell,",
            "I mean, it depends on what the harvest brings.",
        ),
        (  # newswire marks, a quoted programme after the cue
            "''Roads, bridges, schools,'' Ms. Kerr said on ''Valley Hour'' last week. "
            "''Nobody built more of them than my father.''",
            "Roads, bridges, schools,",
            "Nobody built more of them than my father.",
        ),
        (  # a description of what she spoke of, its relative subject no new actor
            '"In another year they would be on the list," Pell said of a slate that included '
            'three mayors and two judges. "But this year none of them will be picked."',
            "In another year they would be on the list,",
            "But this year none of them will be picked.",
        ),
        (  # the next sentence's verb reports its own clause
            "''Our canals are silting up,'' Mr. Halden said. ''One of the big problems is "
            "dredging, and that is my field.'' He said, twice, that he would return on Monday.",
            "Our canals are silting up,",
            "One of the big problems is dredging, and that is my field.",
        ),
    ],
)
def test_a_quotation_goes_on_its_speakers_statement(
    stretches: Stretches, text: str, first: str, second: str
) -> None:
    found = stretches(text)
    cue = _cue_of(found, first)
    assert cue is not None
    assert second in found[cue]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (  # someone else speaks between the two
            '"The vote is rigged," Ruiz said, but Ortega called it "nonsense." "We will appeal."',
            "The vote is rigged,",
            "We will appeal.",
        ),
        (  # a long quotation between is a statement, not a title
            '"The dam will hold," said Ana Ruiz, who once wrote "the valley owes its life to '
            'the engineers who poured this wall." "We inspected it in May."',
            "The dam will hold,",
            "We inspected it in May.",
        ),
    ],
)
def test_a_quotation_after_another_voice_is_not_continued(
    stretches: Stretches, text: str, first: str, second: str
) -> None:
    found = stretches(text)
    cue = _cue_of(found, first)
    assert cue is not None
    assert second not in found[cue]


def test_a_tag_after_the_quotation_still_takes_it(stretches: Stretches) -> None:
    text = '"Will the ferry run tomorrow?" she asked. "Nobody on the dock could say."'
    found = stretches(text)
    assert _cue_of(found, "Will the ferry run tomorrow?") is not None


def test_a_verb_reporting_its_own_clause_does_not_take_the_quotation_before_it(
    stretches: Stretches,
) -> None:
    text = '"We are done with the old plan." The mayor said on Friday that the new one would pass.'
    found = stretches(text)
    cue = _cue_of(found, "the new one would pass")
    assert cue is not None
    assert found[cue] == ["the new one would pass"]


Contents = Callable[[str], list[tuple[str, str]]]


@pytest.fixture
def cue_contents(nlp) -> Contents:  # type: ignore[no-untyped-def]
    """``cue_contents(text)``: (cue, content) of each statement of ``text``."""

    def run(text: str) -> list[tuple[str, str]]:
        return [
            (text[a.cue[0] : a.cue[1]] if a.cue else "", text[a.content[0] : a.content[1]])
            for a in find_attributions(nlp(text))[0]
        ]

    return run


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "He calls for a single fund for roads; Ms. Ruiz aims to build on the county's plan.",
            "aims",
            "to build on the county's plan",
        ),
        (
            "The two men agreed on the route; Ortega had basically said the same thing in May.",
            "had basically said",
            "the same thing",
        ),
        (
            "Even backers of the dam sounded wary: Councilwoman Ines Varga called it “the least "
            "bad option we have.”",
            "called",
            "it “the least bad option we have.”",
        ),
    ],
)
def test_a_clause_a_semicolon_or_colon_closes_is_not_what_the_verb_after_it_reports(
    cue_contents: Contents, text: str, cue: str, content: str
) -> None:
    found = cue_contents(text)
    assert (cue, content) in found
    head = text.split(";")[0].split(":")[0]
    assert all(c != head for _, c in found if _ == cue)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The levy will pass in the spring, she said.", "The levy will pass in the spring"),
        ("The bridge is safe, the engineer told reporters.", "The bridge is safe"),
        ('"The count was fair; we checked it twice," the clerk said.', "The count was fair"),
    ],
)
def test_a_fronted_clause_a_comma_or_quotation_closes_is_still_reported(
    cue_contents: Contents, text: str, content: str
) -> None:
    assert any(c.startswith(content) for _, c in cue_contents(text))
