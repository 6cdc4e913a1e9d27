"""A verb of a change of state with no object is about its subject.

"Results have not improved" and "the finances have improved" use one verb of two things;
"the state will not run an airline" and "the ferries will run" likewise: the subject of the
intransitive verb is what changes, as the object is of the transitive one ("improved its
results", "running an airline"). Read so, the two themes differ and the two statements are
two questions. The same thing improved and not improved still disagrees.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.themes import theme_of

from .builders import item, kinds


def test_the_subject_of_an_intransitive_change_is_its_theme() -> None:
    assert theme_of("the orchestra's results had not improved", "improved") == {"result"}
    assert theme_of("the ferries will run from Dunmore", "run") == {"ferry"}
    assert theme_of("the state will not start running an airline", "running") == {"airlin"}


def test_two_things_that_improved_are_two_questions() -> None:
    a = item("s1", "the board acted because results had not improved", "Petra Lund",
             "2031-04-02")  # fmt: skip
    b = item("s2", "the club's finances had improved since the spring", "Hugh Mallan",
             "2031-04-02")  # fmt: skip
    assert kinds(a, b) == []


def test_running_an_airline_is_not_the_flights_running() -> None:
    a = item("s1", "The state is not going to start running an airline", "Petra Lund",
             "2031-04-02")  # fmt: skip
    b = item("s2", "We may have to hire aircraft, but the flights will run", "Hugh Mallan",
             "2031-04-02")  # fmt: skip
    assert kinds(a, b) == []


def test_one_thing_improved_and_not_improved_still_disagrees() -> None:
    a = item("s1", "the club's results have not improved this season", "Petra Lund",
             "2031-04-02")  # fmt: skip
    b = item("s2", "the club's results have improved this season", "Hugh Mallan", "2031-04-02")
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_the_same_flights_running_and_not_running_still_disagree() -> None:
    a = item("s1", "The Sunday flights will not run in May", "Petra Lund", "2031-04-02")
    b = item("s2", "The Sunday flights will run in May", "Hugh Mallan", "2031-04-02")
    assert kinds(a, b) == [("contradiction", "s1", "s2")]
