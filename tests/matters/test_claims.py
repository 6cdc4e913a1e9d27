"""Claims: polarity, modality, conditions, quoting and time, on plain text (no model)."""

from __future__ import annotations

import pytest

from onrecord.matters.claims import parse_claim
from onrecord.matters.stance import stance_of

from .builders import item, kinds


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        ("the world leader plans to formally meet with Donald Trump", "meet", "yes"),
        ("Putin and Trump would not hold a formal meeting during the APEC summit", "meet", "no"),
        ("there was never a meeting confirmed, and there will not be one", "meet", "no"),
        ("Regarding a Putin meeting, there was never a meeting confirmed", "meet", "no"),
        ("I think it's expected we'll meet with Putin, yeah,", "meet", "yes"),
        ("A March reopening to cars is not going to happen,", "open", "no"),
        ("The bridge will stay closed to vehicles until autumn", "open", "no"),
        ("There is no scenario in which this bridge is closed through the summer.", "open", "yes"),
        ("Halvorsen Paper Co. has no plans to lay off workers at its mill", "jobcut", "no"),
        ("We are cutting 140 positions by July.", "jobcut", "yes"),
        ("It might reopen in March. It is possible.", "open", "hedged"),
        ("If the grant comes through, this mill stays open for ten years.", "open", "hedged"),
        ("Mr. Halvorsen says the mill is not closing.", "open", "unclear"),
        ("We have heard 'no plans' before,", "plan", "unclear"),
        ("Are they going to meet? Nobody knows.", "meet", "unclear"),
        ("For now there is no clarity,", "meet", "unclear"),
        ("Putin and Trump would likely informally greet each other", "meet", "unclear"),
    ],
)
def test_claims_stance_of_statement(text: str, key: str, label: str) -> None:
    assert stance_of(parse_claim(text, said="2024-02-10"), key).label == label


def test_claims_words_that_decided() -> None:
    stance = stance_of(parse_claim("the leaders will not meet"), "meet")
    assert stance.label == "no" and "not" in stance.words and "meet" in stance.words


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The bridge will reopen in March.", {(2024, 3)}),
        ("closed until autumn at the earliest", {(2024, m) for m in range(2, 9)}),
        ("closed through the summer", {(2024, m) for m in range(2, 9)}),
        ("no further reductions in 2025", {(2025, m) for m in range(1, 13)}),
        ("you are looking at September or October", {(2024, 9), (2024, 10)}),
        ("It may rain.", set()),
    ],
)
def test_claims_time_the_claim_is_about(text: str, months: set[tuple[int, int]]) -> None:
    claim = parse_claim(text, said="2024-02-12")
    assert set().union(*(c.times for c in claim.clauses)) == months


def test_claims_abbreviations_do_not_split_sentences() -> None:
    claim = parse_claim("Mr. Halvorsen says the U.S. plant is not closing.")
    assert len(claim.clauses) == 1 and claim.clauses[0].modality == "reported"


def test_a_content_raised_as_a_concern_answers_nothing() -> None:
    sentence = "Ina Varga raised concerns about the timetable dropping the Sunday trains."
    doubted = item("a", "the timetable dropping the Sunday trains", "Ina Varga", "2026-04-08",
                   sentence=sentence, cue="raised concerns about")  # fmt: skip
    assert {c.modality for c in doubted.claim.clauses} == {"question"}
    assert doubted.claim.clauses[0].modal_words == ("raised concerns about",)
    stated = item("b", "the timetable dropping the Sunday trains", "Ina Varga", "2026-04-08",
                  sentence="Ina Varga welcomed the timetable dropping the Sunday trains.",
                  cue="welcomed")  # fmt: skip
    assert "question" not in {c.modality for c in stated.claim.clauses}
    denial = item("c", "the timetable will not drop the Sunday trains", "Oskar Brill",
                  "2026-04-09", article="a2")  # fmt: skip
    assert kinds(doubted, denial) == []
