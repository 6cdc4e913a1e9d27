"""The sense of "cut" follows the thing cut, and a month named with no year is the one the
clause's tense points to.

* "cut 200 jobs", "job cuts", "no jobs at the mill will be cut" are job cuts; "cut fares", "a
  pay cut", "the quota will be cut" lower an amount (a fall); "cut the night bus" ends a
  service: a cut of its own, which is neither;
* "will take effect in March", said in November, is next year's March; "closed in December",
  said in February, last year's; a month that dates a past act beside a plan ("the rules
  passed in March will take effect in January") stays this year's.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claim_times import times_of
from onrecord.matters.words import tokens

from .builders import events, item, kinds

# -- what "cut" is a cut of ----------------------------------------------------------------------


def test_a_cut_of_jobs_is_a_job_cut() -> None:
    assert events("Harlow Mills will cut 140 jobs at its Dunmere plant")["jobcut"] == 1
    assert events("job cuts at the depot will begin in May")["jobcut"] == 1
    assert events("no jobs at the Dunmere plant will be cut")["jobcut"] == -1
    assert events("there will be no cuts")["jobcut"] == -1  # nothing named: the usual sense


def test_a_cut_of_an_amount_is_a_fall() -> None:
    found = events("Brisk Air will cut fares to Tollan by 8 percent")
    assert "jobcut" not in found and found["rise-down"] == 1
    assert "jobcut" not in events("the drivers took a pay cut last winter")
    assert events("the grazing quota will not be cut next season") == {"rise-down": -1}
    assert "jobcut" not in events("the council will not cut the library budget")


def test_a_cut_of_a_service_is_neither_a_job_cut_nor_a_fall() -> None:
    found = events("the operator will cut the night bus to Fernley")
    assert "jobcut" not in found and "rise-down" not in found and found["cut"] == 1
    assert events("we are not cutting the late ferry")["cut"] == -1


def test_a_fare_cut_does_not_answer_a_job_cut() -> None:
    a = item("a", "Brisk Air will cut fares on the Tollan route", "Ines Varro", "2026-03-02")
    b = item("b", "Brisk Air will not cut any jobs", "Ola Brandt", "2026-03-02")
    assert kinds(a, b) == []


def test_a_denied_and_an_announced_quota_cut_still_meet() -> None:
    a = item("a", "the grazing quota would not be cut this year", "Mira Holt", "2026-02-02")
    b = item("b", "the grazing quota will be cut by 15 percent this year", "Mira Holt",
             "2026-04-20", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- a month with no year ------------------------------------------------------------------------


def months(text: str, said: tuple[int, int], tense: str) -> list[tuple[int, int]]:
    return sorted(times_of(tokens(text), said, tense))


def test_a_month_ahead_that_has_passed_this_year_is_next_years() -> None:
    assert months("the new tariff will take effect in March", (2026, 11), "future") == [(2027, 3)]
    assert months("the depot should reopen in February", (2026, 10), "present") == [(2027, 2)]
    assert months("the pool will be finished in April", (2026, 9), "future") == [(2027, 4)]


def test_a_month_still_to_come_this_year_stays() -> None:
    assert months("the new tariff will take effect in December", (2026, 3), "future") == [
        (2026, 12)
    ]
    assert months("the tariff took effect in March", (2026, 11), "past") == [(2026, 3)]
    assert months("the ward will reopen in November", (2026, 11), "future") == [(2026, 11)]


def test_a_past_month_after_now_is_last_years() -> None:
    assert months("the ward closed in December", (2026, 2), "past") == [(2025, 12)]


def test_a_past_act_dated_beside_a_plan_keeps_its_year() -> None:
    found = months("the rules passed in March will take effect in January", (2026, 11), "future")
    assert found == [(2026, 3), (2027, 1)]
    found = months("the board sent its plan to the minister in January", (2026, 4), "past")
    assert found == [(2026, 1)]


def test_a_month_with_its_year_is_left_alone() -> None:
    assert months("the tariff will take effect in March 2026", (2026, 11), "future") == [(2026, 3)]


def test_a_month_ahead_meets_its_denial_and_not_the_past_one() -> None:
    # said in November: "in March" is next March, the same one the other speaker denies
    a = item("a", "the Keld ferry will return in March", "Uma Sten", "2026-11-06")
    b = item("b", "the Keld ferry will not return in March", "Piet Lorn", "2026-11-06")
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "the Keld ferry returned in March", "Uma Sten", "2026-11-06")
    assert kinds(c, b) == []


# -- one thing named in full, then by its common noun --------------------------------------------


def test_a_name_and_its_head_noun_are_one_thing() -> None:
    a = item("a", "Tallow Viaduct will reopen to all traffic by the end of June", "Rhea Moss",
             "2026-04-02")  # fmt: skip
    b = item("b", "The viaduct will not reopen until the winter", "Rhea Moss", "2026-05-20",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_name_and_another_name_of_its_kind_stay_apart() -> None:
    a = item("a", "Tallow Viaduct will reopen by the end of June", "Rhea Moss", "2026-04-02")
    b = item("b", "Penrose Viaduct will not reopen by the end of June", "Rhea Moss",
             "2026-05-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_tuition_and_fees_are_one_charge() -> None:
    a = item("a", "Tuition will not go up in September", "Ivo Brandt", "2026-03-03")
    b = item("b", "fees for undergraduates would rise by 3 percent this September",
             "Lena Vos", "2026-03-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "b", "a")]


# -- a denial in the present perfect covers the past up to its day -------------------------------


def test_a_perfect_denial_meets_a_later_account_of_an_earlier_month() -> None:
    a = item("a", "Harwell Homes has not applied for a demolition permit", "Ada Kerr",
             "2026-06-03")  # fmt: skip
    b = item("b", "Harwell Homes did apply for a demolition permit in March", "Ada Kerr",
             "2026-07-13", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_perfect_denial_does_not_meet_a_month_after_it() -> None:
    a = item("a", "Harwell Homes has not applied for a demolition permit", "Ada Kerr",
             "2026-03-03")  # fmt: skip
    b = item("b", "Harwell Homes applied for a demolition permit in June", "Ada Kerr",
             "2026-07-13", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_pluperfect_denial_is_not_one_up_to_now() -> None:
    a = item("a", "Harwell Homes had not applied for a demolition permit", "Ada Kerr",
             "2026-06-03")  # fmt: skip
    b = item("b", "Harwell Homes did apply for a demolition permit in March", "Ada Kerr",
             "2026-07-13", article="a2")  # fmt: skip
    assert kinds(a, b) == []
