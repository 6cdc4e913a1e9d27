"""How long an act took is a figure of the act, "we cannot keep doing X" is a case for
stopping, not a forecast, and a thing better than another is an improvement. Every sentence
here is invented."""

from __future__ import annotations

from .builders import item, kinds

_D = "2029-05-02"
_ONE = [("contradiction", "a", "b")]


def _pair(a: str, b: str) -> list[tuple[str, str, str]]:
    return kinds(item("a", a, "Mara Lind", _D), item("b", b, "Tobias Wren", _D))


# -- a duration against a duration of the same act -----------------------------------------------


def test_two_durations_of_one_act_disagree() -> None:
    assert _pair("The county took five months to grant our road permits",
                 "Every permit was granted within twenty days") == _ONE  # fmt: skip
    assert _pair("It took us two years to approve the plans",
                 "The plans were approved in six weeks") == _ONE  # fmt: skip


def test_durations_that_agree_or_measure_other_things_do_not() -> None:
    assert _pair("The county took five months to grant our road permits",
                 "The county granted the permits in five months") == []  # fmt: skip
    assert _pair("The county took five months to grant our road permits",
                 "The licence was granted within twenty days") == []  # fmt: skip
    assert _pair("The council took three weeks to approve the plan",
                 "The council took six months to approve the budget") == []  # fmt: skip
    assert _pair("The county took five months to grant our road permits",
                 "The county might grant them within twenty days") == []  # fmt: skip


# -- "we cannot keep running empty buses": what must change, not what will be ------------------


def test_a_case_for_stopping_does_not_answer_a_forecast() -> None:
    assert _pair("We cannot keep running empty trains",
                 "Kestrel Trains will run the 9 from April") == []  # fmt: skip
    assert _pair("We cannot keep paying for the repairs",
                 "The county will pay for the repairs") == []  # fmt: skip
    assert _pair("We can't go on paying for the repairs",
                 "The county will pay for the repairs") == []  # fmt: skip


def test_a_plain_denial_of_keeping_on_still_disagrees() -> None:
    assert _pair("We cannot keep the pool open", "The pool will stay open") == _ONE
    assert _pair("We will not keep running the 41 route",
                 "The 41 route will run from April") == _ONE  # fmt: skip


# -- better or worse than another: an improvement, or none ---------------------------------------


def test_better_and_worse_than_disagree() -> None:
    worse = "The new bus service will be worse than the old route in every way"
    assert _pair("The new bus service will be better than the old route", worse) == _ONE
    assert _pair("The new bus service would be an improvement on the old route", worse) == _ONE


def test_comparisons_that_judge_no_change_are_not_read() -> None:
    assert _pair("The new bus service would be an improvement",
                 "The deficit is worse than expected") == []  # fmt: skip
    assert _pair("The new bus service would be an improvement",
                 "Riders would be better off with the old route") == []  # fmt: skip
    # a denied "better than" denies the improvement it names (not "no change")
    assert _pair("The new bus service would be an improvement",
                 "The new bus service will not be better than the old route") == _ONE  # fmt: skip


def test_times_taken_by_two_named_doers_do_not_meet() -> None:
    a = item("a", "The county council took five months to grant our permits", "Hana Velt",
             "2027-05-02")  # fmt: skip
    b = item("b", "The harbour board took twenty days to grant the permits", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(a, b) == []
    c = item("c", "The county council took twenty days to grant the permits", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(a, c) == [("contradiction", "a", "c")]


def test_a_case_for_stopping_with_the_thing_kept_between_answers_no_present() -> None:
    assert _pair("We cannot keep the Tarn ferry running",
                 "The Tarn ferry is running as normal") == []  # fmt: skip
    assert _pair("We cannot keep the Tarn ferry running",
                 "The county will run the Tarn ferry from April") == []  # fmt: skip
    assert _pair("We will not keep the Tarn ferry running",
                 "The Tarn ferry will run from April") == _ONE  # fmt: skip
