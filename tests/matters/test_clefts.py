"""The verb of a cleft ("it was the night train that started the fire", "it was Vell who
closed the road") is the clause's own event, asserted or denied as a plain past verb is;
"it is possible that ...", "it was clear that ..." and "that" as a determiner are no clefts.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_the_verb_of_a_cleft_is_an_event() -> None:
    assert events("It was the 6.40 goods train from Harlow Cross that started the blaze") == {
        "start": 1
    }
    assert events("It was the parish council who started the petition")["start"] == 1
    assert events("It was not our engine that started the blaze")["start"] == -1


def test_no_cleft_without_a_focus_and_a_verb() -> None:
    assert events("It was the volunteers who started the petition")["start"] == 1  # a cleft
    assert "start" not in events("The volunteers who started the petition have left")
    assert events("It was four degrees in that barn at dawn") == {}
    assert "start" not in events("It was the case that the blaze started")


def test_a_cleft_against_its_denial() -> None:
    blames = item("s1", "It was the 6.40 goods train from Harlow Cross that started the blaze",
                  "Ada Quell", "2031-05-02")  # fmt: skip
    denies = item("s2", "The blaze was not started by our goods train", "Bo Trantor",
                  "2031-05-02")  # fmt: skip
    assert kinds(blames, denies) == [("contradiction", "s1", "s2")]
