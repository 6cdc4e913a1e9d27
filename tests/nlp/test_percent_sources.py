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
