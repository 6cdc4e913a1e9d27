"""Matters and contradictions in the store: compute over every statement, save, query.

:func:`analyze_corpus` is idempotent: it replaces the tables ``matters``, ``stances`` and
``contradictions`` (migration ``m003_matters``) with a fresh analysis of all statements.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..models import Json, Span, Speaker, Statement, StatementDate
from ..store.queries import find_speakers
from .claims import Item
from .filters import matter_where, sql_where

if TYPE_CHECKING:
    from ..store import Store
    from .cluster import Matter
    from .contradictions import Contradiction
    from .embeddings import Embedder

log = logging.getLogger(__name__)

Row = dict[str, object]


@dataclass(frozen=True, slots=True)
class AnalysisReport:
    """What :func:`analyze_corpus` found and stored."""

    statements: int
    matters: tuple[Matter, ...]
    contradictions: tuple[Contradiction, ...]

    def counts(self) -> dict[str, int]:
        kinds = {"contradiction": 0, "reversal": 0, "rebuttal": 0}
        for c in self.contradictions:
            kinds[c.kind] += 1
        return kinds

    def to_dict(self) -> Json:
        return {"statements": self.statements, "matters": len(self.matters), **self.counts()}


_ITEMS_SQL = """
SELECT st.id, st.kind, st.cue, st.cue_start, st.cue_end, st.content, st.content_start,
       st.content_end, st.speaker_id, coalesce(sp.name, st.speaker_name) AS speaker,
       st.speaker_type, st.speaker_text, st.speaker_start, st.speaker_end, st.date, st.date_text,
       st.date_basis, st.sentence_start, st.sentence_end, st.basis, a.uid, a.published, a.text,
       o.name AS outlet, c.name AS conduit,
       (SELECT group_concat(role, '|') FROM roles r WHERE r.speaker_id = st.speaker_id) AS roles
FROM statements st
JOIN articles a ON a.id = st.article_id
LEFT JOIN speakers sp ON sp.id = st.speaker_id
LEFT JOIN outlets o ON o.id = st.outlet_id
LEFT JOIN outlets c ON c.id = st.conduit_outlet_id
ORDER BY st.id
"""


def load_items(store: Store) -> list[Item]:
    """Every stored statement as an :class:`Item` (key: the statement's row id)."""
    items = []
    for r in store.conn.execute(_ITEMS_SQL):
        (sid, kind, cue, cs, ce, content, ts, te, spk_id, name, stype, stext, ss, se, date,
         dtext, dbasis, sent_s, sent_e, basis, uid, published, text, outlet, conduit,
         roles) = r  # fmt: skip
        statement = Statement(
            id=str(sid),
            kind=kind,
            cue=Span(cue, cs, ce) if cue is not None and cs is not None else None,
            content=Span(content, ts, te),
            speaker=Speaker(
                name, stype, tuple(roles.split("|")) if roles else (),
                Span(stext, ss, se) if stext is not None and ss is not None else None,
            ),
            conduit=conduit,
            date=StatementDate(date, dtext or "", dbasis) if date and dbasis else None,
            sentence=Span(text[sent_s:sent_e], sent_s, sent_e) if sent_s is not None else None,
            basis=basis,
        )  # fmt: skip
        speaker = str(spk_id) if spk_id is not None else None
        if speaker is None and name and stype != "unknown":
            speaker = name.casefold()
        items.append(Item.of(statement, article=uid, published=said_date(date, published),
                             outlet=outlet, key=str(sid), speaker=speaker))  # fmt: skip
    return items


def said_date(date: str | None, published: str | None) -> str | None:
    """The date a statement was made, from its own date and its article's.

    A full statement date stands. A partial one ("2019", "2019-05", read from "Reyes said in
    2019 that ...") of an earlier time than the article stays (words of years ago are not
    dated today, nor is "next year" read from the article's year); a partial date of the
    article's own year or month is no day, so the article's date, which falls in it, is used.
    """
    if not date:
        return published
    if re.match(r"\d{4}-\d\d-\d\d", date) or not published:
        return date
    return date if date < published[: len(date)] else published


def analyze_corpus(
    store: Store,
    *,
    min_confidence: float = 0.0,
    embedder: Embedder | None = None,
    judge: bool = True,
) -> AnalysisReport:
    """(Re)compute matters and contradictions over the whole store and save them.

    ``embedder``: also link statements close in meaning (:mod:`onrecord.matters.embeddings`).
    ``judge``: the learned judge of pairs sets the confidence (:mod:`.pair_judge`).
    """
    from . import analyze_items, rules_only

    items = rules_only(load_items(store))
    texts = {
        uid: f"{title or ''}\n{text}"
        for uid, title, text in store.conn.execute("SELECT uid, title, text FROM articles")
    }
    matters, found = analyze_items(
        items, min_confidence=min_confidence, embedder=embedder, texts=texts, judge=judge
    )
    save(store, matters, found)
    return AnalysisReport(len(items), matters, found)


def save(store: Store, matters: tuple[Matter, ...], found: tuple[Contradiction, ...]) -> None:
    """Replace the stored analysis with ``matters`` and ``found``."""
    speaker_of = dict(store.conn.execute("SELECT id, speaker_id FROM statements"))
    with store.transaction():
        for table in ("contradictions", "stances", "matters"):
            store.conn.execute(f"DELETE FROM {table}")
        for m in matters:
            dates = [p.item.said for p in m.positions if p.item.said]
            c = m.counts()
            store.conn.execute(
                "INSERT INTO matters (id, question, event, yes, no, hedged, unclear, first_date, "
                "last_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [m.id, m.question, m.event, c["yes"], c["no"], c["hedged"], c["unclear"],
                 min(dates, default=None), max(dates, default=None)],
            )  # fmt: skip
            store.conn.executemany(
                "INSERT OR IGNORE INTO stances (matter_id, statement_id, label, certainty, "
                "words, clause) VALUES (?, ?, ?, ?, ?, ?)",
                [(m.id, int(p.item.key), p.stance.label, p.stance.certainty,
                  json.dumps(list(p.stance.words)), p.stance.clause) for p in m.positions],
            )  # fmt: skip
        store.conn.executemany(
            "INSERT OR REPLACE INTO contradictions (id, kind, matter_id, a_statement, "
            "b_statement, a_speaker_id, b_speaker_id, a_date, b_date, confidence, cue, reason, "
            "evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.kind, c.matter, int(c.a.statement), int(c.b.statement),
              speaker_of.get(int(c.a.statement)), speaker_of.get(int(c.b.statement)),
              c.a.date, c.b.date, c.confidence, c.cue, c.reason, json.dumps(c.to_dict()))
             for c in found],
        )  # fmt: skip


def analyzed(store: Store) -> bool:
    """Whether ``onrecord analyze`` has stored matters (a store read but never analyzed has
    none, and its empty answers must not read as "no disagreement")."""
    return store.conn.execute("SELECT 1 FROM matters LIMIT 1").fetchone() is not None


# the orders of :func:`matters`: the most disputed first (a contradiction, then a split of yes
# and no, then the most answers), or the most recently spoken of first
ORDERS = {
    "disputed": "contradictions DESC, min(m.yes, m.no) DESC, m.yes + m.no DESC, m.id",
    "recent": "m.last_date DESC, m.id",
}
MATTER_COLUMNS = (
    "m.id, m.question, m.event, m.yes, m.no, m.hedged, m.unclear, m.first_date, m.last_date, "
    "(SELECT count(*) FROM contradictions c WHERE c.matter_id = m.id) AS contradictions"
)


def matters(
    store: Store,
    *,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    disputed: bool = False,
    min_statements: int | None = None,
    order: Literal["disputed", "recent"] = "disputed",
    limit: int | None = 50,
    offset: int = 0,
) -> list[Row]:
    """Stored matters, the most disputed first (``order="recent"``: the latest spoken of).

    The one query behind ``onrecord matters`` and ``/api/matters`` (and the exports of
    :mod:`.export`), so that both take the same filters the same way
    (:mod:`.filters`).

    Args:
        speaker: a name (any alias; every speaker it may mean) or a speaker id: matters with
            a statement of theirs. A name that means no one leaves no matter.
        since, until: matters with a statement on or after ``since`` and on or before
            ``until`` (ISO dates or prefixes; with ``speaker``, one statement of theirs).
        search: words that must all occur in the question.
        disputed: only matters with a contradiction, reversal or rebuttal.
        min_statements: only matters with at least this many statements.
        limit: at most this many rows (None: all); offset: rows to skip, for paging.
    """
    return list(iter_matters(
        store, speaker=speaker, since=since, until=until, search=search, disputed=disputed,
        min_statements=min_statements, order=order, limit=limit, offset=offset,
    ))  # fmt: skip


def iter_matters(
    store: Store,
    *,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    disputed: bool = False,
    min_statements: int | None = None,
    order: Literal["disputed", "recent"] = "disputed",
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Row]:
    """Like :func:`matters`, streamed row by row (for exports)."""
    found = matter_where(
        store, speaker=speaker, since=since, until=until, search=search, disputed=disputed,
        min_statements=min_statements,
    )  # fmt: skip
    if found is None:
        return
    where, args = found
    cur = store.conn.execute(
        f"SELECT {MATTER_COLUMNS} FROM matters m{sql_where(where)} "
        f"ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?",
        [*args, -1 if limit is None else limit, offset],
    )
    names = [d[0] for d in cur.description]
    for row in cur:
        yield dict(zip(names, row, strict=True))


def matter(store: Store, matter_id: str) -> Row | None:
    """One matter with the timeline of stances (oldest first) and its contradictions."""
    row = store.conn.execute(
        "SELECT id, question, event, yes, no, hedged, unclear, first_date, last_date "
        "FROM matters WHERE id = ?",
        [matter_id],
    ).fetchone()
    if row is None:
        return None
    keys = ("id", "question", "event", "yes", "no", "hedged", "unclear", "first_date", "last_date")
    out: Row = dict(zip(keys, row, strict=True))
    cur = store.conn.execute(
        "SELECT st.date, coalesce(sp.name, st.speaker_name) AS speaker, s.label AS stance, "
        "s.words, st.content, o.name AS outlet, st.id AS statement "
        "FROM stances s JOIN statements st ON st.id = s.statement_id "
        "LEFT JOIN speakers sp ON sp.id = st.speaker_id "
        "LEFT JOIN outlets o ON o.id = st.outlet_id "
        "WHERE s.matter_id = ? ORDER BY st.date, st.id",
        [matter_id],
    )
    names = [d[0] for d in cur.description]
    timeline = [dict(zip(names, r, strict=True)) for r in cur]
    for t in timeline:
        t["words"] = json.loads(str(t["words"]))
    out["timeline"] = timeline
    out["contradictions"] = contradictions(store, matter_id=matter_id, limit=1000)
    return out


def contradictions(
    store: Store,
    *,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    min_confidence: float = 0.0,
    matter_id: str | None = None,
    kind: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[Row]:
    """Stored disagreements, the most confident first, flattened for tables.

    The one query behind ``onrecord contradictions`` and ``/api/contradictions`` (and its
    page), so that both take the same filters the same way.

    Args:
        speaker: a name (any alias; every speaker it may mean) or a speaker id: pairs where
            one of them is a side. A name that means no one leaves no pair.
        since, until: pairs in this period: one of the two statements is dated on or after
            ``since`` and on or before ``until`` (ISO dates or prefixes; ``until`` keeps all
            of a prefix, "2024-03" all of March), the same statement for both, as a matter's
            statement is for :func:`matters`. A reversal from January to March is in
            January's record and in March's, not in February's. ``speaker`` is apart: a
            side of the pair, not necessarily the one dated in the period.
        min_confidence: pairs at or above this confidence.
        matter_id: pairs on this matter.
        kind: ``contradiction``, ``reversal`` or ``rebuttal``.
        limit: at most this many rows (None: all); offset: rows to skip, for paging.

    Each row is one disagreement: its strongest pair (``a_*``, ``b_*``), how many statement
    pairs back it (``pairs``) and the ids of the other statements (``support``, comma-separated).
    """
    return list(iter_contradictions(
        store, speaker=speaker, since=since, until=until, min_confidence=min_confidence,
        matter_id=matter_id, kind=kind, limit=limit, offset=offset,
    ))  # fmt: skip


def iter_contradictions(
    store: Store,
    *,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    min_confidence: float = 0.0,
    matter_id: str | None = None,
    kind: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Row]:
    """Like :func:`contradictions`, streamed row by row (for exports)."""
    where: list[str] = ["confidence >= ?"]
    args: list[object] = [min_confidence]
    if speaker is not None and str(speaker).strip():
        ids = find_speakers(store, speaker)
        ph = ", ".join("?" * len(ids)) or "NULL"
        where.append(f"(a_speaker_id IN ({ph}) OR b_speaker_id IN ({ph}))")
        args += [*ids, *ids]
    if since or until:
        period = pair_period(since, until)
        where.append(period[0])
        args += period[1]
    if matter_id:
        where.append("matter_id = ?")
        args.append(matter_id)
    if kind:
        where.append("kind = ?")
        args.append(kind)
    cur = store.conn.execute(
        f"SELECT evidence FROM contradictions WHERE {' AND '.join(where)} "
        "ORDER BY confidence DESC, coalesce(b_date, a_date) DESC, id LIMIT ? OFFSET ?",
        [*args, -1 if limit is None else limit, offset],
    )
    for (evidence,) in cur:
        d = json.loads(evidence)
        a, b = d["a"], d["b"]
        yield {
            "id": d["id"], "kind": d["kind"], "confidence": d["confidence"],
            "matter": d["matter"], "a_speaker": a["speaker"], "a_date": a["date"],
            "a_stance": a["stance"], "a_text": a["text"], "b_speaker": b["speaker"],
            "b_date": b["date"], "b_stance": b["stance"], "b_text": b["text"], "cue": d["cue"],
            "reason": d["reason"], "a_statement": a["statement"], "b_statement": b["statement"],
            "pairs": d.get("pairs", 1), "support": ",".join(d.get("support", [])),
        }  # fmt: skip


def pair_period(since: str | None, until: str | None) -> tuple[str, list[object]]:
    """The condition that a disagreement is in the period from ``since`` to ``until``: one of
    its two statements (``a_date``, ``b_date``: the dates the analysis gave them) is dated in
    it, the same one for both bounds. A pair whose statements fall on either side of the
    period is not in it: neither was said then.
    """
    bounds: list[str] = []
    args: list[object] = []
    if since:
        bounds.append("{side} >= ?")
        args.append(since)
    if until:
        bounds.append("{side} <= ?")
        args.append(until + "\U0010ffff")  # a prefix keeps all of it, as the matters' does
    sides = [" AND ".join(b.format(side=side) for b in bounds) for side in ("a_date", "b_date")]
    return f"(({sides[0]}) OR ({sides[1]}))", args + args
