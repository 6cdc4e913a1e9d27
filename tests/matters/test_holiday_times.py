"""Christmas as a time of year: December when a word of time comes before it ("by
Christmas", "this Christmas"), no time as a noun's modifier ("the Christmas market").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim

from .builders import item, kinds

_WHO = "Idris Penhallow"


def _times(text: str, said: str = "2031-08-02") -> list[tuple[int, int]]:
    return sorted(t for c in parse_claim(text, said=said).clauses for t in c.times)


def test_by_christmas_is_december() -> None:
    assert _times("Every farm in Lower Haddow will have full fibre by Christmas.") == [(2031, 12)]
    assert _times("There will be no panto at the Kestle Hall this Christmas.") == [(2031, 12)]


def test_a_christmas_thing_is_no_time() -> None:
    assert _times("The Christmas lights in Haddow will be switched on.") == []
    # the year the clause names stays its time
    assert len(_times("The Christmas market will not open this year.")) == 12


def test_a_promise_for_christmas_put_back_past_the_year_is_a_reversal() -> None:
    found = kinds(
        item("1", "Every farm in Lower Haddow will have full fibre by Christmas.", _WHO,
             "2031-08-02", article="a1"),
        item("2", "We will not finish Lower Haddow this year.", _WHO, "2031-09-12", article="a2"),
    )  # fmt: skip
    assert found == [("reversal", "1", "2")]
