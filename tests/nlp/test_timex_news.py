"""find_times on news conventions: financial periods, weekdays, TimeML extents, names that are
not times, and the sentence bounds the timeline uses."""

from __future__ import annotations

import pytest

from onrecord.nlp.timex import find_times
from onrecord.nlp.timex_context import sentence_bounds

# 1989-10-26 is a Thursday, in the fourth quarter.
WSJ = "1989-10-26"


def values(text: str, anchor: str | None = WSJ) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, anchor)]


def value_of(text: str, phrase: str, anchor: str | None = WSJ) -> str:
    found = {t.text: t.value for t in find_times(text, anchor)}
    assert phrase in found, found
    return found[phrase]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a fiscal quarter is named by the calendar year it is reported in
        ("Delta earned $5 million in the fiscal first quarter.", "the fiscal first quarter",
         "1989-Q1"),
        # "the latest quarter" is the last one reported, not a forecast quarter mentioned before
        ("It sees a weak fourth-quarter. Net fell in the latest quarter.", "the latest quarter",
         "1989-Q3"),
        # a year ago, in a report on a quarter, is that quarter a year before
        ("Third-quarter net rose 5% from a year ago.", "a year ago", "1988-Q3"),
        ("Third-quarter net rose. Year-earlier results included a gain.", "Year-earlier",
         "1988-Q3"),
        # after "the nine months" the comparison is with the year
        ("For the nine months, net fell, compared with year-earlier net of $9 million.",
         "year-earlier", "1988"),
        ("In the first nine months, net rose from the 1988 period.", "the 1988 period", "1988"),
        ("Sales for last year's quarter were $3 million.", "last year's quarter", "1988-Q3"),
        # "the year ended March 31" is twelve months up to a date; "for the year" is the year
        ("Revenue was $9 million in the year ended March 31.", "the year", "P1Y"),
        ("For the year, volume was flat.", "the year", "1989"),
        ("He forecast an increase for the full year.", "the full year", "1989"),
        ("Sales fell in the latest fiscal year.", "the latest fiscal year", "1988"),
    ],
)  # fmt: skip
def test_timex_financial_periods(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


def test_timex_the_quarter_follows_the_report_not_a_comparison() -> None:
    text = "In the fiscal first quarter, Sun earned $5 million, up from $2 million in the 1988 period. Sun shipped 28,000 systems in the quarter."  # noqa: E501  one news paragraph
    found = values(text)
    assert ("the fiscal first quarter", "1989-Q1") in found
    assert ("the 1988 period", "1988-Q1") in found
    assert ("the quarter", "1989-Q1") in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past verb between "would" and the weekday governs it
        ("They said they would appeal the ruling, announced Wednesday by the agency.",
         "1989-10-25"),
        # a sentence that opens with the weekday takes the tense of its main verb
        ("On Tuesday, the league plans to hold a news conference.", "1989-10-31"),
        ("On Tuesday, the league held a news conference.", "1989-10-24"),
        # a future seen from the past ("had been due to") is past
        ("It had been due to expire Friday evening.", "1989-10-20TEV"),
        ("It is due to expire Friday evening.", "1989-10-27TEV"),
        # "United" is a name, not a verb in -ed
        ("He would travel to the United States Friday.", "1989-10-27"),
    ],
)  # fmt: skip
def test_timex_weekday_direction(text: str, value: str) -> None:
    times = [t for t in find_times(text, WSJ) if t.type in ("DATE", "TIME")]
    assert times[0].value == value


def test_timex_previous_weekday_follows_the_story() -> None:
    # "Friday's close" puts the story on 1989-10-27; the previous Friday is the week before
    text = "The index fell Friday. It closed down 4.5% from the previous Friday."
    assert values(text, "1989-10-30") == [
        ("Friday", "1989-10-27"),
        ("the previous Friday", "1989-10-20"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TimeML: "later" and "after" are signals; the timex is the DURATION before them
        ("Three days later, the index recovered.", [("Three days", "P3D")]),
        ("He died just over an hour later.", [("just over an hour", "PT1H")]),
        ("It came one year after he was killed.", [("one year", "P1Y")]),
        # "earlier" and "ago" stay in the expression, which is a date
        ("A year earlier, net was $2 million.", [("A year earlier", "1988")]),
        # "the day before" is marked only when it ends the clause
        ("He left the day before.", [("the day before", "1989-10-25")]),
        ("Nov. 3, the day before authorities issued a warrant.", [("Nov. 3", "1989-11-03")]),
    ],
)
def test_timex_timeml_extents(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January nineteen ninety-seven.", [("January nineteen ninety-seven", "1997-01")]),
        ("the level we saw in the winter of nineteen ninety-four",
         [("the winter of nineteen ninety-four", "1994-WI")]),
        ("His promise to halve unemployment by the year two thousand.",
         [("the year two thousand", "2000")]),
        ("The summit will be held on April 24 and 25.",
         [("April 24", "1990-04-24"), ("25", "1990-04-25")]),
        ("It acted under a June agreement with a dissident group.", [("June", "1989-06")]),
        ("The March accession will make them members.", [("March", "1990-03")]),
        ("He will leave at 4 in the morning.", [("4 in the morning", "1989-10-26T04:00")]),
        ("By mid-afternoon, the operation was over.", [("mid-afternoon", "1989-10-26TAF")]),
        ("Coleco, a once high-flying toy maker, filed for bankruptcy.", [("once", "PAST_REF")]),
    ],
)  # fmt: skip
def test_timex_more_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Baker said on ABC News\' "This Week" that the request gives the U.S. a choice.',
        "The poster showed Gary Cooper from the film High Noon.",
        "For the people of Poland, high noon has arrived.",
        "The case is for today's youth what the blockade was for their parents.",
        "This is VOA Today.",
        "Once triggered, the rights allow holders to buy shares.",
        "The group may approve the plan.",
    ],
)
def test_timex_names_and_generic_uses_are_not_times(text: str) -> None:
    assert values(text) == []


def test_timex_this_week_opening_a_sentence_is_a_date() -> None:
    assert values("This Week, the talks resumed.") == [("This Week", "1989-W43")]


def test_timex_far_month_without_cue_is_in_the_past() -> None:
    # published 1998-02-06: Aug. 6 is six months either way; news reports the past
    assert values("The index set its record high on Aug. 6.", "1998-02-06") == [
        ("Aug. 6", "1997-08-06")
    ]
    # a nearby future cue still wins
    assert values("The office opens, effective Feb. 1.", WSJ) == [("Feb. 1", "1990-02-01")]


@pytest.mark.parametrize(
    ("text", "phrase", "sentence"),
    [
        ("Mr. Schwarz will succeed Daniel P. Davison Feb. 1. He is 52.", "Feb. 1",
         "Mr. Schwarz will succeed Daniel P. Davison Feb. 1."),
        ("Title\nOn Oct. 30, the board met. It voted.", "Oct. 30", "On Oct. 30, the board met."),
        ('"We met on Nov. 5," he said. Then he left.', "Nov. 5", '"We met on Nov. 5," he said.'),
    ],
)  # fmt: skip
def test_sentence_bounds(text: str, phrase: str, sentence: str) -> None:
    start = text.index(phrase)
    left, right = sentence_bounds(text, start, start + len(phrase))
    assert text[left:right] == sentence
