"""find_times on TimeML extents (prepositions are signals, possessives stay out, amounts and a
half stay in) and on the tense that picks a weekday's or a month's date (deadlines already
past, participles of future verbs)."""

from __future__ import annotations

import pytest

from onrecord.nlp.timex import find_times

# 1989-10-26 is a Thursday.
THURSDAY = "1989-10-26"


def found(text: str, anchor: str = THURSDAY) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition is a SIGNAL, outside the TIMEX3
        ("The envoy hopes to settle the dispute within two weeks.", ("two weeks", "P2W", None)),
        ("Output at the mill rose over the past three years.",
         ("the past three years", "P3Y", None)),
        ("Over the next few days, crews will clear the roads.",
         ("the next few days", "PXD", None)),
        ("In the past, the quarry hired only locals.", ("the past", "PAST_REF", None)),
        ("Until recently, the bakery sold only bread.", ("recently", "PAST_REF", None)),
        ("The merger of the two dairies should close by year-end.",
         ("year-end", "1989", "END")),
        # a possessive is no part of the expression; the article is
        ("Harlow Tools posted a loss for its fourth quarter.",
         ("fourth quarter", "1989-Q4", None)),
        # "and a half" after the unit belongs to the amount
        ("The crossing took an hour and a half.", ("an hour and a half", "PT1H30M", None)),
        ("The ferry stopped for a minute and a half.",
         ("a minute and a half", "PT1M30S", None)),
        ("The strike at the depot lasted a year and a half.",
         ("a year and a half", "P1Y6M", None)),
        ("The square was rebuilt for the first time in half a century.",
         ("half a century", "P50Y", None)),
        ("The council debated for half an hour.", ("half an hour", "PT30M", None)),
        # "or so" is an approximation of the period it follows
        ("Prices should stay flat for the next year or so.",
         ("the next year or so", "1990", "APPROX")),
        # "over" after a verb of doing is "during": a signal
        ("The loan from Brava Bank must be repaid over five years.", ("five years", "P5Y", None)),
        ("Costs at the Tarnow plant will be spread over three years.",
         ("three years", "P3Y", None)),
        # "last" after a modal or "to" is the verb
        ("The tour of the mines is likely to last three weeks.", ("three weeks", "P3W", None)),
        # a compound modifier written without its hyphen leaves its article out
        ("Supporters gathered for the two day rally in Tarnow.", ("two day", "P2D", None)),
    ],
)  # fmt: skip
def test_timex_extent_follows_timeml(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over" before a bare amount is a modifier (more than), not a preposition
        ("The inspection lasted over a week.", [("over a week", "P1W", "MORE_THAN")]),
        ("The repair of the dam has taken over a year.", [("over a year", "P1Y", "MORE_THAN")]),
        ("The firm expects the sale to close around year end.",
         [("around year end", "1989", "APPROX")]),
        # a plural unit is a noun, with its article: "the two days"
        ("Villagers remembered the two days of dancing.", [("the two days", "P2D", None)]),
        ("Over the objections of the board, the mill closed.", []),
    ],
)  # fmt: skip
def test_timex_extent_keeps_what_belongs(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bond yields fell to its quarter-century low.",
        "The quarter-to-quarter comparison was flattering.",
        "Half a million people marched.",
    ],
)
def test_timex_quarter_and_half_compounds_are_not_times(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a deadline in a past clause is past
        ("Thirty of the envoys had filed their reports by Wednesday.", "Wednesday", "1989-10-25"),
        ("The bank completed its offer, with 90% of the shares tendered by the Tuesday deadline.",
         "Tuesday", "1989-10-24"),
        ("The miners stayed underground until Monday.", "Monday", "1989-10-23"),
        # the participle of a future verb group is no past cue
        ("The survey of farm prices will be released Monday.", "Monday", "1989-10-30"),
        ("The new bridge will be finished in June.", "June", "1990-06"),
        ("The ferry terminal is expected to be completed in May.", "May", "1990-05"),
        # a past cue to the left wins a tie with a future cue to the right
        ("The levy, which was approved in April, will take effect in March.", "April",
         "1989-04"),
    ],
)  # fmt: skip
def test_timex_tense_picks_the_date(text: str, phrase: str, value: str) -> None:
    assert {t.text: t.value for t in find_times(text, THURSDAY)}[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The envoys will file their reports by Wednesday.", "Wednesday", "1989-11-01"),
        # the report's own verb does not make its content past, nor a verb that puts off
        ("The board said it expects approval by Friday.", "Friday", "1989-10-27"),
        ("The offer was extended until Friday.", "Friday", "1989-10-27"),
        ("The hearing in Kessel was adjourned until Tuesday.", "Tuesday", "1989-10-31"),
        ("The new bridge was finished in June.", "June", "1989-06"),
        ("He would appeal the ruling, the firm announced Monday.", "Monday", "1989-10-23"),
        ("The levy will take effect in March.", "March", "1990-03"),
    ],
)
def test_timex_tense_keeps_plain_readings(text: str, phrase: str, value: str) -> None:
    assert {t.text: t.value for t in find_times(text, THURSDAY)}[phrase] == value


def test_timex_this_season_is_the_publication_year_in_any_tense() -> None:
    text = "Organizers said the route of the parade was settled for this summer."
    assert ("this summer", "1998-SU", None) in found(text, "1998-03-22")
    assert ("last summer", "1997-SU", None) in found("It rained last summer.", "1998-03-22")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one day" after a modal is some day, not 24 hours
        ("The mayor said Brenton will one day host the games.",
         [("one day", "FUTURE_REF", None)]),
        # "weeks later": the bare amount is the timex, "later" its signal
        ("Weeks later, the Varga mill closed.", [("Weeks", "PXW", None)]),
    ],
)  # fmt: skip
def test_timex_adverbial_amounts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair will last one day.", [("one day", "P1D", None)]),
        ("The trip to Kessel was cut to one day.", [("one day", "P1D", None)]),
        ("The Varga project is years behind schedule.", []),
    ],
)
def test_timex_adverbial_amounts_keep_durations(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" looks back: the last summer before the publication date
        ("The Ostrava reactor has been offline since the summer.", ("the summer", "2012-SU", None)),
        # without it, a season after the publication date is the coming one
        ("The Ostrava market will reopen in the summer.", ("the summer", "2013-SU", None)),
    ],
)  # fmt: skip
def test_timex_since_looks_back(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in found(text, "2013-03-22")
