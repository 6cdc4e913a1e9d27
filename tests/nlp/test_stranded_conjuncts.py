"""A content goes on through a conjunct the parser hung on the cue verb when it cannot be the
verb's (``conjuncts.py``): a noun, a bare verb after an inflected cue, a clause of a question
word after a noun phrase. A conjunct with its own subject or one that reports stays out.
Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


def _content(found: Found, text: str, cue: str) -> str:
    return next(content for c, _, content in found(text) if c == cue)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor pledged to cut taxes, fix the schools and build new roads.",
            "pledged",
            "to cut taxes, fix the schools and build new roads",
        ),
        (
            "Ruiz wants to become the candidate of the party — and the chief rival of the mayor.",
            "wants",
            "to become the candidate of the party — and the chief rival of the mayor",
        ),
        (
            "The senator will talk about immigration and how it is changing the state.",
            "will talk about",
            "immigration and how it is changing the state",
        ),
    ],
)
def test_a_conjunct_the_verb_cannot_have_continues_the_content(
    found: Found, text: str, cue: str, content: str
) -> None:
    assert _content(found, text, cue) == content, found(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor praised the budget and thanked the council.", "praised", "the budget"),
        ("Ruiz urged voters to turn out, and promised a recount.", "urged", "voters to turn out"),
        (
            "Ruiz has promised to overhaul the harbor and may not do so this year.",
            "has promised",
            "to overhaul the harbor",
        ),
        ("Ruiz pledged to cut taxes and said the schools come first.", "pledged", "to cut taxes"),
    ],
)
def test_the_speakers_next_act_stays_out(found: Found, text: str, cue: str, content: str) -> None:
    assert _content(found, text, cue) == content, found(text)
