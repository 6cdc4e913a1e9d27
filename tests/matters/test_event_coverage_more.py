"""More events read from shapes a plain verb reading misses: a day named after "go up" is the
day of a rise, not an outage."""

from __future__ import annotations

from .builders import events, item, kinds


def test_going_up_on_a_day_is_a_rise() -> None:
    assert events("Bread and eggs will go up on March 3 at the Vellin market.") == {"rise": 1}
    assert events("Ferry tickets go up on Monday.") == {"rise": 1}
    assert events("Ferry tickets will not go up on Monday.") == {"rise": -1}


def test_going_down_on_a_day_is_an_outage_unless_an_amount_went_down() -> None:
    assert "rise" not in events("The Ostrava payments portal went down on Friday.")
    assert "rise-down" not in events("The Ostrava payments portal went down on Friday.")
    assert events("Fares went down on Friday.") == {"rise": -1, "rise-down": 1}


def test_a_rise_on_a_day_reverses_a_promise_of_no_rise() -> None:
    said = item("a", "Bread and eggs will not go up before April", "Marit Solenne", "2026-01-05")
    later = item("b", "Bread and eggs will go up on March 3", "Marit Solenne", "2026-02-10")
    assert [k[0] for k in kinds(said, later)] == ["reversal"]


def test_a_result_that_stands_holds() -> None:
    assert events("The Harrowgate tribunal's ruling stands.") == {"rul": 1, "stand": 1}
    assert events("The count stands") == {"stand": 1}
    assert events("The count does not stand") == {"stand": -1}


def test_standing_at_a_level_in_a_place_or_as_things_are_is_no_event() -> None:
    assert "stand" not in events("The Brackley pay offer still stands at 4 percent")
    assert "stand" not in events("The Brackley war memorial stands in the square")
    assert "stand" not in events("As things stand, the Brackley count is final")
    assert "stand" not in events("The count stands and nobody will not accept it")


def test_a_result_that_stands_reverses_one_that_does_not() -> None:
    said = item("a", "The March 30 count stands", "Idris Penhallow", "2026-04-01")
    later = item("b", "The March 30 count does not stand", "Idris Penhallow", "2026-04-20")
    assert [k[0] for k in kinds(said, later)] == ["reversal"]


def test_a_thing_held_by_a_compound_noun_names_its_kind() -> None:
    assert events("The Corlith mayor will have a flood budget in May") == {"flood-budget": 1}
    assert events("The Corlith school has a drainage plan.") == {"drainag-plan": 1}
    assert events("The Corlith mayor will not have a flood budget") == {"flood-budget": -1}
    assert events("There will be no flood budget in May")["flood-budget"] == -1


def test_adjectives_occasions_records_and_intentions_held_are_no_kind() -> None:
    assert events("The Corlith mayor has a low profile") == {}
    assert events("The Corlith union has a strike fund") == {}
    assert "drainag" not in events("The Corlith mill has a drainage record")
    assert "drainag" not in events("The Corlith council has a drainage plan to dig")


def _pair(a: str, b: str) -> list[str]:
    said = item("a", a, "Speaker Name", "2026-05-04")
    other = item("b", b, "Other Name", "2026-05-04")
    return [k[0] for k in kinds(said, other)]


def test_a_compound_held_meets_only_the_same_compound() -> None:
    assert (
        _pair("The Corlith club has a transfer embargo.", "There will be no transfer budget.") == []
    )
    assert (
        _pair("The Corlith union has a pay claim.", "The council will not pay the workers.") == []
    )
    assert _pair("The Corlith hospital has a staff shortage.",
                 "The Corlith hospital has no staff problems.") == []  # fmt: skip
    assert _pair("The Corlith plant has a safety plan.",
                 "There is no safety risk at the Corlith plant.") == []  # fmt: skip
    assert "hom" not in events("The Corlith team has a home game.")
    assert "nois" not in events("The Corlith club has a noise limit.")


def test_a_budget_held_meets_one_said_not_to_exist() -> None:
    said = item("a", "there will be no flood budget in May", "Talia Vorne", "2026-03-02")
    later = item("b", "The mayor will have a flood budget in May", "Talia Vorne", "2026-04-14")
    assert [k[0] for k in kinds(said, later)] == ["reversal"]


def test_leaving_a_body_is_a_departure() -> None:
    assert events("three drivers left the Pellway team this season") == {"leav": 1}
    assert events("the drivers had left because of the owner") == {"leav": 1}
    assert events("Kavik has not left the party") == {"leav": -1}
    assert events("Kavik will not leave the party") == {"leav": -1}


def test_leaving_a_place_or_a_thing_in_a_state_is_no_departure() -> None:
    assert "leav" not in events("the Pellway drivers left the meeting early")
    assert "leav" not in events("the ruling left the Pellway club in debt")
    assert "leav" not in events("the losses left the Pellway board no choice")
    assert "leav" not in events("there is nothing left in the Pellway fund")
    assert "leav" not in events("Mora left the party early to catch a train.")
    assert "leav" not in events("Mora left the office at 6 pm on Friday.")
    assert "leav" not in events("The flood left the company two weeks behind.")
    assert (
        _pair("Mora left the party early to catch a train.", "Mora will not leave the party.") == []
    )
    assert _pair("Mora left the office at 6 pm on Friday.", "Mora has not left the office") == []


def test_leaving_a_body_some_time_ago_or_bare_office_is_a_departure() -> None:
    assert events("Mora left the Pellway team two years ago") == {"leav": 1}
    assert events("Mora left office in 2019")["leav"] == 1


def test_a_departure_reverses_a_promise_to_stay() -> None:
    said = item("a", "No driver will leave the Pellway team this year", "Sune Achterberg",
                "2026-02-01")  # fmt: skip
    later = item("b", "Two drivers left the Pellway team this year", "Sune Achterberg",
                 "2026-06-12")  # fmt: skip
    assert [k[0] for k in kinds(said, later)] == ["reversal"]


def test_keeping_a_post_denies_a_departure() -> None:
    assert events("Orla Brenwick is going nowhere") == {"leav": -1}
    assert events("Orla Brenwick will remain in charge") == {"leav": -1}
    assert events("Orla Brenwick will remain our coach next season") == {"leav": -1}
    assert events("Orla Brenwick will still be our coach next season") == {"leav": -1}
    assert events("Orla Brenwick will be our coach next season") == {"leav": -1}  # a time ahead
    assert events("Orla Brenwick will not be in charge next season") == {"leav": 1}
    assert events("Orla Brenwick is not going anywhere")["leav"] == -1


def test_going_nowhere_or_in_charge_of_a_task_is_no_post() -> None:
    assert "leav" not in events("The Brenwick talks are going nowhere")
    assert "leav" not in events("The Brenwick council will be in charge of repairs")
    assert "leav" not in events("The Brenwick shop will stay open")
    assert "leav" not in events("he is going nowhere")  # who, the story does not say here
    assert "leav" not in events("Brexit is going nowhere.")


def test_an_appointment_a_stay_at_home_or_one_match_is_no_post() -> None:
    assert "leav" not in events("Ardo Venn will be our manager.")
    assert "leav" not in events("Ardo will stay at home to recover from the injury.")
    assert "leav" not in events("Ardo will not be in charge on Saturday.")
    assert _pair("Ardo will leave Hartfield.", "Ardo will be our manager.") == []
    assert _pair("Ardo will leave the team.",
                 "Ardo will stay at home to recover from the injury.") == []  # fmt: skip
    assert _pair("Ardo will not leave the club.", "Ardo will not be in charge on Saturday.") == []


def test_a_post_kept_reverses_one_given_up() -> None:
    said = item("a", "Orla Brenwick is going nowhere", "Dario Quell", "2026-03-01")
    later = item("b", "Orla Brenwick will not be in charge next season", "Dario Quell",
                 "2026-03-29")  # fmt: skip
    assert [k[0] for k in kinds(said, later)] == ["reversal"]
