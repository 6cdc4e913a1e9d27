"""Statements for the matters rule tests, built by hand (no model): one invented sentence each."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items, parse_claim
from onrecord.matters.claims import Item
from onrecord.models import Span, Speaker, SpeakerType, Statement, StatementDate


def item(
    sid: str,
    text: str,
    speaker: str,
    date: str,
    *,
    article: str = "a1",
    sentence: str | None = None,
    cue: str | None = None,
    roles: tuple[str, ...] = (),
    basis: str = "sentence",
) -> Item:
    """A statement; with ``sentence``, ``text`` and ``cue`` are located inside it."""
    sent = sentence or text
    start = sent.index(text)
    cue_span = Span(cue, sent.index(cue), sent.index(cue) + len(cue)) if cue else None
    st = Statement(sid, "indirect", cue_span, Span(text, start, start + len(text)),
                   Speaker(speaker, "person", roles), date=StatementDate(date, date, basis),  # type: ignore[arg-type]
                   sentence=Span(sent, 0, len(sent)))  # fmt: skip
    return Item.of(st, article=article)


def unnamed_body(sid: str, text: str, date: str, noun: str = "company") -> Item:
    """A statement by an organization known only by a common noun ("the company said ...")."""
    base = item(sid, text, noun, date)
    speaker = Speaker(noun, "organization", (), base.statement.speaker.mention)
    return Item.of(replace(base.statement, speaker=speaker), article="a1")


def events(text: str) -> dict[str, int]:
    """Event key -> polarity of every clause of ``text``."""
    return {e.key: e.polarity for c in parse_claim(text).clauses for e in c.events}


def kinds(*items: Item) -> list[tuple[str, str, str]]:
    """(kind, statement a, statement b) of each disagreement found among ``items``, sorted."""
    return sorted((c.kind, c.a.statement, c.b.statement) for c in analyze_items(items)[1])


def told(
    sid: str,
    body: str,
    text: str,
    sentence: str,
    speaker: str,
    cue: str,
    *,
    direct: bool,
    day: str,
) -> Item:
    """A statement located in ``body`` (one article, ``a1``, published on ``day``): its
    sentence, content and cue."""
    at = body.index(sentence)
    start = at + sentence.index(text)
    c = at + sentence.rindex(cue)
    st = Statement(
        sid, "direct" if direct else "indirect", Span(cue, c, c + len(cue)),
        Span(text, start, start + len(text)), Speaker(speaker, "person", ()),
        date=StatementDate(day, day, "published"), sentence=Span(sentence, at, at + len(sentence)),
    )  # fmt: skip
    return Item.of(st, article="a1")


def placed(
    key: str,
    speaker: str,
    sentence: str,
    content: str,
    cue: str | None,
    at: int,
    *,
    roles: tuple[str, ...] = (),
    kind: SpeakerType = "person",
    date: str = "2031-02-03",
) -> Statement:
    """A statement told in ``sentence``, which starts at ``at`` in its article: its cue and
    content where they stand in the sentence, direct when the sentence opens on a quote."""
    start = at + sentence.index(content)
    cue_span = None
    if cue is not None:
        cue_span = Span(cue, at + sentence.index(cue), at + sentence.index(cue) + len(cue))
    quote = sentence.startswith('"')
    return Statement(key, "direct" if quote else "indirect", cue_span,
                     Span(content, start, start + len(content)),
                     Speaker(speaker, kind, roles),
                     date=StatementDate(date, date, "sentence"),
                     sentence=Span(sentence, at, at + len(sentence)))  # fmt: skip


# (key, speaker, sentence, content, cue) of one sentence; key "": a sentence of no statement
Said = tuple[str, str, str, str, str | None]


def items_of(*said: Said) -> list[Item]:
    """The statements of one article "a1", each sentence after the one before (with a
    paragraph break), every sentence a statement."""
    out, at = [], 0
    for key, speaker, sentence, content, cue in said:
        out.append(Item.of(placed(key, speaker, sentence, content, cue, at), article="a1"))
        at += len(sentence) + 2
    return out


def article_of(*said: Said) -> tuple[list[Item], dict[str, str]]:
    """The statements of one article "a1", each sentence after the one before (with a
    paragraph break), and the article's text: what the readers of answer sentences read."""
    out, at, body = [], 0, ""
    for key, speaker, sentence, content, cue in said:
        if key:
            out.append(Item.of(placed(key, speaker, sentence, content, cue, at), article="a1"))
        body += sentence + "\n\n"
        at += len(sentence) + 2
    return out, {"a1": "\n" + body}


def paragraphs_of(*paragraphs: tuple[Said, ...]) -> tuple[list[Item], dict[str, str]]:
    """The statements of one article "a1" of ``paragraphs``, the sentences of each told one
    after another (a paragraph break between paragraphs), and the article's text."""
    items, body = [], ""
    for paragraph in paragraphs:
        for n, (key, speaker, sentence, content, cue) in enumerate(paragraph):
            if n:
                body += " "
            if key:
                st = placed(key, speaker, sentence, content, cue, len(body))
                items.append(Item.of(st, article="a1"))
            body += sentence
        body += "\n\n"
    return items, {"a1": "\n" + body}


def answer_links(*said: Said) -> list[tuple[str, str]]:
    """(the answer, the claim) of each pair the answers the article marks add."""
    from onrecord.matters.answer_pairs import with_answers

    items, texts = article_of(*said)
    return sorted((c.a.statement, c.b.statement) for c in with_answers([], items, texts))
