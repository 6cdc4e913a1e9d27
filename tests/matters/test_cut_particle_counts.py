"""A bare "the cut" told before is no job cut; a light verb's particle makes its act; figures
of a count that differ among themselves each meet, but a toll told again as it grew does not.
Invented sentences."""

from __future__ import annotations

from .builders import events, item, kinds

# -- "the cut" pointing back, "reduction" read by the thing cut -----------------------------


def test_a_bare_singular_cut_told_before_is_no_job_cut() -> None:
    assert "jobcut" not in events("The cut is temporary, and six buses an hour will return")
    assert "jobcut" not in events("this reduction would not last")
    assert events("There will be no cuts at the depot")["jobcut"] == -1  # no thing: jobs
    assert events("The cuts will go ahead")["jobcut"] == 1
    assert events("the reduction of 40 posts will go ahead")["jobcut"] == 1


def test_a_reduction_of_an_amount_is_a_fall() -> None:
    assert events("there will be a reduction in fares")["rise"] == -1
    assert events("There will be no reductions in staff")["jobcut"] == -1


def test_a_temporary_cut_does_not_meet_a_denied_job_cut() -> None:
    a = item("a", "The cut is temporary, and the evening service will return in May", "Vera Lusk",
             "2031-02-03")  # fmt: skip
    b = item("b", "There are no plans to cut any jobs at Tollard", "Vera Lusk", "2031-03-10")
    c = item("c", "They were laid off to save money", "Nils Brand", "2031-02-03")
    assert all("a" not in (x, y) for _, x, y in kinds(a, b, c))


# -- a light verb's particle ----------------------------------------------------------------


def test_a_light_verb_and_its_particle_make_one_act() -> None:
    assert events("Tollard has taken on nine guards")["takeon"] == 1
    assert events("Not one penny has been taken away from the line")["takeaway"] == -1
    assert events("The board put off the vote")["putoff"] == 1
    assert "takeup" not in events("The repair took up two hours")  # a span, no act
    assert "takeover" not in events("The desk took over 200 calls")
    assert events("the vote was put off")["putoff"] == 1  # a passive acts on its subject


def test_an_intransitive_light_particle_is_no_act() -> None:
    assert "takeoff" not in events("Not one plane will take off between 11pm and 6am")
    assert "takeoff" not in events("the jets would take off to the north")
    assert "setoff" not in events("the crews set off at dawn")


def test_take_on_does_not_meet_take_away() -> None:
    a = item("a", "Tollard has taken on nine guards since March", "Vera Lusk", "2031-02-03")
    b = item("b", "Not one penny has been taken away from the line", "Omar Pike", "2031-02-03")
    assert kinds(a, b) == []


def test_one_phrasal_act_said_and_denied_meets() -> None:
    a = item("a", "The port has taken on nine new pilots this year", "Vera Lusk", "2031-02-03")
    b = item("b", "The port has not taken on a single new pilot this year", "Omar Pike",
             "2031-02-04")  # fmt: skip
    assert [k for k, _, _ in kinds(a, b)] == ["contradiction"]


# -- figures of one count --------------------------------------------------------------------


def _toll() -> list:  # type: ignore[type-arg]
    return [
        item("a", "Four seals have died at Brackmoor this month", "Dana Wirt", "2031-07-10",
             article="x1"),
        item("b", "Four seals have died at Brackmoor this month", "Kit Moss", "2031-07-10",
             article="x1"),
        item("c", "Four seals have died at Brackmoor this month", "Pat Hale", "2031-07-10",
             article="x1"),
        item("d", "Six seals have died at Brackmoor since the start of July", "Dana Wirt",
             "2031-08-14", article="x2"),
        item("e", "Nine seals have now died at Brackmoor since the start of July", "Ola Brenn",
             "2031-08-14", article="x2"),
    ]  # fmt: skip


def test_two_figures_that_both_differ_from_the_most_given_meet() -> None:
    found = kinds(*_toll())
    assert ("contradiction", "d", "e") in found or ("contradiction", "e", "d") in found


def test_a_toll_told_again_as_it_grew_is_no_contradiction() -> None:
    found = kinds(*_toll())
    assert all({x, y} == {"d", "e"} for _, x, y in found)
    early = item("a", "Eight seals have died at Brackmoor this month", "Dana Wirt", "2031-07-10")
    late = item("b", "Eleven seals have now died at Brackmoor since the start of July",
                "Dana Wirt", "2031-08-14")  # fmt: skip
    assert kinds(early, late) == []


def test_a_count_of_a_closed_month_given_again_differently_still_meets() -> None:
    a = item("a", "Six seals died at Brackmoor in May", "Dana Wirt", "2031-06-02")
    b = item("b", "Nine seals had died at Brackmoor in May", "Ola Brenn", "2031-06-20")
    assert [k for k, _, _ in kinds(a, b)] == ["contradiction"]
