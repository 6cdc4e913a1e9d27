"""How often a thing happens ("three times a week", "once a week"): one quantity per subject
and span, which two speakers can give two values.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _often(text: str) -> list[tuple[str, float, float]]:
    """(unit, low, high) of each frequency ``text`` gives."""
    return [(f.unit, f.low, f.high) for c in parse_claim(text).clauses for f in figures_of(c)
            if f.head == "times"]  # fmt: skip


def test_number_words_and_adverbs_of_frequency_are_read() -> None:
    assert _often("The library bus will visit Carrow End three times a week") == [
        ("times/week", 3.0, 3.0)
    ]
    assert _often("The library bus is coming once a week") == [("times/week", 1.0, 1.0)]
    assert _often("The ferry sails at least twice a day") == [("times/day", 2.0, float("inf"))]


def test_multiples_and_counts_with_no_span_are_no_frequency() -> None:
    assert _often("The new depot is three times the size of the old one") == []
    assert _often("The ferry was twice as full as last summer") == []
    assert _often("The board has met six times") == [("times", 6.0, 6.0)]  # a count, no rate


def test_two_frequencies_of_one_subject_disagree() -> None:
    a = item("s1", "the library bus will visit Carrow End three times a week",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "the library bus is coming to Carrow End once a week",
             "Corin Maddock", "2031-03-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_frequencies_of_other_subjects_places_or_spans_do_not() -> None:
    a = item("s1", "the library bus will visit Carrow End three times a week",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "the school bus will visit Carrow End once a week",
             "Corin Maddock", "2031-03-02")  # fmt: skip
    assert kinds(a, b) == []
    c = item("s3", "the library bus will visit Pellow Green once a week",
             "Corin Maddock", "2031-03-02")  # fmt: skip
    assert kinds(a, c) == []
    d = item("s4", "the library bus will visit Carrow End once a day",
             "Corin Maddock", "2031-03-02")  # fmt: skip
    assert kinds(a, d) == []


def test_frequencies_that_overlap_do_not_disagree() -> None:
    a = item("s1", "the library bus will visit Carrow End at least twice a week",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "the library bus will visit Carrow End three times a week",
             "Corin Maddock", "2031-03-02")  # fmt: skip
    assert kinds(a, b) == []


def test_a_range_and_a_bound_after_the_span_are_read() -> None:
    assert _often("They are ringing the bell four or five times a week now") == [
        ("times/week", 4.0, 5.0)
    ]
    assert _often("We ring the bell twice a week at most") == [("times/week", 0.0, 2.0)]


def test_a_frequency_planned_for_a_later_month_is_no_second_value_for_now() -> None:
    a = item("s1", "From June we will ring the Cawdry bell once a week",
             "Odile Venn", "2031-04-02")  # fmt: skip
    b = item("s2", "the Cawdry bell is rung three times a week",
             "Corin Maddock", "2031-04-02")  # fmt: skip
    assert kinds(a, b) == []
