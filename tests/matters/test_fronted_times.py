"""A time that opens its sentence ("Last winter, fares fell") dates the clause it opens
(:mod:`onrecord.matters.claims`), and a fronted month takes its year from the verb after it
(:mod:`onrecord.matters.claim_times`). Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.matters.claims import parse_claim


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
