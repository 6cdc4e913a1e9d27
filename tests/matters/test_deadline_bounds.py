"""A forecast of an act by one time against a bound that holds it off until a later time
(:mod:`onrecord.matters.deadlines`). Invented sentences."""

from __future__ import annotations

from .builders import item, kinds


def _pair(a: str, b: str, *, one: bool = False) -> list[str]:
    x = item("a", a, "Mara Quill", "2031-02-03")
    y = item("b", b, "Mara Quill" if one else "Ola Brenn", "2031-03-10")
    return [k for k, _, _ in kinds(x, y)]


def test_a_forecast_by_a_time_meets_a_bound_after_it() -> None:
    by_june = "The Elm Street bridge will reopen by the end of June"
    assert _pair(by_june, "The Elm Street bridge will not reopen until 2032") == ["contradiction"]
    shut = "The Elm Street bridge will stay shut until next spring"
    assert _pair(by_june, shut) == ["contradiction"]


def test_one_speaker_moving_the_date_past_the_deadline_reverses() -> None:
    assert _pair("The first homes at Tollard will be handed over next year",
                 "The first homes at Tollard will not be handed over until 2034",
                 one=True) == ["reversal"]  # fmt: skip
    assert _pair("The Elm Street bridge will reopen by the end of June",
                 "The Elm Street bridge will not reopen before next spring",
                 one=True) == ["reversal"]  # fmt: skip


def test_a_bound_that_the_deadline_may_still_meet_is_no_contradiction() -> None:
    assert _pair("The Elm Street bridge will reopen by the end of June",
                 "The Elm Street bridge will not reopen before May") == []  # fmt: skip


def test_hedges_conditions_other_things_and_untimed_bounds_stay_out() -> None:
    bound = "The Elm Street bridge will not reopen until 2032"
    assert _pair("The Elm Street bridge may reopen by the end of June", bound) == []
    assert _pair("If the steel arrives, the Elm Street bridge will reopen by the end of June",
                 bound) == []  # fmt: skip
    assert _pair("The Elm Street bridge will reopen by the end of June",
                 "The Oak Lane bridge will not reopen until 2032") == []  # fmt: skip
    assert _pair("The Elm Street bridge will reopen by the end of June",
                 "The Elm Street bridge will not reopen before the race") == []  # fmt: skip


def test_a_bound_on_the_whole_act_leaves_a_part_of_it_free() -> None:
    by_june = "The Elm Street bridge will reopen by the end of June"
    assert _pair(by_june, "The Elm Street bridge will not fully reopen until 2032") == []
    assert _pair("The Elm Street bridge will partly reopen by the end of June",
                 "The Elm Street bridge will not fully reopen until 2032") == []  # fmt: skip
    whole = "The Elm Street bridge will fully reopen by the end of June"
    assert _pair(whole, "The Elm Street bridge will not fully reopen until 2032") == [
        "contradiction"
    ]
