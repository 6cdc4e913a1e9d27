"""Which statement a rebuttal answers: the target's own words said before it, when there are
any, rather than the claim as the rebutting sentence reports it."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import item

_SENTENCE = (
    "Omar Quill, who chairs the Harlow Tenants Union, pushed back on the agency's statement "
    "that every tenant of the Harlow block had been rehoused by Friday."
)
_CLAIM = "every tenant of the Harlow block had been rehoused by Friday"


def _rebuttals(*items: Item) -> list[tuple[str, str]]:
    return sorted(
        (c.a.statement, c.b.statement)
        for c in analyze_items(list(items))[1]
        if c.kind == "rebuttal"
    )


def _pair(original: Item) -> list[tuple[str, str]]:
    nested = item("n", _CLAIM, "Harlow Housing Agency", "2026-03-20", article="a2",
                  sentence=_SENTENCE)  # fmt: skip
    rebutter = item("r", _CLAIM, "Omar Quill", "2026-03-20", article="a2", sentence=_SENTENCE,
                    cue="pushed back on the agency's statement")  # fmt: skip
    return _rebuttals(original, nested, rebutter)


def test_the_statement_answered_is_the_targets_earlier_one() -> None:
    original = item("o", "every tenant of the Harlow block had been rehoused by Friday",
                    "Delia Vance", "2026-03-06", roles=("the agency's spokeswoman",))  # fmt: skip
    assert _pair(original) == [("r", "o")]


def test_earlier_in_the_same_article_counts_too() -> None:
    original = item("o", "every tenant of the Harlow block had been rehoused by Friday",
                    "Delia Vance", "2026-03-20", article="a2",
                    roles=("the agency's spokeswoman",))  # fmt: skip
    assert _pair(original) == [("r", "o")]


def test_a_later_statement_is_not_what_was_answered() -> None:
    later = item("o", "every tenant of the Harlow block had been rehoused by Friday",
                 "Delia Vance", "2026-04-02", article="a3",
                 roles=("the agency's spokeswoman",))  # fmt: skip
    assert _pair(later) == [("r", "n")]


def test_another_claim_of_the_target_is_not_the_one_answered() -> None:
    other = item("o", "the Harlow block would be demolished in the autumn", "Delia Vance",
                 "2026-03-06", roles=("the agency's spokeswoman",))  # fmt: skip
    assert _pair(other) == [("r", "n")]


def test_someone_else_saying_it_earlier_is_not_the_target() -> None:
    bystander = item("o", "every tenant of the Harlow block had been rehoused by Friday",
                     "Mina Castell", "2026-03-06", roles=("a city councilwoman",))  # fmt: skip
    assert _pair(bystander) == [("r", "n")]
