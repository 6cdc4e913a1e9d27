"""The records onrecord produces: frozen, slotted dataclasses with ``to_dict()``.

Every span carries character offsets into ``Article.text`` (Python ``str`` offsets, end
exclusive), so that each claim can be checked against its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Literal

StatementKind = Literal["direct", "indirect", "mixed", "belief", "unattributed"]
# How a statement was found: by the rules, cued by a verb that learned weights chose
# (``nlp/learned_cues.py``), or by the rules as the noun object of an act of decree, acceptance
# or knowing ("appointed a new judge", "declined the invitation": an attribution, not a claim
# with an answer; ``nlp/stances.py``). Matters and contradictions use only the rules' statements.
StatementBasis = Literal["rules", "learned", "object"]
# How an article was read: by the rules alone, or with the learned pass (``Reading.cues``).
CueSetting = Literal["rules", "learned"]
SpeakerType = Literal["person", "organization", "outlet", "unknown"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
DateBasis = Literal["sentence", "scene", "published"]
SkipReason = Literal[
    "unreadable",
    "empty",
    "binary",
    "encoding",
    "too_large",
    "not_english",
    "no_article",
    "malformed",
    "duplicate",
    "duplicate_id",
    "parse_error",
    "worker_error",
]

Json = dict[str, object]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> Json:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line of the input that ingestion dropped as boilerplate, with the rule that dropped it."""

    text: str
    reason: str

    def to_dict(self) -> Json:
        return {"text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article: the text that every offset indexes, and its metadata."""

    id: str
    source: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None when unknown
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    credited_sources: tuple[str, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()  # (start, end) of each paragraph in text

    def to_dict(self) -> Json:
        return {
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "outlet": self.outlet,
            "author": self.author,
            "language": self.language,
            "text": self.text,
            "credited_sources": list(self.credited_sources),
            "removed": [r.to_dict() for r in self.removed],
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not become an article, with a typed reason and a readable detail."""

    source: str
    reason: SkipReason
    detail: str = ""

    def to_dict(self) -> Json:
        return {"source": self.source, "reason": self.reason, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TIMEX3 time expression found in the text, normalized against an anchor date."""

    text: str
    start: int
    end: int
    type: TimeType
    value: str
    mod: str | None = None

    def to_dict(self) -> Json:
        d: Json = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            d["mod"] = self.mod
        return d


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who made a statement, resolved within the article to one canonical entity."""

    name: str | None
    type: SpeakerType
    roles: tuple[str, ...] = ()
    mention: Span | None = None

    def to_dict(self) -> Json:
        return {
            "name": self.name,
            "type": self.type,
            "roles": list(self.roles),
            "mention": self.mention.to_dict() if self.mention else None,
        }


@dataclass(frozen=True, slots=True)
class StatementDate:
    """When a statement was made: an ISO 8601 value at its granularity, and why we think so."""

    value: str
    text: str
    basis: DateBasis

    def to_dict(self) -> Json:
        return {"value": self.value, "text": self.text, "basis": self.basis}


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed statement: cue, content, speaker, conduit and date."""

    id: str
    kind: StatementKind
    cue: Span | None
    content: Span
    speaker: Speaker
    conduit: str | None = None
    date: StatementDate | None = None
    sentence: Span | None = None
    content_parts: tuple[Span, ...] = ()  # fragments when the content is discontinuous
    source_span: Span | None = None  # the full source phrase as written (with titles)
    basis: StatementBasis = "rules"

    def to_dict(self) -> Json:
        d: Json = {
            "id": self.id,
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "speaker": self.speaker.to_dict(),
            "conduit": self.conduit,
            "date": self.date.to_dict() if self.date else None,
        }
        if self.content_parts:
            d["content_parts"] = [p.to_dict() for p in self.content_parts]
        if self.source_span:
            d["source"] = self.source_span.to_dict()
        if self.sentence:
            d["sentence"] = self.sentence.to_dict()
        if self.basis != "rules":
            d["basis"] = self.basis
        return d


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organization or outlet named in the article, with its roles and mentions."""

    name: str
    type: SpeakerType
    roles: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> Json:
        return {
            "name": self.name,
            "type": self.type,
            "roles": list(self.roles),
            "mentions": [m.to_dict() for m in self.mentions],
        }


def file_name(path: str | None) -> str | None:
    """The last part of ``path`` (``/`` or ``\\`` between its parts); None for no path."""
    if not path:
        return None
    return PurePosixPath(path.replace("\\", "/")).name or None


@dataclass(frozen=True, slots=True)
class Reading:
    """How an article was read: onrecord's version, the spaCy pipeline, and the cue setting.

    The store keeps it with each article, so that a record says which reading produced it and
    a store that mixes readings can say so. ``cues`` is ``rules`` (the rules alone) or
    ``learned`` (the rules plus the learned pass), whose table is identified by its content
    (``cue_digest``: the first 12 hex digits of the SHA-256 of its canonical JSON) and named by
    the file it was read from (``cue_table``; None when not known). Two readings read alike
    when their :attr:`key` is equal: the same pipeline and version and the same table, wherever
    it lies, whichever onrecord version read it.
    """

    onrecord: str
    model: str
    model_version: str
    cues: CueSetting = "rules"
    cue_digest: str | None = None
    cue_table: str | None = None

    @property
    def key(self) -> tuple[str, str, str, str | None]:
        """What decides what is found: the pipeline, its version and the cue table's content."""
        return (self.model, self.model_version, self.cues, self.cue_digest)

    @property
    def cue_file(self) -> str | None:
        """The name of the table's file, without its folders (None when not known)."""
        return file_name(self.cue_table)

    def public(self) -> Reading:
        """This reading as a server may show it: the table named by its file's name, not by
        the path it lies at on this machine."""
        return replace(self, cue_table=self.cue_file)

    @property
    def cue_setting(self) -> str:
        """``rules alone``, or ``learned cues 1a2b3c4d5e6f (from PATH)``."""
        if self.cues == "rules":
            return "rules alone"
        where = f" (from {self.cue_table})" if self.cue_table else ""
        return f"learned cues {self.cue_digest}{where}"

    @property
    def label(self) -> str:
        """The cue setting and the pipeline, in a few words for people."""
        return f"{self.cue_setting}, spaCy {self.model} {self.model_version}"

    def to_dict(self) -> Json:
        return {
            "onrecord": self.onrecord,
            "model": self.model,
            "model_version": self.model_version,
            "cues": self.cues,
            "cue_digest": self.cue_digest,
            "cue_table": self.cue_table,
        }

    @classmethod
    def from_dict(cls, data: object) -> Reading | None:
        """The reading ``to_dict`` wrote, or None for anything else (an unknown reading)."""
        if not isinstance(data, dict):
            return None
        strings = ("onrecord", "model", "model_version")
        optional = ("cue_digest", "cue_table")
        if not all(isinstance(data.get(k), str) for k in strings):
            return None
        if not all(data.get(k) is None or isinstance(data.get(k), str) for k in optional):
            return None
        cues = data.get("cues")
        if cues not in ("rules", "learned") or (cues == "learned") != bool(data.get("cue_digest")):
            return None
        return cls(
            data["onrecord"], data["model"], data["model_version"], cues,
            data.get("cue_digest"), data.get("cue_table"),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Record:
    """Everything onrecord reads from one article; ``reading`` says how (None: not known).

    ``framing`` holds attributions that set the scene of a statement rather than make one: a
    reporter's question put to the speaker ("Asked about the delay, X said ...") and a record
    that passes a statement on ("X told Y that ..., according to a recording"). They are not
    in ``statements`` nor in the JSON form; scoring against annotated corpora that mark them
    as attributions (PolNeAR) reads them.
    """

    article: Article
    statements: tuple[Statement, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    entities: tuple[Entity, ...] = ()
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    reading: Reading | None = None
    framing: tuple[Statement, ...] = field(default=(), compare=False)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def people(self) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.type == "person")

    def to_dict(self) -> Json:
        d: Json = {
            "id": self.article.id,
            "source": self.article.source,
            "article": self.article.to_dict(),
            "statements": [s.to_dict() for s in self.statements],
            "times": [t.to_dict() for t in self.times],
            "people": [{k: v for k, v in p.to_dict().items() if k != "type"} for p in self.people],
            "organizations": [
                e.to_dict() for e in self.entities if e.type in ("organization", "outlet")
            ],
        }
        d.update(self.extra)
        return d


@dataclass(frozen=True, slots=True)
class MixedReadings:
    """A run stored articles read one way in a store that holds articles read other ways.

    ``added`` articles of this run were read as ``this``; ``others`` are the store's other
    readings (by :attr:`Reading.key`) with how many of its articles each one read.
    """

    this: Reading
    added: int
    others: tuple[tuple[Reading, int], ...]

    def to_dict(self) -> Json:
        return {
            "this": self.this.to_dict(),
            "added": self.added,
            "others": [{"reading": r.to_dict(), "articles": n} for r, n in self.others],
        }


@dataclass(frozen=True, slots=True)
class RunReport:
    """What a batch did: how many articles became records and which were skipped, and why;
    ``mixed``: the readings this run stored next to articles the store read otherwise.

    A run into a store also counts what an earlier run had done with its inputs: ``already``
    articles it stored, ``skipped_before`` inputs it skipped (listed by ``onrecord skips``, not
    in ``skipped``). A rerun that adds nothing thus says why, instead of "0 stored" alone.
    """

    records: int = 0
    statements: int = 0
    skipped: tuple[Skipped, ...] = ()
    mixed: tuple[MixedReadings, ...] = ()
    already: int = 0
    skipped_before: int = 0

    @property
    def total(self) -> int:
        return self.records + len(self.skipped)

    @property
    def exit_code(self) -> int:
        """0: all fine, 1: some skipped, 3: more than 99% of the inputs failed."""
        if not self.skipped:
            return 0
        if self.total and len(self.skipped) / self.total > 0.99 and self.total > 1:
            return 3
        return 1

    def to_dict(self) -> Json:
        counts: dict[str, int] = {}
        for s in self.skipped:
            counts[s.reason] = counts.get(s.reason, 0) + 1
        return {
            "records": self.records,
            "statements": self.statements,
            "skipped": len(self.skipped),
            "skipped_by_reason": counts,
            "skips": [s.to_dict() for s in self.skipped],
            "already_stored": self.already,
            "skipped_before": self.skipped_before,
            **({"mixed_readings": [m.to_dict() for m in self.mixed]} if self.mixed else {}),
        }
