"""A text its author issues, with a participle that says what it says (invented sentences):
the guidelines' "She issued a statement indicating that ...", whose cue runs from the verb of
issuing to the participle and whose source is the author, not the text. Not a text nobody is
named as issuing, nor a participle on a noun that is no text, nor a verb that issues nothing."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The Velmar museum issued a statement saying the exhibit would close.",
            "issued a statement saying",
            "The Velmar museum",
            "the exhibit would close",
        ),
        (
            "His office put out a statement saying the Tarrow bridge was safe.",
            "put out a statement saying",
            "His office",
            "the Tarrow bridge was safe",
        ),
        (
            "The Penrith council approved a resolution condemning the new toll.",
            "approved a resolution condemning",
            "The Penrith council",
            "the new toll",
        ),
        (
            "Brannick and Ortiz issued a statement describing their meeting as a step forward.",
            "issued a statement describing",
            "Brannick and Ortiz",
            "their meeting as a step forward",
        ),
    ],
)
def test_the_author_of_an_issued_text_is_the_source(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The pages outlining the Hallam deal were read aloud.", "outlining", "The pages"),
        (
            "Ortiz read a statement denouncing the Hallam toll.",
            "denouncing",
            "a statement",
        ),
    ],
)
def test_no_issuing_verb_leaves_the_participle_alone(
    found: Found, text: str, cue: str, source: str
) -> None:
    got = found(text)
    assert any(c == cue and s == source for c, s, _ in got), got


def test_a_participle_on_people_met_is_not_the_subjects(found: Found) -> None:
    got = found("Ortiz met a crowd of farmers backing the Hallam levy.")
    assert not any(s == "Ortiz" for _, s, _ in got), got
