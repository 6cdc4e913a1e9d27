"""Idioms and kinds the newer readings must not take for their own event.

* "behind" in a contest ("behind the leaders by two points") or asked of an author ("who is
  behind the plan") is no support; "backs onto the park" is a place;
* pay received late is still pay; waiting for pay "to be reviewed" waits on no payment;
* "fine" after "that's" is no penalty, "the firm's fine" is one;
* "legal" as a predicate ("is legal everywhere", "became legal") is lawful, before a noun
  ("legal costs") it is not; money raised is no rise however the sum is led in ("another
  500 pounds"); "lower than now" is a fall;
* a clause inside the subject of a verb of ending keeps its events ("the decision to close
  the pool will end ...");
* two targets of two kinds ("recycling", "leakage") answer two questions;
* a body the speaker holds a seat in but does not speak for ("member of Orlby Council")
  holds no view of theirs.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item

from .builders import events, item, kinds


def test_behind_in_a_contest_or_asked_of_an_author_is_no_support() -> None:
    for text in (
        "The Rovers are behind the leaders by two points",
        "Lenham are behind the leader in the polls",
        "Who is behind the plan remains unclear",
        "It is unclear who is behind the scheme",
    ):
        assert "support" not in events(text), text
    assert events("The players are fully behind the manager").get("support") == 1
    assert events("Residents who are behind the plan met on Friday").get("support") == 1


def test_backing_onto_a_place_is_no_support() -> None:
    assert "support" not in events("The union hall backs onto the park")
    assert "support" not in events("Homes that back on to the railway will be demolished")
    assert events("The union backs the deal").get("support") == 1


def test_pay_received_late_is_pay() -> None:
    assert events("The porters received their wages late").get("pay") == 1
    assert events("The porters received their wages two weeks late").get("pay") == 1


def test_waiting_for_pay_to_be_changed_is_no_pay_withheld() -> None:
    assert "pay" not in events("The porters are waiting for their wages to be reviewed")
    assert "pay" not in events("Pensioners are still waiting for their pension to rise")
    assert events("The porters are waiting for their wages to arrive").get("pay") == -1
    a = item("a", "The porters at Kelby General are waiting for their wages to be reviewed",
             "Owen Tull", "2027-04-02")  # fmt: skip
    b = item("b", "Every porter at Kelby General has been paid", "Ida Crane", "2027-04-02")
    assert kinds(a, b) == []


def test_legal_as_a_predicate_is_lawful() -> None:
    assert events("Night fishing is legal everywhere on the Wend").get("legal") == 1
    assert events("Night fishing became legal last year").get("legal") == 1
    assert "legal" not in events("The group has paid legal costs for two families")


def test_money_raised_after_another_or_further_is_no_rise() -> None:
    assert "rise" not in events("The appeal raised another 500 pounds")
    assert "rise" not in events("The appeal has raised a further 2,000 pounds")
    assert events("The council raised the parking fee").get("rise") == 1


def test_lower_than_now_is_a_fall() -> None:
    for text in ("Fees will be lower than now", "Fees will be lower than today"):
        assert "rise" in events(text), text
    assert "rise" not in events("Fees at Orlby are lower than at the market")


def test_a_clause_inside_the_subject_of_an_ending_keeps_its_events() -> None:
    text = "The council's decision to close the pool will end a century of swimming"
    assert events(text).get("open") == -1
    assert "legal" not in events("The hosepipe ban will not end this summer")


def test_two_kinds_of_target_are_two_questions() -> None:
    met = item("a", "The Orlby depot met its recycling target last year", "Ada Vell",
               "2027-05-02")  # fmt: skip
    leak = item("b", "The Orlby depot missed its leakage target last year", "Sam Orr",
                "2027-05-02")  # fmt: skip
    same = item("c", "The Orlby depot missed its recycling target last year", "Sam Orr",
                "2027-05-02")  # fmt: skip
    plain = item("d", "The Orlby depot missed its target last year", "Sam Orr", "2027-05-02")
    assert kinds(met, leak) == []
    assert kinds(met, same) == [("contradiction", "a", "c")]
    assert kinds(met, plain) == [("contradiction", "a", "d")]


def test_fine_after_a_pronoun_and_is_is_no_penalty() -> None:
    for text in ("That's fine by the residents", "It’s fine", "It's all fine at the depot"):
        assert "fin" not in events(text), text
    assert events("The firm's fine was 500 pounds").get("fin") == 1


def test_a_body_the_speaker_does_not_speak_for_holds_no_view_of_theirs() -> None:
    def told(sid: str, text: str, date: str, role: str) -> Item:
        return item(sid, text, "Ann Ray", date, roles=(role,))

    for role in ("leader of the opposition on Orlby Council", "member of Orlby Council"):
        a = told("a", "The council backs the bypass", "2027-03-01", role)
        b = told("b", "The council opposes the bypass", "2027-04-01", role)
        assert kinds(a, b) == [], role
    a = told("a", "The council backs the bypass", "2027-03-01", "leader of Orlby Council")
    b = told("b", "The council opposes the bypass", "2027-04-01", "leader of Orlby Council")
    assert kinds(a, b) == [("reversal", "a", "b")]
