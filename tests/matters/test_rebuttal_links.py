"""Which statement a rebuttal is linked to: the claim it names read up to the rebutter's own
words, the target named by a role given anywhere for its speaker, and rebuttals of things
that are no one's words left out."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals

from .builders import item


def _links(*items: Item) -> list[tuple[str, str]]:
    """(rebutting statement, statement rebutted) of each rebuttal found among ``items``."""
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(list(items), []))


# -- the claim named ends where the rebutter's own clause begins --------------------------------

_CITING = (
    "Councillor Wren Tillotson pushed back on the growers' cooperative's claim that orchard "
    "yields would drop by half, citing a county survey that found yields rose in two of the "
    "last three dry summers."
)
_YIELDS = "orchard yields would drop by half"
_CHAIR = ("chair of the growers' cooperative",)


def _citing(original: Item) -> list[tuple[str, str]]:
    nested = item("n", _YIELDS, "Fennick Growers' Cooperative", "2026-05-12", article="a2",
                  sentence=_CITING)  # fmt: skip
    rebutter = item("r", _YIELDS, "Wren Tillotson", "2026-05-12", article="a2", sentence=_CITING,
                    cue="pushed back on the growers' cooperative's claim")  # fmt: skip
    return _links(original, nested, rebutter)


def test_a_participle_clause_after_the_claim_is_the_rebutters_own() -> None:
    """The words ", citing a survey that found yields rose" are no part of the claim: its
    chair's earlier words hold the claim, and are what the rebuttal answers."""
    original = item("o", "Orchard yields in the valley will drop by half this year",
                    "Marit Osgood", "2026-04-28", roles=_CHAIR)  # fmt: skip
    assert _citing(original) == [("r", "o")]


def test_an_earlier_statement_of_another_claim_is_still_not_it() -> None:
    other = item("o", "Orchard owners in the valley will sell their land to developers",
                 "Marit Osgood", "2026-04-28", roles=_CHAIR)  # fmt: skip
    assert _citing(other) == [("r", "n")]
