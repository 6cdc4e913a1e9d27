""" "Come back" is a return, as "be back" is: "every kiosk moved for the harbour works will
come back to the quay", then "the quay kiosks will not return" is a change of position
(:func:`onrecord.matters.act_shapes.back_again`). A result that "came back negative" returns
nothing.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim

from .builders import item, kinds

_WHO = "Ewan Tresize"


def _keys(text: str) -> set[tuple[str, int]]:
    return {(e.key, e.polarity) for c in parse_claim(text).clauses for e in c.events}


def test_come_back_is_a_return() -> None:
    assert ("return", 1) in _keys("The kiosks will come back to the quay in the spring.")


def test_a_result_that_came_back_is_no_return() -> None:
    assert ("return", 1) not in _keys("The water samples came back clear.")


def test_come_back_then_not_return_is_a_reversal() -> None:
    found = kinds(
        item("1", "Every kiosk moved for the harbour works will come back to the quay.", _WHO,
             "2031-03-04", article="a1"),
        item("2", "The quay kiosks will not return.", _WHO, "2031-05-04", article="a2"),
    )  # fmt: skip
    assert found == [("reversal", "1", "2")]
