"""Pay received or waited for, targets met "last year", and nouns in "-us".

* pay received ("have not received their wages") or waited for ("are still waiting for
  their wages") answers whether they were paid; a pay rise, a wait for anything else, a
  hedge and agreement in other words make no disagreement;
* a target met or missed followed by a time ("met its target last year") is still a target;
  "the target market last year" is not;
* a reversal told in the speaker's quoted words on both occasions is shown before one told
  in a reporter's summary of one of them;
* "bonus" and "bonuses" are one word (a stem of "bonu" for one and "bonus" for the other kept
  two statements about directors' bonuses apart).

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items
from onrecord.matters import lexicon as lx
from onrecord.matters.claims import Item
from onrecord.matters.themes import theme_of

from .builders import events, item, kinds

# -- pay received or waited for ----------------------------------------------------------------


def test_pay_received_or_waited_for_names_pay() -> None:
    assert events("Nine porters have not received a penny of their March wages")["pay"] == -1
    assert events("The porters received their back pay in April")["pay"] == 1
    assert events("Three of the cleaners are still waiting for their wages")["pay"] == -1
    assert events("The cleaners are still waiting to be paid")["pay"] == -1
    assert events("The drivers received no wages in May")["pay"] == -1


def test_other_things_received_or_waited_for_are_no_pay() -> None:
    assert "pay" not in events("The staff got a pay rise")
    assert "pay" not in events("We are still waiting for the inspection report")
    assert "pay" not in events("The union received a letter about the wages")


def test_the_paid_are_the_theme_of_pay_received() -> None:
    text = "Nine porters at Kelby General have not received their March wages"
    assert theme_of(text, "received") == frozenset({lx.stem("porters")})


def test_pay_not_received_meets_every_one_paid() -> None:
    a = item("a", "Every porter at Kelby General has been paid in full for March", "Ida Crane",
             "2027-04-02")  # fmt: skip
    b = item("b", "Nine porters at Kelby General have not received their March wages",
             "Owen Tull", "2027-04-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_hedged_or_agreeing_receipt_is_no_disagreement() -> None:
    a = item("a", "Every porter at Kelby General has been paid in full for March", "Ida Crane",
             "2027-04-02")  # fmt: skip
    hedged = item("b", "Some porters at Kelby General may not have received their March wages",
                  "Owen Tull", "2027-04-02")  # fmt: skip
    agrees = item("c", "The porters at Kelby General have received their March wages",
                  "Owen Tull", "2027-04-02")  # fmt: skip
    assert kinds(a, hedged) == []
    assert kinds(a, agrees) == []


# -- targets met or missed "last year" ---------------------------------------------------------


def test_a_target_followed_by_a_time_is_still_a_target() -> None:
    assert events("The depot met its recycling target last year")["target"] == 1
    assert events("Corby Water missed its leakage target last year")["target"] == -1
    assert events("The firm hit its sales target twice")["target"] == 1
    assert "target" not in events("We missed the target market last year")
    assert "target" not in events("I met the minister last year")


def test_met_and_missed_last_year_contradict() -> None:
    a = item("a", "We met our recycling target last year", "Ada Vell", "2027-05-02")
    b = item("b", "Brenton Council missed its recycling target last year", "Sam Orr",
             "2027-05-03")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- nouns in "-us" ----------------------------------------------------------------------------


def test_a_noun_in_us_stems_as_its_plural() -> None:
    assert lx.stem("bonus") == lx.stem("bonuses")
    assert lx.stem("campus") == lx.stem("campuses")
    assert lx.stem("menus") == lx.stem("menu")


def test_no_bonus_then_bonuses_paid_is_a_reversal() -> None:
    a = item("a", "No bonus will be paid to any director this year", "Rhona Pask", "2027-03-02",
             article="a1")  # fmt: skip
    b = item("b", "The directors' bonuses for this year will be paid in full", "Rhona Pask",
             "2027-05-20", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- a reversal shown in the speaker's words on both occasions -----------------------------------


def _quoted(it: Item) -> Item:
    return Item.of(replace(it.statement, kind="direct"), article=it.article)


def test_a_reversal_quoted_on_both_occasions_is_shown_before_a_summary() -> None:
    # the later occasion is told twice: in the reporter's summary and in the speaker's quote
    said = _quoted(item("a", "I will never sell the Dunmore depot", "Tomas Hale", "2027-02-01"))
    summary = item("b", "the firm would sell the Dunmore depot", "Tomas Hale", "2027-04-01",
                   article="a2")  # fmt: skip
    quote = _quoted(item("c", "We have agreed to sell the Dunmore depot to a Harwick builder",
                         "Tomas Hale", "2027-04-01", article="a2"))  # fmt: skip
    found = analyze_items([said, summary, quote])[1]
    assert [(c.kind, {c.a.statement, c.b.statement}) for c in found] == [("reversal", {"a", "c"})]
