"""Rates told per day, week or year in the articles of one story, weeks apart: a level that
holds over a stretch of time, which two speakers can give two values.

Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds


def test_two_rates_of_one_quantity_told_weeks_apart_disagree() -> None:
    a = item("s1", "the Brackwater plant uses about 300,000 litres of water a day",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "the Brackwater plant has been pumping around 800,000 litres of water a day",
             "Corin Maddock", "2031-03-23", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_yearly_fee_told_weeks_apart_disagrees() -> None:
    a = item("s1", "the mooring fee at Pellow Quay is 250 pounds a year",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "the mooring fee at Pellow Quay is 900 pounds a year",
             "Corin Maddock", "2031-03-30", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_counts_that_are_no_rates_told_weeks_apart_do_not() -> None:
    # a count moves from day to day: 300 then 800 litres spilled may both hold
    a = item("s1", "the Brackwater plant spilled about 300,000 litres of water",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "the Brackwater plant spilled around 800,000 litres of water",
             "Corin Maddock", "2031-03-23", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_rates_told_months_apart_or_of_named_times_do_not() -> None:
    a = item("s1", "the Brackwater plant uses about 300,000 litres of water a day",
             "Odile Venn", "2031-01-02")  # fmt: skip
    b = item("s2", "the Brackwater plant uses around 800,000 litres of water a day",
             "Corin Maddock", "2031-06-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []
    c = item("s3", "the Brackwater plant used about 300,000 litres of water a day last year",
             "Odile Venn", "2031-03-02")  # fmt: skip
    d = item("s4", "the Brackwater plant uses around 800,000 litres of water a day this year",
             "Corin Maddock", "2031-03-23", article="a2")  # fmt: skip
    assert kinds(c, d) == []


def test_rates_that_overlap_or_count_other_things_do_not() -> None:
    a = item("s1", "the Brackwater plant uses about 300,000 litres of water a day",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "the Brackwater plant uses at least 290,000 litres of water a day",
             "Corin Maddock", "2031-03-23", article="a2")  # fmt: skip
    assert kinds(a, b) == []
    c = item("s3", "the Pellow depot sends 40 vans a week to the coast",
             "Odile Venn", "2031-03-02")  # fmt: skip
    d = item("s4", "the Pellow depot sends 200 parcels a week to the coast",
             "Corin Maddock", "2031-03-23", article="a2")  # fmt: skip
    assert kinds(c, d) == []


def test_one_speakers_two_rates_weeks_apart_are_no_reversal() -> None:
    # more likely news that the rate changed than a change of position
    a = item("s1", "the Brackwater plant uses about 300,000 litres of water a day",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "the Brackwater plant uses around 800,000 litres of water a day",
             "Odile Venn", "2031-03-23", article="a2")  # fmt: skip
    assert kinds(a, b) == []
