"""A statement that is only a noun phrase, the object of a reporting verb ("confirmed the
decision"), makes no contradiction or reversal (:mod:`onrecord.matters.bare_phrases`).
Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.matters.bare_phrases import bare_phrase

from .builders import item, kinds


def _phrase(text: str) -> bool:
    return bare_phrase(item("s1", text, "Nell Pardoe", "2034-05-02"))


@pytest.mark.parametrize(
    "text",
    ["the decision", "running-cost saving", "the closure", "the proposed closure",
     "the council's plans", "the bus fares"],
)  # fmt: skip
def test_a_noun_phrase_alone_is_bare(text: str) -> None:
    assert _phrase(text)


@pytest.mark.parametrize(
    "text",
    [
        "jobs would go",  # a modal: a claim
        "we agree",  # a subject pronoun: a clause
        "prices rose",  # a past form
        "the ferry will not sail",
        "Hallam Quay stays open through the winter",  # more than three words
        "The mill closed",  # a determiner and a past verb after its noun: a clause
        "Its fares doubled",
        "The ferry sank",  # an irregular past
        "the plan works",  # a present verb
        "Stop the closure",  # a verb before its object
    ],
)
def test_a_clause_is_not_bare(text: str) -> None:
    assert not _phrase(text)


def _reversal(later: str) -> list[tuple[str, str, str]]:
    first = item("s1", "No decision on the Hallam permit will be made before September",
                 "Nell Pardoe", "2034-06-05", article="a1")  # fmt: skip
    second = item("s2", later, "Nell Pardoe", "2034-07-04", article="a2")
    return kinds(first, second)


def test_a_decision_confirmed_as_a_noun_phrase_is_no_reversal() -> None:
    """ "Pardoe confirmed the decision on Wednesday" gives "the decision": it names the act but
    says neither what was decided nor when."""
    assert _reversal("the decision") == []


def test_a_decision_told_as_a_clause_is_a_reversal() -> None:
    assert _reversal("A decision on the Hallam permit has been made") == [("reversal", "s1", "s2")]


def test_a_short_clause_with_a_determiner_is_still_contradicted() -> None:
    """ "The mill closed" is a clause, not a phrase: its determiner does not make it bare."""
    first = item("s1", "The mill closed", "Orla Prenderby", "2033-06-10")
    second = item("s2", "The mill never closed", "Dafydd Morlaix", "2033-06-12", article="a2")
    assert kinds(first, second) == [("contradiction", "s1", "s2")]
