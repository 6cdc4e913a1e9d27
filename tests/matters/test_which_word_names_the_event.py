"""Clauses that named no event although they assert one: which word names it.

* a verb in -ly is no adverb ("would not comply", "did apply");
* a verb that acts on a thing put to it keeps its event with an indefinite object ("will not
  sign a deal", "would support a levy"); one that makes a new thing does not ("open a clinic");
* an adjective in -able names its verb's event ("not refundable": no refund);
* "back" right after a modal or a negator is the verb of support, not a particle;
* a support verb's new object names the event ("has not made any pay offer": no offer);
* a past verb with no determiner after it is the clause's verb when all before it can be its
  subject ("200 litres of diesel leaked from the pump"), not a participle ("a cap on vehicles
  licensed in the city", "the wardens involved").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.senses import able_verb

from .builders import events, item, kinds

# -- verbs in -ly --------------------------------------------------------------------------------


def test_a_verb_in_ly_is_read_as_a_verb() -> None:
    assert events("the landlord would not comply with the order") == {"comply": -1}
    assert events("the firm did apply for a grant in March")["apply"] == 1


def test_an_adverb_in_ly_is_still_no_event() -> None:
    assert events("the council formally approved the levy") == {"approve": 1}
    assert "quick" not in events("the ferry will quickly resume")


# -- an indefinite object ------------------------------------------------------------------------


def test_signing_a_deal_is_the_deal_signed() -> None:
    assert events("We will not sign a contract with Brennick Haulage") == {"approve": -1}
    assert events("the union would sign the contract with Brennick Haulage") == {"approve": 1}
    assert events("the mayor would support a levy on empty homes") == {"support": 1}


def test_opening_a_new_thing_is_not_the_matter_of_opening() -> None:
    assert "open" not in events("the Harlow trust will open a new clinic in Westbury")


# -- adjectives in -able -------------------------------------------------------------------------


def test_an_adjective_in_able_names_its_verbs_event() -> None:
    denied, done = events("Deposits are not refundable"), events("the landlord will refund it")
    assert len(denied) == 1 and denied.keys() == done.keys()  # one event, under one key
    assert list(denied.values()) == [-1] and list(done.values()) == [1]


def test_the_verb_of_an_able_adjective() -> None:
    assert able_verb("refundable") == "refunde"
    assert able_verb("reliable") == "rely"
    assert able_verb("reversible") == "reverse"
    assert able_verb("notable") == ""  # a short stem: no verb of its own
    assert able_verb("capable") == ""
    assert able_verb("table") == ""
    assert able_verb("unavoidable") == ""


def test_refundable_and_refund_make_a_contradiction() -> None:
    a = item("a", "Deposits for the Harlow pavilion are not refundable", "Ines Porter",
             "2026-03-02")  # fmt: skip
    b = item("b", "every deposit for the Harlow pavilion will be refunded in full", "Aldo Vance",
             "2026-03-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- "back" --------------------------------------------------------------------------------------


def test_back_after_a_modal_is_support() -> None:
    assert events("I will not back the levy") == {"support": -1}
    assert events("we back the plan for the quay") == {"support": 1}


def test_back_with_a_particle_or_after_a_verb_is_no_support() -> None:
    assert "support" not in events("the union would not back down")
    assert "support" not in events("the ferries came back on Monday")
    assert "support" not in events("we will bring the service back")


# -- support verbs -------------------------------------------------------------------------------


def test_the_new_object_of_a_support_verb_is_the_event() -> None:
    assert events("the firm has not made any wage offer") == {"offer": -1}
    assert events("tenants would get a full rebate") == {"rebat": 1}
    assert events("we have had no bids for the site")["bid"] == -1
    assert events("the mill never turned a profit")["profit"] == -1
    assert events("the council received a complaint from the school")["complaint"] == 1
    (key,) = events("the trust will refund them")
    assert events("the trust gave them a refund")[key] == 1


def test_a_definite_object_or_an_idiom_is_no_event_of_a_support_verb() -> None:
    assert events("we got the message") == {}
    assert events("they took a look at the figures") == {}
    assert events("it took a flood to get it fixed") == {}
    assert events("we had a key to the office") == {"had-key": 1}  # a thing held, as before


def test_an_offer_made_and_denied_is_a_contradiction() -> None:
    a = item("a", "the ferry operator has made a pay offer to the deckhands", "Ivo Marsh",
             "2026-03-02")  # fmt: skip
    b = item("b", "the ferry operator has not made any pay offer to the deckhands",
             "Rhona Field", "2026-03-03", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- past verbs with no determiner after them ----------------------------------------------------


def test_a_past_verb_with_a_path_or_a_bare_object_is_the_event() -> None:
    assert events("about 300 litres of diesel leaked from the pump") == {"leak": 1}
    assert events("the flood affected homes on Tern Street") == {"affect": 1}
    assert events("the harbour board discussed it in April") == {"discuss": 1}
    assert events("the cooling pump fault also affected boilers fitted in 2023") == {"affect": 1}


def test_a_participle_is_no_event() -> None:
    assert events("the cottages listed in the survey showed damp") == {}
    assert events("the wardens involved") == {}
    assert events("damage caused by the storm") == {}
    assert "licens" not in events("a cap on vehicles licensed in the city")
    assert "build" not in events("the fault affected engines built in 2022")


# -- verbs of reporting used as acts -------------------------------------------------------------


def test_a_call_made_to_a_plain_object_is_an_act_not_a_report() -> None:
    (clause,) = parse_claim(
        "Nobody from the quarry called the parish council before the vote"
    ).clauses
    assert clause.modality == "certain"
    assert {e.key: e.polarity for e in clause.events} == {"call": -1}
    assert events("she had called Ms. Ferrow the day before the vote") == {"call": 1}
    assert events("the clinic had reported the breach to the regulator on Friday") == {
        "report": 1,
        "notify": 1,  # reported to the regulator: notice given (test_notice_by_letter_...)
    }


def test_a_report_of_what_was_said_stays_a_report() -> None:
    for text in ("the warden called the plan reckless", "she called it a disgrace",
                 "the union reported the depot would close"):  # fmt: skip
        assert parse_claim(text).clauses[0].modality == "reported", text
    assert "call" not in events("the strike was called off")


def test_a_passive_report_with_nothing_reported_is_no_quotation() -> None:
    (clause,) = parse_claim("Nobody phoned the school before this was announced").clauses
    assert clause.modality == "certain"
    assert parse_claim("it was reported that the depot would close").clauses[0].modality == (
        "reported"
    )


def test_so_far_between_the_auxiliary_and_its_verb() -> None:
    assert events("the ombudsman had so far received 300 complaints")["receiv"] == 1
    assert events("the ombudsman had not so far received a complaint")["receiv"] == -1


def test_a_past_verb_before_for_is_the_clauses_verb() -> None:
    # the application is an asking too (:mod:`onrecord.matters.notice`), and nothing else
    assert events("the developer applied for a height waiver in June") == {"apply": 1, "ask": 1}
    assert events("the money set aside for repairs") == {}
