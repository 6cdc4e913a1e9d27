"""Pydantic response models of the REST API: the OpenAPI schema at ``/openapi.json``.

Every JSON response carries ``ok``; errors have one shape, :class:`Error`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Error(Model):
    """Every error: ``{"ok": false, "error": "...", "status": 404}``."""

    ok: Literal[False] = False
    error: str
    status: int


class Paged(Model):
    ok: Literal[True] = True
    limit: int
    offset: int
    next: str | None = None  # the URL of the next page, when there may be one


class TopSpeaker(Model):
    """One of the most quoted speakers."""

    id: int
    name: str
    statements: int


class TopOutlet(Model):
    """One of the outlets that published the most articles."""

    outlet: str
    articles: int


class ReadingCount(Model):
    """Articles read one way: ``reading`` is a label (the table named by its file's name);
    articles read by one pipeline with one table count together, whatever the table's path
    and onrecord's version (``cue_tables``: the tables' file names, ``onrecord_versions``).
    The other fields are null for articles whose reading is not known."""

    reading: str
    articles: int
    model: str | None = None
    model_version: str | None = None
    cues: str | None = None
    cue_digest: str | None = None
    cue_tables: list[str] = []
    onrecord_versions: list[str] = []


class Stats(Model):
    ok: Literal[True] = True
    articles: int
    statements: int
    speakers: int
    entities: int
    outlets: int
    first_date: str | None
    last_date: str | None
    skips: int
    skips_by_reason: dict[str, int]
    readings: list[ReadingCount] = []
    # one shape each (they shared one, each row with the other's fields null): every answer
    # still fits the old shape, whose fields were all optional
    top_speakers: list[TopSpeaker]
    top_outlets: list[TopOutlet]
    matters: int
    contradictions: int
    analyzed: bool


class Skip(Model):
    """An input that did not become an article: where it came from, why, and how to fix it."""

    source: str
    reason: str
    detail: str = ""
    seen_at: str | None = None


class Skips(Paged):
    rows: list[Skip]


class Statement(Model):
    id: int
    date: str | None = None
    date_text: str | None = None
    date_basis: str | None = None
    kind: str
    basis: str = "rules"
    speaker_id: int | None = None
    speaker: str | None = None
    speaker_type: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    content: str
    outlet: str | None = None
    conduit: str | None = None
    article_id: int
    title: str | None = None
    url: str | None = None
    published: str | None = None


class Statements(Paged):
    # on an empty answer: a speaker or outlet filter that names nothing in the store
    notes: list[str] = Field(default_factory=list)
    rows: list[Statement]


class ArticleSummary(Model):
    id: int
    uid: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    source: str
    statements: int


class Articles(Paged):
    rows: list[ArticleSummary]


class Part(Model):
    text: str
    start: int
    end: int


class ArticleStatement(Model):
    """A statement with the offsets of its speaker, cue and content in the article text."""

    id: int
    kind: str
    basis: str = "rules"
    date: str | None = None
    date_text: str | None = None
    date_basis: str | None = None
    speaker_id: int | None = None
    speaker: str | None = None
    speaker_type: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    content: str
    content_start: int
    content_end: int
    content_parts: list[Part] = []
    conduit: str | None = None


class RemovedLine(Model):
    text: str
    reason: str


class ReadingOut(Model):
    """How the article was read: onrecord's version, the spaCy pipeline, and the cues (``rules``
    alone, or ``learned`` with the table's digest and its file's name, not its path on the
    server); ``label`` says it in words."""

    onrecord: str
    model: str
    model_version: str
    cues: str
    cue_digest: str | None = None
    cue_table: str | None = None
    label: str


class Article(Model):
    ok: Literal[True] = True
    id: int
    uid: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    source: str
    language: str | None = None
    text: str
    credited_sources: list[str]
    removed: list[RemovedLine]
    reading: ReadingOut | None = None  # null: not known (stored before readings were recorded)
    statements: list[ArticleStatement]


class SpeakerSummary(Model):
    id: int
    name: str
    type: str
    statements: int
    first_seen: str | None = None
    last_seen: str | None = None


class Speakers(Paged):
    rows: list[SpeakerSummary]


class Alias(Model):
    alias: str
    count: int


class Role(Model):
    role: str
    first_seen: str | None = None
    last_seen: str | None = None
    count: int


class OutletCount(Model):
    outlet: str
    statements: int


class Other(Model):
    id: int
    name: str
    statements: int


class StanceCounts(Model):
    yes: int = 0
    no: int = 0
    hedged: int = 0
    unclear: int = 0


class MatterSummary(Model):
    id: str
    question: str | None = None
    statements: int
    first_date: str | None = None
    last_date: str | None = None
    stances: StanceCounts
    contradictions: int


class Speaker(Model):
    ok: Literal[True] = True
    id: int
    name: str
    type: str
    statements: int
    first_seen: str | None = None
    last_seen: str | None = None
    aliases: list[Alias]
    roles: list[Role]
    outlets: list[OutletCount]
    statements_by_date: list[Statement]
    others: list[Other]
    matters: list[MatterSummary]


class Matters(Paged):
    analyzed: bool
    # on an empty answer: a speaker filter that names nobody in the store
    notes: list[str] = Field(default_factory=list)
    rows: list[MatterSummary]


class Side(Model):
    """One statement of a contradiction, with its article and its stance."""

    id: int
    date: str | None = None
    kind: str | None = None
    speaker_id: int | None = None
    speaker: str | None = None
    cue: str | None = None
    content: str
    article_id: int
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    conduit: str | None = None
    stance: str | None = None


class Contradiction(Model):
    id: str
    matter_id: str | None = None
    question: str | None = None
    kind: str
    confidence: float | None = None
    cue: str | None = None  # the rebuttal words that link the two, when there are some
    reason: str | None = None
    a: Side | None = None
    b: Side | None = None


class Contradictions(Paged):
    analyzed: bool
    # on an empty answer: a speaker or matter filter that names nothing in the store
    notes: list[str] = Field(default_factory=list)
    rows: list[Contradiction]


class MatterStatement(Model):
    id: int
    date: str | None = None
    stance: str
    words: str | None = None  # the words that decided the stance
    speaker_id: int | None = None
    speaker: str | None = None
    cue: str | None = None
    content: str
    article_id: int | None = None
    title: str | None = None
    outlet: str | None = None
    conduit: str | None = None


class Matter(Model):
    ok: Literal[True] = True
    id: str
    question: str | None = None
    event: str | None = None
    first_date: str | None = None
    last_date: str | None = None
    stances: StanceCounts
    statements: list[MatterStatement]
    contradictions: list[Contradiction]


class Outlet(Model):
    id: int
    name: str
    articles: int


class Outlets(Model):
    ok: Literal[True] = True
    rows: list[Outlet]
