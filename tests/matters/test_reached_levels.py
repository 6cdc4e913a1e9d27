"""A level a quantity reached, told after "to" and a verb of change ("the fund has risen to
90,000", "cut the grant to 20,000 pounds"): a value of that quantity, as "the fund is
90,000" is; the size of a change ("rose by 6 percent") is no level.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _levels(text: str) -> list[tuple[str, float]]:
    return [(f.word, f.low) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_the_subject_of_a_verb_of_change_has_the_level() -> None:
    assert _levels("The reserve fund has risen to 90,000") == [("fund", 90000.0)]
    assert _levels("Ticket prices fell to 12") == [("prices", 12.0)]
    assert _levels("Rents have gone up to 900 a month") != []  # "up to" after "gone": a level
    assert _levels("Rents have gone up to 900 a month")[0][1] == 900.0


def test_the_object_of_a_verb_of_change_has_the_level() -> None:
    assert _levels("The trust will raise its offer to 7 percent") == [("offer", 7.0)]
    assert _levels("The board has cut the grant to 20,000") == [("grant", 20000.0)]


def test_no_level_without_a_verb_of_change() -> None:
    assert _levels("Ticket prices rose by 6 percent") == []  # the size of a change
    assert _levels("Prices rose from 3 to 5 dollars a week") == []  # a change, both ends
    assert _levels("It rose to 15 after the storm") == []  # no noun has the level
    assert _levels("The inspectors went to 12") == []  # going, not a change


def test_a_level_reached_against_a_level_denied() -> None:
    risen = item("s1", "The reserve fund has risen to 90,000", "Ada Quell", "2031-05-02")
    other = item("s2", "The reserve fund is 40,000", "Bo Trantor", "2031-05-02")
    same = item("s3", "The reserve fund is 90,000", "Cy Ormsby", "2031-05-02")
    assert kinds(risen, other) == [("contradiction", "s1", "s2")]
    assert kinds(risen, same) == []
