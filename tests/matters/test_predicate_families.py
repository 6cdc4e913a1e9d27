"""Families of the predicates that news statements most often assert and deny: one key for the
words of one event ("refund", "reimburse", "compensate"; "charge", "billed"; "halt",
"suspend"; "include", "leave out"; "detected", "caught"), and the senses in which their words
name it ("charged with theft" is no price, "a bus stop" no halt, "including" no inclusion,
"caught fire" no detection). A proposal with "a" after its verb ("will not sign a deal",
"would back a bill") is the one in question.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.themes import theme_of

from .builders import events, item, kinds

# -- paying back, by the payer -------------------------------------------------------------------


def test_refund_reimburse_and_compensate_are_one_event() -> None:
    assert events("the airline will refund every passenger on the cancelled flights") == {
        "compensate": 1
    }
    assert events("the council would not reimburse the traders") == {"compensate": -1}
    assert events("the deposits are not refundable")["compensate"] == -1
    assert events("the quarry owner has compensated the two farms")["compensate"] == 1


def test_a_refund_promised_then_denied_is_a_disagreement() -> None:
    a = item("a", "the festival will refund all booking fees", "Orla Penhallow", "2026-05-04")
    b = item("b", "booking fees are not refundable for the festival", "Orla Penhallow",
             "2026-06-20")  # fmt: skip
    assert events("booking fees are not refundable for the festival") == {"compensate": -1}
    assert [k for k, *_ in kinds(a, b)] == ["reversal"]


def test_a_salary_is_no_compensation() -> None:
    assert "compensate" not in events("the chief executive's total compensation rose sharply")


# -- a price asked, by the payee ----------------------------------------------------------------


def test_charge_and_billed_are_one_event_when_a_price_is_asked() -> None:
    assert events("the utility would not charge tenants for the new meters") == {"charge": -1}
    assert events("tenants will be billed for the new meters")["charge"] == 1
    assert events("the clinic charged each patient $40 for the test")["charge"] == 1


def test_other_senses_of_charge_and_bill_are_no_price() -> None:
    assert "charge" not in events("the driver was charged with dangerous driving")
    assert "charge" not in events("owners should not charge the bikes in the hallway")
    assert "charge" not in events("prosecutors dropped the charges against the two guards")
    assert "charge" not in events("the concert was billed as the event of the summer")
    assert "charge" not in events("the senate will vote on the bill next week")


def test_paying_and_being_charged_never_share_a_key() -> None:
    # "will not charge tenants" and "will not reimburse tenants" say opposite things of them
    assert set(events("the landlord will not charge tenants for repairs")) == {"charge"}
    assert set(events("the landlord will not reimburse tenants")) == {"compensate"}


# -- halting an activity ----------------------------------------------------------------------


def test_halt_suspend_and_stop_are_one_event_and_resume_its_opposite() -> None:
    assert events("the mill halted production at its Esker plant")["stoppage"] == 1
    assert events("the ferry operator has suspended the night crossing")["stoppage"] == 1
    assert events("production at the Esker plant resumed on Monday")["stoppage"] == -1
    assert events("the mill has not stopped the second line")["stoppage"] == -1


def test_a_stop_that_is_a_noun_a_visit_or_a_prevention_is_no_halt() -> None:
    assert "stoppage" not in events("the bus stop on Quarry Road will move")
    assert "stoppage" not in events("the minister stopped by the depot on Friday")
    assert "stoppage" not in events("the injunction stopped the council from selling the field")
    assert "stoppage" not in events("he was given a suspended sentence")


def test_stop_with_an_ing_verb_still_negates_that_verb() -> None:
    assert events("the hauliers will stop dumping at the old pit") == {"dump": -1}


# -- counted in or left out -------------------------------------------------------------------


def test_include_and_leave_out_are_opposites() -> None:
    assert events("the estimate did include the cleanup costs")["include"] == 1
    assert events("the estimate left out the cleanup costs")["include"] == -1
    assert events("the estimate excluded the cleanup costs")["include"] == -1
    assert events("the estimate did not leave out the cleanup costs")["include"] == 1


def test_the_preposition_including_is_no_inclusion() -> None:
    assert "include" not in events("every family would get a refund, including late bookers")


# -- a proposal with "a" after its verb ----------------------------------------------------------


def test_a_proposal_after_its_verb_is_the_one_in_question() -> None:
    assert events("the drivers will not sign a contract without a pay guarantee") == {"approve": -1}
    assert events("she would back a levy on holiday lets")["support"] == 1
    assert events("I will not back a levy on holiday lets")["support"] == -1


def test_back_as_a_particle_is_no_support() -> None:
    assert "support" not in events("the company will not back down on the levy")
    assert "support" not in events("the crews will come back the next morning")


def test_opening_a_new_thing_is_still_no_reopening() -> None:
    assert "open" not in events("the bank will open a branch in Tarrow")


# -- across articles, a family's key is a shared word --------------------------------------------


def test_one_event_in_two_words_links_across_articles() -> None:
    # the two share few words: the key of their family links them
    a = item("a", "the Dunsmere water board would not charge homeowners for the pipe work",
             "Elin Marchbank", "2026-02-10", article="a1")  # fmt: skip
    b = item("b", "homeowners will be billed for the private side of each service pipe",
             "Elin Marchbank", "2026-04-22", article="a2")  # fmt: skip
    assert [k for k, *_ in kinds(a, b)] == ["reversal"]


def test_two_families_never_link_by_their_keys() -> None:
    a = item("a", "the Dunsmere water board would not charge homeowners for the pipe work",
             "Elin Marchbank", "2026-02-10", article="a1")  # fmt: skip
    b = item("b", "the Dunsmere water board will reimburse homeowners for the pipe work",
             "Elin Marchbank", "2026-04-22", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- a fault found -----------------------------------------------------------------------------


def test_detected_spotted_and_caught_are_one_event() -> None:
    assert events("the leak had been detected within a day")["detect"] == 1
    assert events("engineers spotted the crack in March")["detect"] == 1
    assert events("the fraud was not caught for two years")["detect"] == -1


def test_other_senses_of_caught_are_no_detection() -> None:
    assert "detect" not in events("the warehouse caught fire overnight")
    assert "detect" not in events("the drivers were caught in traffic on the bypass")
    assert "detect" not in events("the players caught the late train")
    assert "detect" not in events("the spotted owl will be protected")


def test_a_time_after_a_passive_is_not_its_theme() -> None:
    # "within hours" is when, not what: the passive's subject is the theme
    assert theme_of("the breach was not caught within hours", "caught") == {"breach"}


# -- information made public or kept back -------------------------------------------------------


def test_release_publish_and_make_public_against_withhold_and_sealed() -> None:
    assert events("the police will release the bodycam footage on Friday")["release"] == 1
    assert events("the council published the audit in full")["release"] == 1
    assert events("the mayor would make the audit public next week")["release"] == 1
    assert events("the county withheld the audit")["release"] == -1
    assert events("the inspection report will remain confidential")["release"] == -1


def test_a_release_that_frees_or_emits_is_no_publication() -> None:
    assert "release" not in events("the driver was released from custody on Monday")
    emitted = "the plant released 40 tonnes of slurry into the river before the audit"
    assert "release" not in events(emitted)
    assert "release" not in events("the club will not release the goalkeeper")
    assert "release" not in events("the park will remain private")
