"""A date for one act moved: a forecast of when a thing ends, then another date for it.

"The resurfacing of Carrow Lane will be finished by 31 July" in May; in June, "we will be
working on Carrow Lane until the end of September". No denial and no shared event, but the
promised end did not hold: a reversal.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item

from .builders import item, kinds

_WHO = "Ysolde Carrack"


def _two(old: str, new: str, *, who: str = _WHO) -> list[Item]:
    return [
        item("1", old, _WHO, "2031-05-04", article="a1"),
        item("2", new, who, "2031-06-11", article="a2"),
    ]


def test_a_finish_date_then_working_until_later_is_a_reversal() -> None:
    found = kinds(*_two(
        "The resurfacing of Carrow Lane will be finished by 31 July.",
        "We will be working on Carrow Lane until the end of September.",
    ))  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_a_service_stopping_then_running_until_later_is_a_reversal() -> None:
    found = kinds(*_two(
        "The night buses to Elderfield will stop at the end of the summer term.",
        "The Elderfield night buses will run until Christmas.",
    ))  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_an_end_brought_forward_is_a_reversal() -> None:
    found = kinds(*_two(
        "The loan scheme for Harwick tenants will end on 30 November.",
        "The Harwick loan scheme will close on 31 August.",
    ))  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_the_same_month_in_other_words_is_no_reversal() -> None:
    found = kinds(*_two(
        "The resurfacing of Carrow Lane will be finished by the end of July.",
        "The resurfacing of Carrow Lane will be finished by 31 July.",
    ))  # fmt: skip
    assert found == []


def test_a_phase_against_the_whole_is_no_reversal() -> None:
    found = kinds(*_two(
        "The first phase of the Carrow Lane works will be finished by May.",
        "The Carrow Lane works will be finished by October.",
    ))  # fmt: skip
    assert found == []


def test_a_later_date_told_as_someone_elses_news_is_no_reversal() -> None:
    found = kinds(*_two(
        "The resurfacing of Carrow Lane will be finished by 31 July.",
        "The contractor has told us the Carrow Lane resurfacing will run until October.",
    ))  # fmt: skip
    assert found == []


def test_a_date_at_the_earliest_is_no_promise_moved() -> None:
    found = kinds(*_two(
        "The resurfacing of Carrow Lane will be finished by 31 July at the earliest.",
        "The resurfacing of Carrow Lane will be finished by October.",
    ))  # fmt: skip
    assert found == []


def test_a_hedged_date_is_no_promise_moved() -> None:
    found = kinds(*_two(
        "The resurfacing of Carrow Lane could be finished by 31 July.",
        "We will be working on Carrow Lane until the end of September.",
    ))  # fmt: skip
    assert found == []


def test_a_reopening_then_staying_open_is_no_reversal() -> None:
    # a start and an end are two acts
    found = kinds(*_two(
        "The Wexcombe lido will reopen in June.",
        "The Wexcombe lido will stay open until October.",
    ))  # fmt: skip
    assert found == []


def test_a_closure_held_until_later_is_no_moved_end() -> None:
    # "closed until" dates a reopening, not the end the earlier words gave
    found = kinds(*_two(
        "The Marlock ferry service will end on 30 September.",
        "The Marlock ferry will stay closed until March.",
    ))  # fmt: skip
    assert all(k != "reversal" or b != "2" for k, _, b in found)


def test_another_speakers_date_is_no_reversal() -> None:
    found = kinds(*_two(
        "The resurfacing of Carrow Lane will be finished by 31 July.",
        "The Carrow Lane resurfacing will run until the end of September.",
        who="Tobias Wrenfield",
    ))  # fmt: skip
    assert all(k != "reversal" for k, _, _ in found)
