"""Where a reported clause starts and ends when the parse cuts it on a word that is not its edge.

A day that owns the clause's subject (``said Monday's ruling will ...``) is the subject's, not
the saying's date; a content the parse ends on an adverb after a conjunction or an auxiliary
(``... stay and also``, ``but rather``) leaves its clause open and runs on to the sentence's end
(:mod:`onrecord.nlp.contents`). Invented sentences.
"""

from __future__ import annotations

import pytest

from onrecord.nlp.contents import past_open_end

from .conftest import Found


def _content(found: Found, text: str, cue: str) -> str:
    (content,) = [c for q, _, c in found(text) if q == cue]
    return content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Reyes said Monday's ruling will make the choice between the plans even more stark.",
            "Monday's ruling will make the choice between the plans even more stark",
        ),
        ("Reyes said Friday's vote was a mistake.", "Friday's vote was a mistake"),
        (
            "Councillor Reyes said Thursday's hearings have led her to count the tunnel out.",
            "Thursday's hearings have led her to count the tunnel out",
        ),
    ],
)
def test_a_day_that_owns_the_subject_stays_in_the_content(
    found: Found, text: str, content: str
) -> None:
    assert _content(found, text, "said") == content


def test_a_day_said_on_stays_out_of_the_content(found: Found) -> None:
    assert _content(found, "Reyes said Monday the vote was a mistake.", "said") == (
        "the vote was a mistake"
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The board contended that it wasn’t hiding anything by refusing to cooperate but "
            "rather chose to prioritize an ongoing state audit.",
            "contended",
            "it wasn’t hiding anything by refusing to cooperate but rather chose to prioritize "
            "an ongoing state audit",
        ),
        (
            "Surveys show that majorities favor letting farmworkers in the valley stay and also "
            "back tougher hiring laws.",
            "show",
            "majorities favor letting farmworkers in the valley stay and also back tougher "
            "hiring laws",
        ),
    ],
)
def test_an_adverb_after_a_conjunction_leaves_the_clause_open(
    found: Found, text: str, cue: str, content: str
) -> None:
    assert _content(found, text, cue) == content


def test_an_adverb_after_an_adverb_closes_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Reyes said the ferry would run again soon at the new pier in Ames."
    doc = nlp(text)
    start, end = text.index("the ferry"), text.index(" at the new")
    assert past_open_end(doc, (start, end), text) == (start, end)


def test_an_adverb_after_an_auxiliary_runs_on(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Reyes said the tunnel is not only cheaper, it is also the safest route."
    doc = nlp(text)
    start, end = text.index("it is"), text.index(" the safest")
    assert text[start:end] == "it is also"
    assert text[start : past_open_end(doc, (start, end), text)[1]] == "it is also the safest route"


def test_an_open_end_before_a_comma_does_not_run_on(found: Found) -> None:
    text = "Reyes said she would appeal and also, the crowd cheered."
    assert _content(found, text, "said") == "she would appeal and also"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "His statement that the ferry was dead surprised the council.",
            "statement",
            "the ferry was dead",
        ),
        (
            "The assertion by Reyes that the ferry was dead surprised the council.",
            "The assertion",
            "the ferry was dead",
        ),
        (
            "The novice who wants to unseat Rep. Dana Ortiz is reaping big rewards from the "
            "publicity.",
            "wants",
            "to unseat Rep. Dana Ortiz",
        ),
    ],
)
def test_an_open_end_stops_before_the_verb_above_the_cue(
    found: Found, text: str, cue: str, content: str
) -> None:
    assert _content(found, text, cue) == content, found(text)
