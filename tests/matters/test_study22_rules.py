"""Readings of common English shapes: a bare verb in -ss, a dismissal said as "let go" or with
"a" and a person, a notice said with "told about", a denial since a time, a machine that
worked or failed said with a finite verb, and a negative subject after "and".

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import lexicon as lx
from onrecord.matters import parse_claim
from onrecord.matters.stance import stance_of

from .builders import events, item, kinds

# -- a bare verb in -ss keeps its stem ------------------------------------------------------


def test_a_bare_verb_in_ss_has_the_stem_of_its_other_forms() -> None:
    for bare, past in (("miss", "missed"), ("pass", "passed"), ("discuss", "discussed")):
        assert lx.stem(bare) == lx.stem(past) == lx.stem(bare + "es")
    assert "miss" in events("Three pupils did miss the exam in May")
    assert events("Three pupils did miss the exam")["miss"] == 1


def test_a_miss_denied_meets_a_miss_told_with_did() -> None:
    a = item("a", "No pupil has missed an exam because of the strike", "Hana Velloso",
             "2027-03-02")  # fmt: skip
    b = item("b", "Three pupils did miss exams at the college in February, and I am sorry",
             "Hana Velloso", "2027-05-20")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- dismissals ------------------------------------------------------------------------------


def test_a_person_named_with_a_is_laid_off_or_fired() -> None:
    assert events("Brackley has not laid off a single porter this year")["jobcut"] == -1
    assert events("The mill fired a foreman in June")["jobcut"] == 1


def test_a_thing_named_with_a_is_no_dismissal() -> None:
    assert "jobcut" not in events("Police fired a warning shot")
    assert "jobcut" not in events("The mill fired a kiln in June")


def test_let_go_of_people_is_a_job_cut() -> None:
    assert events("eleven porters had been let go in March")["jobcut"] == 1
    assert events("The mill let go 30 staff")["jobcut"] == 1
    assert events("No porter was let go")["jobcut"] == -1


def test_let_go_of_a_thing_or_a_matter_is_none() -> None:
    assert "jobcut" not in events("She let go of the rope")
    assert "jobcut" not in events("We decided to let it go")


# -- a notice said with "told about" ---------------------------------------------------------


def test_told_about_a_thing_is_a_notice_given() -> None:
    assert events("The board was told about every fault within a day")["notify"] == 1
    assert events("The mill did not tell the board about the faults")["notify"] == -1
    claim = parse_claim("The board was told about every fault within a day")
    assert stance_of(claim, "notify").label == "yes"


def test_told_that_or_told_to_is_no_notice() -> None:
    assert "notify" not in events("She told reporters that the faults were minor")
    assert "notify" not in events("He was told to leave the site")
    assert "notify" not in events("She told of her long wait")


def test_a_notice_told_meets_a_notice_denied() -> None:
    a = item("a", "The mill did not notify the board of a single fault", "Ines Carrow",
             "2027-03-02")  # fmt: skip
    b = item("b", "The board was told about every fault within a day", "Piet Lomax",
             "2027-03-03")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a denial since a time -------------------------------------------------------------------


def test_a_denial_since_a_year_meets_an_act_dated_inside_it() -> None:
    a = item("a", "There has been no fire inspection at the Dunmere depot since 2024",
             "Ines Carrow", "2026-08-10")  # fmt: skip
    b = item("b", "The depot had a fire inspection in March this year", "Piet Lomax",
             "2026-08-11")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_denial_since_a_year_leaves_an_act_before_it_or_ahead() -> None:
    denial = "There has been no fire inspection at the Dunmere depot since 2024"
    for other in ("The depot had a fire inspection in March 2023",
                  "The depot will have a fire inspection in March next year"):  # fmt: skip
        a = item("a", denial, "Ines Carrow", "2026-08-10")
        b = item("b", other, "Piet Lomax", "2026-08-11")
        assert kinds(a, b) == [], other


def test_a_past_perfect_denial_since_a_year_is_of_another_time() -> None:
    a = item("a", "There had been no fire inspection at the Dunmere depot since 2019",
             "Ines Carrow", "2026-08-10")  # fmt: skip
    b = item("b", "The depot had a fire inspection in March 2021", "Piet Lomax", "2026-08-11")
    assert kinds(a, b) == []


# -- a machine that worked or failed ---------------------------------------------------------


def test_a_machine_that_worked_or_failed_with_a_finite_verb() -> None:
    assert events("The heating system has worked normally all winter")["function"] == 1
    assert events("The boilers ran smoothly")["function"] == 1
    assert events("The depot's heating failed in early January")["function"] == -1
    assert events("The pumps broke down twice")["function"] == -1
    assert events("The lifts stopped working on Monday")["function"] == -1
    assert events("The pumps have not failed once")["function"] == 1


def test_labour_acts_and_failures_to_act_are_no_machine_state() -> None:
    for text in ("She worked hard all winter", "The buses run every hour",
                 "The council failed to act", "He broke the law", "Thieves broke in on Sunday",
                 "We broke down in tears", "The scheme works for us"):  # fmt: skip
        assert "function" not in events(text), text


def test_a_machine_that_worked_meets_one_that_failed() -> None:
    a = item("a", "The heating system at Dunmere has worked normally all winter", "Ines Carrow",
             "2027-02-02")  # fmt: skip
    b = item("b", "The heating at Dunmere failed in early January", "Piet Lomax", "2027-02-03")
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a negative subject after "and" ----------------------------------------------------------


def test_a_negative_subject_after_and_denies_only_its_own_verb() -> None:
    assert events("The plant closed in May and nobody objected") == {"open": -1, "object": -1}
    assert events("The firm sold the yard in May and no one objected")["sell"] == 1
    assert events("The heating broke in May and nobody fixed it")["function"] == -1
    assert events("Nobody sold the yard and nobody objected")["sell"] == -1


# -- a cause of death ------------------------------------------------------------------------


def test_died_of_names_the_cause_affirmed_or_denied() -> None:
    assert events("The otters died from a lung virus")["cause-virus"] == 1
    assert events("Those otters did not die of a virus")["cause-virus"] == -1


def test_a_cause_of_death_keeps_whose_death_apart() -> None:
    a = item("a", "The otters at Brenwick died of a lung virus", "Hester Orme", "2026-08-10")
    b = item("b", "The seals at Brenwick did not die of a virus", "Rolf Tanaka", "2026-08-11")
    assert kinds(a, b) == []


# -- a relative clause after "nothing" -------------------------------------------------------


def test_what_a_relative_after_nothing_tells_is_not_denied() -> None:
    assert "delet" not in events("Nothing that was deleted had anything to do with the fire")
    assert events("Nothing was deleted")["delet"] == -1
    assert "sell" not in events("Everything that was sold has been returned")
