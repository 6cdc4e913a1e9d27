"""An "if" that only stresses how little a clause grants ("The ferry sails twice a week, if it
sails at all"; "rarely, if at all"): the speaker asserts the clause, no condition
(:func:`onrecord.matters.clause_cues.concessive_if`). Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim
from onrecord.matters.stance import stance_of


def _certain(text: str) -> bool:
    claim = parse_claim(text)
    return not claim.conditional and claim.clauses[0].asserted


def test_a_tail_that_stresses_a_limit_sets_no_condition() -> None:
    assert _certain("The Skelby ferry sails twice a week, if it sails at all.")
    assert _certain("The Skelby ferry sails on Sundays, rarely, if at all.")
    assert _certain("The night bus comes once an hour, if it comes at all,")


def test_the_stressed_clause_keeps_its_answer() -> None:
    s = stance_of(parse_claim("The Ostley library opens on Saturdays, if it opens at all."), "open")
    assert (s.label, s.certain) == ("yes", True)


def test_an_if_at_all_that_sets_a_condition_stays_one() -> None:
    assert not _certain("If it is at all possible, we will reopen the Ostley library.")
    assert not _certain("The Ostley library will reopen in May, if the council pays at all.")
    assert not _certain("We will reopen the Ostley library if it is safe at all,")
    assert not _certain("The Skelby ferry sails twice a week, if the weather allows.")
