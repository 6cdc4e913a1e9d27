"""A capitalized abbreviation that closes a sentence followed by another (``in Paducah, Ky.
The ...``): the parser takes the word for the sentence's closing period and hangs it outside
the clause, so the content stopped before it. Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import Found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Officials said that the mayor would campaign in Paducah, Ky. The date is not set.",
            "the mayor would campaign in Paducah, Ky.",
        ),
        (
            "Dana Ruiz said that the plant will move to Fresno, Calif. It opens in May.",
            "the plant will move to Fresno, Calif.",
        ),
        (
            "Dana Ruiz said that the team moved to Everett, Mass. It was a Sunday.",
            "the team moved to Everett, Mass.",
        ),
    ],
)
def test_a_closing_abbreviation_stays_in_the_content(found: Found, text: str, content: str) -> None:
    assert [c for cue, _, c in found(text) if cue == "said"] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # an ordinary word closing the sentence
            "Dana Ruiz said that the plant will move to Fresno. It opens in May.",
            "the plant will move to Fresno",
        ),
        (  # the abbreviation inside the sentence: the parse already has it
            "Dana Ruiz said that the plant will move to Fresno, Calif., next year.",
            "the plant will move to Fresno, Calif., next year",
        ),
    ],
)
def test_a_content_without_a_closing_abbreviation_is_unchanged(
    found: Found, text: str, content: str
) -> None:
    assert [c for cue, _, c in found(text) if cue == "said"] == [content]
