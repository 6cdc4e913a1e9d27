"""One act told in different words, or in words that named no event: "take over", jobs that
"go", a target met or missed, a notice given or denied, a test that came back positive, and a
thing reported as an act.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import events, item, kinds

# -- "take over" ---------------------------------------------------------------------------------


def test_take_over_names_a_takeover() -> None:
    assert events("The trust will take over the clinic") == {"takeover": 1}
    assert events("The trust is not going to take over the clinic") == {"takeover": -1}
    assert events("the takeover will not happen") == {"takeover": -1}


def test_take_over_an_amount_is_no_takeover() -> None:
    assert "takeover" not in events("the repairs will take over an hour")
    assert "takeover" not in events("the survey could take over 40 days")
    assert "takeover" not in events("the count will take over two weeks")


def test_a_takeover_asserted_and_denied_is_a_contradiction() -> None:
    a = item("a", "The trust will take over the Harlow Street clinic", "Mira Castell",
             "2026-02-03")  # fmt: skip
    b = item("b", "The trust is not going to take over the Harlow Street clinic",
             "Denholm Avery", "2026-02-03")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- jobs that go --------------------------------------------------------------------------------


def test_jobs_that_go_are_a_job_cut() -> None:
    assert events("managers told us jobs would go")["jobcut"] == 1
    assert events("no jobs will go at the Tarnby depot")["jobcut"] == -1
    assert events("up to 80 posts could go if the contract is lost")["jobcut"] == 1


def test_jobs_that_go_somewhere_are_no_cut() -> None:
    assert "jobcut" not in events("the new jobs will go to local people")
    assert "jobcut" not in events("the worries about jobs will go away")
    assert "jobcut" not in events("jobs will go up next year")


# -- a target met or missed ----------------------------------------------------------------------


def test_meeting_and_missing_a_target_answer_one_question() -> None:
    assert events("the operator met every reliability target")["target"] == 1
    assert events("the operator missed its reliability target in nine months")["target"] == -1
    assert events("the contractor did not miss a single deadline")["target"] == 1
    assert events("the hospital has not hit its waiting-time targets")["target"] == -1


def test_meeting_or_missing_something_else_is_no_target() -> None:
    assert "target" not in events("the mayor met the minister on Monday")
    assert "target" not in events("she missed the meeting")
    assert "target" not in events("the meeting set new targets for the year")


def test_a_target_met_and_missed_is_a_contradiction() -> None:
    a = item("a", "Corvel Buses has met every punctuality target in its contract", "Ada Penrose",
             "2026-04-08")  # fmt: skip
    b = item("b", "Corvel Buses missed its punctuality target in eight months of the contract",
             "Tobin Grey", "2026-04-08")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- telling someone beforehand ------------------------------------------------------------------


def test_verbs_of_notice_are_one_act() -> None:
    assert events("the operator had informed the parish council of its plans") == {"notify": 1}
    assert events("the firm never notified its tenants")["notify"] == -1
    assert events("the parish council was given no warning of the sale")["notify"] == -1
    assert events("there was no advance notification")["notify"] == -1


def test_a_warning_that_is_only_mentioned_tells_no_notice() -> None:
    assert "notify" not in events("the board had ignored warnings for years")
    assert "notify" not in events("a warning light came on")


def test_informed_and_given_no_warning_are_a_contradiction() -> None:
    a = item("a", "Harrowgate Homes had informed the parish council of the sale in May",
             "Lise Tamber", "2026-06-01")  # fmt: skip
    b = item("b", "the parish council was given no warning of the sale", "Orrin Blake",
             "2026-06-01")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- tested positive -----------------------------------------------------------------------------


def test_tested_positive_is_the_test_wherever_its_subject_is() -> None:
    assert events("swabs from the pig sheds tested positive for the virus")["test"] == 1
    assert events("none of the pigs has tested positive")["test"] == -1


def test_a_test_positive_and_none_positive_is_a_contradiction() -> None:
    a = item("a", "swabs from the Brackley pig sheds tested positive for swine flu",
             "Hana Ostrow", "2026-01-19")  # fmt: skip
    b = item("b", "none of the Brackley pigs has tested positive for swine flu", "Pell Marden",
             "2026-01-19")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a thing reported ----------------------------------------------------------------------------


def test_reported_with_a_plain_object_is_an_act() -> None:
    assert events("the owner had not reported a rise in losses")["report"] == -1
    assert events("he had reported every loss as required")["report"] == 1
    assert events("nobody reported any faults on the day")["report"] == -1


def test_reported_as_something_else_is_no_act() -> None:
    assert "report" not in events("the firm reported the loss as a gain")
    assert "report" not in events("she reported a 10 percent rise")


# -- working at a time ---------------------------------------------------------------------------


def test_working_at_a_time_is_a_machine_state() -> None:
    assert events("the pumps at Ferry Road were not working on the night")["function"] == -1
    assert events("the sluice gate was working on the day of the storm")["function"] == 1


def test_working_on_a_task_is_no_state() -> None:
    assert "function" not in events("engineers were working on a repair")


# -- a service dropped ---------------------------------------------------------------------------


def test_dropping_a_service_is_a_cut() -> None:
    assert events("the timetable drops the last two Sunday buses from Elmby") == {"cut": 1}
    assert events("the operator axed its evening trains")["cut"] == 1
    assert events("the new timetable does not drop any trains")["cut"] == -1


def test_dropping_an_amount_or_a_case_is_no_service_cut() -> None:
    assert "cut" not in events("fares will drop in May")
    assert "cut" not in events("the council dropped the case")
    assert "cut" not in events("the operator dropped its fares")


def test_a_service_dropped_and_no_service_cut_are_a_contradiction() -> None:
    a = item("a", "no services will be cut under the new Elmby timetable", "Kit Waverley",
             "2026-05-12")  # fmt: skip
    b = item("b", "the new Elmby timetable drops the last two Sunday services", "Ros Delane",
             "2026-05-12")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- suing -----------------------------------------------------------------------------------------


def test_a_lawsuit_filed_is_suing() -> None:
    assert events("the tenants' union will not file a lawsuit")["sue"] == -1
    assert events("the tenants' union will sue the council")["sue"] == 1


def test_filing_something_else_is_no_lawsuit() -> None:
    assert "sue" not in events("the union has filed a complaint")


# -- a figure at the start of a clause -----------------------------------------------------------


def test_a_figure_after_a_capitalized_opening_word_is_read_whole() -> None:
    (fig,) = figures_of(parse_claim("All 36,000 hens at Garrow Farm will be culled").clauses[0])
    assert (fig.low, fig.high) == (36000.0, 36000.0)


def test_a_number_after_a_name_is_still_no_figure() -> None:
    assert figures_of(parse_claim("Route 7 buses will stop at the depot").clauses[0]) == ()
