"""A time that bounds a span ("since August") dates no statement, and a statement recalled in
a relative clause ("which Orme said in May would open") sets no scene for the speaker's later
words. Invented articles."""

from __future__ import annotations

import pytest

from onrecord.models import Record

from .records import find

pytestmark = pytest.mark.model


def run(extractor, text: str, published: str = "2026-10-06") -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract_text(text, published=published)


def test_a_time_after_since_dates_no_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ellis Dorran, the managing director of Dorran Ferries, said a review had shown that "
        "the route could not support more sailings.\n\n"
        "He also said the Ardmore Bay, in dry dock since August, had needed a new rudder. "
        '"The Ardmore Bay will not sail again before March," he said.'
    )
    record = run(extractor, text)
    for words in ("had needed a new rudder", "will not sail again"):
        s = find(record, words)
        assert s.date is None or not s.date.value.startswith("2026-08"), words


def test_a_statement_recalled_in_a_relative_clause_sets_no_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The otter pen at Brenwick Zoo, which Hester Orme said in May would open within a week, "
        'is still shut. "The otter pen will stay shut until the spring," she said.\n\n'
        'Orme said the keepers had done well. "Two otters have recovered," she said.'
    )
    record = run(extractor, text)
    assert find(record, "would open within a week").date is not None
    for words in ("will stay shut until the spring", "Two otters have recovered"):
        s = find(record, words)
        assert s.date is None or not s.date.value.startswith("2026-05"), words
