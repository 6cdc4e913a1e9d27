"""The relative clause on a source named after its cue (PolNeAR's source runs on through it),
invented sentences: the statement's sentence is its quotation's, which the parser may end
before the source (``"One. Two," said Ruiz, who ...``), and a split quotation's next stretch is
no part of the clause (``"A," said Ruiz, who ..., "B."``). Before its cue, the clause stays in
the source only at the name's first mention in the article (``Ann Ruiz, who runs the club,
said``), not at a later one, on a common noun, when it holds another statement's cue, or
before a participle cue."""

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


def _source_before_cue(text: str, name: str, cue: str, others: tuple[str, ...] = ()) -> str:
    """The source PolNeAR's mapping gives a statement whose source ``name`` comes before its
    ``cue`` (the last occurrence of each); ``others`` are further statements' cues."""

    def last(phrase: str) -> tuple[int, int]:
        start = text.rindex(phrase)
        return start, start + len(phrase)

    def statement(n: int, cue: str, mention: Span | None) -> Statement:
        at = last(cue)
        content = text[at[1] + 1 : at[1] + 6]
        return Statement(
            f"s{n}",
            "indirect",
            Span(cue, *at),
            Span(content, at[1] + 1, at[1] + 6),
            Speaker(None, "person", mention=mention),
            sentence=Span(text, 0, len(text)),
        )

    mention = Span(name, *last(name))
    statements = [statement(0, cue, mention)]
    statements += [statement(n + 1, c, None) for n, c in enumerate(others)]
    first, *_ = polnear_attributions(Record(Article("d", "d", text), tuple(statements)))
    ((start, end),) = first.source
    return text[start:end]


def test_a_clause_before_the_cue_on_a_name_new_to_the_article_stays_in_the_source() -> None:
    text = "Ravel Omond, who runs the ferry kiosk in Tarrow, said the boats were late."
    got = _source_before_cue(text, "Ravel Omond", "said")
    assert got == "Ravel Omond, who runs the ferry kiosk in Tarrow,"
    text = "Sen. Ada Moss (D-Kessel), whose district holds the port, warned the pier was unsafe."
    got = _source_before_cue(text, "Sen. Ada Moss (D-Kessel)", "warned")
    assert got == "Sen. Ada Moss (D-Kessel), whose district holds the port,"


def test_a_clause_before_the_cue_at_a_later_mention_is_an_aside() -> None:
    text = "Ravel Omond sells tickets. Omond, who runs the ferry kiosk, said the boats were late."
    assert _source_before_cue(text, "Omond", "said") == "Omond"


def test_a_clause_before_the_cue_on_a_common_noun_is_an_aside() -> None:
    text = "The skipper, who runs the ferry, said the boats were late."
    assert _source_before_cue(text, "The skipper", "said") == "The skipper"


def test_a_clause_that_holds_another_statements_cue_is_an_aside() -> None:
    text = "Ravel Omond, who said in May that he would retire, told us the boats were late."
    got = _source_before_cue(text, "Ravel Omond", "told", others=("said",))
    assert got == "Ravel Omond"


def test_a_participle_cue_keeps_the_name_alone() -> None:
    # the participle hangs on another verb, whose words lie between the clause and the cue
    text = "Ravel Omond, who runs the kiosk, sold tickets all day, saying the boats were late."
    assert _source_before_cue(text, "Ravel Omond", "saying") == "Ravel Omond"
