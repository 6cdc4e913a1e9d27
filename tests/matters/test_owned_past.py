"""A past event one speaker denied and, weeks later, told as done (round 24, reversals;
:mod:`onrecord.matters.admitted`).

"No invoices have been shredded" (March 2), then "invoices were shredded at the depot" (March
25): neither names a time, and present claims are compared only within days, so the judge
refused the pair; the denial speaks of every day up to its own, and the later words, naming no
later day, go back over them.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import item, kinds

# -- a past denied, then told done ---------------------------------------------------------------

_NAME = "Ottilie Brackwell"


def _denial(text: str = "No invoices have been shredded at the Varrow depot") -> Item:
    return item("a", text, _NAME, "2031-03-02")


def _later(text: str, speaker: str = _NAME, date: str = "2031-03-25") -> Item:
    return item("b", text, speaker, date, article="a2")


def test_a_past_denied_then_told_done_is_a_reversal() -> None:
    later = _later("Invoices were shredded at the Varrow depot")
    assert kinds(_denial(), later) == [("reversal", "a", "b")]


def test_a_perfect_denied_then_told_in_the_perfect_is_a_reversal() -> None:
    first = item("a", "The fare to Colby Wharf has not risen", _NAME, "2031-06-04")
    later = _later("The fare to Colby Wharf has risen to nine pounds", date="2031-06-27")
    assert kinds(first, later) == [("reversal", "a", "b")]


def test_a_passive_past_denied_then_told_done_is_a_reversal() -> None:
    first = item("a", "Our weedkiller was not sprayed along the Tolley Brook", _NAME,
                 "2031-05-03")  # fmt: skip
    later = _later("Our weedkiller was sprayed on three farms along the Tolley Brook",
                   date="2031-05-24")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


def test_no_evidence_of_a_past_harm_then_accepted_is_a_reversal() -> None:
    first = item("a", "There is no evidence that our pies made anyone ill", _NAME, "2031-08-06")
    later = _later("We accept that pies from our Ketterby bakery made people ill",
                   date="2031-08-27")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


def test_another_speaker_telling_it_done_is_no_reversal() -> None:
    later = _later("Invoices were shredded at the Varrow depot", speaker="Casimir Redfern")
    assert kinds(_denial(), later) == []


def test_the_later_words_of_a_new_day_stay_apart() -> None:
    for text in (
        "Invoices were shredded at the Varrow depot on Friday",
        "Invoices have now been shredded at the Varrow depot",
        "Invoices were shredded at the Varrow depot again",
        "Invoices were shredded at the Varrow depot on March 20",
    ):
        assert kinds(_denial(), _later(text)) == [], text


def test_a_denial_that_leaves_the_future_open_stays_apart() -> None:
    first = _denial("No invoices have been shredded at the Varrow depot so far")
    later = _later("Invoices were shredded at the Varrow depot")
    assert kinds(first, later) == []


def test_a_pending_decision_then_made_is_no_reversal() -> None:
    first = item("a", "Nothing has been decided about the Varrow depot", _NAME, "2031-03-02")
    later = _later("The board has decided to sell the Varrow depot")
    assert kinds(first, later) == []


def test_told_done_months_later_stays_apart() -> None:
    later = _later("Invoices were shredded at the Varrow depot", date="2031-07-30")
    assert kinds(_denial(), later) == []


def test_the_later_words_hedged_or_quoted_stay_apart() -> None:
    for text in (
        "Invoices may have been shredded at the Varrow depot",
        "People keep saying invoices were shredded at the Varrow depot",
    ):
        assert kinds(_denial(), _later(text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Invoices were shredded at the Varrow depot last night",
        "Invoices were subsequently shredded at the Varrow depot",
        "Invoices were shredded at the Varrow depot afterwards",
        "Invoices were shredded at the Varrow depot two weeks ago",  # told 23 days on
        "Invoices were shredded at the Varrow depot days ago",
    ],
)
def test_a_later_time_of_day_or_a_time_back_after_the_denial_stays_apart(text: str) -> None:
    assert kinds(_denial(), _later(text)) == []


def test_a_time_back_before_the_denial_is_owned_up() -> None:
    later = _later("Invoices were shredded at the Varrow depot six weeks ago")
    assert kinds(_denial(), later) == [("reversal", "a", "b")]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("No one has been arrested over the break-in at the Varrow depot",
         "Two men were arrested over the break-in at the Varrow depot"),
        ("The missing hiker has not been found", "The missing hiker was found near Colby Wharf"),
        ("The grant has not been paid to the Varrow youth club",
         "The grant was paid to the Varrow youth club"),
    ],
)  # fmt: skip
def test_an_awaited_act_denied_then_done_is_news_not_a_reversal(first: str, later: str) -> None:
    assert kinds(_denial(first), _later(later)) == []


# -- the thing denied, named by its own name when owned up to -----------------------------------
# the denial names its range by a common noun ("the newspaper", "our syrup line") and the
# admission names the one met or cut by its own name ("Ms Orrin", "Dunmere"): two names, one
# question, as the speaker has owned up to what they denied


# two reports of one story (both name the Dunmere council)
_STORY = {"a1": "Dunmere council bypass row", "a2": "Dunmere council bypass row, later"}


def _found(*items: Item) -> list[tuple[str, str, str]]:
    return sorted((c.kind, c.a.statement, c.b.statement)
                  for c in analyze_items(items, texts=_STORY)[1])  # fmt: skip


def test_a_denial_owned_up_by_the_name_of_the_thing_is_a_reversal() -> None:
    first = item("a", "I have never spoken to the Wexford Echo about the bypass", _NAME,
                 "2031-05-04")  # fmt: skip
    later = _later("I did speak to Ms Orrin about the bypass in April", date="2031-05-22")
    assert _found(first, later) == [("reversal", "a", "b")]


def test_a_later_day_named_keeps_the_two_names_apart() -> None:
    first = item("a", "I have never spoken to the Wexford Echo about the bypass", _NAME,
                 "2031-05-04")  # fmt: skip
    later = _later("I spoke to Ms Orrin about the bypass on Friday", date="2031-05-22")
    assert _found(first, later) == []


def test_two_things_named_in_the_present_stay_apart() -> None:
    first = item("a", "The Kessock line is not running", _NAME, "2031-05-04")
    later = _later("The Tarbet line is running", date="2031-05-22")
    assert kinds(first, later) == []
