"""A thing held: "held a valid licence" and "had no valid licence" answer one question.

"Have" names a thing held by its noun ("had a key": ``had-key``). Other verbs of having say
the same ("held a permit", "kept a key", "owns a boat"), and a word that describes the noun
("a valid licence", "a spare key") does not hide the thing: the noun after it is held. A
state after the object ("kept the ward open"), a word of a concept before it ("a safe
route") and a stance ("kept a promise", "had no plans") hold nothing.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_verbs_of_having_name_the_thing_held() -> None:
    assert events("Every ferryman on the quay held a valid certificate").get("had-certificat") == 1
    assert events("Two of the ferrymen had no valid certificate").get("had-certificat") == -1
    assert events("Orla Penhale kept a key to the pump house").get("had-key") == 1
    assert events("The trust owns a boatyard at Kelloway").get("have-boatyard") == 1
    assert events("The trust does not own a boatyard").get("have-boatyard") == -1


def test_past_and_present_holding_stay_two_times() -> None:
    assert "have-certificat" not in events("Every ferryman held a valid certificate")
    assert "had-boatyard" not in events("The trust owns a boatyard at Kelloway")


def test_a_state_a_concept_or_a_stance_holds_nothing() -> None:
    for text in (
        "The board will keep a ward open at Tellham",
        "The village has a safe route to school",
        "The mayor kept a promise to the bakers",
        "She kept a low profile all winter",
        "The trust had no plans to sell",
        "The club held a meeting on Monday",
    ):
        assert not [k for k in events(text) if k.startswith(("had-", "have-"))], text


def test_a_certificate_held_and_one_denied_disagree() -> None:
    a = item("s1", "Every ferryman working on the quay that night held a valid certificate",
             "Ansel Carrow", "2031-05-04")  # fmt: skip
    b = item("s2", "Two of the ferrymen on the quay that night had no valid certificate",
             "Mirren Toss", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_key_kept_and_a_key_never_had_disagree() -> None:
    a = item("s1", "Brannoch kept a key to the pump house at Selby Quay",
             "Ansel Carrow", "2031-05-04")  # fmt: skip
    b = item("s2", "Brannoch never had a key to the pump house at Selby Quay",
             "Mirren Toss", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_holding_different_things_does_not_disagree() -> None:
    a = item("s1", "Every ferryman on the quay held a valid certificate",
             "Ansel Carrow", "2031-05-04")  # fmt: skip
    b = item("s2", "Two of the ferrymen on the quay had no life jacket",
             "Mirren Toss", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == []
