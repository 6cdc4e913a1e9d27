"""A "no" in a phrase of the subject ("a school with no teachers", "a car park with no
spaces") quantifies that phrase's noun: an event after the clause's verb is not denied by it
(:func:`onrecord.matters.scope.subject_adjunct_negator`). A "no" that opens the clause or
its phrase still denies ("No school with teachers would close", "At no point did the school
close"). Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds

_DAY = "2031-09-09"


def test_no_in_a_phrase_of_the_subject_denies_its_noun_not_the_event() -> None:
    assert events("A school with no teachers would close")["open"] == -1  # closing asserted
    assert (
        events("A yard with no lorries in it is what the gates are there to stop")["stoppage"] == 1
    )


def test_no_that_opens_the_clause_or_the_verb_still_denies() -> None:
    assert events("No school with teachers would close")["open"] == 1
    assert events("A school with no teachers would not close")["open"] == 1
    assert events("At no point did the school close")["open"] == 1


def test_two_speakers_on_a_purpose_in_other_words_do_not_disagree() -> None:
    a = item("a", "A depot yard with no room for lorries is what the barrier is there to stop",
             "Nell Ardent", _DAY)  # fmt: skip
    b = item("b", "the barrier was put up to stop lorries parking in the depot yard overnight",
             "Owen Sallis", _DAY)  # fmt: skip
    assert kinds(a, b) == []
