"""Shapes that the rules on levels, negated objects, conditions, "again", orders and the month
May first misread, each beside the readings those rules were made for:

* "up" or "down" after "be" is a level only for something counted or with a figure: a notice
  "up on the website", a sign "up and" open, a website "down again" are no rise or fall;
* "none" or "nothing" after "for", "to", "in" or "on" is the verb's object, denied ("paid for
  none of the repairs"), not a side phrase;
* "no" after a verb opens no denied object when it is no determiner ("voted no on"), when the
  verb takes a clause ("has concluded no rules were broken") or a verb follows it ("has decided
  no homes will be built");
* the clause after a fronted condition is its consequence, however past its verb; "to" in a
  past clause ("paid up to June") is no modal;
* a past "again" ("was shut again on Friday") tells that occasion, and "never" denies the
  earlier holding that "again" presupposes;
* ordering someone to act is not the noun "order" ("placed no order for trams"), but is an
  "order to" act ("no order to halt the dredging");
* "last May", "during May" are the month for the hedge reading as for the events.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.stance import stance_of

from .builders import events, item, kinds


def _stance(text: str, key: str) -> str:
    return stance_of(parse_claim(text, said="2026-07-01"), key).label


# -- a level after "be" --------------------------------------------------------------------------


def test_a_notice_up_on_a_website_is_no_rise() -> None:
    assert "rise" not in events("the revised toll tables are up on the harbour board website")
    assert "rise" not in events("The exam results are up on the school website")
    assert "rise" not in events("The new road signs are up and the bypass is open")


def test_an_outage_down_again_or_down_by_a_day_is_no_fall() -> None:
    assert "rise" not in events("the Pellow Stadium booking website was down again on Sunday")
    assert "rise" not in events("The till machines were down and staff took cash only")
    assert "rise" not in events("The power lines in the valley were down by Monday")


def test_a_counted_level_or_a_figure_stays_a_rise_or_a_fall() -> None:
    assert events("Reservations at the lodge are up.") == {"rise": 1}
    assert events("Bookings are up.") == {"rise": 1}
    assert events("ticket sales were down again") == {"rise": -1, "rise-down": 1}
    assert events("harbour fees were up by a third") == {"rise": 1}
    assert events("turnout was up in every ward") == {"rise": 1}
    assert events("takings were down 9 percent on last year") == {"rise": -1, "rise-down": 1}
    assert events("rents were up on the same period last year")["rise"] == 1
    assert events("visitor numbers are not up") == {"rise": -1}


def test_a_posted_table_does_not_contradict_a_price_that_did_not_rise() -> None:
    a = item("a", "the new Tollerby ferry charges are up on the port website", "Greta Saul",
             "2026-03-02")  # fmt: skip
    b = item("b", "Tollerby ferry charges have not risen since 2024", "Hugo Penn",
             "2026-03-03", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_an_outage_does_not_contradict_sales_that_rose() -> None:
    a = item("a", "the Pellow Stadium ticket website was down again on Saturday", "Greta Saul",
             "2026-03-02")  # fmt: skip
    b = item("b", "Pellow Stadium ticket sales on the website rose on Saturday", "Hugo Penn",
             "2026-03-03", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_level_up_against_a_level_down_still_contradicts() -> None:
    a = item("a", "Enrolments at Kessock Academy are up.", "Greta Saul", "2026-09-02")
    b = item("b", "enrolments at Kessock Academy are down 6 percent", "Hugo Penn",
             "2026-09-03", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- "none" or "nothing" as the object of a prepositional verb -----------------------------------


def test_none_after_a_verbs_preposition_denies_the_verb() -> None:
    assert events("the insurer paid for none of the damage at the Vell library")["pay"] == -1
    assert events("The negotiations resulted in nothing")["result"] == -1


def test_a_negator_in_a_side_phrase_still_leaves_the_verb_asserted() -> None:
    assert events("The builder built the barn twice with no permit")["build"] == 1
    assert events("The trust sold the meadow for no profit")["sell"] == 1
    assert events("The kiln closed without warning")["open"] == -1


def test_paid_for_none_and_not_paid_agree() -> None:
    a = item("a", "the insurer paid for none of the damage at the Vell library", "Greta Saul",
             "2026-03-02")  # fmt: skip
    b = item("b", "the insurer has not paid for the damage at the Vell library", "Hugo Penn",
             "2026-03-03", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- "no" after a verb with an auxiliary ---------------------------------------------------------


def test_no_that_opens_a_clause_or_no_object_does_not_deny_the_verb() -> None:
    assert events("the Kessock council has decided no new flats will be built")["decid"] == 1
    assert events("The audit has concluded no rules were broken")["conclud"] == 1
    assert events("The board has voted no on the takeover")["vot"] == 1
    assert events("the audit has found no sign of fraud").get("found", 1) == 1


def test_a_negated_object_still_denies_the_verb() -> None:
    assert events("the mill has received no warning from the inspector")["receiv"] == -1
    assert events("the auditors had found nothing in the accounts")["found"] == -1
    assert events("the board has taken a decision no one expected")["taken"] == 1


def test_deciding_no_homes_will_be_built_is_no_denied_decision() -> None:
    a = item("a", "the Kessock council has decided no new flats will be built at Orrin Mill "
             "this year", "Greta Saul", "2026-03-02")  # fmt: skip
    b = item("b", "the Kessock council decided on Monday to sell Orrin Mill", "Hugo Penn",
             "2026-03-03", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_decided_no_against_not_decided_still_contradicts() -> None:
    a = item("a", "the Kessock council has decided no new flats will be built at Orrin Mill",
             "Greta Saul", "2026-03-02")  # fmt: skip
    b = item("b", "the Kessock council has not decided on new flats at Orrin Mill", "Hugo Penn",
             "2026-03-03", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a condition and a past fact -----------------------------------------------------------------


def test_the_consequence_of_a_fronted_condition_is_not_a_past_fact() -> None:
    assert _stance("If the lender had pulled out, the foundry was shut", "open") == "hedged"


def test_the_consequence_does_not_contradict_never_closed() -> None:
    a = item("a", "If the samples tested positive, the Marrow lido was closed for the day",
             "Greta Saul", "2026-03-02")  # fmt: skip
    b = item("b", "the Marrow lido was never closed this summer", "Hugo Penn", "2026-03-02",
             article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_to_in_a_past_clause_is_no_modal() -> None:
    tail = ", and the firm would publish the rota if the union asked"
    assert _stance("every porter had been paid up to June" + tail, "pay") == "yes"
    assert _stance("every porter had been paid according to the contract" + tail, "pay") == "yes"


def test_a_past_fact_before_a_condition_is_still_asserted() -> None:
    text = "every porter had been paid in full, and the firm would publish the rota if asked"
    assert _stance(text, "pay") == "yes"
    assert _stance("If the storm continues, the sea wall could fail", "fail") == "hedged"
    assert _stance("If we had known, we would have closed the pier", "open") == "hedged"


# -- "again" -------------------------------------------------------------------------------------


def test_a_past_again_still_contradicts_its_denial_on_that_day() -> None:
    a = item("a", "the Selby kiln was shut down again on Friday", "Greta Saul", "2026-03-02")
    b = item("b", "the Selby kiln was not shut down on Friday", "Hugo Penn", "2026-03-02",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_again_contradicts_never() -> None:
    a = item("a", "the Selby kiln is closed again", "Greta Saul", "2026-03-02")
    b = item("b", "the Selby kiln was never closed", "Hugo Penn", "2026-03-02", article="a2")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_safe_again_still_agrees_with_not_safe_before() -> None:
    a = item("a", "the spring water in Orla is safe to drink again", "Greta Saul", "2026-07-20")
    b = item("b", "the spring water in Orla was not safe to drink on July 2", "Hugo Penn",
             "2026-07-20")  # fmt: skip
    assert kinds(a, b) == []


# -- ordering someone to act ---------------------------------------------------------------------


def test_instructing_someone_is_not_the_noun_order() -> None:
    assert "order" not in events("Mayor Rosa Venn instructed Kessock Rail to buy ten trams")
    assert "instruct" not in events("Kessock Rail has placed no order for trams")


def test_ordered_and_instructed_are_still_one_act() -> None:
    assert events("the warden instructed the porter to lock the gates")["instruct"] == 1
    assert events("the warden ordered the porter to lock the gates")["instruct"] == 1
    assert events("I never ordered anyone to burn any letters") == {"instruct": -1}


def test_an_instruction_does_not_contradict_no_order_placed() -> None:
    a = item("a", "Mayor Rosa Venn instructed Kessock Rail to buy ten electric trams",
             "Rosa Venn", "2026-03-02")  # fmt: skip
    b = item("b", "Kessock Rail has placed no order for electric trams", "Hugo Penn",
             "2026-03-03", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_an_order_to_act_is_the_act_of_ordering() -> None:
    assert (
        events("no order to halt the dredging has been issued to Pell Quarries")["instruct"] == -1
    )
    assert "instruct" not in events("the court order to the council was lifted")
    assert "instruct" not in events("Kessock Rail has placed no orders for trams")


def test_ordered_to_stop_contradicts_no_order_to_halt() -> None:
    a = item("a", "the river authority has ordered Pell Quarries to stop dredging the estuary",
             "Greta Saul", "2026-04-08")  # fmt: skip
    b = item("b", "no order to halt dredging has been issued to Pell Quarries", "Hugo Penn",
             "2026-04-08")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- the month May -------------------------------------------------------------------------------


def test_may_after_a_word_of_time_is_the_month_for_the_hedge_too() -> None:
    for when in ("last May", "during May", "before May", "after May", "in May"):
        assert _stance(f"The board paid the Tarn Freight invoice {when}", "pay") == "yes"
        assert events(f"The board paid the Tarn Freight invoice {when}") == {"pay": 1}


def test_the_modal_may_still_hedges() -> None:
    assert _stance("The Orla bridge may reopen in May", "open") == "hedged"
