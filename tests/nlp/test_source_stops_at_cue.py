"""A source phrase never runs through its own cue, on an invented headline the parser hangs on
the name before its colon: ``Ada Moss: 'You Don't Win ...'`` has the source "Ada Moss"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADLINE = (
    "Ada Moss: ‘You Don’t Win The Race By How Many Towns You Win.’\n\n"
    "With four contests in the books, Ohio Sen. Ada Moss has managed to earn finishes "
    "ranging from second to fifth place.\n"
)


def test_headline_source_ends_at_its_colon(found) -> None:  # type: ignore[no-untyped-def]
    colon = [f for f in found(HEADLINE) if f[0] == ":"]
    assert colon and colon[0][1] == "Ada Moss"
