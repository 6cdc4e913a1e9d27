"""Which statement a rebuttal answers (the target's own words said before it, when there are
any, rather than the claim as the rebutting sentence reports it), and who speaks for whom."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.sides import affiliated
from onrecord.models import Speaker

from .builders import item, kinds

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


# -- who speaks for whom -------------------------------------------------------------------------


def _org(sid: str, text: str, name: str, date: str) -> Item:
    base = item(sid, text, name, date)
    speaker = Speaker(name, "organization", (), base.statement.speaker.mention)
    return Item.of(replace(base.statement, speaker=speaker), article="a1")


def test_the_companys_chief_is_not_every_company_of_the_story() -> None:
    """ "the company's chief executive" names no company: her word against the grid company's
    is still two sides."""
    chief = item("a", "the Tarn line will not be switched off this winter", "Ines Calloway",
                 "2026-01-14", roles=("the company's chief executive",))  # fmt: skip
    grid = _org("b", "the Tarn line will be switched off this winter", "Tarn Grid Company",
                "2026-01-14")  # fmt: skip
    assert not affiliated(chief, grid)
    assert ("contradiction", "a", "b") in kinds(chief, grid)


def test_a_chief_whose_role_names_the_company_speaks_for_it() -> None:
    chief = item("a", "the Tarn line will not be switched off this winter", "Ines Calloway",
                 "2026-01-14", roles=("Tarn Grid chief executive",))  # fmt: skip
    grid = _org("b", "the Tarn line will be switched off this winter", "Tarn Grid Company",
                "2026-01-14")  # fmt: skip
    assert affiliated(chief, grid)
    assert kinds(chief, grid) == []
