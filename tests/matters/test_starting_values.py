"""A figure told as where a quantity starts ("30 staff at first, rising to 90") is no level
of it, and "12 miles away" measures how far a place is, no quantity two speakers dispute.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _acts(text: str) -> list[tuple[str, float]]:
    return [(f.act, f.low) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_a_starting_value_is_a_quantity_of_its_own() -> None:
    assert _acts("the depot would need 30 drivers at first, rising to 90 by 2033") == [
        ("initial", 30.0)
    ]
    assert _acts("the depot will employ 30 drivers to begin with") == [("initial", 30.0)]
    # no start: a level
    assert _acts("the depot would need 30 drivers") == [("", 30.0)]
    assert _acts("the depot employs 30 drivers at first glance") == [("", 30.0)]
    assert _acts("the depot would need 30 drivers, rising costs aside") == [("", 30.0)]


def test_a_start_does_not_answer_a_later_level() -> None:
    level = item("s1", "the depot would bring 90 jobs to Orrin", "Ada Quell", "2031-05-02")
    start = item("s2", "the depot would need 30 staff at first, rising to 90 by 2033",
                 "Bo Trantor", "2031-05-02")  # fmt: skip
    other = item("s3", "the depot would need 30 staff", "Cy Ormsby", "2031-05-02")
    assert kinds(level, start) == []
    assert kinds(level, other) == [("contradiction", "s1", "s3")]


def test_a_distance_to_a_place_is_no_figure() -> None:
    assert _acts("some tenants were offered flats in Pellow, 12 miles away") == []
    assert ("", 40.0) not in _acts("The two depots are 40 kilometres apart")
    assert _acts("The drivers walked 12 miles") != []  # a length walked: a figure
    near = item("s1", "tenants were offered flats in Pellow, 12 miles away", "Ada Quell",
                "2031-05-02")  # fmt: skip
    far = item("s2", "tenants were offered flats in Orrin, 30 miles away", "Bo Trantor",
               "2031-05-02")  # fmt: skip
    assert kinds(near, far) == []
