"""Two past accounts of one occasion, named by the past event it came with.

* a past state told by two speakers weeks apart, each tied to the same past event ("on the
  night the canal overflowed", "when the canal overflowed"), is one occasion: the two contradict;
* without such an anchor, or with anchors naming two events, or an event that recurs (a visit,
  a meeting, a complaint), or told in the present, or told more than six weeks apart, the two
  stay apart.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.anchored_occasions import one_anchored_occasion
from onrecord.matters.cluster import Position
from onrecord.matters.stance import stance_of

from .builders import item, kinds

_NO = "the sluice gates at Orbury were not working on the night the canal overflowed"


def _at(text: str, speaker: str, date: str, sid: str, article: str = "") -> Position:
    it = item(sid, text, speaker, date, article=article or sid)
    return Position(it, stance_of(it.claim, "function"))


def test_a_state_on_the_night_of_one_event_told_weeks_apart_contradicts() -> None:
    a = item("a", _NO, "Ada Pellow", "2027-02-01")
    b = item(
        "b",
        "the Orbury sluice gates were working when the canal overflowed",
        "Ben Tarrant",
        "2027-03-08",
    )
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_the_same_event_named_on_that_morning_is_one_occasion() -> None:
    a = item(
        "a",
        "the lift at Corran House was not working that morning the fire started",
        "Ada Pellow",
        "2027-02-01",
    )
    b = item(
        "b", "the Corran House lift was working when the fire started", "Ben Tarrant", "2027-03-15"
    )
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_two_events_or_no_event_named_are_two_occasions() -> None:
    a = item("a", _NO, "Ada Pellow", "2027-02-01")
    storm = item(
        "b",
        "the Orbury sluice gates were working when the storm arrived",
        "Ben Tarrant",
        "2027-03-08",
    )
    assert kinds(a, storm) == []
    bare = item("c", "the Orbury sluice gates were working", "Ben Tarrant", "2027-03-08")
    assert kinds(a, bare) == []


def test_a_present_state_or_accounts_a_year_apart_stay_apart() -> None:
    a = item("a", _NO, "Ada Pellow", "2027-02-01")
    now = item(
        "b",
        "the Orbury sluice gates are working when the canal overflows",
        "Ben Tarrant",
        "2027-03-08",
    )
    assert kinds(a, now) == []
    late = item(
        "c",
        "the Orbury sluice gates were working when the canal overflowed",
        "Ben Tarrant",
        "2028-03-20",
        article="a2",
    )
    assert kinds(a, late) == []


def test_the_anchor_must_share_its_past_verb() -> None:
    p = _at(
        "the gates were not working on the night the canal overflowed",
        "Ada Pellow",
        "2027-02-01",
        "a",
    )
    q = _at("the gates were working when the canal was drained", "Ben Tarrant", "2027-03-01", "b")
    assert not one_anchored_occasion(p, q)
    r = _at("the gates were working when the canal overflowed", "Ben Tarrant", "2027-03-01", "c")
    assert one_anchored_occasion(p, r)


def test_a_recurring_event_names_no_one_occasion() -> None:
    for anchor in ("when inspectors visited", "when the council met", "when residents complained"):
        a = item("a", f"the kitchen at Delph Court was clean {anchor}", "Ada Pellow", "2027-02-01")
        b = item(
            "b", f"the kitchen at Delph Court was not clean {anchor}", "Ben Tarrant", "2027-02-20"
        )
        assert kinds(a, b) == [], anchor
    p = _at(
        "the pumps were not working when inspectors visited the Orbury station",
        "Ada Pellow",
        "2027-02-01",
        "a",
    )
    q = _at(
        "the pumps were working when inspectors visited the Orbury station",
        "Ben Tarrant",
        "2027-02-20",
        "b",
    )
    assert not one_anchored_occasion(p, q)


def test_one_incident_told_months_apart_is_left_apart() -> None:
    p = _at(_NO, "Ada Pellow", "2027-02-01", "a")
    q = _at(
        "the Orbury sluice gates were working when the canal overflowed",
        "Ben Tarrant",
        "2027-05-20",
        "b",
    )
    assert not one_anchored_occasion(p, q)


def test_one_incident_told_in_one_article_is_one_occasion_whatever_its_dates() -> None:
    p = _at(_NO, "Ada Pellow", "2027-01-10", "a", "a1")
    q = _at(
        "the Orbury sluice gates were working when the canal overflowed",
        "Ben Tarrant",
        "2027-06-16",
        "b",
        "a1",
    )
    assert one_anchored_occasion(p, q)
