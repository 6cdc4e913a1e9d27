"""A past act denied and another speaker's plan of it tell two times.

"Tenants were given no warning" (so far) and the landlord's "tenants would be given twelve
weeks' notice" (to come) can both hold: what has not happened yet may still come. Said the
same day or the plan later, neither with a time, they are no contradiction. A past act told
both ways still is one, and so is a plan that came first and was then denied as not kept.

Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds


def test_no_warning_so_far_and_notice_to_come_are_two_times() -> None:
    a = item("s1", "tenants were given no warning", "Marta Quaile", "2031-05-06")
    b = item("s2", "tenants would be given twelve weeks' notice", "Harrow Lettings",
             "2031-05-06")  # fmt: skip
    assert kinds(a, b) == []


def test_a_past_act_told_both_ways_still_disagrees() -> None:
    a = item("s1", "tenants were given no warning", "Marta Quaile", "2031-05-06")
    b = item("s2", "tenants were given twelve weeks' notice", "Harrow Lettings", "2031-05-06")
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_plan_told_first_and_then_denied_still_disagrees() -> None:
    a = item("s1", "tenants would be given twelve weeks' notice", "Harrow Lettings",
             "2031-05-06")  # fmt: skip
    b = item("s2", "tenants were given no warning", "Marta Quaile", "2031-05-07")
    assert kinds(a, b) == [("contradiction", "s1", "s2")]
