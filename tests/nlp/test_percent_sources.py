"""A share of people given as a percentage is the source whole, its percent sign included
(``42% said ...``); the sign is the word "percent", not punctuation to trim. Invented
sentences."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Among likely voters in Dunmore, 42% said the mayor should resign.", "42%"),
        (
            "A third of independents, 33%, said the harbour levy was unfair.",
            "A third of independents, 33%",
        ),
        ("Only 12 percent said the ferry was on time.", "Only 12 percent"),
    ],
)
def test_percentage_source_keeps_its_sign(found: Found, text: str, source: str) -> None:
    said = [s for cue, s, _ in found(text) if cue == "said"]
    assert said == [source], found(text)


def test_source_still_drops_its_closing_comma(found: Found) -> None:
    text = "Tomas Vell, a ferry pilot, said the crossing was unsafe."
    said = [s for cue, s, _ in found(text) if cue == "said"]
    assert said == ["Tomas Vell, a ferry pilot"], found(text)


def test_source_rules_keep_one_set_of_closing_marks(nlp) -> None:  # type: ignore[no-untyped-def]
    """The source's first drawing (``subjects.source_tokens``) and its later trim
    (``source_spans``) keep the same last marks: a percent sign, a parenthesis opened in it."""
    from onrecord.nlp import source_spans, speaker_words, subjects

    assert subjects.keeps_closing is source_spans.keeps_closing is speaker_words.keeps_closing
    doc = nlp("Sen. Ada Moss (D-Ohio) and 42% of voters said so.")
    toks = list(doc)
    marks = [t for t in doc if t.text in (")", "%", "(")]
    for t in marks:
        assert source_spans._closes(t, toks) == speaker_words.keeps_closing(t, toks)
