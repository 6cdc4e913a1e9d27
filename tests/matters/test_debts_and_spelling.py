"""Debts owed in all, the British doubled l, staff cut in a compound, a time before "to".

* "the club owes 3.4 million pounds" gives the club's debts a value, which "the club's debts
  are 1.1 million pounds" contradicts; a sum owed to one creditor, or one the subject is
  owed, is no such figure;
* "cancelled" and "cancel" are one word, as "canceled" and "cancel" were; "called" and "call"
  stay whole;
* "cut its leak repair crews" is a job cut, as "cut its repair crews" is; "cut its road
  repair budget" is a fall in an amount;
* "agreed in November to sell" says the sale was agreed, as "agreed to sell" does; "refused
  last week to sell" asserts no sale.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import lexicon as lx
from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import events, item, kinds


def _debts(text: str) -> list[tuple[float, float]]:
    return [(f.low, f.high) for c in parse_claim(text).clauses for f in figures_of(c)
            if f.head == "debt"]  # fmt: skip


def test_a_sum_owed_is_the_debtors_debt() -> None:
    assert _debts("The Harlow Rovers club owes 3.4 million pounds") == [(3350000.0, 3450000.0)]
    assert _debts("The council owes more than 2 million pounds")[0][0] == 2000000.0


def test_a_sum_owed_to_one_creditor_or_owed_to_the_subject_is_no_debt() -> None:
    assert _debts("The club owes the bank 310,000 pounds") == []
    assert _debts("The club owes 310,000 pounds to the bank") == []
    assert _debts("The builder is owed 40,000 pounds") == []
    assert _debts("The club owes 900 fans an apology") == []


def test_a_sum_owed_meets_the_debts_given_another_value() -> None:
    a = item("a", "The Harlow Rovers club owes 3.4 million pounds", "Ida Crane", "2027-03-01")
    b = item("b", "The Harlow Rovers club's debts are 1.1 million pounds", "Owen Tull",
             "2027-03-01")  # fmt: skip
    same = item("c", "The Harlow Rovers club's debts are about 3.4 million pounds", "Owen Tull",
                "2027-03-01")  # fmt: skip
    part = item("d", "The Harlow Rovers club owes the bank 1.1 million pounds", "Owen Tull",
                "2027-03-01")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    assert kinds(a, same) == []
    assert kinds(a, part) == []


def test_the_british_doubled_l_is_one_word_with_the_verb() -> None:
    assert lx.stem("cancelled") == lx.stem("cancel") == lx.stem("canceled")
    assert lx.stem("travelling") == lx.stem("travel")
    assert lx.stem("labelled") == lx.stem("label")
    assert lx.stem("called") == lx.stem("call") == "call"
    assert lx.stem("filled") == lx.stem("fill") == "fill"
    assert "cancel" in events("The show was cancelled")
    assert "cancel" in events("We have had to cancel the show")


def test_staff_cut_in_a_compound_are_a_job_cut() -> None:
    assert events("Wexbury Water has cut its leak repair crews by a third")["jobcut"] == 1
    assert "jobcut" not in events("The firm cut its road repair budget by half")
    assert "jobcut" not in events("The firm cut its night bus routes")


def test_a_time_between_a_decision_and_its_to_keeps_the_act() -> None:
    assert events("The club agreed in November to sell the ground to Pellway")["sell"] == 1
    assert events("The board decided last week to close the library")["open"] == -1
    assert events("The trust agreed on 4 May to sell the depot")["sell"] == 1
    assert events("The board refused last week to sell the depot").get("sell", 0) != 1
    assert events("We went in November to Paris") == {}
