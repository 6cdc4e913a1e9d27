"""Export the analysis of the record: matters, stances and contradictions, as JSON Lines, CSV
or Parquet, with the filters of the queries that list them.

* ``matters``: one row per matter, its question, stance counts, disagreements, first and last
  dates; the filters of :func:`onrecord.matters.store.matters`.
* ``stances``: one row per statement in a matter: the matter, the statement, its speaker,
  date, stance, the words that decided it, and its article. The speaker and date filters
  keep the statements (a speaker's stances in March); the others keep their matters.
* ``contradictions``: one row per disagreement, its strongest pair of statements side by
  side (``a_*``, ``b_*``): speakers, texts, dates, stances, articles and the character
  offsets of each text in its article, the evidence a fact-checker needs; the filters of
  :func:`onrecord.matters.store.contradictions`.

:func:`export` picks one of them by name, as does ``onrecord export WHAT``, and refuses a
filter that the rows do not take. Each streams in batches; the writer is
:func:`onrecord.store.export.write_rows`. Parquet needs ``pip install 'onrecord[parquet]'``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from inspect import Parameter, signature
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..errors import UsageError
from ..store.export import ColumnType, Format, Table, check_format, export_statements, write_rows
from ..store.queries import Row
from .filters import SAID_DATE_SQL, STATEMENT_JOIN, matter_conditions, sql_where
from .filters import statement_conditions as statement_filter
from .store import iter_contradictions, iter_matters

if TYPE_CHECKING:
    from ..store import Store

Out = str | Path | IO[bytes]

# fmt: off
MATTERS = Table("matter", (
    ("id", "text"), ("question", "text"), ("event", "text"), ("statements", "int"),
    ("yes", "int"), ("no", "int"), ("hedged", "int"), ("unclear", "int"),
    ("contradictions", "int"), ("first_date", "text"), ("last_date", "text"),
))
STANCES = Table("stance", (
    ("matter_id", "text"), ("question", "text"), ("statement_id", "int"), ("speaker_id", "int"),
    ("speaker", "text"), ("date", "text"), ("stance", "text"), ("certainty", "float"),
    ("words", "list"), ("content", "text"), ("content_start", "int"), ("content_end", "int"),
    ("outlet", "text"), ("article_id", "int"), ("article_uid", "text"), ("title", "text"),
    ("url", "text"), ("published", "text"),
))
# one side of a pair, read from the statements table by the side's statement id
SIDE: tuple[tuple[str, ColumnType], ...] = (
    ("statement", "int"), ("speaker_id", "int"), ("speaker", "text"), ("date", "text"),
    ("stance", "text"), ("text", "text"), ("content_start", "int"), ("content_end", "int"),
    ("outlet", "text"), ("article_id", "int"), ("article_uid", "text"), ("title", "text"),
    ("url", "text"), ("published", "text"),
)
CONTRADICTIONS = Table("contradiction", (
    ("id", "text"), ("kind", "text"), ("confidence", "float"), ("matter_id", "text"),
    ("question", "text"), ("cue", "text"), ("reason", "text"), ("pairs", "int"),
    ("support", "text"),
    *((f"a_{name}", kind) for name, kind in SIDE),
    *((f"b_{name}", kind) for name, kind in SIDE),
))
# fmt: on

STANCE_SQL = f"""
SELECT s.matter_id, m.question, st.id AS statement_id, st.speaker_id,
       coalesce(sp.name, st.speaker_name) AS speaker, {SAID_DATE_SQL} AS date,
       s.label AS stance, s.certainty, s.words, st.content, st.content_start, st.content_end,
       o.name AS outlet, a.id AS article_id, a.uid AS article_uid, a.title, a.url, a.published
FROM stances s JOIN matters m ON m.id = s.matter_id {STATEMENT_JOIN}
LEFT JOIN speakers sp ON sp.id = st.speaker_id
LEFT JOIN outlets o ON o.id = st.outlet_id"""

SIDE_SQL = """
SELECT st.id, st.speaker_id, coalesce(sp.name, st.speaker_name) AS speaker, st.content_start,
       st.content_end, o.name AS outlet, a.id AS article_id, a.uid AS article_uid, a.title,
       a.url, a.published
FROM statements st JOIN articles a ON a.id = st.article_id
LEFT JOIN speakers sp ON sp.id = st.speaker_id
LEFT JOIN outlets o ON o.id = st.outlet_id"""


def export_matters(
    store: Store,
    out: Out,
    format: Format = "jsonl",
    *,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    disputed: bool = False,
    min_statements: int | None = None,
    batch_size: int = 10_000,
) -> int:
    """Write every matter the filters keep to ``out`` (:data:`MATTERS`), the most disputed
    first; return how many. The filters are :func:`onrecord.matters.store.matters`'s.

    Raises:
        UsageError: an unknown format.
        MissingExtra: Parquet without pyarrow installed.
        OutputError: ``out`` is a path that cannot be written.
    """
    check_format(format)
    found = iter_matters(
        store, speaker=speaker, since=since, until=until, search=search, disputed=disputed,
        min_statements=min_statements,
    )  # fmt: skip
    counts = ("yes", "no", "hedged", "unclear")
    rows = (
        {**r, "statements": sum(int(r[k] or 0) for k in counts)}  # type: ignore[call-overload]
        for r in found
    )
    return write_rows(rows, out, format, MATTERS, batch_size=batch_size)


def export_stances(
    store: Store,
    out: Out,
    format: Format = "jsonl",
    *,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    matter_id: str | None = None,
    disputed: bool = False,
    min_statements: int | None = None,
    batch_size: int = 10_000,
) -> int:
    """Write every stance (a statement in a matter) the filters keep to ``out``
    (:data:`STANCES`), by matter, then by date; return how many.

    ``speaker``, ``since`` and ``until`` keep the statements themselves; ``search`` (words of
    the question), ``matter_id``, ``disputed`` and ``min_statements`` keep their matters.

    Raises:
        UsageError: an unknown format.
        MissingExtra: Parquet without pyarrow installed.
        OutputError: ``out`` is a path that cannot be written.
    """
    check_format(format)
    return write_rows(
        _stances(store, speaker, since, until, search, matter_id, disputed, min_statements),
        out, format, STANCES, batch_size=batch_size,
    )  # fmt: skip


def _stances(
    store: Store, speaker: str | int | None, since: str | None, until: str | None,
    search: str | None, matter_id: str | None, disputed: bool, min_statements: int | None,
) -> Iterator[Row]:  # fmt: skip
    said = statement_filter(store, speaker=speaker, since=since, until=until)
    if said is None:
        return
    own = matter_conditions(
        search=search, matter_id=matter_id, disputed=disputed, min_statements=min_statements
    )
    cur = store.conn.execute(
        STANCE_SQL + sql_where(own[0] + said[0]) + " ORDER BY m.id, date, st.id",
        [*own[1], *said[1]],
    )
    names = [d[0] for d in cur.description]
    for values in cur:
        row = dict(zip(names, values, strict=True))
        row["words"] = [str(w) for w in json.loads(str(row["words"] or "[]"))]
        yield row


def export_contradictions(
    store: Store,
    out: Out,
    format: Format = "jsonl",
    *,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    matter_id: str | None = None,
    kind: str | None = None,
    min_confidence: float = 0.0,
    batch_size: int = 10_000,
) -> int:
    """Write every disagreement the filters keep to ``out`` (:data:`CONTRADICTIONS`), the most
    confident first; return how many. The filters are
    :func:`onrecord.matters.store.contradictions`'s.

    Raises:
        UsageError: an unknown format.
        MissingExtra: Parquet without pyarrow installed.
        OutputError: ``out`` is a path that cannot be written.
    """
    check_format(format)
    found = iter_contradictions(
        store, speaker=speaker, since=since, until=until, matter_id=matter_id, kind=kind,
        min_confidence=min_confidence, limit=None,
    )  # fmt: skip
    return write_rows(_pairs(store, found), out, format, CONTRADICTIONS, batch_size=batch_size)


def _pairs(store: Store, found: Iterator[Row], batch: int = 500) -> Iterator[Row]:
    """Each flat disagreement with both sides' speaker ids, articles and offsets."""
    while rows := list(islice(found, batch)):
        ids = sorted({int(r[f"{s}_statement"]) for r in rows for s in "ab"})  # type: ignore[call-overload]
        cur = store.conn.execute(SIDE_SQL + f" WHERE st.id IN ({', '.join('?' * len(ids))})", ids)
        names = [d[0] for d in cur.description]
        sides = {int(v[0]): dict(zip(names, v, strict=True)) for v in cur}
        matters = sorted({str(r["matter"]) for r in rows if r.get("matter")})
        questions = dict(store.conn.execute(
            f"SELECT id, question FROM matters WHERE id IN ({', '.join('?' * len(matters))})",
            matters,
        ).fetchall())  # fmt: skip
        for r in rows:
            out: Row = {
                "id": r["id"], "kind": r["kind"], "confidence": r["confidence"],
                "matter_id": r.get("matter"), "question": questions.get(r.get("matter")),
                "cue": r.get("cue"), "reason": r.get("reason"), "pairs": r.get("pairs"),
                "support": r.get("support"),
            }  # fmt: skip
            for s in "ab":
                side = sides.get(int(r[f"{s}_statement"]), {})  # type: ignore[call-overload]
                # the pair's own: its date (as the analysis dated it), stance and text
                stated = {"statement": int(r[f"{s}_statement"]), "date": r[f"{s}_date"],  # type: ignore[call-overload]
                          "stance": r[f"{s}_stance"], "text": r[f"{s}_text"],
                          "speaker": side.get("speaker") or r[f"{s}_speaker"]}  # fmt: skip
                for name, _ in SIDE:
                    out[f"{s}_{name}"] = stated[name] if name in stated else side.get(name)
            yield out


Exporter = Callable[..., int]


def _filters_of(function: Exporter) -> tuple[Exporter, frozenset[str]]:
    """An export and the filters it takes: its keyword-only arguments but ``batch_size``,
    read from its signature so that a filter added to it is taken here too."""
    return function, frozenset(
        p.name for p in signature(function).parameters.values()
        if p.kind is Parameter.KEYWORD_ONLY and p.name != "batch_size"
    )  # fmt: skip


# what each export is, and the filters it takes (the keyword arguments of its function)
EXPORTS: dict[str, tuple[Exporter, frozenset[str]]] = {
    "statements": _filters_of(export_statements),
    "matters": _filters_of(export_matters),
    "stances": _filters_of(export_stances),
    "contradictions": _filters_of(export_contradictions),
}
WHAT = tuple(EXPORTS)


def export(
    store: Store,
    out: Out,
    what: str = "statements",
    format: Format = "jsonl",
    *,
    batch_size: int = 10_000,
    **filters: object,
) -> int:
    """Write the rows ``what`` names (statements, matters, stances or contradictions) that
    ``filters`` keep to ``out``; return how many. A filter given (not None, empty or False)
    that these rows do not take is a :class:`UsageError` that names the ones they take.

    Raises:
        UsageError: an unknown ``what`` or format, or a filter these rows do not take.
        MissingExtra: Parquet without pyarrow installed.
        OutputError: ``out`` is a path that cannot be written.
    """
    if what not in EXPORTS:
        raise UsageError(f"Nothing called {what!r} can be exported. Choose one of: "
                         f"{', '.join(WHAT)}.")  # fmt: skip
    check_format(format)
    function, takes = EXPORTS[what]
    given = {k: v for k, v in filters.items() if v is not None and v != "" and v is not False}
    if extra := sorted(set(given) - takes):
        raise UsageError(
            f"Exported {what} cannot be filtered by {', '.join(map(_option, extra))}; they "
            f"take {', '.join(sorted(map(_option, takes)))}."
        )
    return function(store, out, format, batch_size=batch_size, **given)


def _option(name: str) -> str:
    """A filter as its option is spelt on the command line, without the dashes."""
    return {"matter_id": "matter"}.get(name, name).replace("_", "-")
