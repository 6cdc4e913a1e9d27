"""The relative clause on a source named after its cue (PolNeAR's source runs on through it),
invented sentences: the statement's sentence is its quotation's, which the parser may end
before the source (``"One. Two," said Ruiz, who ...``), and a split quotation's next stretch is
no part of the clause (``"A," said Ruiz, who ..., "B."``)."""

from __future__ import annotations

import pytest

from onrecord.evaluation.conventions import polnear_attributions
from onrecord.models import Article, Record, Span, Speaker, Statement


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.mark.parametrize(
    ("text", "quoted", "sentence", "expected"),
    [
        (  # the quotation's sentence ends before the source
            '"The ferry is late. Every day," said Ravel Omond, who runs the kiosk. "We wait."',
            "The ferry is late. Every day,",
            '"The ferry is late.',
            "Ravel Omond, who runs the kiosk",
        ),
        (  # the quotation goes on after the clause
            '"The ferry is late," said Ravel Omond, who runs the kiosk, "and we all wait."',
            "The ferry is late,",
            '"The ferry is late," said Ravel Omond, who runs the kiosk, "and we all wait."',
            "Ravel Omond, who runs the kiosk",
        ),
        (  # a quoted word inside the clause stays in it
            '"The ferry is late," said Ravel Omond, who calls it "the snail" on his sign.',
            "The ferry is late,",
            '"The ferry is late," said Ravel Omond, who calls it "the snail" on his sign.',
            'Ravel Omond, who calls it "the snail" on his sign',
        ),
    ],
)
def test_a_relative_clause_on_a_source_after_its_cue_stops_at_its_own_end(
    text: str, quoted: str, sentence: str, expected: str
) -> None:
    name = "Ravel Omond"
    statement = Statement(
        "s1",
        "direct",
        Span("said", *_at(text, "said")),
        Span(quoted, *_at(text, quoted)),
        Speaker(name, "person", mention=Span(name, *_at(text, name))),
        sentence=Span(sentence, 0, len(sentence)),
    )
    (attribution,) = polnear_attributions(Record(Article("d", "d", text), (statement,)))
    assert attribution.source == (_at(text, expected),)
