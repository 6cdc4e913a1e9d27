"""A thing put before a body, then the body's hearing put back: "the licence application
will go to the licensing committee on 3 May" in March, then in April "the committee will not
hear the application before September". Going before the committee and the committee
hearing it are one milestone told two ways, and a committee its chairman speaks of is the
thing spoken of, though his role names it (:mod:`onrecord.matters.slipped_dates`).

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item

from .builders import item, kinds

_WHO = "Ambrose Tillinghast"
_ROLE = ("chairman of the licensing committee",)
_OLD = "The licence application will go to the licensing committee on 3 May."


def _two(old: str, new: str) -> list[Item]:
    return [
        item("1", old, _WHO, "2031-03-04", article="a1", roles=_ROLE),
        item("2", new, _WHO, "2031-04-11", article="a2", roles=_ROLE),
    ]


def test_the_bodys_hearing_put_back_is_a_reversal() -> None:
    new = "The committee will not hear the application before September."
    assert kinds(*_two(_OLD, new)) == [("reversal", "1", "2")]


def test_put_before_the_board_and_the_board_deciding_are_one_act() -> None:
    old = "The depot sale will be put to the board on 14 May."
    new = "The board will not vote on the depot sale before October."
    assert kinds(*_two(old, new)) == [("reversal", "1", "2")]


def test_a_hearing_held_off_only_until_the_promised_month_is_no_reversal() -> None:
    """A hearing in May, after "not before May", keeps the promise."""
    new = "The committee will not hear the application before May."
    assert kinds(*_two(_OLD, new)) == []


def test_another_body_is_another_milestone() -> None:
    new = "The cabinet will not consider the matter before September."
    assert kinds(*_two(_OLD, new)) == []
