"""What "there is" asserts: the last noun of the phrase after "there" and "be" ("there was a
serious fire": a fire; "there were two fires", "there was at least one working lift"), whose
modifiers and counts name no event of their own; not a quantity, a stance or a plan ("there
is a lot of anger", "there is a chance", "there are plans to ..."). A denial "since the
fourth of February" runs from that day as one "since February" does, and the verb of a
perfect passive relative on an object ("cannot drain a beck that has been dammed") is not
denied with the verb before it.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_the_noun_after_its_modifiers_is_the_event() -> None:
    assert events("There was a serious fire at the Quarrel Lane depot") == {"fir": 1}
    assert events("There were several complaints about the Brackley kilns") == {"complaint": 1}
    assert events("There has been amber-coloured foam on the Tolland weir since June") == {
        "foam": 1
    }


def test_a_counted_phrase_names_its_noun() -> None:
    assert events("There were two fires at the Quarrel Lane depot last year") == {"fir": 1}
    assert events("There was at least one working boiler in Vane Court until the spring") == {
        "boiler": 1
    }
    assert events("There has not been a working boiler in Vane Court since October") == {
        "boiler": -1
    }


def test_no_event_from_a_quantity_a_stance_or_a_participle() -> None:
    assert events("There is a lot of anger in Pellow Street") == {}
    assert "chanc" not in events("There is a chance of a strike at the Pellow Street depot")
    assert "left" not in events("There are 30 pitches left at the Corran Down site")
    assert events("There are 30 pitches left at the Corran Down site") == {"pitch": 1}
    assert "porter" not in events("There are never fewer than six porters at Vane Court")


def test_a_working_thing_denied_since_a_day_against_one_told_until_a_later_day() -> None:
    denied = item("s1", "There has not been a working boiler in Vane Court since the ninth of"
                  " October", "Ilse Marrow", "2033-11-20")  # fmt: skip
    held = item("s2", "There was at least one working boiler in the block until the first of"
                " November", "Ravi Colquhoun", "2033-11-20")  # fmt: skip
    assert kinds(denied, held) == [("contradiction", "s1", "s2")]


def test_a_modifier_of_the_thing_there_is_meets_no_state() -> None:
    fire = item("s1", "There was a serious fire at the Quarrel Lane depot in May",
                "Ilse Marrow", "2033-06-02")  # fmt: skip
    hurt = item("s2", "The injuries of the two drivers at the Quarrel Lane depot were not"
                " serious", "Ravi Colquhoun", "2033-06-02")  # fmt: skip
    assert kinds(fire, hurt) == []


def test_a_denial_since_a_day_of_the_month() -> None:
    denied = item("s1", "The lift at Vane Court has not been repaired since the ninth of October",
                  "Ilse Marrow", "2033-11-20")  # fmt: skip
    done = item("s2", "The lift at Vane Court was repaired in early November", "Ravi Colquhoun",
                "2033-11-20")  # fmt: skip
    assert kinds(denied, done) == [("contradiction", "s1", "s2")]


def test_a_perfect_passive_relative_on_an_object_is_not_denied_with_its_verb() -> None:
    assert events("The pumps cannot drain a cellar that has been flooded") == {"drain": -1}
    assert events("Nobody has said that has been agreed")["agre"] == -1  # said, no relative
    dams = item("s1", "There are three dams on the Callow above Tamsin Mill", "Ilse Marrow",
                "2033-06-02")  # fmt: skip
    drain = item("s2", "The Tamsin sluice cannot drain a river that has been dammed",
                 "Ravi Colquhoun", "2033-06-02")  # fmt: skip
    assert kinds(dams, drain) == []
