"""``according to X`` attributes its own clause: closing marks alone after the phrase are no
piece of it, and a conjunction or a linking adverb opening the sentence is no part of it.
Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import found_parts

pytestmark = pytest.mark.model


def _according(nlp, text: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [parts for cue, _, parts in found_parts(nlp, text) if cue.lower() == "according to"]


@pytest.mark.parametrize(
    "text",
    [
        "Ferndale recorded three burglaries in March, according to the sheriff's figures.\xa0 "
        "The mayor was not surprised.",
        "Ferndale recorded three burglaries in March, according to the sheriff's figures. ''",
    ],
)
def test_closing_marks_alone_after_the_phrase_are_no_piece(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _according(nlp, text) == [["Ferndale recorded three burglaries in March"]], found_parts(
        nlp, text
    )


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "But according to Councillor Imogen Petrakis, the ferry will not run until June.",
            ["the ferry will not run until June"],
        ),
        (
            "Still, the ferry lost money in every month of 2019, according to the harbor "
            "authority.",
            ["the ferry lost money in every month of 2019"],
        ),
        (
            "But the ferry lost money in every month, according to the harbor authority.",
            ["the ferry lost money in every month"],
        ),
        (
            "Even so, the ferry lost money, according to the harbor authority.",
            ["the ferry lost money"],
        ),
    ],
)
def test_a_linking_word_opening_the_sentence_is_left_out(nlp, text: str, parts: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _according(nlp, text) == [parts], found_parts(nlp, text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Left out of the budget, according to two aides to the mayor, was any "
            "money for the ferry.",
            ["Left out of the budget", "was any money for the ferry"],
        ),
        (
            "Since early spring, according to the harbor authority, fishing crews have lost "
            "nine boats on the shoals.",
            ["Since early spring", "fishing crews have lost nine boats on the shoals"],
        ),
        (
            "According to the harbor authority, fishing crews have lost nine boats.",
            ["fishing crews have lost nine boats"],
        ),
        (
            "Ferndale recorded three burglaries in March, according to the sheriff's figures.",
            ["Ferndale recorded three burglaries in March"],
        ),
        (
            "Last spring, according to the harbor authority, the crews lost nine boats.",
            ["Last spring", "the crews lost nine boats"],
        ),
        (
            "The mayor has been meeting with a novelist whose memoir, according to its "
            "publisher, paints a grim picture of the harbor board.",
            [
                "The mayor has been meeting with a novelist whose memoir",
                "paints a grim picture of the harbor board",
            ],
        ),
        (
            "Yesterday, the ferry lost money, according to the harbor authority.",
            ["Yesterday, the ferry lost money"],
        ),
        (
            "The Gazette reported, according to two aides, Petrakis tried to calm the ferry "
            "crews by promising a new schedule.",
            [
                "The Gazette reported",
                "Petrakis tried to calm the ferry crews by promising a new schedule",
            ],
        ),
        (
            "She left the co-op ten years ago after, according to her, the board ignored her "
            "first audit.",
            ["She left the co-op ten years ago after", "the board ignored her first audit"],
        ),
    ],
)
def test_a_clause_that_goes_on_after_the_phrase_keeps_both_pieces(  # type: ignore[no-untyped-def]
    nlp, text: str, parts: list[str]
) -> None:
    assert _according(nlp, text) == [parts], found_parts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "That’s according to early returns from the harbor district.",
        "That's according to the sheriff's figures for March.",
    ],
)
def test_the_copula_that_the_phrase_completes_is_left_out(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _according(nlp, text) == [["That"]], found_parts(nlp, text)


def test_a_copula_with_words_after_the_phrase_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ferry is, according to the harbor authority, losing money."
    assert _according(nlp, text) == [["The ferry is", "losing money"]], found_parts(nlp, text)
