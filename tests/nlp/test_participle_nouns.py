"""The noun a reporting participle hangs on is its source where the noun is the clause's
subject or predicate (``There is no record showing ...``); not where it is the object of a
verb or of a preposition (``held up a banner saying``), nor for a participle on the clause.
Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


def _sources(found: Found, text: str, cue: str) -> list[str | None]:
    return [source for c, source, _ in found(text) if c == cue]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "There is no record showing that the depot paid the same contractor twice.",
            "showing",
            "no record",
        ),
        (
            "There was a banner saying the ferry must keep running.",
            "saying",
            "a banner",
        ),
        (
            'There was a banner saying "Keep the ferry running."',
            "saying",
            "a banner",
        ),
        (
            "He is a mouthpiece saying whatever the depot wants to hear.",
            "saying",
            "a mouthpiece",
        ),
    ],
)
def test_a_subject_or_predicate_noun_is_its_participles_source(
    found: Found, text: str, cue: str, source: str
) -> None:
    assert _sources(found, text, cue) == [source], found(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the object of the clause's verb: the issued-text frame or a cue left to the verb
        ("Residents of Pellworth held up a banner saying the ferry must keep running.", "saying"),
        (
            "The Pellworth Gazette ran a column suggesting that the depot was overpaid.",
            "suggesting",
        ),
        # the object of another preposition: the parser's nearest noun, not the speaker
        ("Quill sent a text message to supporters saying the count was not over.", "saying"),
    ],
)
def test_an_object_noun_is_no_source(found: Found, text: str, cue: str) -> None:
    assert _sources(found, text, cue) == [None], found(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (  # a participle on the clause, set off by a comma: the clause's subject
            "Mayor Quill praised the depot crews on Friday, saying they had worked all night.",
            "saying",
            "Mayor Quill",
        ),
        (  # a participle after its verb's preposition: the verb's subject
            "Quill answered the charge by saying the depot had paid nobody twice.",
            "saying",
            "Quill",
        ),
    ],
)
def test_a_participle_on_a_clause_keeps_the_clauses_subject(
    found: Found, text: str, cue: str, source: str
) -> None:
    assert _sources(found, text, cue) == [source], found(text)
