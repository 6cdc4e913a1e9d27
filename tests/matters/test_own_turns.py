"""One speaker's certain answer and their later certain opposite on one event, in two reports
of a story that share no other word (:mod:`onrecord.matters.own_turns`).

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import item, kinds

_WHO = "Idris Penhaligon"


def _quoted(sid: str, text: str, who: str, day: str, article: str, *, direct: bool) -> Item:
    it = item(sid, text, who, day, article=article)
    kind = "direct" if direct else "indirect"
    return Item.of(replace(it.statement, kind=kind), article=article)


def _two(
    old: str, new: str, *, who: str = _WHO, day: str = "2031-03-11", direct: bool = True
) -> list[Item]:
    return [
        _quoted("1", old, _WHO, "2031-02-04", "a1", direct=True),
        _quoted("2", new, who, day, "a2", direct=direct),
    ]


def test_a_denial_then_a_count_is_a_reversal() -> None:
    found = kinds(*_two(
        "No one on the Carrow estate has been overcharged.",
        "Some 90 households were overcharged, and every one of them will get a refund.",
    ))  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_a_reporters_summary_is_no_turn() -> None:
    # "the households had been overcharged" in the reporter's words: a summary, not her answer
    found = kinds(*_two(
        "No one on the Carrow estate has been overcharged.",
        "some 90 households were overcharged",
        direct=False,
    ))  # fmt: skip
    assert found == []


def test_two_speakers_are_no_reversal() -> None:
    found = kinds(*_two(
        "No one on the Carrow estate has been overcharged.",
        "Some 90 households were overcharged, and every one of them will get a refund.",
        who="Tegen Rowse",
    ))  # fmt: skip
    assert ("reversal", "1", "2") not in found


def test_a_hedge_turned_certain_is_no_reversal() -> None:
    found = kinds(*_two(
        "The Polwith lido might not reopen this summer.",
        "We will reopen the baths in May.",
    ))  # fmt: skip
    assert found == []


def test_a_step_not_yet_taken_then_taken_is_no_reversal() -> None:
    found = kinds(*_two(
        "We have not yet signed the lease for the Polwith depot.",
        "Our solicitors signed it on Tuesday.",
    ))  # fmt: skip
    assert found == []


def test_the_same_day_is_no_reversal() -> None:
    found = kinds(*_two(
        "No one on the Carrow estate has been overcharged.",
        "Some 90 households were overcharged, and every one of them will get a refund.",
        day="2031-02-04",
    ))  # fmt: skip
    assert found == []


def test_a_count_grown_since_is_no_reversal() -> None:
    # none then, four by now: time passed, the first answer still held when it was given
    found = kinds(*_two(
        "No patient on the Polwith ward has caught the virus.",
        "Four patients have now caught the virus.",
    ))  # fmt: skip
    assert found == []


def test_a_case_from_before_the_denial_is_a_reversal() -> None:
    found = kinds(*_two(
        "No patient on the Polwith ward has caught the virus.",
        "Four patients caught the virus in January.",
    ))  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_an_answer_about_another_person_or_thing_is_no_turn() -> None:
    assert kinds(*_two("I have never met Mr Corlan.", "I met his brother last spring.")) == []
    assert kinds(*_two("We will not sell the Harle depot.", "We sold two buses in March.")) == []


def test_a_turn_keeps_both_stances_and_is_not_chosen_by_likeness() -> None:
    (found,) = analyze_items(_two(
        "No one on the Carrow estate has been overcharged.",
        "Some 90 households were overcharged, and every one of them will get a refund.",
    ))[1]  # fmt: skip
    assert (found.kind, found.a.stance, found.b.stance) == ("reversal", "no", "yes")
    assert "overcharged" in found.b.words
    assert not any("likeness" in why for why, _ in found.factors)
