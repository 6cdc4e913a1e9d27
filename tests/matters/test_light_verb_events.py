"""Events hidden in a noun or a phrase: which key a clause's event takes when a light verb, a
plan given up, a failure, a particle or an irregular participle names it.

* a support verb of a thing undergone or done ("facing a shortage", "file a lawsuit", "held
  a meeting", "carried out an inspection") names its new object's event;
* a noun of an act whose verb is spelled otherwise takes the verb's key ("lawsuit": sue);
* a plan given up ("abandoned plans for a meeting", "scrapped plans to build") and a failure
  or refusal to act ("failure to deliver") deny the act, and the verb that gives the plan up
  names no event of its own;
* "take over" is one act with "takeover"; a particle noun ("opt-out") takes its verb's key;
* an irregular participle ("spoken") has its verb's key.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import lexicon as lx

from .builders import events, item, kinds

# -- support verbs of a thing undergone --------------------------------------------------------


def test_facing_a_thing_names_the_thing() -> None:
    assert events("We are facing a serious shortage of nurses")["shortag"] == 1
    assert events("There is no shortage of nurses") == {"shortag": -1}
    assert events("the clinic faces no shortage of staff")["shortag"] == -1


def test_a_definite_or_stance_object_of_facing_names_nothing() -> None:
    assert "problem" not in events("we are facing the problem every winter")
    assert "choic" not in events("the town is facing a difficult choice")


def test_held_a_meeting_and_carried_out_an_inspection() -> None:
    assert events("The mayor held a meeting with the growers")["meet"] == 1
    assert events("inspectors carried out an inspection at the depot")["inspect"] == 1
    assert "inspect" not in events("the porters carried the crates to the inspection bay")


def test_a_lawsuit_is_the_suing() -> None:
    assert events("The tenants' union will not file a lawsuit")["sue"] == -1
    assert events("The tenants' union will sue the landlord") == {"sue": 1}


def test_facing_a_shortage_and_no_shortage_disagree() -> None:
    a = item("a", "There is no shortage of insulin in Corvale", "Maren Tulk", "2026-02-20")
    b = item("b", "pharmacies are facing a real shortage of insulin in Corvale", "Abel Strand",
             "2026-02-20")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- plans given up, failures ------------------------------------------------------------------


def test_a_plan_given_up_denies_the_planned_act() -> None:
    assert events("The board has abandoned plans for a meeting with the growers") == {"meet": -1}
    assert events("The trust scrapped plans to build the car park") == {"build": -1}
    assert events("The council dropped the idea of a merger") == {
        "merg": -1
    }  # the noun takes its verb's key


def test_a_plan_kept_asserts_the_act() -> None:
    assert events("The trust has not abandoned plans to build the car park") == {"build": 1}


def test_the_verb_that_drops_a_plan_is_no_fall() -> None:
    assert "rise" not in events("the ministry dropped plans to close the ward")
    assert events("the ministry dropped plans to close the ward")["open"] == 1  # not closed


def test_dropping_a_price_or_a_plan_without_its_act_is_left_alone() -> None:
    assert events("the grocer dropped the price of bread")["rise"] == -1
    assert "build" not in events("the trust abandoned the plan after the vote")


def test_a_failure_or_refusal_to_act_denies_the_act() -> None:
    assert (
        events("the delay came from the supplier's failure to deliver the beams")["deliver"] == -1
    )
    assert events("their refusal to pay the levy angered the board")["pay"] == -1
    assert events("the beams were delivered on time") == {"deliver": 1}


def test_a_failure_to_deliver_and_delivered_on_time_disagree() -> None:
    a = item("a", "the delay was caused by the supplier's failure to deliver the beams on time",
             "Ilse Varga", "2026-05-04")  # fmt: skip
    b = item("b", "the beams had been delivered on time", "Tomas Brell", "2026-05-04")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_meeting_between_two_parties_is_the_meeting() -> None:
    assert events("there will be a meeting between the two mayors") == {"meet": 1}
    assert "strik" not in events("they ordered a strike ballot")


# -- phrasal verbs and particle nouns ----------------------------------------------------------


def test_take_over_is_the_takeover() -> None:
    assert events("The trust is not going to take over the library") == {"takeover": -1}
    assert events("The trust will take over the library") == {"takeover": 1}
    assert events("There will be no take-over of the library") == {"takeover": -1}
    assert events("The takeover will go ahead") == {"takeover": 1}


def test_over_before_an_amount_or_a_span_is_a_preposition() -> None:
    assert "takeover" not in events("the helpline took over 300 calls")
    assert "takeover" not in events("the repairs took over a year")


def test_take_over_as_a_post_is_no_takeover() -> None:
    assert "takeover" not in events("Ilse Marrow will take over as chair of the trust in May")
    assert "takeover" not in events("she is not going to take over as chief executive")
    assert events("The trust will take over the ferry service in May") == {"takeover": 1}


def test_a_particle_noun_takes_its_verbs_key() -> None:
    assert events("There is no opt-out for members") == {"opt": -1}
    assert events("Members can opt out at any time") == {"opt": 1}
    assert events("the union will walk out") == {"walk": 1}  # "walkout" keeps its own key


def test_take_over_both_ways_is_a_reversal() -> None:
    a = item("a", "The county is not going to take over the ferry service", "Oda Renn",
             "2026-03-01")  # fmt: skip
    b = item("b", "The county will take over the ferry service", "Oda Renn", "2026-03-22",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- irregular participles ---------------------------------------------------------------------


def test_an_irregular_participle_has_its_verbs_key() -> None:
    assert lx.stem("spoken") == lx.stem("speak") == lx.stem("spoke")
    assert lx.stem("written") == lx.stem("write")
    assert lx.stem("begun") == lx.stem("begin")
    assert events("I have never spoken to the harbour master") == {"speak": -1, "meet": -1}
    assert events("I did speak to the harbour master") == {"speak": 1}


def test_the_older_irregular_forms_keep_their_keys() -> None:
    assert lx.stem("took") == "take"
    assert lx.stem("given") == "give"
    assert lx.stem("layoffs") == "layoff"
