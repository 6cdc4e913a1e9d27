"""How far a negator reaches into a clause its verb takes (:mod:`onrecord.matters.complements`).

* a verb of disputing or doubting, denied, grants its clause ("nobody disputes that the rent
  will rise": a rise), with "that" or without it; a denied belief still denies its clause
  ("I don't think the rent will rise": none);
* a frame whose verb is denied ("did not accept that", "nobody denies that") weighs its
  clause the other way;
* a question or a condition is a clause of its own: the main clause's negator does not reach
  it, and a negator inside it does not reach the main clause; nor does one after a "that"
  that opens a clause (not a demonstrative "that decision");
* a thing held inside a clause is held or denied by the same reach.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.evaluated import frame_of

from .builders import events


def test_a_denied_dispute_grants_its_clause_a_denied_belief_denies_it() -> None:
    assert events("Nobody disputes that the rent at Farrowby Court will rise")["rise"] == 1
    assert events("I don't think the rent at Farrowby Court will rise")["rise"] == -1


def test_a_denied_doubt_grants_a_clause_with_no_that() -> None:
    assert events("No one doubts the tolls on the Varnley bridge will rise")["rise"] == 1
    assert events("Nobody expects the tolls on the Varnley bridge will rise")["rise"] == -1


def test_a_notice_inside_a_granted_clause_is_given() -> None:
    text = "Nobody seriously questions that the trust notified the Pellham tenants"
    assert events(text)["notify"] == 1
    assert events("The trust has not notified the Pellham tenants")["notify"] == -1


def test_the_granted_clause_keeps_its_own_sign() -> None:
    assert events("We do not dispute that the Kestow depot will close")["open"] == -1
    assert events("Nobody forgot that the Ormsby pool closed in May")["open"] == -1
    assert events("We do not expect that the Kestow depot will close")["open"] == 1


def test_a_frame_with_its_verb_denied_weighs_the_other_way() -> None:
    assert events("Nobody denies that the Kestow depot will close")["open"] == -1
    assert events("The trust did not accept that the Kestow depot would close")["open"] == 1
    assert events("The trust denied that the Kestow depot would close")["open"] == 1
    assert events("We accept that the Kestow depot will close")["open"] == -1


def test_a_condition_is_out_of_reach_of_the_main_negator() -> None:
    assert events("The parish will not object if a footbridge is built at Lenham")["build"] == 1
    assert events("The parish will not build a footbridge at Lenham")["build"] == -1


def test_a_negator_in_a_condition_does_not_reach_back() -> None:
    assert events("He will sue the Lenham trust if it does not repair the roof")["sue"] == 1
    assert events("He will not sue the Lenham trust")["sue"] == -1
    assert events("A closure is likely unless the board does not meet")["open"] == -1


def test_a_thing_held_in_a_clause_follows_the_same_reach() -> None:
    held = events("Nobody doubts that Tamsett held a valid licence")
    assert held["had-valid-licenc"] == 1
    denied = events("We do not believe that Tamsett held a valid licence")
    assert denied["had-valid-licenc"] == -1


def test_a_negator_after_that_does_not_reach_back_a_demonstrative_opens_nothing() -> None:
    assert events("The closure that the council did not want went ahead")["open"] == -1
    assert events("Nobody took that decision lightly")["decid"] == -1


def test_a_relative_that_on_the_subject_leaves_it_to_the_main_negator() -> None:
    assert events("The closure that the Corwen trust proposed is not going to happen")["open"] == 1
    text = "The cuts that the Selbury council announced in March will not go ahead"
    assert events(text)["jobcut"] == -1
    # a "that" after a verb of saying still cuts the reach
    assert events("The mayor cautioned that the Selbury council had not applied")["apply"] == -1
    assert events("The warning that the Selbury depot would not close was ignored")["open"] == 1


def test_only_a_belief_finding_or_acceptance_carries_its_negator_to_a_thing_held() -> None:
    for text in (
        "Residents were not told that the Harlow yard had no permit",
        "I am not surprised that the Tennick firm has no licence",
        "It is no secret that the Tennick club has no licence",
    ):
        held = [v for k, v in events(text).items() if k.startswith(("had-", "have-"))]
        assert held == [-1], text
    assert (
        events("Officials did not confirm that the Tennick firm has a licence")["have-licenc"] == 1
    )
    assert events("The records do not show that Tamsett held a licence")["had-licenc"] == -1
    assert events("We do not accept that Tamsett held a licence")["had-licenc"] == -1


def test_a_question_holds_no_stance() -> None:
    assert "open" not in events("The council did not say whether the Ormsby pool will close")
    assert "open" not in events("The trust would not say if the Ormsby pool will close")
    assert events("The parish will not object if a footbridge is built at Lenham")["build"] == 1
    text = "The pool will close regardless of whether the Ormsby trust agrees"
    assert events(text)["open"] == -1


def test_not_only_before_a_frame_adds_to_it() -> None:
    frame = frame_of("Not only do we accept that the Kestow wall is unsafe")
    assert frame is not None and frame.sign == 1
    frame = frame_of("We do not accept that the Kestow wall is unsafe")
    assert frame is not None and frame.sign == -1
    frame = frame_of("None of us accept that the Kestow wall is unsafe")
    assert frame is not None and frame.sign == -1
