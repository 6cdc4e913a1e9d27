"""Figures of one quantity whose words were read as no figure, or as two things: a hyphened
subject ("the clean-up will cost"), a sum bound by "no more than" or set in quotation marks,
and a change said of "the average" thing ("the average bill has risen by"), which is the
thing itself.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.changes_by import changes_of
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _costs(text: str) -> list[tuple[float, float]]:
    """The (low, high) of each cost figure of ``text``."""
    return [(f.low, f.high) for c in parse_claim(text).clauses for f in figures_of(c)
            if f.head == "cost"]  # fmt: skip


def _pair(a: str, b: str) -> list[tuple[str, str, str]]:
    return kinds(item("s1", a, "Odile Venn", "2031-03-02"),
                 item("s2", b, "Corin Maddock", "2031-03-02"))  # fmt: skip


def test_a_hyphened_subject_is_a_thing_that_costs() -> None:
    assert _costs("The re-roofing will cost about 300,000 pounds") == [(270000.0, 330000.0)]
    assert _pair("The re-roofing will cost about 300,000 pounds",
                 "The re-roofing will cost more than 900,000 pounds"
                 ) == [("contradiction", "s1", "s2")]  # fmt: skip


def test_a_sum_of_no_more_than_is_a_bound() -> None:
    assert _costs("The kiosk will cost no more than 40,000 pounds") == [(0.0, 40000.0)]
    assert _pair(
        "The kiosk will cost no more than 40,000 pounds", "The kiosk will cost about 95,000 pounds"
    ) == [("contradiction", "s1", "s2")]


def test_a_quoted_sum_is_read() -> None:
    assert _costs('the footbridge would cost "about 80,000 pounds"') == [(72000.0, 88000.0)]
    assert _pair('the footbridge would cost "about 80,000 pounds"',
                 "The footbridge will cost at least 300,000 pounds"
                 ) == [("contradiction", "s1", "s2")]  # fmt: skip


def test_two_costs_of_two_things_stay_apart() -> None:
    assert _costs("The clean-up will cost about 600,000 pounds") == [(540000.0, 660000.0)]
    assert _pair("The clean-up will cost about 600,000 pounds",
                 "The new depot will cost no more than 2 million pounds") == []  # fmt: skip
    assert _pair("The re-roofing will cost about 300,000 pounds",
                 'the footbridge would cost "at least 900,000 pounds"') == []  # fmt: skip


def test_the_average_thing_is_the_thing() -> None:
    subjects = [f.subject for c in parse_claim("The average bill in Tolland has risen by 12 "
                "per cent since March").clauses for f in changes_of(c)]  # fmt: skip
    assert subjects == [frozenset()]
    assert _pair("Our water bills have gone up by 60 per cent since March",
                 "The average water bill in Tolland has risen by 12 per cent since March"
                 ) == [("contradiction", "s1", "s2")]  # fmt: skip


def test_the_average_of_another_thing_stays_apart() -> None:
    text = "The average water bill has risen by 12 per cent since March"
    subjects = [f.subject for c in parse_claim(text).clauses for f in changes_of(c)]
    assert subjects == [frozenset({"water"})]
    assert (
        _pair(
            "Our heating bills have gone up by 60 per cent since March",
            "The average water bill has risen by 12 per cent since March",
        )
        == []
    )
    assert (
        _pair(
            "Our water bills have gone up by 60 per cent since March",
            "The average rent has risen by 12 per cent since March",
        )
        == []
    )
