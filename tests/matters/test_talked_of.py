"""An event named as the topic of talk takes no stance (:mod:`.talked_of`)."""

from __future__ import annotations

import pytest

from onrecord.matters.claims import parse_claim
from onrecord.matters.stance import stance_of

from .builders import item, kinds


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        # the subject of a passive verb of talk: what was talked of, not whether it happens
        ("Closure of the Tarn Street clinic was not discussed,", "open", "unclear"),
        ("Job cuts were never mentioned at the Pellow meeting", "jobcut", "unclear"),
        ("The closure of the Tarn Street clinic has not been discussed", "open", "unclear"),
        ("The closure was not raised", "rise", "unclear"),
        # a thing raised, the active voice, and a closure stated: as before
        ("Parking charges were raised in April", "rise", "yes"),
        ("The Tarn Street clinic will close in June", "open", "no"),
        ("The board discussed the budget and will close the Tarn Street clinic", "open", "no"),
    ],
)  # fmt: skip
def test_the_topic_of_talk(text: str, key: str, label: str) -> None:
    assert stance_of(parse_claim(text), key).label == label


def test_a_topic_not_discussed_does_not_answer_a_closure() -> None:
    told = item("s1", "The Tarn Street clinic will close in June,", "Rhea Olsen", "2031-03-02")
    talk = item("s2", "Closure of the Tarn Street clinic was not discussed,", "Ned Varga",
                "2031-03-02")  # fmt: skip
    assert kinds(told, talk) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a second verb of the same subject states the event: no mere topic
        ("Job cuts at the Pellow depot were discussed and agreed on Monday", "yes"),
        ("Job cuts at the Pellow depot were discussed and approved", "yes"),
        # talk alone, or a new clause after a comma: still only a topic
        ("Job cuts at the Pellow depot were discussed", "unclear"),
        ("Job cuts were not discussed, and the Pellow depot will stay open", "unclear"),
    ],
)
def test_a_topic_also_stated_by_a_second_verb(text: str, label: str) -> None:
    assert stance_of(parse_claim(text), "jobcut").label == label
