"""Meeting the conditions of a licence is keeping to them, not a meeting.

"The operator would meet every condition of the licence" tells of compliance, as "meets every
safety standard" does; read as the event "meet", it answered "there was no meeting about the
timetable" by the same speaker weeks later, a reversal that was never there. Conditions,
obligations and terms are standards a holder keeps or breaks, so one who will meet them and
one who has not met them still disagree; two people meeting stay a meeting.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_conditions_met_or_broken_are_compliance() -> None:
    assert events("Tarrow Water would meet every condition of the licence") == {"comply": 1}
    assert events("Tarrow Water has not met the conditions of its licence") == {"comply": -1}
    assert events("the tenant breached the terms of the lease") == {"comply": -1}
    assert events("The two mayors will meet in June") == {"meet": 1}


def test_meeting_conditions_is_not_answered_by_no_meeting() -> None:
    a = item("s1", "Tarrow Water would meet every condition of the licence", "Nell Garrow",
             "2031-03-02")  # fmt: skip
    b = item("s2", "There was no meeting about the timetable on that Monday", "Nell Garrow",
             "2031-04-06", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_conditions_met_and_not_met_still_disagree() -> None:
    a = item("s1", "Tarrow Water meets every condition of its licence", "Nell Garrow",
             "2031-03-02")  # fmt: skip
    b = item("s2", "Tarrow Water has not met the conditions of its licence", "Owain Pryce",
             "2031-03-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]
