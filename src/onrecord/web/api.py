"""The REST API under ``/api``: JSON for every page, paged and filterable.

Each route has a plain ``*_data`` function that the HTML pages call too, so that a page and
the JSON it links to always show the same data.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from ..models import file_name
from ..store import Store, queries
from ..store.errors import SpeakerNotFound
from . import matters, reads, schemas
from .errors import MissingRecord
from .params import (
    TEXT,
    Confidence,
    Disputed,
    Id,
    Kind,
    Limit,
    MatterId,
    MatterParam,
    MinStatements,
    Offset,
    OutletName,
    QuestionWords,
    Reason,
    Since,
    SpeakerName,
    SpeakerType,
    Until,
    Words,
)
from .pool import StorePool

Row = dict[str, object]

ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": schemas.Error, "description": "A parameter is not valid."},
    404: {"model": schemas.Error, "description": "Nothing with that id."},
}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


def get_pool(request: Request) -> StorePool:
    pool: StorePool = request.app.state.pool
    return pool


Pool = Annotated[StorePool, Depends(get_pool)]


def paged(request: Request, rows: list[Row], limit: int, offset: int, **extra: object) -> Row:
    """The page envelope; ``rows`` holds up to ``limit + 1`` rows, the extra one means more."""
    more = len(rows) > limit
    nxt = request.url.include_query_params(offset=offset + limit, limit=limit) if more else None
    return {
        "ok": True,
        "limit": limit,
        "offset": offset,
        "next": f"{nxt.path}?{nxt.query}" if nxt else None,
        **extra,
        "rows": rows[:limit],
    }


# -- data functions, shared with the pages ------------------------------------------------


def stats_data(store: Store) -> Row:
    out = queries.stats(store)
    rows = out["readings"]
    assert isinstance(rows, list)
    out["readings"] = [_public(r) for r in rows]
    # calendar dates only: a week or season value ("2024-W02-WE") sorts after every day
    out["first_date"], out["last_date"] = reads.date_range(store)
    out["analyzed"] = matters.analyzed(store)
    out.update(matters.counts(store))
    return {"ok": True, **out}


def _public(row: Row) -> Row:
    """A row of ``queries.readings`` with its tables named by their files' names: the server's
    paths are its own."""
    tables = row["cue_tables"]
    assert isinstance(tables, list)
    names = (file_name(t) for t in tables)
    return {**row, "cue_tables": list(dict.fromkeys(n for n in names if n))}


def speaker_data(store: Store, speaker_id: int, limit: int = 50) -> Row:
    """One speaker, by id, with the matters they spoke on.

    Raises:
        MissingRecord: no speaker has this id (the store's own error names a command line).
    """
    try:
        out = queries.speaker(store, speaker_id, limit=limit)
    except SpeakerNotFound as e:
        raise MissingRecord("speaker", speaker_id, "speakers") from e
    out["matters"] = matters.matters(store, speaker=int(out["id"]), order="recent", limit=50)  # type: ignore[call-overload]
    return {"ok": True, **out}


# -- routes -----------------------------------------------------------------------------------


@router.get("/stats", response_model=schemas.Stats, summary="Counts and the busiest speakers")
def api_stats(pool: Pool) -> Row:
    """Counts of articles, statements, speakers, outlets, matters and contradictions."""
    with pool.borrow() as store:
        return stats_data(store)


@router.get("/articles", response_model=schemas.Articles, summary="Articles, newest first")
def api_articles(
    request: Request,
    pool: Pool,
    outlet: OutletName = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Row:
    """Articles with their outlet and number of statements, filtered by outlet and dates."""
    with pool.borrow() as store:
        rows = reads.articles(
            store,
            outlet=outlet or None,
            since=since or None,
            until=until or None,
            limit=limit + 1,
            offset=offset,
        )
    return paged(request, rows, limit, offset)


@router.get("/articles/{article_id}", response_model=schemas.Article, summary="One article")
def api_article(article_id: Id, pool: Pool) -> Row:
    """The clean text, removed boilerplate lines and every statement with its offsets."""
    with pool.borrow() as store:
        return {"ok": True, **reads.article(store, article_id)}


@router.get("/speakers", response_model=schemas.Speakers, summary="Speakers, most quoted first")
def api_speakers(
    request: Request,
    pool: Pool,
    q: Annotated[
        str | None, Query(max_length=200, pattern=TEXT, description="Part of a name.")
    ] = None,
    type: SpeakerType = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Row:
    """Speakers who made statements, filtered by part of any name they went by and type."""
    with pool.borrow() as store:
        rows = queries.speakers(
            store, search=q or None, type=type or None, limit=limit + 1, offset=offset
        )
    return paged(request, rows, limit, offset)


@router.get("/speakers/{speaker_id}", response_model=schemas.Speaker, summary="One speaker")
def api_speaker(speaker_id: Id, pool: Pool, limit: Limit = 50) -> Row:
    """Aliases, roles over time, outlets that quoted them, latest statements and matters."""
    with pool.borrow() as store:
        return speaker_data(store, speaker_id, limit)


@router.get("/statements", response_model=schemas.Statements, summary="Statements, newest first")
def api_statements(
    request: Request,
    pool: Pool,
    q: Words = None,
    speaker: SpeakerName = None,
    outlet: OutletName = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Row:
    """Statements filtered by words (full text), speaker, outlet and dates; the search page.

    An empty answer whose ``speaker`` or ``outlet`` names nothing in the store says so in
    ``notes``, so that a misspelt name does not read as "nothing was said".
    """
    if q and not queries.fts_query(q).strip():  # no word FTS5 can take
        return paged(request, [], limit, offset, notes=[])
    with pool.borrow() as store:
        rows = queries.statements(
            store, search=q or None, speaker=speaker or None, outlet=outlet or None,
            since=since or None, until=until or None, limit=limit + 1, offset=offset,
        )  # fmt: skip
        notes = [] if rows else reads.unmatched(store, speaker=speaker, outlet=outlet, api=True)
    return paged(request, rows, limit, offset, notes=notes)


@router.get("/search", response_model=schemas.Statements, summary="Full-text search, best first")
def api_search(
    request: Request,
    pool: Pool,
    q: Annotated[
        str, Query(min_length=1, max_length=500, pattern=TEXT, description="Words to find.")
    ],
    limit: Limit = 20,
    offset: Offset = 0,
) -> Row:
    """Statements matching every word, ranked by BM25 (``/api/statements?q=`` sorts by date)."""
    if not queries.fts_query(q).strip():  # only characters FTS5 cannot take: nothing matches
        return paged(request, [], limit, offset)
    with pool.borrow() as store:
        rows = queries.search(store, q, limit=limit + 1, offset=offset)
    return paged(request, rows, limit, offset)


@router.get("/outlets", response_model=schemas.Outlets, summary="Outlets")
def api_outlets(pool: Pool) -> Row:
    """Every outlet with the number of articles it published."""
    with pool.borrow() as store:
        return {"ok": True, "rows": reads.outlets(store)}


@router.get("/skips", response_model=schemas.Skips, summary="Skipped inputs, in the order seen")
def api_skips(
    request: Request, pool: Pool, reason: Reason = None, limit: Limit = 50, offset: Offset = 0
) -> Row:
    """Inputs that did not become articles, with their reason and a detail that says how to fix
    them (``onrecord skips``); ``/api/stats`` counts them by reason."""
    with pool.borrow() as store:
        rows = queries.skips(store, reason=reason or None, limit=limit + 1, offset=offset)
    return paged(request, rows, limit, offset)


@router.get("/matters", response_model=schemas.Matters, summary="Matters, most disputed first")
def api_matters(
    request: Request,
    pool: Pool,
    speaker: SpeakerName = None,
    since: Since = None,
    until: Until = None,
    q: QuestionWords = None,
    disputed: Disputed = False,
    min_statements: MinStatements = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Row:
    """Questions that statements answer, with stance counts; empty until ``onrecord analyze``.

    The filters are those of ``onrecord matters`` (one query answers both): ``speaker`` is any
    name or an id; ``since`` and ``until`` keep matters with a statement between them (the
    speaker's own, with ``speaker``). An empty answer whose ``speaker`` names nobody in the
    store says so in ``notes``.
    """
    return matters_data(
        request, pool, speaker=speaker, since=since, until=until, q=q, disputed=disputed,
        min_statements=min_statements, limit=limit, offset=offset, api=True,
    )  # fmt: skip


def matters_data(
    request: Request,
    pool: StorePool,
    *,
    speaker: str | None,
    since: str | None,
    until: str | None,
    q: str | None,
    disputed: bool,
    min_statements: int | None,
    limit: int,
    offset: int,
    api: bool,
) -> Row:
    """The page of matters behind ``/api/matters`` and ``/matters``, in one pass over the
    store: its ``notes`` point to the names' list of the JSON routes (``api``) or the pages."""
    with pool.borrow() as store:
        rows = matters.matters(
            store, speaker=speaker or None, since=since or None, until=until or None,
            search=q or None, disputed=disputed, min_statements=min_statements,
            limit=limit + 1, offset=offset,
        )  # fmt: skip
        analyzed = matters.analyzed(store)
        notes = [] if rows or not analyzed else reads.unmatched(
            store, speaker=speaker, outlet=None, api=api
        )  # fmt: skip
    return paged(request, rows, limit, offset, analyzed=analyzed, notes=notes)


@router.get("/matters/{matter_id}", response_model=schemas.Matter, summary="One matter")
def api_matter(matter_id: MatterId, pool: Pool) -> Row:
    """Every statement on the matter with its stance, by date, and its contradictions."""
    with pool.borrow() as store:
        return {"ok": True, **matters.matter(store, matter_id)}


@router.get("/contradictions", response_model=schemas.Contradictions, summary="Contradictions")
def api_contradictions(
    request: Request,
    pool: Pool,
    speaker: SpeakerName = None,
    matter: MatterParam = None,
    since: Since = None,
    until: Until = None,
    kind: Kind = None,
    min_confidence: Confidence = 0.0,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Row:
    """Pairs of statements that contradict, most confident first, with both articles.

    The filters are those of ``onrecord contradictions`` (one query answers both): ``speaker``
    is any name or an id; ``since`` and ``until`` keep the pairs with a statement dated
    between them (one of the two, the same for both). An empty answer whose ``speaker`` or
    ``matter`` names nothing in the store says so in ``notes``.
    """
    return contradictions_data(
        request, pool, speaker=speaker, matter=matter, since=since, until=until, kind=kind,
        min_confidence=min_confidence, limit=limit, offset=offset, api=True,
    )  # fmt: skip


def contradictions_data(
    request: Request,
    pool: StorePool,
    *,
    speaker: str | None,
    matter: str | None,
    since: str | None,
    until: str | None,
    kind: str | None,
    min_confidence: float,
    limit: int,
    offset: int,
    api: bool,
) -> Row:
    """The page of disagreements behind ``/api/contradictions`` and ``/contradictions``, in
    one pass over the store: its ``notes`` point to the JSON routes (``api``) or the pages."""
    with pool.borrow() as store:
        rows = matters.contradictions(
            store, speaker=speaker or None, matter_id=matter or None, since=since or None,
            until=until or None, kind=kind or None, min_confidence=min_confidence,
            limit=limit + 1, offset=offset,
        )  # fmt: skip
        analyzed = matters.analyzed(store)
        notes = [] if rows or not analyzed else [
            *reads.unmatched(store, speaker=speaker, outlet=None, api=api),
            *matters.unknown_matter(store, matter, api=api),
        ]  # fmt: skip
    return paged(request, rows, limit, offset, analyzed=analyzed, notes=notes)
