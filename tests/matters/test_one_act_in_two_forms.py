"""One act named in two grammatical forms, or with a quantity.

* a noun made from a verb names the verb's event ("the expansion" / "will expand", "there
  was no consultation" / "were consulted"), and a verb in -ate meets its noun in -ation;
* in a phrase opened by "no" the event is the noun, not the adjective or the figure before
  it ("no extra money", "no 3.5 percent offer", "no real consultation");
* a sum of money after a verb of giving is money given, as "money" and "funding" are.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.derivation import verb_root
from onrecord.matters.senses import event_stem

from .builders import events, item, kinds

# -- derivation ----------------------------------------------------------------------------------


def test_a_deverbal_noun_takes_its_verbs_key() -> None:
    for noun, verb in (
        ("legislation", "legislated"),
        ("consultation", "consulted"),
        ("construction", "constructed"),
        ("expansion", "expanded"),
        ("inspection", "inspected"),
        ("extension", "extended"),
        ("decision", "decided"),
        ("withdrawal", "withdrawing"),
        ("failure", "failed"),
        ("departure", "departed"),
        ("notification", "notified"),
        ("evacuation", "evacuate"),
        ("negotiations", "negotiating"),
        ("discussion", "discussed"),
    ):
        assert event_stem(noun) == event_stem(verb), (noun, verb)


def test_nouns_that_are_no_act_of_a_verb_keep_their_own_key() -> None:
    assert event_stem("information") == "information"  # too vague for a matter
    assert event_stem("station") == "station"
    assert event_stem("passion") != event_stem("passed")
    assert event_stem("mission") != event_stem("missed")
    assert event_stem("nation") == "nation"


def test_a_concepts_noun_is_not_read_as_the_concept() -> None:
    # "file for approval" asks for approval; it approves nothing
    assert event_stem("approval") != event_stem("approved")
    assert verb_root("clos") == "clos"  # a concept's stem is left as it is


def test_a_noun_and_its_verb_make_a_reversal() -> None:
    a = item("a", "The council will not legislate a curfew for the harbour district",
             "Orla Penhaligon", "2026-02-02")  # fmt: skip
    b = item("b", "The council will introduce curfew legislation for the harbour district",
             "Orla Penhaligon", "2026-03-09", article="a2")  # fmt: skip
    assert ("reversal", "a", "b") in kinds(a, b)


# -- the noun of a phrase opened by "no" ---------------------------------------------------------


def test_the_noun_after_no_and_its_modifiers_is_the_event() -> None:
    assert events("there will be no extra money for the clinic this year") == {"money": -1}
    assert events("There is no 4 percent offer.") == {"offer": -1}
    assert events("there was no real consultation with tenants") == {event_stem("consultation"): -1}
    assert events("There were no serious injuries at the depot") == {"injury": -1}


def test_an_adjective_after_no_is_no_event_of_its_own() -> None:
    assert "true" not in events("there was no real consultation with tenants")
    assert "extra" not in events("there will be no extra money for the clinic")


def test_one_more_of_the_event_is_still_not_the_event() -> None:
    # "no further closures", "no second vote": one beyond those in question
    assert events("There will be no further closures this year") == {}
    assert "vot" not in events("There will be no second vote on the merger")


def test_no_more_than_is_a_bound_not_a_phrase() -> None:
    assert events("There will be no more than five buses") == {}


# -- money given ---------------------------------------------------------------------------------


def test_a_sum_after_a_verb_of_giving_is_money_given() -> None:
    assert events("The ministry will provide 3 million pounds for the ferry service")["money"] == 1
    assert events("The trust allocated $40,000 to the library")["money"] == 1
    assert events("The council gave the museum 20,000 euros")["money"] == 1
    assert events("The state will not fund the clinic")["money"] == -1
    assert events("There will be no new funding for the clinic")["money"] == -1


def test_giving_without_a_sum_is_no_money() -> None:
    assert "money" not in events("The agency gave residents two weeks' notice")
    assert "money" not in events("They have given me a written warning")
    assert "money" not in events("The ministry will provide three new buses")


def test_no_money_then_a_sum_given_is_a_reversal() -> None:
    a = item("a", "there will be no extra money for the Dunmore ferry this year",
             "Keziah Ormsby", "2026-04-01")  # fmt: skip
    b = item("b", "The ministry will provide 3 million pounds for the Dunmore ferry this year",
             "Keziah Ormsby", "2026-05-20", article="a2")  # fmt: skip
    assert ("reversal", "a", "b") in kinds(a, b)


def test_money_for_two_different_things_is_no_reversal() -> None:
    a = item("a", "there will be no extra money for the Dunmore ferry this year",
             "Keziah Ormsby", "2026-04-01")  # fmt: skip
    b = item("b", "The ministry will provide 3 million pounds for rural schools this year",
             "Keziah Ormsby", "2026-05-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- concerns raised -----------------------------------------------------------------------------


def test_a_concern_raised_filed_or_received_is_one_report() -> None:
    assert events("no driver had raised a brake concern with the depot")["report"] == -1
    assert events("the depot had received brake complaints from its drivers")["report"] == 1
    assert events("drivers had filed 9 brake reports since June")["report"] == 1
    assert events("wardens raised no concerns about the boiler")["report"] == -1


def test_raising_a_concern_is_no_rise() -> None:
    assert "rise" not in events("wardens raised no concerns about the boiler")
    assert events("The council raised bus fares by 5 percent")["rise"] == 1
    assert "report" not in events("The council raised bus fares by 5 percent")


def test_reports_filed_quote_no_one() -> None:
    claim = parse_claim("drivers had filed 9 brake reports since June")
    assert claim.clauses[0].modality == "certain"


def test_a_concern_denied_then_reports_received_is_a_reversal() -> None:
    a = item("a", "no driver had raised a brake concern with the depot",
             "Linnea Coldwell", "2026-06-01")  # fmt: skip
    b = item("b", "the depot had received brake complaints from its drivers",
             "Linnea Coldwell", "2026-07-15", article="a2")  # fmt: skip
    assert ("reversal", "a", "b") in kinds(a, b)


def test_a_denied_phrase_after_a_content_verb_is_its_object() -> None:
    # what is needed, not whether there is any water: no event of water
    assert "water" not in events("the new depot would need no extra water")
    assert events("no extra staff will be hired")["hir"] == -1
