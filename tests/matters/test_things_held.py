"""A thing held: "held a valid licence" and "had no valid licence" answer one question.

"Have" names a thing held by its noun ("had a key": ``had-key``). Other verbs of having say
the same ("held a permit", "kept a key", "owns a boat"), and a word that describes the noun
("a valid licence", "a spare key") does not hide the thing: the noun after it is held, with
that word ("an expired licence" never meets "no valid licence"). A state after the object
("kept the ward open"), a word of a concept before it ("a safe route"), a stance ("kept a
promise", "had no plans") and an occasion ("held a strike") hold nothing.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_verbs_of_having_name_the_thing_held() -> None:
    assert events("Every ferryman on the quay held a valid certificate").get("had-certificat") == 1
    assert events("Two of the ferrymen had no valid certificate").get("had-valid-certificat") == -1
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


def test_opposite_describing_words_do_not_meet() -> None:
    for held, denied in (
        ("Two ferrymen on the quay that night held an expired certificate",
         "Two ferrymen on the quay that night had no valid certificate"),
        ("Brannoch kept a master key to the pump house at Selby Quay",
         "Brannoch never had a spare key to the pump house at Selby Quay"),
        ("The Selby bakery had a bad year in 2030",
         "The Selby bakery never had a good year in 2030"),
        ("The trust owns a boatyard at Kelloway", "The trust has no second boatyard at Kelloway"),
    ):  # fmt: skip
        a = item("s1", held, "Ansel Carrow", "2031-05-04")
        b = item("s2", denied, "Mirren Toss", "2031-05-04")
        assert kinds(a, b) == [], held


def test_a_described_thing_held_is_also_the_thing() -> None:
    a = item("s1", "Brannoch kept a spare key to the pump house at Selby Quay",
             "Ansel Carrow", "2031-05-04")  # fmt: skip
    b = item("s2", "Brannoch never had a key to the pump house at Selby Quay",
             "Mirren Toss", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_the_word_after_a_describing_word_is_a_noun() -> None:
    assert events("The mayor had a grudge against the bakers").get("had-grudg") == 1
    assert events("The mayor held a grudge against the bakers").get("had-grudg") == 1
    for text in ("She kept a seat warm for him", "The trust kept a dog quiet"):
        assert not [k for k in events(text) if k.startswith(("had-", "have-"))], text


def test_an_occasion_held_is_no_thing_held() -> None:
    for text in (
        "The union held a strike in May",
        "The union held a hearing in May",
        "The club held a press conference on Monday",
    ):
        assert not [k for k in events(text) if k.startswith(("had-", "have-"))], text


def test_only_the_verbs_own_clause_negates_it() -> None:
    assert events("Nobody disputes that Brannoch held a valid licence").get("had-licenc") == 1
    for text in (
        "Brannoch did not say whether he kept a spare key",
        "It was not clear whether Brannoch had a valid licence",
    ):
        assert not [k for k in events(text) if k.startswith(("had-", "have-"))], text
