"""Quotation finding: pure functions, no model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onrecord.nlp.quotes import find_quotes


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The dam will hold," Vela said.', ["The dam will hold,"]),
        ("“The dam will hold,” Vela said.", ["The dam will hold,"]),
        ('Vela said: "It holds. It always has."', ["It holds. It always has."]),
        ('"First," she said, "second."', ["First,", "second."]),
        ('He called it "a disgrace" and left.', ["a disgrace"]),
    ],
)
def test_find_quotes_marks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_find_quotes_across_paragraphs() -> None:
    text = '"We start in May.\n\n"We finish in June," Ortega said.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["We start in May.", "We finish in June,"]
    assert quotes[0].continues and not quotes[0].closed
    assert quotes[1].continued and quotes[1].closed


def test_find_quotes_unbalanced_mark_ends_at_paragraph() -> None:
    text = 'Ortega said "the plan is dead.\n\nThe council met later.'
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert not quotes[0].closed and not quotes[0].continues
    assert text[quotes[0].start : quotes[0].end] == "the plan is dead."


@given(st.text(alphabet=st.sampled_from(list('ab "“”\n.,')), max_size=200))
def test_find_quotes_never_raises_and_stays_in_bounds(text: str) -> None:
    quotes = find_quotes(text)
    last = -1
    for q in quotes:
        assert 0 <= q.outer_start <= q.start <= q.end <= q.outer_end <= len(text)
        assert q.outer_start >= last
        last = q.outer_end
