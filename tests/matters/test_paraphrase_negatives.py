"""Paraphrase readings probed with ordinary sentences where they must not make two speakers
disagree: money made or lost by two bodies or on two ventures, a temporary closure against a
plain one or a reopening put off, and more below.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds

_D = "2029-05-02"
_ONE = [("contradiction", "a", "b")]


def _pair(a: str, b: str) -> list[tuple[str, str, str]]:
    return kinds(item("a", a, "Mara Lind", _D), item("b", b, "Tobias Wren", _D))


# -- money made or lost: whose accounts, and on what ---------------------------------------------


def test_accounts_of_two_bodies_are_no_contradiction() -> None:
    assert _pair("The museum has been in surplus for three years",
                 "The council has lost money every year") == []  # fmt: skip
    assert _pair("The leisure centre has lost money every year",
                 "The library made money last year") == []  # fmt: skip


def test_money_lost_on_one_venture_is_not_the_whole_account() -> None:
    assert _pair("The council has lost money on the car parks",
                 "The council made money last year") == []  # fmt: skip
    assert _pair("Our company made money last year",
                 "Farmers are losing money on every litre of milk") == []  # fmt: skip


def test_accounts_of_one_body_or_one_venture_still_disagree() -> None:
    assert _pair("The college has lost money every year",
                 "The college has been in surplus for three years") == _ONE  # fmt: skip
    assert _pair("We lost money on the car parks", "The car parks made money last year") == _ONE


# -- a temporary closure: a reopening ahead, and still a closure ---------------------------------


def test_a_temporary_closure_agrees_with_a_plain_closure() -> None:
    assert _pair("The ward will close temporarily in December",
                 "The ward will shut on 1 December") == []  # fmt: skip
    assert _pair("The bridge is temporarily closed to lorries",
                 "The bridge is closed to lorries") == []  # fmt: skip


def test_a_temporary_closure_agrees_with_a_reopening_put_off() -> None:
    assert _pair("The road will close temporarily for the parade",
                 "The road will not reopen until Monday") == []  # fmt: skip
    assert _pair("The ward will close temporarily", "The ward will not reopen this year") == []


def test_a_temporary_closure_still_meets_a_closure_for_good() -> None:
    assert _pair("The ward will close temporarily", "The ward will close for good") == _ONE
    assert _pair("The pool will close permanently", "The pool will close temporarily") == _ONE
    assert _pair("The ward will not reopen", "The closure of the ward is temporary") == _ONE
    assert events("The ward will never reopen")["open-again"] == -1
    assert "open-again" not in events("The ward will not reopen until spring")


# -- confidence in someone: support for whom, held by whom ---------------------------------------


def test_confidence_in_one_thing_is_no_answer_on_support_for_another() -> None:
    assert _pair("The board has full confidence in its chair",
                 "The board does not support the merger") == []  # fmt: skip


def test_confidence_in_a_named_person_held_by_two_bodies() -> None:
    assert _pair("The board has full confidence in Dr Hale",
                 "The nurses have lost confidence in Dr Hale") == []  # fmt: skip
    assert _pair("The board has full confidence in Dr Hale",
                 "The board could no longer support Dr Hale") == _ONE  # fmt: skip


def test_confidence_that_someone_will_do_a_thing_is_a_forecast() -> None:
    assert "support" not in events("The council has confidence in the contractor to finish by June")
    assert _pair("The board has confidence in the contractor to finish by June",
                 "The board does not support the contractor") == []  # fmt: skip


def test_confidence_lost_is_no_defeat() -> None:
    found = events("We have lost confidence in the mayor")
    assert found["support"] == -1
    assert "win" not in found


# -- jobs made: a denial of jobs of one kind leaves the others -----------------------------------


def test_a_denial_of_jobs_of_one_kind_is_no_denial_of_jobs() -> None:
    assert "jobs-new" not in events("The wind farm will not create a single permanent job")
    assert "jobs-new" not in events("The line will not bring a single job for local drivers")
    assert _pair("The new line will create jobs for engineers",
                 "The new line will not bring a single job for drivers") == []  # fmt: skip


def test_a_denial_of_any_job_still_meets_jobs_made() -> None:
    assert events("The depot will not add a single new post")["jobs-new"] == -1
    assert _pair("The depot will create 140 new jobs",
                 "This contract will not bring one new job") == _ONE  # fmt: skip


# -- an income from one source is part of the whole ---------------------------------------------


def test_an_income_from_one_source_is_not_the_whole_income() -> None:
    assert _pair("The museum received 300,000 pounds from the lottery last year",
                 "The museum earned 2 million pounds last year") == []  # fmt: skip


def test_incomes_of_one_earner_or_one_source_still_disagree() -> None:
    assert _pair("The museum earned 2 million pounds last year",
                 "The museum brought in 900,000 pounds last year") == _ONE  # fmt: skip
    assert _pair("Our research earned 2.1 million pounds last year",
                 "The department brought in under 600,000 pounds in research funding last year"
                 ) == _ONE  # fmt: skip


# -- a visit told by motion: a thing handed over is no visit; the place is its theme --------------


def test_a_thing_that_goes_to_a_place_is_no_visit() -> None:
    assert "visit" not in events("The money went to the hospital")
    assert "visit" not in events("The contract went to the Harlow depot")
    assert _pair("The money went to the hospital",
                 "The minister has never visited the hospital") == []  # fmt: skip


def test_visits_to_two_places_are_no_contradiction() -> None:
    assert _pair("The inspectors went to the school",
                 "The minister has not visited the hospital") == []  # fmt: skip
    assert _pair("Nobody from the council has come to Marlow Green",
                 "Our officers have visited every house in Marlow Green") == _ONE  # fmt: skip


# -- nothing to do with one doer is no answer to a killing by another ----------------------------


def test_a_denied_link_to_one_doer_against_another_doer() -> None:
    assert _pair("The fish deaths have nothing to do with the plant",
                 "The fish were killed by the heat") == []  # fmt: skip
    assert _pair("The deaths have nothing to do with the vaccine",
                 "The virus killed 40 people") == []  # fmt: skip
    assert _pair("The fish deaths have nothing to do with the plant",
                 "The fish were killed by the plant's runoff") == _ONE  # fmt: skip


# -- a vote not cast by one member is no denial of the body's approval ---------------------------


def test_a_member_or_the_public_not_voting_denies_no_approval() -> None:
    assert "approve" not in events("I did not vote on the merger")
    assert "approve" not in events("Residents never voted on the merger")
    assert _pair("I did not vote on the merger", "The senate approved the merger") == []
    assert events("The senate never voted on the merger")["approve"] == -1
