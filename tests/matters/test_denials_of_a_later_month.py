"""A denial of what will come in a month named ("No fines will be issued at Pellow Green in
October") against a thing already done when the other words were said, before that month
("I got a fine", said in September): the two speak of two times. Said in the month or after
it, the thing done may be one the denial denies. Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import stance_of
from onrecord.matters.cluster import Position
from onrecord.matters.timeframes import completed

from .builders import item, kinds

_NONE = "No fines will be issued at Pellow Green in October"
_GOT = "I parked at Pellow Green for an hour and got a fine for staying three hours"


def test_a_thing_got_before_the_month_a_denial_names_is_of_another_time() -> None:
    denial = item("d", _NONE, "Ned Farrow", "2031-10-01", article="a2")
    earlier = item("g", _GOT, "Rosa Quint", "2031-09-09")
    assert kinds(denial, earlier) == []


def test_a_thing_got_in_the_month_the_denial_names_still_disagrees() -> None:
    denial = item("d", _NONE, "Ned Farrow", "2031-10-01", article="a2")
    later = item("g", _GOT, "Rosa Quint", "2031-10-20", article="a3")
    assert kinds(denial, later) == [("contradiction", "d", "g")]


def test_a_denial_of_a_month_then_the_thing_done_in_it_is_still_a_reversal() -> None:
    denial = item("d", "we will not close the Quarry Lane depot in May", "Ivo Penrose",
                  "2031-04-01")  # fmt: skip
    done = item("c", "we closed the Quarry Lane depot", "Ivo Penrose", "2031-05-20",
                article="a2")  # fmt: skip
    assert kinds(denial, done) == [("reversal", "d", "c")]


def test_a_thing_got_is_done_a_thing_one_would_have_got_is_not() -> None:
    def done(text: str) -> bool:
        it = item("a", text, "Rosa Quint", "2031-09-09")
        return completed(Position(it, stance_of(it.claim, "fin")))

    assert done(_GOT)
    assert done("she received a fine for parking on the verge")
    assert not done("she would have got a fine for parking on the verge")
    assert not done("she did not get a fine for parking on the verge")
