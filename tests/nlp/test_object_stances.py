"""A verb of decree, of accepting or refusing, or of knowing with a noun object states what its
subject decreed, took a stance on or knows (the guidelines' "Lowell appointed a new chief of
staff", "He declined the invitation"), invented sentences. Only a finite verb with a subject
that can speak: not an infinitive or a gerund, whose object is mostly an action ("to
challenge the mayor", "accepting awards"), nor a rule or a thing as the subject, nor the verb
without an object."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Governor Halvorsen appointed a new harbor commissioner.",
            "appointed",
            "Governor Halvorsen",
            "a new harbor commissioner",
        ),
        (
            "Judge Amara Solt ordered a review of the ferry contracts.",
            "ordered",
            "Judge Amara Solt",
            "a review of the ferry contracts",
        ),
        (
            "Senator Ottoline Vask declined the invitation from the mayor.",
            "declined",
            "Senator Ottoline Vask",
            "the invitation from the mayor",
        ),
        (
            "Mayor Brannick has embraced the harbor plan.",
            "has embraced",
            "Mayor Brannick",
            "the harbor plan",
        ),
        (
            "Councillor Dray understood the risk of a second levy.",
            "understood",
            "Councillor Dray",
            "the risk of a second levy",
        ),
    ],
)
def test_object_of_a_decree_or_stance_is_the_content(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an infinitive or a gerund: mostly an action, not a stance
        ("Councillor Dray hopes to challenge Mayor Brannick next spring.", "challenge"),
        ("Ortega spent the evening accepting awards from the guild.", "accepting"),
        # a subject that cannot speak
        ("The new rule imposes a fee on late ferries.", "imposes"),
        # no object
        ("Governor Halvorsen declined when the reporters pressed him.", "declined"),
    ],
)
def test_no_stance_without_a_finite_verb_a_speaker_and_an_object(
    found: Found, text: str, word: str
) -> None:
    got = found(text)
    assert not any(word in cue for cue, _, _ in got), got


def test_an_object_statement_is_marked_for_the_matters(nlp) -> None:  # type: ignore[no-untyped-def]
    from onrecord.extractor import Extractor

    text = (
        "The Dunmore council approved a cap on rent increases. "
        "Councillor Dray said the cap would not cover older leases."
    )
    record = Extractor(nlp=nlp, matters=False, cue_weights="off").extract_text(text)
    basis = {text[s.cue.start : s.cue.end]: s.basis for s in record.statements if s.cue}
    assert basis == {"approved": "object", "said": "rules"}


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Councillor Dray thought often about the new quarry.",
            "thought often about",
            "Councillor Dray",
            "the new quarry",
        ),
        (
            "Councillor Dray still believes in the harbor plan.",
            "still believes in",
            "Councillor Dray",
            "the harbor plan",
        ),
        (
            "The Penrith farmers hoped for a mild winter.",
            "hoped for",
            "The Penrith farmers",
            "a mild winter",
        ),
        (
            "Mayor Brannick often thinks of the old harbor.",
            "often thinks of",
            "Mayor Brannick",
            "the old harbor",
        ),
    ],
)
def test_a_mind_or_wish_and_what_it_is_about(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Dray stood by the window of the ferry office.",
        "The Penrith farmers stood by the road for an hour.",
    ],
)
def test_standing_by_is_no_stance(found: Found, text: str) -> None:
    assert not any(cue.endswith("by") for cue, _, _ in found(text)), found(text)
