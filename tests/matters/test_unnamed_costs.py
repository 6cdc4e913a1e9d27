"""A cost of nothing named ("the true cost is 1,150 pounds a year") told in an article that
prices one thing is that thing's cost: it meets the thing's price as another value. Not where
the article prices two things, nor across a rate or an article.

Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds

_DAY = "2031-04-02"


def test_a_true_cost_meets_the_one_price_its_story_tells() -> None:
    a = item("a", "The mooring fee is 300 pounds a year", "Ada Venn", _DAY)
    b = item("b", "The true cost is 1,150 pounds a year", "Rolf Tindall", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_real_cost_meets_a_cost_a_verb_gives() -> None:
    a = item("a", "A mooring at Quillon Basin costs 300 pounds a year", "Ada Venn", _DAY)
    b = item("b", "The real cost is nearer 900 pounds a year", "Rolf Tindall", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_true_cost_in_a_story_of_two_prices_stays_apart() -> None:
    a = item("a", "The mooring fee is 300 pounds a year", "Ada Venn", _DAY)
    b = item("b", "The true cost is 1,150 pounds a year", "Rolf Tindall", _DAY)
    c = item("c", "The parking permit costs 50 pounds a year", "Ida Moss", _DAY)
    assert kinds(a, b, c) == []


def test_a_true_cost_of_another_rate_or_article_stays_apart() -> None:
    a = item("a", "The mooring fee is 300 pounds a year", "Ada Venn", _DAY)
    once = item("b", "The true cost is 1,150 pounds", "Rolf Tindall", _DAY)
    assert kinds(a, once) == []
    elsewhere = item("b", "The true cost is 1,150 pounds a year", "Rolf Tindall", _DAY,
                     article="a2")  # fmt: skip
    assert kinds(a, elsewhere) == []


def test_a_true_cost_in_another_currency_stays_apart() -> None:
    a = item("a", "The mooring fee is 300 pounds a year", "Ada Venn", _DAY)
    b = item("b", "The true cost is 1,150 euros a year", "Rolf Tindall", _DAY)
    assert kinds(a, b) == []
