"""Which statement a rebuttal that names the claim answers: never one that says the claim the
other way round, one that shares a word with a claim no event was read from, and one that
holds every word of the claim when the claim's events were read apart."""

from __future__ import annotations

import pytest

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import item


def _rebuttals(*items: Item) -> list[tuple[str, str]]:
    return sorted(
        (c.a.statement, c.b.statement)
        for c in analyze_items(list(items))[1]
        if c.kind == "rebuttal"
    )


_SHIFTS = (
    "Noor Halden, the mill's spokeswoman, rejected the union's claim that the mill had cut "
    "night shifts, and said the rota had only been reorganised."
)


def _shifts(original: Item) -> list[tuple[str, str]]:
    reply = item("r", "the rota had only been reorganised", "Noor Halden", "2026-05-12",
                 sentence=_SHIFTS, cue="rejected the union's claim")  # fmt: skip
    return _rebuttals(original, reply)


def test_the_union_saying_the_claim_is_the_target() -> None:
    said = item("o", "The mill cut night shifts in March and told nobody", "Ivo Marrak",
                "2026-05-12", roles=("the union's organiser",))  # fmt: skip
    assert _shifts(said) == [("r", "o")]


def test_a_statement_of_the_claim_the_other_way_round_is_not_the_target() -> None:
    said = item("o", "The mill has never cut night shifts, not once", "Ivo Marrak",
                "2026-05-12", roles=("the union's organiser",))  # fmt: skip
    assert _shifts(said) == []


_TERM = (
    "Councillor Ada Pell rejected the operator's claim that it held a right to a second term "
    "on the ferry route."
)
_TERM_CLAIM = "the operator's claim that it held a right to a second term on the ferry route"


def _term(original: Item) -> list[tuple[str, str]]:
    reply = item("r", _TERM_CLAIM, "Ada Pell", "2026-07-02", sentence=_TERM,
                 cue="rejected the operator's claim")  # fmt: skip
    return _rebuttals(original, reply)


def test_a_claim_with_no_event_needs_a_word_in_common() -> None:
    unrelated = item("o", "ticket sales had doubled since the spring", "Lise Varga",
                     "2026-07-02", roles=("the operator's director",))  # fmt: skip
    assert _term(unrelated) == []


def test_a_claim_with_no_event_finds_the_statement_that_shares_its_words() -> None:
    said = item("o", "We hold a right to a second term on the route", "Lise Varga",
                "2026-07-02", roles=("the operator's director",))  # fmt: skip
    assert _term(said) == [("r", "o")]


_LEASE = (
    "Tomas Rein, the port's director, rejected the haulier's claim that the supply "
    "agreement had been broken."
)
_LEASE_CLAIM = "the haulier's claim that the supply agreement had been broken"


def _lease(original: Item) -> list[tuple[str, str]]:
    reply = item("r", _LEASE_CLAIM, "Tomas Rein", "2026-09-08", sentence=_LEASE,
                 cue="rejected the haulier's claim")  # fmt: skip
    return _rebuttals(original, reply)


def test_every_word_of_the_claim_in_a_plain_clause_is_the_claim() -> None:
    said = item("o", "The port has broken the supply agreement. We were never consulted",
                "Gerda Moll", "2026-09-08", roles=("the haulier's owner",))  # fmt: skip
    assert _lease(said) == [("r", "o")]


def test_the_words_of_the_claim_denied_are_not_the_claim() -> None:
    said = item("o", "The port has not broken the supply agreement, whatever the rumours",
                "Gerda Moll", "2026-09-08", roles=("the haulier's owner",))  # fmt: skip
    assert _lease(said) == []


# -- a hyphened surname alone, which the NER takes for an organization ----------------------

_PIER = (
    "The Wrexley pier will close for repairs in October, Councillor Tobias Ashworth-Lyle "
    "said on Monday.\n\n"
    '"The pier is not safe for crowds," Councillor Tobias Ashworth-Lyle said.\n\n'
    "Ashworth-Lyle said the repairs would take six months. He said the council had set "
    "aside money for them.\n\n"
    "The Dunmere Rowing Club said its regatta would move to the river."
)


@pytest.mark.model
def test_a_hyphened_surname_alone_is_the_person_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract_text(_PIER, published="2026-08-03")
    names = {s.speaker.name for s in record.statements if "six months" in s.content.text}
    assert names == {"Tobias Ashworth-Lyle"}
    assert "Ashworth-Lyle" not in {e.name for e in record.entities if e.type == "organization"}


@pytest.mark.model
def test_an_organization_of_capitalized_words_stays_one(extractor) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract_text(_PIER, published="2026-08-03")
    names = {s.speaker.name for s in record.statements if "regatta" in s.content.text}
    assert names == {"Dunmere Rowing Club"}


_SAFETY = "Wenna Tresize dismissed the council's claim that the change was about safety."
_SAFETY_CLAIM = "the council's claim that the change was about safety"


def _safety(*targets: Item) -> list[tuple[str, str]]:
    reply = item("r", _SAFETY_CLAIM, "Wenna Tresize", "2031-06-20", sentence=_SAFETY,
                 cue="dismissed the council's claim")  # fmt: skip
    others = (
        item("x", "Nothing will change for drivers on Penmarth Road", "Idris Colenso",
             "2031-06-20"),
        item("y", "The change came without any warning to residents", "Wenna Tresize",
             "2031-06-20"),
    )  # fmt: skip
    return _rebuttals(*targets, *others, reply)


def test_of_claims_that_share_as_many_words_the_one_of_the_rarer_word() -> None:
    """Two statements of the council share one word each with the claim: "change", said
    by many, and "safety", said by one; the claim is about safety."""
    role = ("the council's head of highways",)
    about = item("s", "This is about the safety of children on the school run", "Loveday Pascoe",
                 "2031-06-20", roles=role)  # fmt: skip
    fixed = item("f", "The new crossing opens in May, and that will not change", "Loveday Pascoe",
                 "2031-06-20", roles=role)  # fmt: skip
    assert _safety(about, fixed) == [("r", "s")]
    assert _safety(fixed, about) == [("r", "s")]
