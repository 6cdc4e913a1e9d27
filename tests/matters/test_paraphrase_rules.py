"""Answers to one question in other words, and clause cues that were misread.

* a closure called temporary is a reopening to come ("the closure is temporary" against
  "it will never reopen"); "not temporary" is for good; a past or a denied closure is left;
* confidence placed in someone is support for them ("has full confidence in" / "could no
  longer support"), and "could no longer" is a fact, not a hedge;
* jobs created, brought or added are one key ("will create 90 new jobs" / "will not bring a
  single new job"); a denied figure ("will not create 500 jobs") is none;
* a number word opening a clause ("Eleven of them ...") is no name;
* "provided" after "is being" is a participle, not the conjunction of a condition;
* a quotation mark opening a partial quote does not hide the predicate after it.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import events, item, kinds

# -- a temporary closure -----------------------------------------------------------------------


def test_a_closure_called_temporary_is_a_reopening_ahead() -> None:
    for text in (
        "The closure of the Hatherby pool is temporary",
        "The closure is only temporary",
        "The library will close temporarily",
        "It is a temporary closure",
    ):
        assert events(text)["open-again"] == 1, text
        assert "open" not in events(text), text  # closed now: no answer on "is it open?"
        assert parse_claim(text).clauses[0].tense == "future", text


def test_a_closure_denied_to_be_temporary_is_for_good() -> None:
    assert events("The closure will not be temporary")["open"] == -1
    assert events("The closure will not be temporary")["open-again"] == -1
    assert events("The closure of the pool is not temporary")["open"] == -1


def test_past_or_other_temporary_things_are_left_alone() -> None:
    assert events("The pool was temporarily closed last week")["open"] == -1
    claim = parse_claim("The temporary staff will not close the pool")
    assert all(e.word != "temporary" for c in claim.clauses for e in c.events if e.key == "open")
    assert "open" not in events("Nobody believes the word temporary")


def test_a_temporary_closure_meets_never_reopen() -> None:
    a = item("a", "The closure of the Hatherby pool is temporary", "Ines Marlow", "2027-03-02")
    b = item("b", "The Hatherby pool will never reopen", "Tobias Grell", "2027-03-03")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_temporary_closure_agrees_with_a_reopening() -> None:
    a = item("a", "The closure of the Hatherby pool is temporary", "Ines Marlow", "2027-03-02")
    b = item("b", "The Hatherby pool will reopen in the spring", "Tobias Grell", "2027-03-03")
    assert kinds(a, b) == []


# -- confidence in someone -----------------------------------------------------------------------


def test_confidence_in_someone_is_support() -> None:
    assert events("The board has full confidence in Mr Tarrow")["support"] == 1
    assert events("The trustees have lost confidence in her")["support"] == -1
    assert events("We have no confidence in the mayor")["support"] == -1


def test_trust_as_a_body_or_confidence_in_an_outcome_is_no_support() -> None:
    assert "support" not in events("The hospital trust in Marrowby will close the ward")
    assert "support" not in events("We have confidence in a deal by Friday")


def test_could_no_longer_is_a_fact() -> None:
    clause = parse_claim("The board could no longer support Mr Tarrow").clauses[0]
    assert clause.modality == "certain"
    assert parse_claim("The board could support Mr Tarrow").clauses[0].modality == "hedged"


def test_confidence_meets_a_denied_support() -> None:
    a = item("a", "The council has full confidence in Mr Tarrow", "Ines Marlow", "2027-03-02")
    b = item("b", "The council does not support Mr Tarrow", "Tobias Grell", "2027-03-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- jobs made -----------------------------------------------------------------------------------


def test_jobs_created_or_brought_are_one_key() -> None:
    assert events("The factory will create 200 new jobs in Kelso")["jobs-new"] == 1
    assert events("The mill will add thousands of jobs")["jobs-new"] == 1
    assert events("This deal will not bring one new job to Kelso")["jobs-new"] == -1
    assert events("The plant will create no new jobs")["jobs-new"] == -1


def test_a_denied_figure_or_another_object_is_no_job_key() -> None:
    assert "jobs-new" not in events("The plant will not create 500 jobs")
    assert "jobs-new" not in events("The council will bring cover to the staff")


def test_jobs_created_meet_not_a_single_job() -> None:
    a = item("a", "The depot will create 90 new jobs in Harrowgate", "Una Pell", "2027-03-02")
    b = item("b", "The depot will not bring a single new job to Harrowgate", "Rob Dace",
             "2027-03-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- clause cues ---------------------------------------------------------------------------------


def test_a_number_word_opening_a_clause_is_no_name() -> None:
    assert parse_claim("Eleven of them have had no offer of any kind").clauses[0].entities == set()


def test_every_one_offered_meets_a_number_with_no_offer() -> None:
    a = item("a", "Every porter at Dunmore has been offered a new contract", "Ines Marlow",
             "2027-03-02")  # fmt: skip
    b = item("b", "Eleven of them have had no offer of any kind", "Tobias Grell", "2027-03-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_provided_after_a_form_of_be_is_no_condition() -> None:
    text = (
        "The move does not require a public consultation, because the service is being "
        "provided elsewhere"
    )
    assert {c.modality for c in parse_claim(text).clauses} == {"certain"}
    assert parse_claim("We will pay, provided the council agrees").conditional


def test_a_requirement_denied_meets_a_requirement() -> None:
    a = item("a", "A change of this size has to go out to public consultation", "Ines Marlow",
             "2027-03-02")  # fmt: skip
    b = item("b", "The move does not require a public consultation, because the service is "
             "being provided elsewhere", "Tobias Grell", "2027-03-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_partial_quote_keeps_its_predicate() -> None:
    assert events('The inquiry would be "fully independent of the ministry"')["independent"] == 1
    a = item("a", 'The inquiry would be "fully independent of the ministry"', "Ines Marlow",
             "2027-03-02")  # fmt: skip
    b = item("b", "An inquiry that the ministry pays for is not independent", "Tobias Grell",
             "2027-03-03")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
