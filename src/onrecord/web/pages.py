"""The HTML pages: server-rendered Jinja2, each built from the same data as the JSON it links to."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from ..store import Store, queries
from . import api, markup, matters, reads
from .api import Pool
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

Row = dict[str, object]

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
    auto_reload=False,  # compiled once: no stat of the template file on every request
    cache_size=-1,  # every template stays compiled
)
_env.globals.update(
    highlight=markup.highlight,
    mark_terms=markup.mark_terms,
    timeline_svg=markup.timeline_svg,
    bars_svg=markup.bars_svg,
    roles_svg=markup.roles_svg,
    describe=markup.describe,
    stance_colours=markup.STANCE_COLOURS,
    how_to_analyze=matters.HOW_TO,
)
templates = Jinja2Templates(env=_env)


def compile_templates() -> None:
    """Compile every page template now, so that no request pays for it (called at start-up)."""
    for name in _env.list_templates(extensions=["html"]):
        _env.get_template(name)


router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
DEFAULT_LIMIT = 50  # rows per page; a form keeps another one the link asked for, as a hidden field


def _query(request: Request, path: str | None = None, **changes: object) -> str:
    """``path`` (default: this page's) with this request's query, changed by ``changes``.

    Empty parameters, what a filter form sends for its empty fields and means no filter, are
    left out, so that the pages after a form's answer keep its filters in a short link.
    """
    params = {k: v for k, v in request.query_params.items() if k not in changes and v != ""}
    params.update({k: str(v) for k, v in changes.items() if v not in (None, "")})
    query = urlencode(params)
    return (path or request.url.path) + (f"?{query}" if query else "")


def render(
    request: Request, name: str, json_url: str, status: int = 200, **context: object
) -> Response:
    """A page with the link to its JSON."""
    context.update(request=request, json_url=json_url, db_name=request.app.state.db_name)
    return templates.TemplateResponse(request, name, context, status_code=status)


def _api(request: Request) -> str:
    """The JSON twin of this page: ``/api`` + its path and query."""
    return _query(request, "/api" + (request.url.path if request.url.path != "/" else "/stats"))


def _pager(request: Request, page: Row) -> Row:
    """Links to the pages before and after, and which rows this one shows.

    A page past the last row (an old link, an offset typed by hand) links back to the first
    page instead of to the page before it, which would as likely be empty too.
    """
    offset, limit = int(page["offset"]), int(page["limit"])  # type: ignore[call-overload]
    if offset and not page["rows"]:
        return {"prev": _query(request, offset=None), "next": None, "first": None, "last": None}
    return {
        "prev": _query(request, offset=max(offset - limit, 0)) if offset else None,
        "next": _query(request, offset=offset + limit) if page["next"] else None,
        "first": offset + 1,
        "last": offset + len(page["rows"]),  # type: ignore[arg-type]
    }


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", "/api/stats", status, status_code=status, message=message)


@router.get("/")
def home(request: Request, pool: Pool) -> Response:
    with pool.borrow() as store:
        stats = api.stats_data(store)
        busiest = queries.speakers(store, limit=8)
        latest = matters.latest_contradictions(store, limit=4)
        recent = reads.articles(store, limit=6)
    return render(request, "home.html", "/api/stats", stats=stats, busiest=busiest,
                  latest=latest, recent=recent)  # fmt: skip


@router.get("/articles")
def articles_page(
    request: Request,
    pool: Pool,
    outlet: OutletName = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    page = api.api_articles(request, pool, outlet, since, until, limit, offset)
    with pool.borrow() as store:
        outlets = reads.outlets(store)
    return render(request, "articles.html", _api(request), page=page,
                  paging=_pager(request, page), outlets=outlets, outlet=outlet or "",
                  since=since or "", until=until or "")  # fmt: skip


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: Id, pool: Pool) -> Response:
    article = api.api_article(article_id, pool)
    return render(request, "article.html", _api(request), article=article)


@router.get("/speakers")
def speakers_page(
    request: Request,
    pool: Pool,
    q: Annotated[str | None, Query(max_length=200, pattern=TEXT)] = None,
    type: SpeakerType = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    page = api.api_speakers(request, pool, q, type, limit, offset)
    return render(request, "speakers.html", _api(request), page=page,
                  paging=_pager(request, page), q=q or "", type=type or "")  # fmt: skip


@router.get("/speakers/{speaker_id}")
def speaker_page(request: Request, speaker_id: Id, pool: Pool) -> Response:
    with pool.borrow() as store:
        speaker = api.speaker_data(store, speaker_id, 100)
        analyzed = matters.analyzed(store)
    return render(request, "speaker.html", _api(request), speaker=speaker, analyzed=analyzed)


@router.get("/matters")
def matters_page(
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
) -> Response:
    """The matters, with the filters of ``/api/matters`` (a link such as
    ``/matters?speaker=Lind&disputed=true`` narrows the list as the JSON does)."""
    page = api.matters_data(
        request, pool, speaker=speaker, since=since, until=until, q=q, disputed=disputed,
        min_statements=min_statements, limit=limit, offset=offset, api=False,
    )  # fmt: skip
    notes = page["notes"]
    narrowed = any([speaker, since, until, q, disputed, min_statements])
    form = {"speaker": speaker or "", "since": since or "", "until": until or "", "q": q or "",
            "disputed": disputed, "min_statements": min_statements or "",
            "limit": limit if limit != DEFAULT_LIMIT else ""}  # fmt: skip
    every = _query(request, "/matters", offset=None, **dict.fromkeys(MATTER_FILTERS))
    return render(request, "matters.html", _api(request), page=page, paging=_pager(request, page),
                  notes=notes, narrowed=narrowed, form=form, every=every)  # fmt: skip


MATTER_FILTERS = ("speaker", "since", "until", "q", "disputed", "min_statements")


@router.get("/matters/{matter_id}")
def matter_page(request: Request, matter_id: MatterId, pool: Pool) -> Response:
    matter = api.api_matter(matter_id, pool)
    return render(request, "matter.html", _api(request), matter=matter)


@router.get("/contradictions")
def contradictions_page(
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
) -> Response:
    """The disagreements, with the filters of ``/api/contradictions``; the kind tabs and the
    form of the other filters each keep the other's choice."""
    page = api.contradictions_data(
        request, pool, speaker=speaker, matter=matter, since=since, until=until, kind=kind,
        min_confidence=min_confidence, limit=limit, offset=offset, api=False,
    )  # fmt: skip
    # each kind's tab keeps the other filters (a speaker's reversals), and starts at page one
    tabs = [(label, _query(request, kind=k or None, offset=None), k == (kind or ""))
            for k, label in KIND_TABS]  # fmt: skip
    with pool.borrow() as store:
        narrowed = _narrowed(
            store, speaker or None, matter or None, since or None, until or None, min_confidence
        )
    form = {"speaker": speaker or "", "matter": matter or "", "since": since or "",
            "until": until or "", "kind": kind or "",
            "min_confidence": f"{min_confidence:g}" if min_confidence else "",
            "limit": limit if limit != DEFAULT_LIMIT else ""}  # fmt: skip
    return render(request, "contradictions.html", _api(request), page=page,
                  paging=_pager(request, page), tabs=tabs, narrowed=narrowed, notes=page["notes"],
                  form=form, every=_query(request, offset=None,
                                          **dict.fromkeys(PAIR_FILTERS)))  # fmt: skip


# the filters of the contradictions page's form; the kind is its tabs'
PAIR_FILTERS = ("speaker", "matter", "since", "until", "min_confidence")


KIND_TABS = [("", "All"), ("contradiction", "Between speakers"), ("reversal", "Reversals"),
             ("rebuttal", "Rebuttals")]  # fmt: skip


def _narrowed(
    store: Store, speaker: str | None, matter: str | None, since: str | None,
    until: str | None, min_confidence: float,
) -> list[str]:  # fmt: skip
    """The filters besides the kind, in words, so that a narrowed list does not pass for the
    whole record: "speaker Dana Markovic", "a statement since 2024-03"."""
    out = []
    if speaker is not None:
        ids = queries.find_speakers(store, speaker)
        out.append(f"speaker {(reads.speaker_name(store, ids[0]) if ids else None) or speaker}")
    if matter:
        out.append(f"the matter “{matters.question(store, matter) or matter}”")
    if since and until:
        out.append(f"a statement from {since} to {until}")
    elif since or until:
        out.append(f"a statement {'since' if since else 'until'} {since or until}")
    if min_confidence > 0:
        out.append(f"a confidence of at least {min_confidence:.0%}")
    return out


@router.get("/skips")
def skips_page(
    request: Request, pool: Pool, reason: Reason = None, limit: Limit = 50, offset: Offset = 0
) -> Response:
    """The inputs that did not become articles, with the reasons' counts to choose from."""
    page = api.api_skips(request, pool, reason, limit, offset)
    with pool.borrow() as store:
        counts = queries.skip_counts(store)
    return render(request, "skips.html", _api(request), page=page, paging=_pager(request, page),
                  counts=counts, reason=reason or "")  # fmt: skip


@router.get("/search")
def search_page(
    request: Request,
    pool: Pool,
    q: Words = None,
    speaker: SpeakerName = None,
    outlet: OutletName = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    page = api.api_statements(request, pool, q, speaker, outlet, since, until, limit, offset)
    with pool.borrow() as store:
        outlets = reads.outlets(store)
        notes = reads.unmatched(store, speaker=speaker, outlet=outlet)
    form = {"q": q or "", "speaker": speaker or "", "outlet": outlet or "",
            "since": since or "", "until": until or ""}  # fmt: skip
    return render(request, "search.html", _query(request, "/api/statements"), page=page,
                  paging=_pager(request, page), form=form, outlets=outlets,
                  notes=notes)  # fmt: skip


@router.get("/docs")
def docs_page(request: Request, pool: Pool) -> Response:
    """The REST reference, from the OpenAPI schema (offline: no Swagger UI from a CDN).

    Each route's "try" link fills its path and required parameters with values the store
    holds, so that it answers 200; a route the store has nothing for (no matter before an
    analysis) has no link.
    """
    spec = request.app.openapi()
    with pool.borrow() as store:
        examples = reads.examples(store)
        first_matter = matters.matters(store, limit=1)
    if first_matter:
        examples["matter_id"] = str(first_matter[0]["id"])
    routes = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = [
                {"name": p["name"], "in": p["in"], "required": p.get("required", False),
                 "description": p.get("description", ""),
                 "type": _type_name(p.get("schema", {}))}
                for p in op.get("parameters", [])
            ]  # fmt: skip
            required = [p["name"] for p in params if p["required"] and p["in"] == "query"]
            routes.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                           "description": op.get("description", ""), "params": params,
                           "try": _try_url(path, required, examples)})  # fmt: skip
    return render(request, "docs.html", "/openapi.json", routes=routes, spec=spec)


def _try_url(path: str, required: list[str], examples: dict[str, str]) -> str | None:
    """``path`` with its ``{name}`` parts and ``required`` query parameters filled from
    ``examples``; None when one of them has no example."""
    names = re.findall(r"{(\w+)}", path)
    if any(name not in examples for name in [*names, *required]):
        return None
    for name in names:
        path = path.replace(f"{{{name}}}", quote(examples[name], safe=""))
    return path + (f"?{urlencode({n: examples[n] for n in required})}" if required else "")


def _type_name(schema: dict[str, object]) -> str:
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])  # type: ignore[attr-defined]
    options = schema.get("anyOf")
    if isinstance(options, list):
        # an empty numeric parameter is its default: "integer (or empty)", not "integer | string"
        empty = {"const": "", "type": "string"} in options
        named = [_type_name(o) for o in options if o.get("type") != "null" and o.get("const") != ""]
        return " | ".join(named) + (" (or empty)" if empty else "")
    return str(schema.get("type", ""))
