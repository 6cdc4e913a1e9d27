"""Counts told in the plain present in the articles of one story, weeks apart: how a thing
stands (pupils on a roll, homes that can order a service), which two speakers can give two
values.

Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds


def test_two_present_counts_told_weeks_apart_disagree() -> None:
    a = item("s1", "There are 35 pupils on the roll at Wendlecombe school",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "Wendlecombe school has 80 pupils on the roll",
             "Corin Maddock", "2031-03-24", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_present_verb_before_the_figure_is_a_present_count() -> None:
    a = item("s1", "Harlow Parking keeps 30 pence of every pound paid at the meters",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "Harlow Parking keeps 70 pence of every pound paid at the meters",
             "Corin Maddock", "2031-03-12", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_counts_of_a_change_told_weeks_apart_do_not() -> None:
    # a count that grows or moves: both may hold on their own days
    a = item("s1", "The recall covers 20,000 jars of Pellow honey",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "The recall now covers 45,000 jars of Pellow honey",
             "Corin Maddock", "2031-03-24", article="a2")  # fmt: skip
    assert kinds(a, b) == []
    c = item("s3", "There are 35 pupils on the roll at Wendlecombe school",
             "Odile Venn", "2031-03-02")  # fmt: skip
    d = item("s4", "Wendlecombe school had 80 pupils on the roll",
             "Corin Maddock", "2031-03-24", article="a2")  # fmt: skip
    assert kinds(c, d) == []
    e = item("s5", "Flooding has damaged 35 homes in Wendlecombe",
             "Odile Venn", "2031-03-02")  # fmt: skip
    f = item("s6", "Flooding has damaged 80 homes in Wendlecombe",
             "Corin Maddock", "2031-03-24", article="a2")  # fmt: skip
    assert kinds(e, f) == []


def test_present_counts_months_apart_or_of_one_speaker_do_not() -> None:
    a = item("s1", "There are 35 pupils on the roll at Wendlecombe school",
             "Odile Venn", "2031-01-02")  # fmt: skip
    b = item("s2", "Wendlecombe school has 80 pupils on the roll",
             "Corin Maddock", "2031-06-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []
    c = item("s3", "There are 35 pupils on the roll at Wendlecombe school",
             "Odile Venn", "2031-03-02")  # fmt: skip
    d = item("s4", "Wendlecombe school has 80 pupils on the roll",
             "Odile Venn", "2031-03-24", article="a2")  # fmt: skip
    assert kinds(c, d) == []


def test_a_distance_is_no_size() -> None:
    a = item("s1", "The Kelby mast is 300 metres from the nearest house",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "The Kelby mast is 25 metres",
             "Corin Maddock", "2031-03-24", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_tally_that_grows_told_in_the_present_is_no_standing_count() -> None:
    for old, new in (
        ("The Harle fire covers 400 acres of moorland",
         "The Harle fire covers 900 acres of moorland"),
        ("There are 12 patients with measles in Dunmere hospital",
         "There are 40 patients with measles in Dunmere hospital"),
        ("The Tarn appeal has 300 signatures", "The Tarn appeal has 2,000 signatures"),
    ):  # fmt: skip
        a = item("s1", old, "Odile Venn", "2031-03-02")
        b = item("s2", new, "Corin Maddock", "2031-03-24", article="a2")
        assert kinds(a, b) == [], old
