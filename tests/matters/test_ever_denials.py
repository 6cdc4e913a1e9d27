"""A past denied for all time ("was ever done", "never held") against the act told done
weeks before: one time frame; and where it is not.

Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds

_DONE = "A full fire safety assessment was carried out for every hall in the district,"
_NEVER = "No fire safety assessment was ever done for the Quillet hall,"


def test_an_ever_denial_said_later_meets_the_act_told_before() -> None:
    a = item("a", _DONE, "Rhoda Penwarden", "2033-04-02")
    b = item("b", _NEVER, "Edgar Moss", "2033-05-10")
    assert ("contradiction", "a", "b") in kinds(a, b)


def test_a_denial_said_first_may_be_overtaken() -> None:
    a = item("a", _NEVER, "Edgar Moss", "2033-03-10")
    b = item("b", _DONE, "Rhoda Penwarden", "2033-04-02")
    assert kinds(a, b) == []  # the assessment may have come between


def test_a_denial_without_ever_is_left_as_before() -> None:
    a = item("a", _DONE, "Rhoda Penwarden", "2033-04-02")
    b = item("b", "No fire safety assessment was done for the Quillet hall,", "Edgar Moss",
             "2033-05-10")  # fmt: skip
    assert kinds(a, b) == []


def test_a_denial_that_looks_ahead_is_not_for_all_time() -> None:
    a = item("a", _DONE, "Rhoda Penwarden", "2033-04-02")
    b = item("b", "No fire safety assessment has ever yet been done for the Quillet hall,",
             "Edgar Moss", "2033-05-10")  # fmt: skip
    assert kinds(a, b) == []


def test_a_hedged_ever_denial_says_nothing_certain() -> None:
    a = item("a", _DONE, "Rhoda Penwarden", "2033-04-02")
    b = item("b", "I doubt a fire safety assessment was ever done for the Quillet hall,",
             "Edgar Moss", "2033-05-10")  # fmt: skip
    assert kinds(a, b) == []


def test_never_of_a_governing_verb_is_not_the_event_denied_for_all_time() -> None:
    a = item("a", "The inspectors found the Quillet hall open to the public,", "Rhoda Penwarden",
             "2033-04-02")  # fmt: skip
    b = item("b", "The board had never agreed to let the Quillet hall reopen,", "Rhoda Penwarden",
             "2033-05-10")  # fmt: skip
    assert kinds(a, b) == []  # the agreeing is denied for all time, not the reopening


def test_never_with_a_plain_past_covers_the_act_told_before() -> None:
    a = item("s1", "Tarrow Fire Service was consulted and approved the new route",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "Tarrow Fire Service never approved the new route.",
             "Corin Maddock", "2031-04-10", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_never_said_first_does_not_cover_an_act_told_later() -> None:
    # the approval may have come between the two days
    a = item("s1", "Tarrow Fire Service never approved the new route.",
             "Corin Maddock", "2031-03-02")  # fmt: skip
    b = item("s2", "Tarrow Fire Service was consulted and approved the new route",
             "Odile Venn", "2031-04-10", article="a2")  # fmt: skip
    assert kinds(a, b) == []
