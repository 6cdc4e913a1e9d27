"""A time that opens its sentence ("Last winter, fares fell") dates the clause it opens
(:mod:`onrecord.matters.claims`), and a lead-in's quote that dates what the lead-in left open
(:mod:`onrecord.matters.lead_ins`). Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item, parse_claim

from .builders import item, told


def _times(text: str) -> dict[str, frozenset[tuple[int, int]]]:
    """Event key -> the months of the clause that names it, said on 2033-02-14."""
    return {e.key: c.times for c in parse_claim(text, said="2033-02-14").clauses for e in c.events}


@pytest.mark.parametrize(
    ("text", "key", "months"),
    [
        ("Last winter, fares on the Orrin ferry fell by ten per cent.", "rise",
         {(2031, 12), (2032, 1), (2032, 2)}),
        ("In March, the council closed the Wexley library.", "open", {(2032, 3)}),
        ("Next spring, the Tolver baths will reopen.", "open", {(2033, 3), (2033, 4), (2033, 5)}),
        ("In 2031, the Penmor mill closed.", "open", {(2031, m) for m in range(1, 13)}),
    ],
)  # fmt: skip
def test_a_fronted_time_dates_the_clause_it_opens(
    text: str, key: str, months: set[tuple[int, int]]
) -> None:
    assert _times(text)[key] == months


@pytest.mark.parametrize(
    "text",
    [
        "In the end, the Penmor mill closed.",  # no time named
        "On balance, the Penmor mill will close.",
        "Not this year, but the Penmor mill will close.",  # a negated time is a tail of its own
    ],
)
def test_an_opener_that_names_no_time_dates_nothing(text: str) -> None:
    assert _times(text)["open"] == frozenset()


def _lead_in_pair(quote: str) -> set[frozenset[str]]:
    """The pairs reported when a lead-in with no time ("fares had fallen in the past") is
    answered by another speaker's rise this winter, and the lead-in's quote follows it."""
    lead = "Quarle said fares had fallen in the past."
    body = f"{lead} {quote} Dunlop was not convinced."
    items: list[Item] = [
        told("s1", body, "fares had fallen in the past", lead, "Amos Quarle", "said",
             direct=False, day="2033-02-14"),
        told("s2", body, quote.split('"')[1].rstrip(","), quote, "Amos Quarle", "said",
             direct=True, day="2033-02-14"),
        item("s3", "Our ferry fares have gone up by 30 per cent this winter",
             "Ruth Dunlop", "2033-02-14", article="a1"),
    ]  # fmt: skip
    return {frozenset((c.a.statement, c.b.statement)) for c in analyze_items(items)[1]}


def test_a_quote_that_dates_the_lead_in_to_another_time_ends_the_contradiction() -> None:
    """The quote says the fall was last winter; the rise is this winter: two times, and the
    reader, who checks the quote, sees no contradiction."""
    quote = '"Last winter, ferry fares fell by ten per cent," he said.'
    assert _lead_in_pair(quote) == set()


def test_a_quote_of_the_same_time_keeps_the_contradiction() -> None:
    quote = '"This winter, ferry fares fell by ten per cent," he said.'
    assert _lead_in_pair(quote) == {frozenset(("s2", "s3"))}


def test_a_quote_with_no_time_keeps_the_contradiction() -> None:
    quote = '"Ferry fares fell by ten per cent," he said.'
    assert _lead_in_pair(quote) == {frozenset(("s2", "s3"))}


@pytest.mark.parametrize(
    ("text", "key", "month"),
    [
        # the first verb after a fronted month decides its year, as the nearest one before does
        ("From July, no tenant in Orrin can be handed a rise of more than 3 per cent.", "rise",
         (2033, 7)),
        ("In July, the Tolver baths will reopen.", "open", (2033, 7)),
        ("In July, the Tolver baths reopened.", "open", (2032, 7)),
        ("In July the trust said it would close the Tolver baths.", "open", (2032, 7)),
    ],
)  # fmt: skip
def test_a_fronted_month_takes_its_year_from_the_verb_after_it(
    text: str, key: str, month: tuple[int, int]
) -> None:
    assert _times(text)[key] == {month}


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # an "-ed" word that is no verb, before the modal, does not make the clause past
        ("In March, two hundred homes will be built at Tarrow Quay.", (2033, 3)),
        ("In March, hospital bed numbers at Orrin will rise.", (2033, 3)),
        # a present verb stops the search; "revised" after a possessive is an adjective
        ("In March the council's revised timetable takes effect.", (2033, 3)),
        ("In March the council's staff walked out of the Wexley depot.", (2032, 3)),
    ],
)  # fmt: skip
def test_a_fronted_month_stops_at_the_first_verb_of_either_tense(
    text: str, month: tuple[int, int]
) -> None:
    assert set().union(*(c.times for c in parse_claim(text, said="2033-02-14").clauses)) == {month}


def test_a_reversal_keeps_a_quote_that_dates_it_apart() -> None:
    """One speaker's two times are what a reversal is made of (a closing date put back): the
    quote that dates the lead-in to January does not end the reversal of March."""
    lead = "Quarle said the Tolver baths would close."
    quote = '"The Tolver baths will close for good on 31 January," he said.'
    body = f"{lead} {quote} Swimmers were upset."
    items: list[Item] = [
        told("s1", body, "the Tolver baths would close", lead, "Amos Quarle", "said",
             direct=False, day="2033-01-10"),
        told("s2", body, "The Tolver baths will close for good on 31 January", quote,
             "Amos Quarle", "said", direct=True, day="2033-01-10"),
        item("s3", "The Tolver baths will stay open until the end of August", "Amos Quarle",
             "2033-03-20", article="a2"),
    ]  # fmt: skip
    found = analyze_items(items)[1]
    assert {(c.kind, c.a.statement, c.b.statement) for c in found} == {("reversal", "s2", "s3")}
