"""The prepared text a speaker issues, right after the verb, is part of the cue ("said in a
statement": the guidelines put the artifact of expression in the cue), invented sentences.
Not an event where the words were spoken ("said in an interview"), nor what follows the noun
("in a statement on Friday", "released by the campaign"), nor a text the verb is not in."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Mayor Halvorsen said in a statement that the bridge would reopen in May.",
            "said in a statement",
            "Mayor Halvorsen",
        ),
        (
            '"We are done here," the Velmar ministry said in a written statement.',
            "said in a written statement",
            "the Velmar ministry",
        ),
        (
            "The Orrin Trust said in a September 2024 statement that it had sold the farm.",
            "said in a September 2024 statement",
            "The Orrin Trust",
        ),
        (
            "Councillor Brannick said in a press release that the depot would stay open.",
            "said in a press release",
            "Councillor Brannick",
        ),
    ],
)
def test_issued_text_after_the_verb_joins_the_cue(
    found: Found, text: str, cue: str, source: str
) -> None:
    assert any(c == cue and s == source for c, s, _ in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Mayor Halvorsen said in an interview that the bridge would reopen in May.", "said"),
        ("Mayor Halvorsen said on Friday in a statement that the bridge would reopen.", "said"),
        (
            "Mayor Halvorsen said in a statement on Friday that the bridge would reopen.",
            "said in a statement",
        ),
        ("Halvorsen told reporters in the lobby that the bridge would reopen.", "told"),
    ],
)
def test_other_phrases_around_the_text_stay_out_of_the_cue(
    found: Found, text: str, cue: str
) -> None:
    got = found(text)
    assert any(c == cue for c, _, _ in got), got
