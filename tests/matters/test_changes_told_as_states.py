"""A change told as a state ("footfall is down 40 per cent", "takings were up by 8 per cent")
or by "halved" / "doubled" is a change by that size, one quantity with "has fallen by 5 per
cent": two speakers who give it two sizes disagree.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.changes_by import changes_of

from .builders import item, kinds


def _changes(text: str) -> list[tuple[tuple[str, str], float]]:
    return [(f.quantity, f.low) for c in parse_claim(text).clauses for f in changes_of(c)]


def _pair(a: str, b: str) -> list[tuple[str, str, str]]:
    return kinds(
        item("s1", a, "Ada Quell", "2031-05-02"), item("s2", b, "Bo Trantor", "2031-05-02")
    )


def test_up_or_down_after_be_is_a_change_by_its_figure() -> None:
    assert _changes("Footfall at Brinley Market is down 40 per cent") == [
        (("footfall/by-down", "percent"), 40.0)
    ]
    assert _changes("Takings were up by 8 per cent") == [(("tak/by-up", "percent"), 8.0)]
    assert _changes("Footfall at Brinley Market has halved") == [
        (("footfall/by-down", "percent"), 50.0)
    ]


def test_no_change_from_up_or_down_without_a_size_or_denied() -> None:
    assert _changes("The ticket machine is down again") == []  # out of order, no size
    assert _changes("Scores are up 3 places") == []  # no percentage nor sum
    assert _changes("Prices are down to 11 per cent") == []  # a level reached
    assert _changes("Footfall is not down 40 per cent") == []  # denied
    assert _changes("The council halved the grant") == []  # the grant, not the council


def test_two_sizes_of_one_fall_contradict() -> None:
    said = "Footfall at Brinley Market has fallen by only 5 per cent"
    assert _pair("Footfall at Brinley Market is down 40 per cent", said) == [
        ("contradiction", "s1", "s2")
    ]
    assert _pair("Footfall at Brinley Market has halved", said) == [("contradiction", "s1", "s2")]


def test_sizes_that_agree_or_fall_apart_do_not() -> None:
    said = "Footfall at Brinley Market has fallen by about 40 per cent"
    assert _pair("Footfall at Brinley Market is down 40 per cent", said) == []
    assert _pair("Footfall at Brinley Market has doubled", "Footfall at Brinley Market "
                 "rose by 100 per cent") == []  # fmt: skip
    # rents are not footfall
    assert _pair("Rents at Brinley Market are down 10 per cent", said) == []


def test_a_multiple_followed_by_a_time_changes_its_subject() -> None:
    assert _changes("Footfall has halved since May.") == [(("footfall/by-down", "percent"), 50.0)]
    assert _changes("Visitor numbers have doubled this year.") == [
        (("number/by-up", "percent"), 100.0)
    ]
    assert _changes("Rents at Copley Row doubled last month") == [
        (("rent/by-up", "percent"), 100.0)
    ]
    # an object after the verb is still the thing changed, not the subject
    assert _changes("The council halved this grant") == []


def test_doubled_as_is_a_use_not_a_change() -> None:
    assert _changes("The kitchen doubled as a classroom in 2024.") == []
    assert _changes("The old barn doubled as a polling station for 12 years.") == []
