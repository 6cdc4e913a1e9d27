"""A week that opens a sentence ("Last week the board wrote ...") moves the scene: a speaker's
later words no longer take the date of what she told someone earlier in the article.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from .conftest import statement_date as _date

pytestmark = pytest.mark.model


def test_a_week_opening_a_sentence_moves_the_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cllr Tomas Quayle, the board's member for transport, told the Gazette in March that "
        "the board would oppose the quarry. Last week the board wrote to the inspector "
        'withdrawing its objection. "The board will not oppose the quarry," Quayle said.'
    )
    record = extractor.extract_text(text, published="2031-06-12")
    assert _date(record, "the board would oppose the quarry") == "2031-03"
    assert _date(record, "The board will not oppose the quarry") != "2031-03"


def test_without_a_new_time_the_speaker_keeps_the_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cllr Tomas Quayle told the Gazette in March that the board would oppose the quarry. "
        "The board wrote to the inspector the same afternoon. "
        '"The quarry is the wrong place for lorries," Quayle said.'
    )
    record = extractor.extract_text(text, published="2031-06-12")
    assert _date(record, "The quarry is the wrong place for lorries") == "2031-03"


def test_a_week_ahead_or_a_week_that_names_a_thing_keeps_the_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    for middle in (
        "Next week the board will vote on the quarry.",
        "Last week's letter from the inspector changed nothing.",
    ):
        text = (
            "Cllr Tomas Quayle told the Gazette in March that the board would oppose the "
            f'quarry. {middle} "The quarry is the wrong place for lorries," Quayle said.'
        )
        record = extractor.extract_text(text, published="2031-06-12")
        assert _date(record, "The quarry is the wrong place for lorries") == "2031-03", middle
