"""Cue recall, on invented sentences: a reporting verb in -s that the tagger reads as a plural
noun ("Bramble predicts that ..."), whose parse hangs the name on it as a compound, so that no
verb rule saw a cue; and the nouns of the same spelling that must stay nouns."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Bramble predicts that the ferry fares will rise.",
            "predicts",
            "Bramble",
            "the ferry fares will rise",
        ),
        (  # a clause opened by a subject pronoun
            "Bramble claims he is worth ten billion dollars.",
            "claims",
            "Bramble",
            "he is worth ten billion dollars",
        ),
        (  # an intention and its infinitive
            "Crump plans to visit the port on Monday.",
            "plans",
            "Crump",
            "to visit the port on Monday",
        ),
        (  # a noun phrase as the subject, a "that" clause the parse makes the main clause
            "The Marlow campaign projects that turnout will reach a record.",
            "projects",
            "The Marlow campaign",
            "turnout will reach a record",
        ),
        (  # a quotation opens the clause
            'The Marlow campaign projects that "a small levy on ferry tickets" would raise ten'
            " million dollars.",
            "projects",
            "The Marlow campaign",
            '"a small levy on ferry tickets" would raise ten million dollars',
        ),
        (
            "Bramble estimates that he spent ten million dollars on the race.",
            "estimates",
            "Bramble",
            "he spent ten million dollars on the race",
        ),
    ],
)
def test_a_verb_tagged_as_a_noun_reports(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Harbor attacks that we have to stop are rising.", "attacks"),  # a relative clause
        ("The Bramble plans to build a wall were scrapped.", "plans"),  # the noun's infinitive
        ("His plans to build a bridge were scrapped.", "plans"),
        ("Crump claims victory in the harbor race.", "claims"),  # a noun object, no clause
        ("Voss warnings about the levy went unheard.", "warnings"),
    ],
)
def test_a_noun_in_s_reports_nothing(found: Found, text: str, word: str) -> None:
    assert not [f for f in found(text) if f[0] == word], found(text)


def test_a_possessors_noun_keeps_its_possessor_as_the_source(found: Found) -> None:
    # "the mayor's claims that ...": the noun cue of another rule, not a verb with its subject
    statements = found("The mayor's claims that the port is safe were false.")
    assert all(source != "The mayor" for _, source, _ in statements), statements
