"""Two figures for one measured thing, told in ways :mod:`onrecord.matters.figures` did not
read: a sum "of" its noun, "the number of X who Y is N", a saving, the size of a change "by
N", an echo that leaves out the scale, and a figure's words read as an event.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.changes_by import changes_of

from .builders import events, item, kinds


def _pair(a: str, b: str, *, day_b: str = "2031-05-02") -> list[tuple[str, str, str]]:
    return kinds(item("s1", a, "Ada Quell", "2031-05-02"), item("s2", b, "Bo Trantor", day_b))


def test_reserves_of_a_sum_and_a_sum_in_reserves() -> None:
    low = "The gallery has cash reserves of 70,000 pounds,"
    assert _pair(low, "The gallery has more than 500,000 pounds in reserves.") == [
        ("contradiction", "s1", "s2")
    ]
    # "about 75,000" holds with 70,000; a group "of" a count names no sum
    assert _pair(low, "The gallery has about 75,000 pounds in reserves.") == []
    assert _pair("A total of 40 pounds was raised", "The gallery has 90 pounds in reserves") == []


def test_the_number_of_people_who_did_something() -> None:
    said = "The number of walkers who have fallen ill is seven."
    assert _pair("Forty walkers have fallen ill after the fair at Denby", said) == [
        ("contradiction", "s1", "s2")
    ]
    assert _pair("Seven walkers have fallen ill after the fair at Denby", said) == []
    # another thing said of them is another count
    assert _pair("Forty walkers have signed the letter", said) == []


def test_a_saving_against_the_real_saving() -> None:
    plan = "the merger would save 2.6 million pounds a year"
    assert _pair(plan, "The real saving is about 300,000 pounds a year,") == [
        ("contradiction", "s1", "s2")
    ]
    assert _pair(plan, "The real saving is about 2.6 million pounds a year,") == []


def test_two_sizes_of_one_change() -> None:
    less = "average rents rose by less than 3 percent last year"
    assert _pair(less, "Average rents in Kilbray rose 9 percent last year") == [
        ("contradiction", "s1", "s2")
    ]
    assert _pair(less, "Average rents in Kilbray rose 2 percent last year") == []
    # two things changed, two years, a denied change: none
    assert _pair("fares rose by 3 percent last year", "rents rose by 9 percent last year") == []
    assert (
        _pair("rents rose by 3 percent last year", "rents will rise by 9 percent next year") == []
    )
    denied = parse_claim("rents did not rise by 3 percent").clauses
    assert [f for c in denied for f in changes_of(c)] == []


def test_the_thing_changed_and_the_size() -> None:
    (cut,) = [f for c in parse_claim("The board is cutting our grant by 80,000 pounds").clauses
              for f in changes_of(c)]  # fmt: skip
    assert cut.quantity == ("grant/by-down", "£") and cut.low == cut.high == 80000.0
    (rise,) = [f for c in parse_claim("their pay would rise by only 2 percent").clauses
               for f in changes_of(c)]  # fmt: skip
    assert rise.quantity == ("pay/by-up", "percent")
    assert [f for c in parse_claim("the team rose 11 places").clauses for f in changes_of(c)] == []
    assert [
        f for c in parse_claim("prices rose to 11 percent").clauses for f in changes_of(c)
    ] == []


def test_a_change_resized_weeks_later_is_a_plan_revised() -> None:
    first = "the offer would raise pay by 4 percent"
    assert _pair(first, "The offer raises pay by 7 percent") == [("contradiction", "s1", "s2")]
    assert _pair(first, "The offer raises pay by 7 percent", day_b="2031-06-20") == []


def test_an_echo_takes_the_scale_of_the_speakers_figure() -> None:
    said = item("s1", "The budget has risen to 612 million,", "Ada Quell", "2031-05-02")
    echo = item("s2", "The cost is 650 million, not 612,", "Bo Trantor", "2031-05-02")
    assert kinds(said, echo) == [("contradiction", "s1", "s2")]
    other = item("s3", "The budget has risen to 612,000 pounds,", "Cy Ormsby", "2031-05-02")
    assert kinds(other, echo) == []


def test_a_figure_is_no_event() -> None:
    assert "nin" not in events("The number who fell ill is nine")
    assert "under" not in events("the real loss was under 300,000 dollars")
    assert "nearer" not in events("The true bill is nearer six million pounds")
    assert "twic" not in events("the readings were nearly twice the limit")
    assert "fewer" not in events("There are never fewer than four nurses on the ward")


def test_a_count_of_people_who_report_a_thing() -> None:
    said = "The number of walkers who have fallen ill is seven."
    told = "Forty-two walkers have reported falling ill after the fair at Denby"
    assert _pair(told, said) == [("contradiction", "s1", "s2")]
    assert _pair("Seven walkers have reported falling ill after the fair", said) == []
    # what they report is another thing said of them; a count of what is reported is no count
    # of people
    assert _pair("Forty-two walkers have reported seeing smoke", said) == []
    assert _pair("The clinic reported 42 walkers ill", said) == []


def test_a_count_called_something_is_no_value_of_it() -> None:
    called = "Seventy-one seats is a comfortable majority, and we will govern"
    assert _pair(called, "the alliance majority is just three seats") == []
    # a count given as the value still meets another count of it
    assert _pair("The alliance holds seventy-one seats", "The alliance holds 64 seats") == [
        ("contradiction", "s1", "s2")
    ]


def test_changes_over_two_parts_of_a_year_are_two_changes() -> None:
    quarter = "Sales at Pimble Dairies fell by 5 percent in the first quarter"
    assert _pair(quarter, "Sales at Pimble Dairies fell by 12 percent over the year") == []
    assert (
        _pair("Fares at Hobb rose by 2 percent in March", "Fares at Hobb rose by 6 percent in May")
        == []
    )
    # one part of the year, two sizes: still two answers to one question
    assert _pair(
        "Fares at Hobb rose by 2 percent in March", "Fares at Hobb rose by 6 percent in March"
    ) == [("contradiction", "s1", "s2")]


def test_two_things_that_save_are_two_savings() -> None:
    scheme = "The Orrin bypass would save 2 million pounds a year"
    assert _pair(scheme, "The new ferry would save 300,000 pounds a year") == []
    assert _pair(scheme, "The Orrin bypass would save 300,000 pounds a year") == [
        ("contradiction", "s1", "s2")
    ]
