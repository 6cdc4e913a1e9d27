"""Fixtures for the store: an in-memory store and a builder of hand-made records."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pytest

from onrecord.models import (
    Article,
    Entity,
    Record,
    Span,
    Speaker,
    Statement,
    StatementDate,
    TimeExpression,
)
from onrecord.store import Store

# (name, type, roles) of one speaker or entity
Who = tuple[str | None, str, Sequence[str]]
MakeRecord = Callable[..., Record]


def build_record(
    n: int,
    speakers: Sequence[Who] = (),
    *,
    entities: Sequence[Who] = (),
    published: str | None = "2024-03-01",
    outlet: str | None = "Daily Planet",
    url: str | None = None,
    source: str | None = None,
    content: str = "the bridge will open in May",
    conduit: str | None = None,
) -> Record:
    """An article numbered ``n`` whose text quotes each speaker once; offsets are exact."""
    parts, statements = [f"Story {n}."], []
    pos = len(parts[0]) + 1
    for i, (name, type_, roles) in enumerate(speakers):
        who = name or "He"
        sentence = f'{who} said "{content} ({n}.{i})".'
        start = pos
        q0 = start + len(who) + len(' said "')
        quote = f"{content} ({n}.{i})"
        statements.append(
            Statement(
                id=f"s{n}-{i}",
                kind="direct",
                cue=Span("said", start + len(who) + 1, start + len(who) + 5),
                content=Span(quote, q0, q0 + len(quote)),
                speaker=Speaker(name, type_, tuple(roles), Span(who, start, start + len(who))),  # type: ignore[arg-type]
                conduit=conduit,
                date=StatementDate(published, "", "published") if published else None,
                sentence=Span(sentence, start, start + len(sentence)),
            )
        )
        parts.append(sentence)
        pos += len(sentence) + 1
    ents = []
    for name, type_, roles in entities:
        assert name is not None
        start = pos
        parts.append(name + ".")
        pos += len(name) + 2
        ents.append(Entity(name, type_, tuple(roles), (Span(name, start, start + len(name)),)))  # type: ignore[arg-type]
    text = " ".join(parts)
    for st in statements:
        assert text[st.content.start : st.content.end] == st.content.text
    article = Article(
        id=f"a{n}", source=source or f"article-{n}.txt", text=text, title=f"Story {n}",
        published=published, url=url if url is not None else f"https://example.test/{n}",
        outlet=outlet,
    )  # fmt: skip
    times = (TimeExpression("May", 0, 3, "DATE", "2024-05"),)
    return Record(article, tuple(statements), times, tuple(ents))


@pytest.fixture(scope="session")
def make_record() -> MakeRecord:
    return build_record


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        yield s
