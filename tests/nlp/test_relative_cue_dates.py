"""A date in a relative clause that reports ("Lee, who told parents in April that ...,
said ...") dates that earlier occasion only: it sets no scene for the speaker's later words.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from .conftest import statement_date as _date

pytestmark = pytest.mark.model


def test_a_relative_clause_date_is_no_scene_for_later_words(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cllr Mina Oakshott, who told parents in April that the pool would reopen by July, "
        'said the new survey changed everything. "The pool will not open again before next '
        'summer," she said.\n\n'
        "She told the committee that the cost of the repairs was now put at 2 million pounds."
    )
    record = extractor.extract_text(text, published="2031-06-10")
    assert _date(record, "the pool would reopen by July") == "2031-04"
    assert _date(record, "will not open again before next summer") != "2031-04"
    assert _date(record, "the cost of the repairs") != "2031-04"


def test_a_main_clause_date_still_sets_the_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In April, Cllr Mina Oakshott told parents that the pool would reopen by July.\n\n"
        "She added that the repairs would cost 2 million pounds."
    )
    record = extractor.extract_text(text, published="2031-06-10")
    assert _date(record, "the repairs would cost") == "2031-04"
