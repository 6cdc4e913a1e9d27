"""A plan given up and a service dropped in the passive, a target met or missed, a warning that
only foretells, a figure reported, two refusals of the judge that reached too far, and "until"
a month years ahead. Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claim_times import times_of
from onrecord.matters.words import tokens

from .builders import events, item, kinds

# -- a plan given up, in the passive -------------------------------------------------------------


def test_a_plan_given_up_in_the_passive_denies_its_act() -> None:
    assert events("Plans to sell the Harwick depot were scrapped") == {"sell": -1}
    assert events("The plan to sell the depot has been abandoned")["sell"] == -1
    assert events("Plans for a meeting were dropped")["meet"] == -1


def test_a_plan_not_given_up_in_the_passive_stands() -> None:
    assert events("Plans to sell the depot have not been scrapped")["sell"] == 1
    assert events("The plan to sell the depot was never abandoned")["sell"] == 1


def test_a_scheme_given_up_after_a_clause_break_leaves_the_plan_alone() -> None:
    clause = "Plans to sell the depot were agreed and the old scheme was scrapped"
    assert events(clause)["sell"] == 1


# -- a target met or missed ----------------------------------------------------------------------


def test_failing_to_meet_a_target_misses_it() -> None:
    assert events("The council failed to meet its recycling target")["target"] == -1
    assert events("The operator has failed to hit its deadline")["target"] == -1


def test_a_target_that_modifies_a_noun_is_no_target() -> None:
    assert "target" not in events("The campaign met its target audience in March")
    assert events("We will hit the target set by ministers")["target"] == 1
    assert events("The council met its target this year")["target"] == 1


# -- a warning that foretells --------------------------------------------------------------------


def test_a_warning_of_what_will_happen_is_no_notice_given() -> None:
    assert "notify" not in events("The Kestrel Bank warned that prices would rise")
    assert "notify" not in events("The minister warned of job losses at the plant")
    assert "notify" not in events("The union warned the strike would go ahead")


def test_a_warning_to_someone_is_a_notice_given() -> None:
    assert events("The bank warned customers about the change")["notify"] == 1
    assert events("The bank did not warn customers")["notify"] == -1
    assert events("The bank warned residents that the road would close")["notify"] == 1


# -- a figure reported ---------------------------------------------------------------------------


def test_a_figure_of_ones_own_reported_is_no_report_made() -> None:
    assert "report" not in events("The company reported a loss")
    assert "report" not in events("The company reported an annual loss")
    assert "report" not in events("The firm reported a pre-tax profit of 3 million")


def test_an_incident_reported_is_a_report_made() -> None:
    assert events("Staff reported a leak")["report"] == 1
    assert events("The owner had not reported a rise in losses")["report"] == -1
    assert events("The company reported a leak as required")["report"] == 1


# -- the judge: a routine forecast, a word that names a thing ------------------------------------


def test_a_routine_forecast_meets_the_denial_of_the_same_season() -> None:
    a = item("a", "The Marlow pool will open every day this summer", "Oona Petrakis", "2026-06-02")
    b = item("b", "The Marlow pool will not open this summer", "Lucan Ferrow", "2026-06-03",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_habit_is_still_no_answer_about_one_coming_event() -> None:
    a = item("a", "She has been running the bends every morning", "Oona Petrakis", "2026-06-02")
    b = item("b", "She will not run in the relay", "Lucan Ferrow", "2026-06-03", article="a2")
    assert kinds(a, b) == []


def test_a_word_that_names_a_thing_is_no_second_answer() -> None:
    a = item("a", "The library will stay open while the closed reading room is repaired",
             "Oona Petrakis", "2026-06-02")  # fmt: skip
    b = item("b", "The library will be closed", "Lucan Ferrow", "2026-06-03", article="a2")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_clause_that_gives_both_answers_still_opposes_neither() -> None:
    a = item("a", "The library will stay open and the cafe will be closed", "Oona Petrakis",
             "2026-06-02")  # fmt: skip
    b = item("b", "The library will be closed", "Lucan Ferrow", "2026-06-03", article="a2")
    assert kinds(a, b) == []


# -- "until" a month of a year further off -------------------------------------------------------


def test_until_a_month_years_ahead_spans_the_months_up_to_it() -> None:
    months = times_of(tokens("will not be finished until March 2031"), (2026, 6), "future")
    assert (2026, 6) in months and (2031, 2) in months
    assert (2031, 6) not in months


# -- a service dropped, in the passive -----------------------------------------------------------


def test_a_service_dropped_in_the_passive_is_cut() -> None:
    assert events("The Sunday trains were dropped")["cut"] == 1
    assert events("Three bus routes have been axed")["cut"] == 1
    assert events("The evening buses will not be dropped")["cut"] == -1
    assert events("The bus service to Harwick was dropped from the timetable")["cut"] == 1


def test_a_thing_of_a_service_dropped_is_no_cut() -> None:
    assert "cut" not in events("Fares on the trains were dropped")
    assert "cut" not in events("The charges against the bus driver were dropped")
