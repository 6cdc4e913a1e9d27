"""Words that looked like one sense and are another.

* "further" right after a verb is an adverb ("prices fell further in May"): the fall is the
  clause's own; only before a noun is it more of the event ("close further schools");
* "we are closing the depot" is a decided step and so ahead, "we are losing money" a state now;
* "close" is made up, not shut, only when a gap heads its object ("close the budget gap"),
  not when the word modifies another noun ("close the lead smelter");
* "step down" with an object reduces ("stepping down production"), it is no resignation;
* a weekday after an event noun is its time, not a noun it modifies ("a closure Friday").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import events, item, kinds

C = [("contradiction", "a", "b")]


def pair(
    x: str, y: str, dx: str = "2026-04-02", dy: str = "2026-04-02"
) -> list[tuple[str, str, str]]:
    return kinds(item("a", x, "Corin Maddox", dx), item("b", y, "Helka Brandt", dy, article="a2"))


# -- "further" as an adverb ----------------------------------------------------------------------


def test_further_after_a_verb_and_before_a_time_is_an_adverb() -> None:
    assert events("bus fares rose further in October").get("rise") == 1
    assert events("rents will fall further next spring") != {}
    assert events("milk prices fell further.").get("rise") == -1


def test_further_fall_and_no_fall_disagree() -> None:
    assert pair("bread prices fell further in August", "bread prices did not fall in August") == C


def test_further_before_a_noun_is_still_more_of_it() -> None:
    assert events("the trust has no plans to close any further wards") == {}
    assert events("the lender will close additional branches") == {}
    assert "open" not in events("there will be no further closures at Pellow")


# -- the progressive of a decided step ------------------------------------------------------------


def test_a_state_in_the_progressive_is_present() -> None:
    assert parse_claim("we are losing money on every crossing").clauses[0].tense == "present"
    assert parse_claim("we are seeing fewer riders on the Tolley line").clauses[0].tense == (
        "present"
    )
    assert parse_claim("we are not hiring porters").clauses[0].tense == "present"


def test_a_decided_step_in_the_progressive_is_ahead() -> None:
    assert parse_claim("I am not resigning").clauses[0].tense == "future"
    assert parse_claim("we are closing the Wrenford clinic").clauses[0].tense == "future"
    assert parse_claim("we are not selling the Wrenford site").clauses[0].tense == "future"


# -- a gap closed ---------------------------------------------------------------------------------


def test_a_gap_word_that_modifies_another_noun_leaves_a_closure() -> None:
    assert events("Tolvane will close the lead mine at Bryce in July") == {"open": -1}
    assert events("the college will close its distance learning annex") == {"open": -1}
    assert (
        pair(
            "Tolvane will close the lead mine at Bryce in July",
            "the lead mine at Bryce will stay open in July",
        )
        == C
    )


def test_a_gap_that_heads_the_object_is_made_up() -> None:
    assert "open" not in events("the board will close the funding gap by March")
    assert "open" not in events("the county is closing a $3.1 million shortfall")
    assert "open" not in events("the Hornets closed the lead in the final minute")
    assert "open" not in events("the two firms will close the deal")


# -- step down ------------------------------------------------------------------------------------


def test_step_down_with_an_object_is_no_resignation() -> None:
    assert "resign" not in events("the mill is stepping down output at Carrow")
    assert "resign" not in events("the agency will step down its patrols")
    assert "resign" not in events("the singer stepped down from the podium to wave")


def test_step_down_from_an_office_is_a_resignation() -> None:
    assert events("the treasurer stepped down from the board in May").get("resign") == 1
    assert events("Maddox will step down as chair next month").get("resign") == 1
    assert events("I will not step down").get("resign") == -1
    assert events("the dean stepped down, citing her health").get("resign") == 1


# -- a time after an event noun -------------------------------------------------------------------


def test_a_weekday_after_an_event_noun_is_its_time() -> None:
    assert events("the board ordered a closure Thursday").get("open") == -1
    assert pair("the Pellow clinic faces a closure Monday", "the Pellow clinic will not close") == C


def test_a_noun_after_an_event_noun_is_still_a_kind() -> None:
    assert "strike" not in events("the union announced a strike ballot")
