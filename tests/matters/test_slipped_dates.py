"""A speaker's date put back: a forecast for one time, then a denial for it or until later.

"The Quarrington footbridge will reopen to walkers by the end of June" in February; in
March, "the footbridge will not carry walkers again before next spring". No event joins the
two ("reopen" and "carry"), but the later words deny the act for the month the earlier ones
promised it.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item

from .builders import item, kinds

_WHO = "Ysolde Carrack"


def _two(old: str, new: str, *, who: str = _WHO, article: str = "a2") -> list[Item]:
    return [
        item("1", old, _WHO, "2031-02-04", article="a1"),
        item("2", new, who, "2031-03-11", article=article),
    ]


def test_a_forecast_denied_until_later_is_a_reversal() -> None:
    found = kinds(*_two(
        "The Quarrington footbridge will reopen to walkers by the end of June.",
        "The footbridge will not carry walkers again before next spring.",
    ))  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_not_this_year_against_a_month_of_it_is_a_reversal() -> None:
    found = kinds(*_two(
        "The parking levy on Dunmore Street will start in October.",
        "The parking levy will not come in this year.",
    ))  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_a_denial_before_the_promised_time_is_no_reversal() -> None:
    # a reopening in late May or June holds both
    found = kinds(*_two(
        "The Quarrington footbridge will reopen to walkers by the end of June.",
        "The footbridge will not carry walkers again before May.",
    ))  # fmt: skip
    assert found == []


def test_an_opposite_event_denied_is_no_reversal() -> None:
    # "will not close" denies no reopening
    found = kinds(*_two(
        "The Quarrington footbridge will reopen to walkers by the end of June.",
        "The footbridge will not close again before next spring.",
    ))  # fmt: skip
    assert found == []


def test_another_speakers_denial_is_no_reversal() -> None:
    found = kinds(*_two(
        "The Quarrington footbridge will reopen to walkers by the end of June.",
        "The footbridge will not carry walkers again before next spring.",
        who="Tobias Wrenfield",
    ))  # fmt: skip
    assert all(k != "reversal" for k, _, _ in found)


def test_a_hedged_forecast_is_no_reversal() -> None:
    found = kinds(*_two(
        "The Quarrington footbridge might reopen to walkers by the end of June.",
        "The footbridge will not carry walkers again before next spring.",
    ))  # fmt: skip
    assert found == []


def test_a_state_with_no_time_is_no_forecast_put_back() -> None:
    # a figure told of the present is no date promised
    found = kinds(*_two(
        "The Quarrington footbridge carries 400 walkers a day.",
        "The footbridge will not carry walkers again before next spring.",
    ))  # fmt: skip
    assert found == []


def test_another_thing_denied_is_no_reversal() -> None:
    # the later words speak of another thing of the story
    found = kinds(*_two(
        "The Quarrington footbridge will reopen to walkers by the end of June.",
        "The new ferry will not run before next spring.",
    ))  # fmt: skip
    assert found == []


def test_one_article_on_one_day_is_no_reversal() -> None:
    found = kinds(
        item("1", "The Quarrington footbridge will reopen to walkers by the end of June.", _WHO,
             "2031-02-04", article="a1"),
        item("2", "The footbridge will not carry walkers again before next spring.", _WHO,
             "2031-02-04", article="a1"),
    )  # fmt: skip
    assert found == []


def test_a_denial_in_a_later_year_told_as_no_bound_is_no_reversal() -> None:
    # "in 2033" or "next year" tells when the bypass will not carry lorries, not a delay
    for later in (
        "The Dunmore Street bypass will not carry lorries in 2033.",
        "The Dunmore Street bypass will not carry traffic next year.",
    ):
        found = kinds(*_two("The Dunmore Street bypass will open to traffic in October.", later))
        assert found == [], later


def test_a_denial_until_a_later_year_is_a_reversal() -> None:
    found = kinds(*_two(
        "The Dunmore Street bypass will open to traffic in October.",
        "The Dunmore Street bypass will not carry traffic until 2033.",
    ))  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_another_act_denied_is_no_reversal() -> None:
    # turning swimmers away is not the welcome promised, put back
    found = kinds(*_two(
        "The Kelso pool will welcome swimmers in June.",
        "The Kelso pool will not turn swimmers away this year.",
    ))  # fmt: skip
    assert found == []
