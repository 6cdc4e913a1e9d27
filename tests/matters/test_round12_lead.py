"""A disagreement is shown by the pair whose evidence is best, not only the surest reading."""

from __future__ import annotations

from onrecord.matters import analyze_items

from .builders import item


def test_the_pair_that_shares_the_question_is_shown() -> None:
    found = analyze_items([
        item("a", "We have had lorries queuing outside every night this month. Some drivers have "
             "waited five hours", "Tomasz Wren", "2026-04-20"),
        item("b1", "no lorries will be diverted", "Hedda Largo", "2026-04-20"),
        item("b2", "lorries have not had to queue outside the Fenby depot this month",
             "Hedda Largo", "2026-04-20"),
    ])[1]  # fmt: skip
    pairs = [{c.a.statement, c.b.statement} for c in found if c.kind == "contradiction"]
    assert pairs == [{"a", "b2"}]
