"""Comparisons, orders, matters raised with someone, cuts of an owner's thing, jobs going.

* "worse than the old surgery" and "a better service than the old surgery" answer one
  question, whether the new thing is an improvement; a comparison with no standard, or with
  what was expected, is none;
* "told us not to talk to them" is an order given (the "not" is the order's), and "no one was
  told not to speak to them" denies one; "told reporters that ..." still reports words;
* "raised the leaks with the manager" puts a concern to someone, no rise ("raised the rent
  with no warning" still is one);
* "cut the museum's grant" cuts the grant (a fall), as "cut our grant" does, and "we are
  cutting these routes" is the active progressive, no passive with a job noun before it;
* "their jobs are going" is a job cut, as "jobs will go" is; "jobs are going to be safe" not.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds

# -- comparisons -----------------------------------------------------------------------------


def test_better_or_worse_than_a_standard_is_an_improvement_or_none() -> None:
    assert events("The new clinic will be worse than the old surgery in every way") == {
        "improv": -1
    }
    assert (
        events("The new clinic will give patients a better service than the old surgery")["improv"]
        == 1
    )
    assert events("The new clinic will not be better than the old surgery")["improv"] == -1


def test_comparisons_with_no_standard_or_an_idiom_are_none() -> None:
    for text in (
        "Things will get better",
        "We had better wait for the report",
        "The results were better than expected",
        "Sales were worse than we feared",
        "The clinic is no better than the old surgery",
        "The clinic is not worse than the old surgery",
        "Nobody is better placed than the mayor to decide",
        "It would be better than nothing",
    ):
        assert "improv" not in events(text), text


def test_worse_against_better_than_one_standard_is_a_contradiction() -> None:
    a = item("a", "The Brae Street clinic will be worse than the Millgate surgery in every way",
             "Orla Benedek", "2031-05-02")  # fmt: skip
    b = item("b", "The Brae Street clinic will give patients a better service than the Millgate "
             "surgery ever did", "Tomas Reifield", "2031-05-02", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- orders ----------------------------------------------------------------------------------


def test_an_order_not_to_do_a_thing_is_an_order_given() -> None:
    assert events("The supervisor told us not to talk to the auditors") == {"instruct-talk": 1}
    assert events("The supervisor instructed us not to talk to the auditors") == {"instruct": 1}
    assert events("We were told to leave by noon") == {"instruct-leav": 1}
    told = events("The minister did not tell officials to delay the report")
    assert told["instruct-delay"] == -1
    assert events("Nobody told the porters to stay quiet")["instruct-stay"] == -1


def test_orders_of_two_acts_are_two_questions() -> None:
    a = item("a", "Three lorries were told to wait at the gate", "Ansel Foyle", "2031-04-02")
    b = item("b", "Nobody at the depot told any lorry to turn around", "Bree Calloway",
             "2031-04-02")  # fmt: skip
    assert kinds(a, b) == []


def test_telling_that_or_to_a_noun_phrase_is_no_order() -> None:
    for text in ("The supervisor told reporters that the ward was safe",
                 "She told him to his face", "He told the story to the court"):  # fmt: skip
        assert not any(k.startswith("instruct") for k in events(text)), text


def test_an_order_denied_weeks_later_meets_the_order_told() -> None:
    a = item("a", "The supervisor told us not to talk to the auditors", "Pella Grigor",
             "2031-03-02")  # fmt: skip
    b = item("b", "Nobody at Ostrava House was told not to speak to the auditors",
             "Konrad Veitch", "2031-03-20", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a matter raised with someone ------------------------------------------------------------


def test_a_matter_raised_with_someone_is_a_concern_not_a_rise() -> None:
    assert events("We raised the leaks with Mrs Odell at the tenants' meeting").get("rise") is None
    assert events("We raised the leaks with Mrs Odell at the tenants' meeting")["report"] == 1
    assert events("she had raised them in person") == {"report": 1}
    assert events("Nobody raised the leaks with the manager") == {"report": -1}


def test_questions_issues_and_doubts_raised_are_concerns_not_rises() -> None:
    assert events("Tenants at Hollin Court raised questions about the plan") == {"report": 1}
    assert events("Councillors raised doubts about the cost of the bridge") == {"report": 1}
    assert events("The parish council raised the matter at its meeting") == {"report": 1}
    assert events("The parish council raised the fee at its meeting") == {"rise": 1}


def test_a_rise_with_no_person_after_with_is_still_a_rise() -> None:
    assert events("The landlord raised the rent with no warning")["rise"] == 1
    assert events("They raised fees with immediate effect") == {"rise": 1}
    assert events("The board raised the limit in March") == {"rise": 1}


# -- the thing cut ---------------------------------------------------------------------------


def test_a_cut_of_an_owners_amount_is_a_fall_as_a_plain_one_is() -> None:
    assert events("The trust has not cut the museum's grant")["rise-down"] == -1
    assert events("The trust cut our grant by 40,000 pounds this year")["rise-down"] == 1
    a = item("a", "The Carvel Trust has not cut the museum's grant", "Edda Ravn", "2031-02-02")
    b = item("b", "The Carvel Trust cut our grant by 40,000 pounds this year", "Ines Quaile",
             "2031-02-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_cutting_in_the_progressive_is_active() -> None:
    assert events("we are cutting these routes") == {"cut": 1}
    assert events("The firm is cutting 40 jobs") == {"jobcut": 1}
    assert events("Jobs are being cut")["jobcut"] == 1


# -- jobs going ------------------------------------------------------------------------------


def test_jobs_going_after_be_are_a_cut() -> None:
    assert events("Nine jobs are going at the depot") == {"jobcut": 1}
    assert events("No jobs are going")["jobcut"] == -1
    for text in ("Jobs are going to be safe", "The jobs are going to local people",
                 "Things are going well"):  # fmt: skip
        assert "jobcut" not in events(text), text


# -- a level unchanged -----------------------------------------------------------------------


def test_an_amount_unchanged_or_the_same_as_then_neither_rose_nor_fell() -> None:
    for text in ("Visitor numbers have not changed since 2026", "The fee will not change this year",
                 "There were 340 riders a day, the same as when we counted in 2026",
                 "Takings were the same as last year"):  # fmt: skip
        got = events(text)
        assert (got["rise"], got["rise-down"]) == (-1, -1), text


def test_a_thing_unchanged_or_compared_with_another_thing_is_no_level() -> None:
    for text in ("The Line 9 timetable will not change this year", "We did not change the rules",
                 "Her fees are the same as at other clinics", "That will never change",
                 "Fares have changed"):  # fmt: skip
        got = events(text)
        assert "rise-down" not in got and "rise" not in got, text


def test_a_level_the_same_as_then_meets_a_fall_since_then() -> None:
    a = item("a", "Rider numbers on the 9 have fallen by a third since 2026", "Ravi Okonkwo",
             "2031-01-10")  # fmt: skip
    b = item("b", "There were 340 riders a day on the 9, the same as when we counted in 2026",
             "Maud Ferreira", "2031-01-10")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
