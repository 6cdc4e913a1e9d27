"""A telling the speaker vouches for keeps the stance of what it tells (:mod:`.vouched`)."""

from __future__ import annotations

import pytest

from onrecord.matters.claims import parse_claim
from onrecord.matters.stance import stance_of

from .builders import item, kinds


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        # a telling to a hearer, or a document received: the speaker stands for what it tells
        ("Brackwell told parish officers on Tuesday that the Orrin Lane library will close",
         "open", "no"),
        ("We were told at the staff meeting that the Orrin Lane library would close", "open",
         "no"),
        ("The rangers had been told that the Fennick footbridge will reopen", "open", "yes"),
        ("The managers told us the Dunlow depot would close in June", "open", "no"),
        ("We had a letter on Monday saying rents go up by 6 per cent in May", "rise", "yes"),
        # an attribution, an order, a telling denied, dated long before, disowned or given
        # as a reason: no stance, as before
        ("Brackwell says the Orrin Lane library will close", "open", "unclear"),
        ("Brackwell told reporters that the Orrin Lane library will close", "open", "unclear"),
        ("Nobody told us that the Orrin Lane library would close", "open", "unclear"),
        ("We were never told the Orrin Lane library would close", "open", "unclear"),
        ("In August the director told the staff the Orrin Lane library would reopen", "open",
         "unclear"),
        ("The director told us three weeks ago that the library would reopen", "open",
         "unclear"),
        ("They told us the Orrin Lane library would close, which is false", "open", "unclear"),
        ("They told us the library would close. That is a lie.", "open", "unclear"),
        ("We moved the books because we were told the library would close", "open", "unclear"),
    ],
)  # fmt: skip
def test_the_stance_of_a_vouched_telling(text: str, key: str, label: str) -> None:
    assert stance_of(parse_claim(text), key).label == label


def test_the_frame_of_a_telling_takes_no_stance() -> None:
    """The meeting where it was told is no claim that a meeting was held."""
    claim = parse_claim("I was told in that meeting that the Orrin Lane library would close")
    assert stance_of(claim, "open").label == "no"
    assert stance_of(claim, "meet").label == "unclear"


def test_a_vouched_telling_answers_its_denial() -> None:
    told = item(
        "s1",
        "Brackwell told parish officers on Tuesday that the Orrin Lane library will close",
        "Nia Tembe",
        "2031-02-12",
    )
    denied = item("s2", "The Orrin Lane library is not closing,", "Ivo Brackwell", "2031-02-12")
    assert kinds(told, denied) == [("contradiction", "s1", "s2")]


def test_an_earlier_telling_set_against_the_teller_is_no_contradiction() -> None:
    told = item(
        "s1",
        "In August the director told the staff the Orrin Lane library would reopen",
        "Nia Tembe",
        "2031-10-12",
    )
    denied = item("s2", "The Orrin Lane library will not reopen,", "Ivo Brackwell", "2031-10-12")
    assert kinds(told, denied) == []


@pytest.mark.parametrize(
    "text",
    [
        # rejected in the next sentence, or set against a later turn with "but"
        "The Pellham trust told us the Orrin library would close. That is not going to happen.",
        "The Pellham trust told us the Orrin Lane library would close. I don't believe them.",
        "We were told the Orrin Lane library would close, but that plan was dropped",
        # testimony before a court or a committee: the teller's own claim, as "said" is
        "Brackwell told the jury that the Orrin Lane library would close",
        "Brackwell told the scrutiny committee that the Orrin Lane library would close",
        # an earlier telling: "originally", "at first", a year, a season
        "Originally the trust told us the Orrin Lane library would close",
        "At first we were told the Orrin Lane library would close",
        "The trust told us in 2029 that the Orrin Lane library would close",
        "The trust told us in the spring that the Orrin Lane library would close",
        # a telling in a condition or a question with no mark
        "Had we been told that the Orrin Lane library would close, we would have objected",
        "Were the volunteers told that the Orrin Lane library would close",
        # a document that tells nothing of it
        "The notice said nothing about whether the Orrin Lane library would close",
    ],
)  # fmt: skip
def test_a_telling_the_speaker_does_not_vouch_for(text: str) -> None:
    assert stance_of(parse_claim(text), "open").label == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "We were told the Orrin Lane library would close, and that is true",
        "The trust told us the Orrin Lane library would close. It is a huge loss.",
        "The trust told staff last week that the Orrin Lane library would close",
        "Brackwell told parish officers that the Orrin Lane library would close",
    ],
)
def test_a_telling_still_vouched_for(text: str) -> None:
    assert stance_of(parse_claim(text), "open").label == "no"


def test_a_telling_rejected_after_it_answers_no_denial() -> None:
    told = item(
        "s1",
        "The Pellham trust told us the Orrin Lane library would close. That is not the case.",
        "Nia Tembe",
        "2031-02-12",
    )
    denied = item("s2", "The Orrin Lane library will stay open,", "Ivo Brackwell", "2031-02-12")
    assert kinds(told, denied) == []
