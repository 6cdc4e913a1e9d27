"""A past told with a day of its own week ("I voted for it on Monday") is a later occasion
than a past told weeks before it (:mod:`onrecord.matters.recent_days`). Invented sentences."""

from __future__ import annotations

import pytest

from .builders import item, kinds


def _one_speaker(later: str, day: str) -> list[str]:
    found = kinds(
        item("a", "I voted against the Kelso bypass bill", "Morwenna Tate", "2034-03-02"),
        item("b", later, "Morwenna Tate", day, article="a2"),
    )
    return [k for k, _, _ in found]


@pytest.mark.parametrize(
    "later",
    ["I voted for the Kelso bypass bill on Monday",
     "I voted for the Kelso bypass bill yesterday"],
)  # fmt: skip
def test_a_recent_day_weeks_after_the_earlier_words_is_another_vote(later: str) -> None:
    assert _one_speaker(later, "2034-03-23") == []


def test_a_recent_day_within_the_week_may_be_the_same_vote() -> None:
    assert _one_speaker("I voted for the Kelso bypass bill on Monday", "2034-03-06") == ["reversal"]


def test_a_later_past_with_no_day_of_its_own_is_still_a_reversal() -> None:
    assert _one_speaker("I voted for the Kelso bypass bill", "2034-03-23") == ["reversal"]
