"""A statement dated only by its month is not known to be before a rebuttal of a day of that
month (:mod:`onrecord.matters.said_days`): the owner who spoke of the claim's things "in
February" may have done so after the exchange. The story is invented: the quarry at
Dunhollow, as in ``test_rebuttal_adjacent``."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals
from onrecord.matters.said_days import said_earlier

from .builders import Said, article_of, placed

_MET = "We met the parish council in April"
_OWNER: Said = ("o", "Tobias Renwick", f'"{_MET}," said Tobias Renwick.', _MET, "said")
_CLAIM = "Renwick's claim that villagers had been consulted"
_REBUT: Said = ("c", "Hilde Corran", f"Hilde Corran rejected {_CLAIM}.", _CLAIM, "rejected")
_FOOTPATH = "The villagers will get a new footpath by the quarry"


def _told_on(date: str) -> list[Item]:
    """The owner's words of the claim's things in another report, published ``date`` (a
    report dated by its month only)."""
    sentence = f'"{_FOOTPATH}," said Tobias Renwick.'
    st = placed("e", "Tobias Renwick", sentence, _FOOTPATH, "said", 0, date=date)
    return [Item.of(st, article="a0", published=date)]


def test_a_month_is_not_before_a_day_of_it() -> None:
    assert said_earlier("2031-01", "2031-02-03")
    assert said_earlier("2031-02-02", "2031-02-03")
    assert not said_earlier("2031-02", "2031-02-03")
    assert not said_earlier("2031", "2031-02-03")
    assert not said_earlier("2031-02-03", "2031-02")
    assert not said_earlier(None, "2031-02-03")


def test_an_owners_words_of_the_same_month_do_not_hide_the_exchange() -> None:
    """Renwick spoke of the villagers "in February", the month of the exchange (the 3rd):
    not known to be before it, so his words just before the rebuttal are its claim; words of
    January were told before, and the claim may be told there."""
    exchange = article_of(_OWNER, _REBUT)[0]
    same_month = find_rebuttals(_told_on("2031-02") + exchange, [])
    assert [c.b.statement for c in same_month] == ["o"]
    assert find_rebuttals(_told_on("2031-01") + exchange, []) == []
