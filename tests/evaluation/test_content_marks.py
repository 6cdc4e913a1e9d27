"""Where a content ends, on invented sentences: the period of a capitalized abbreviation that
also ends the sentence ("Fresno, Calif."), and a quotation that closes on a quotation inside it,
whether the two marks touch (``'odd,'''``) or a space sets the outer one off (``'a sham,' "``).
PolNeAR's annotators keep the abbreviation's period and the outer closing mark."""

from __future__ import annotations

import pytest

from onrecord.evaluation.conventions import polnear_attributions
from onrecord.models import Article, Record, Span, Speaker, Statement
from onrecord.nlp.offsets import trim
from onrecord.nlp.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the plant will move to Fresno, Calif.", "the plant will move to Fresno, Calif."),
        ("the contract went to Harlow Brothers Inc.", "the contract went to Harlow Brothers Inc."),
        ("the talks would resume in Sept.", "the talks would resume in Sept."),
        ("the depot opens in Everett, Mass.", "the depot opens in Everett, Mass."),
        (
            "the bill came from Sen. Orla Penn (D-Mass.)",
            "the bill came from Sen. Orla Penn (D-Mass.)",
        ),
        ("the shipment arrived at 9 a.m.", "the shipment arrived at 9 a.m."),
        # an ordinary word, or a word that is an abbreviation only after a city or a party
        ("the shipment arrived in Boston.", "the shipment arrived in Boston"),
        ("the whole family attended Mass.", "the whole family attended Mass"),
        ("the letter was signed by Pa.", "the letter was signed by Pa"),
        ("the vote was close, she said.", "the vote was close, she said"),
    ],
)
def test_a_sentence_final_period_stays_only_on_an_abbreviation(text: str, kept: str) -> None:
    start, end = trim(text, 0, len(text))
    assert text[start:end] == kept


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # closing: a single mark inside, then the newswire double mark
        ("''I would call it 'old-school,''' said Ruiz.", "I would call it 'old-school,'"),
        # opening: the double mark first, then a single one
        ("''It works,'' said Ruiz. '''Dated' is the word.''", "'Dated' is the word."),
        # two marks only: nothing inside
        ("''I would call it old-school,'' said Ruiz.", "I would call it old-school,"),
    ],
)
def test_three_apostrophes_close_the_inner_quotation_first(text: str, quoted: str) -> None:
    assert quoted in [text[q.start : q.end] for q in find_quotes(text)]


def _content(text: str, quoted: str) -> str:
    start = text.index(quoted)
    statement = Statement(
        "s1",
        "direct",
        Span("added", *_at(text, "added")),
        Span(quoted, start, start + len(quoted)),
        Speaker("Ruiz", "person", mention=Span("Ruiz", *_at(text, "Ruiz"))),
    )
    (attribution,) = polnear_attributions(Record(Article("d", "d", text), (statement,)))
    ((s, e),) = attribution.content
    return text[s:e]


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.mark.parametrize(
    ("text", "quoted", "content"),
    [
        (
            "\"The vote was 'a sham,' \" Ruiz added.",
            "The vote was 'a sham,'",
            "\"The vote was 'a sham,' \"",
        ),
        (
            "“The vote was ‘a sham,’ ” Ruiz added.",
            "The vote was ‘a sham,’",
            "“The vote was ‘a sham,’ ”",
        ),
        # the mark after the space opens the next quotation: it stays out
        (
            '"The vote was \'a sham\' "and a farce," Ruiz added.',
            "The vote was 'a sham'",
            "\"The vote was 'a sham'",
        ),
        # no inner quotation: a space before a mark is not a closing
        (
            '"The vote was a sham," Ruiz added "again".',
            "The vote was a sham,",
            '"The vote was a sham,"',
        ),
    ],
)
def test_a_closing_mark_set_off_by_a_space_after_an_inner_quotation_is_in_the_content(
    text: str, quoted: str, content: str
) -> None:
    assert _content(text, quoted) == content
