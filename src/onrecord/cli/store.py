"""Corpus commands: ``ingest`` into the store, then ``speakers``, ``speaker``, ``statements``,
``search``, ``stats``, ``skips`` and ``export``. Each body calls an importable function."""

from __future__ import annotations

import csv
import io
import json
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, get_args

import click

from ..errors import UsageError
from ..models import MixedReadings, RunReport, SkipReason
from ..readings import warning
from ..store import Store, queries
from ..store.export import FORMATS
from ._base import (
    cli,
    cli_errors,
    cue_weights_option,
    date_order_option,
    encoding_option,
    learned_note,
    max_bytes_option,
)
from .params import LIMIT, OFFSET, Count, check_date

if TYPE_CHECKING:  # the readers are imported when a command reads
    from ..ingest.dates import DateOrder

F = TypeVar("F", bound=Callable[..., object])
Row = dict[str, object]


def db_option(f: F) -> F:
    """``--db``: the store to use (env ``ONRECORD_DB``)."""
    return click.option(
        "--db", default="onrecord.db", show_default=True, envvar="ONRECORD_DB",
        type=click.Path(dir_okay=False), help="The onrecord store (SQLite) [env ONRECORD_DB].",
    )(f)  # fmt: skip


def output_options(f: F) -> F:
    """``--json`` (default), ``--nl`` (JSON Lines), ``--csv`` or ``--table``."""
    for flag, value, text in reversed([
        ("--json", "json", "Output a JSON array (default)."),
        ("--nl", "nl", "Output newline-delimited JSON, one row per line."),
        ("--csv", "csv", "Output CSV with a header row."),
        ("--table", "table", "Output a text table."),
    ]):  # fmt: skip
        if value == "json":
            f = click.option(flag, "fmt", flag_value=value, default=True, help=text)(f)
        else:
            f = click.option(flag, "fmt", flag_value=value, help=text)(f)
    return f


def page_options(f: F) -> F:
    """``--limit`` and ``--offset``."""
    f = click.option("--offset", default=0, show_default=True, type=OFFSET, help="Rows to skip.")(f)
    return click.option("--limit", default=50, show_default=True, type=LIMIT,
                        help="Rows at most.")(f)  # fmt: skip


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# Columns a person rarely reads in a terminal; --json, --nl and --csv keep every column.
TABLE_HIDDEN = frozenset(
    "speaker_id speaker_type article_id article_uid url source date_text date_basis rank "
    "a_statement b_statement reason title".split()
)


def format_rows(
    rows: list[Row], fmt: str, *, width: int = 60, hidden: frozenset[str] = TABLE_HIDDEN
) -> str:
    """Rows as JSON, JSON Lines, CSV or a plain text table (without the ``hidden`` columns)."""
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if fmt == "nl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    columns = list(dict.fromkeys(k for r in rows for k in r))
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(r.get(c)) for c in columns] for r in rows)
        return buf.getvalue()
    columns = [c for c in columns if c not in hidden] or columns
    cells = [[" ".join(_cell(r.get(c)).split()) for c in columns] for r in rows]
    cells = [[v if len(v) <= width else v[: width - 1] + "…" for v in row] for row in cells]
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def format_object(obj: Row, fmt: str, *, width: int = 60) -> str:
    """One object: JSON, one JSON line, key/value CSV (a list's value as JSON text, so that
    nothing is dropped), or a table per list in it (cells cut at ``width`` characters)."""
    if fmt == "json":
        return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    if fmt == "nl":
        return json.dumps(obj, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return format_rows([{"key": k, "value": v} for k, v in obj.items()], "csv")
    out = [f"{k}: {_cell(v)}" for k, v in obj.items() if not isinstance(v, list)]
    for k, v in obj.items():
        if isinstance(v, list) and v:
            out.append(f"\n{k}:\n" + format_rows(v, "table", width=width).rstrip())
    return "\n".join(out) + "\n"


class ProgressBar:
    """Articles, skips and articles/s on one stderr line; a no-op when silent or not a TTY."""

    def __init__(self, *, silent: bool = False) -> None:
        self.enabled = not silent and sys.stderr.isatty()
        self.start = self.last = time.monotonic()
        self.drawn = False

    def __call__(self, done: int, skipped: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.1:
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        click.echo(f"\r{done:,} articles  {skipped:,} skipped  {rate:,.1f} articles/s ",
                   err=True, nl=False)  # fmt: skip
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            click.echo(err=True)


def _summary(report: RunReport, db: str) -> str:
    line = f"Stored {report.records:,} article(s), {report.statements:,} statement(s) in {db}"
    if report.skipped:
        counts = report.to_dict()["skipped_by_reason"]
        assert isinstance(counts, dict)
        reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items()))
        line += f"; skipped {len(report.skipped):,} ({reasons}): onrecord skips --db {db}"
    if report.already:
        line += f"; {report.already:,} already stored"
    if report.skipped_before:
        line += (f"; {report.skipped_before:,} skipped by an earlier run "
                 f"(onrecord skips --db {db})")  # fmt: skip
    return line


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", default=1, show_default=True, help="Processes for the NLP.")
@click.option(
    "--runner",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Where the NLP runs: here (--workers processes) or on Ray actors [ray].",
)
@click.option(
    "--ray-address",
    metavar="ADDRESS",
    help="Ray cluster to join (auto, ray://host:10001); default: a local instance.",
)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for every article.")
@click.option("--model", envvar="ONRECORD_MODEL", help="spaCy pipeline [env ONRECORD_MODEL].")
@cue_weights_option
@encoding_option
@date_order_option
@max_bytes_option
@click.option("--batch-size", default=16, show_default=True, help="Articles per NLP batch.")
@click.option("--commit-every", default=64, show_default=True,
              help="Articles (and skips) per committed transaction.")  # fmt: skip
@click.option("--silent", is_flag=True,
              help="No progress bar and no summary (a store that now mixes readings is still "
              "said).")  # fmt: skip
def ingest(
    paths: tuple[str, ...],
    db: str,
    workers: int | None,
    runner: str,
    ray_address: str | None,
    published: str | None,
    model: str | None,
    cue_weights: str | None,
    encoding: str | None,
    date_order: DateOrder | None,
    max_bytes: int | None,
    batch_size: int,
    commit_every: int,
    silent: bool,
) -> None:
    """Read PATHS (files, folders, .jsonl, .warc, - for stdin) into the store.

    Articles already stored are not read again: run it again after a crash to resume.
    The store keeps how each article was read (spaCy pipeline, cue setting); a run that adds
    articles read otherwise than the stored ones goes on, and warns (onrecord stats counts them).
    With --runner ray the NLP runs on Ray actors (--workers of them, else one per CPU of the
    cluster) and this process writes the store.
    Exit code 0: all stored; 1: some skipped (see onrecord skips); 3: nearly all failed.
    """
    from ..runners.local import ingest as run_ingest

    bar = ProgressBar(silent=silent)
    # printed after the summary, and only there: the runner does not log it as well
    mixed: list[MixedReadings] = []
    with cli_errors(), Store.open(db) as store:
        if ray_address and runner != "ray":
            raise UsageError("--ray-address needs --runner ray.")
        note = learned_note(cue_weights)  # and a missing table is said before any work
        try:
            if runner == "ray":
                from ..runners.ray import ingest_ray

                report = ingest_ray(paths, store, published=published, model=model,
                                    actors=workers, cue_weights=cue_weights,
                                    address=ray_address, batch_size=batch_size,
                                    progress=bar, commit_every=commit_every,
                                    on_mixed=mixed.extend, encoding=encoding,
                                    max_bytes=max_bytes, date_order=date_order)  # fmt: skip
            else:
                report = run_ingest(paths, store, published=published, model=model,
                                    workers=workers or 1, batch_size=batch_size, progress=bar,
                                    commit_every=commit_every, cue_weights=cue_weights,
                                    on_mixed=mixed.extend, encoding=encoding,
                                    max_bytes=max_bytes, date_order=date_order)  # fmt: skip
        except KeyboardInterrupt:
            bar.close()
            click.echo(f"Interrupted. What was committed is kept in {db}; run the same "
                       "command again to resume.", err=True)  # fmt: skip
            raise SystemExit(130) from None
    bar.close()
    if not silent:
        click.echo(_summary(report, db) + note, err=True)
    if mixed:  # a warning about the record itself: said even with --silent
        click.echo(warning(mixed, db), err=True)
    raise SystemExit(report.exit_code)


@cli.command()
@db_option
@output_options
@page_options
@click.option("--reason", type=click.Choice(get_args(SkipReason)), metavar="REASON",
              help=f"Only this reason: {', '.join(get_args(SkipReason))}.")  # fmt: skip
def skips(db: str, fmt: str, limit: int, offset: int, reason: str | None) -> None:
    """Inputs that were skipped, with their reasons."""
    with cli_errors(), Store.open(db, create=False) as store:
        rows = queries.skips(store, reason=reason, limit=limit, offset=offset)
    # which input and why are what a skip is: the table keeps them
    click.echo(format_rows(rows, fmt, hidden=TABLE_HIDDEN - {"source", "reason"}), nl=False)


@cli.command()
@db_option
@output_options
@page_options
@click.option("--search", help="Only speakers with an alias containing this.")
@click.option("--type", "type_", type=click.Choice(["person", "organization", "outlet", "unknown"]))
def speakers(db: str, fmt: str, limit: int, offset: int, search: str | None,
             type_: str | None) -> None:  # fmt: skip
    """Speakers, the most quoted first."""
    with cli_errors(), Store.open(db, create=False) as store:
        rows = queries.speakers(store, search=search, type=type_, limit=limit, offset=offset)
    click.echo(format_rows(rows, fmt), nl=False)


@cli.command()
@click.argument("name")
@db_option
@output_options
@click.option("--limit", default=50, show_default=True, type=LIMIT, help="Statements at most.")
def speaker(name: str, db: str, fmt: str, limit: int) -> None:
    """One speaker (NAME, any alias, or id): roles, outlets, statements by date."""
    with cli_errors(), Store.open(db, create=False) as store:
        obj = queries.speaker(store, name, limit=limit)
    click.echo(format_object(obj, fmt), nl=False)


def unmatched(store: Store, filters: dict[str, str | None]) -> list[str]:
    """What to say on stderr of the --speaker and --outlet that name nothing stored."""
    return queries.unmatched_filters(store, speaker=filters.get("speaker"),
                                     outlet=filters.get("outlet"))  # fmt: skip


def statement_filters(f: F) -> F:
    """``--speaker``, ``--outlet``, ``--since``, ``--until``, ``--search``."""
    for flag, text in reversed([
        ("--speaker", "A speaker's name (any alias) or id."),
        ("--outlet", "The outlet that published the article."),
        ("--since", "First date (YYYY-MM-DD, inclusive)."),
        ("--until", "Last date (YYYY-MM-DD or a prefix such as 2024-03, inclusive)."),
        ("--search", "Words that must all occur in the statement."),
    ]):  # fmt: skip
        dated = flag in ("--since", "--until")
        f = click.option(flag, help=text, callback=check_date if dated else None)(f)
    return f


@cli.command()
@db_option
@output_options
@page_options
@statement_filters
def statements(db: str, fmt: str, limit: int, offset: int, **filters: str | None) -> None:
    """Statements, newest first."""
    with cli_errors(), Store.open(db, create=False) as store:
        rows = queries.statements(store, limit=limit, offset=offset, **filters)
        notes = [] if rows else unmatched(store, filters)
    click.echo(format_rows(rows, fmt), nl=False)
    for note in notes:
        click.echo(note, err=True)


@cli.command()
@click.argument("text")
@db_option
@output_options
@page_options
def search(text: str, db: str, fmt: str, limit: int, offset: int) -> None:
    """Full-text search over what was said, best match first."""
    if not text.strip():  # an empty answer would read as "nobody said it"
        raise click.BadParameter(
            'it is empty; give the words to look for, e.g. onrecord search "formal meeting".',
            param_hint="TEXT",
        )
    with cli_errors(), Store.open(db, create=False) as store:
        rows = queries.search(store, text, limit=limit, offset=offset)
    click.echo(format_rows(rows, fmt), nl=False)


@cli.command()
@db_option
@output_options
def stats(db: str, fmt: str) -> None:
    """Counts, date range, skips by reason, readings, top speakers and outlets."""
    with cli_errors(), Store.open(db, create=False) as store:
        obj = queries.stats(store)
    if fmt == "table":  # each reading by its label, whole; --json has its fields and paths
        rows = obj["readings"]
        assert isinstance(rows, list)
        obj["readings"] = [{"articles": r["articles"], "reading": r["reading"]} for r in rows]
    click.echo(format_object(obj, fmt, width=100), nl=False)


def export_filters(f: F) -> F:
    """The filters of ``onrecord export``: each of the rows it writes takes some of them."""
    for decorator in reversed([
        click.option("--speaker", help="A speaker's name (any alias) or id: their statements, "
                     "the matters they spoke on, the pairs they are a side of."),
        click.option("--outlet", help="The outlet that published the article [statements]."),
        click.option("--since", metavar="YYYY-MM-DD", callback=check_date,
                     help="First date (inclusive)."),
        click.option("--until", metavar="YYYY-MM-DD", callback=check_date,
                     help="Last date (inclusive; a prefix such as 2024-03 keeps all of it)."),
        click.option("--search", help="Words that must all occur: in the statement "
                     "[statements], in the question [matters, stances]."),
        click.option("--matter", "matter_id", metavar="ID",
                     help="Only this matter's [stances, contradictions]."),
        click.option("--disputed", is_flag=True, help="Only matters with a contradiction, "
                     "reversal or rebuttal [matters, stances]."),
        click.option("--min-statements", type=Count(min=1), metavar="N",
                     help="Only matters with at least N statements [matters, stances]."),
        click.option("--kind", type=click.Choice(["contradiction", "reversal", "rebuttal"]),
                     help="Only this kind of pair [contradictions]."),
        click.option("--min-confidence", type=click.FloatRange(0.0, 1.0),
                     help="Only pairs at or above this confidence [contradictions]."),
    ]):  # fmt: skip
        f = decorator(f)
    return f


# what ``onrecord export`` writes: the names of ``onrecord.matters.export.EXPORTS`` (tested
# equal), written out so that the command line does not import the matters to list them
WHAT = ("statements", "matters", "stances", "contradictions")


@cli.command()
@click.argument("what", type=click.Choice(WHAT), default="statements", required=False)
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write here (default: standard output; Parquet needs a file).")  # fmt: skip
@export_filters
def export(what: str, db: str, fmt: str, output: str, **filters: object) -> None:
    """Export statements (the default), matters, stances or contradictions.

    statements: each with its speaker, article, outlet and date. matters: one row per matter,
    its question, stance counts and first and last dates. stances: one row per statement in a
    matter, with its stance and the words that decided it. contradictions: one row per pair,
    both statements' speakers, texts, dates, articles and character offsets. A filter that
    the rows do not take (in brackets) is an error.
    """
    from ..matters.export import export as export_rows

    with cli_errors(), Store.open(db, create=False) as store:
        if output == "-" and fmt == "parquet":
            raise click.UsageError(f"Parquet is written to a file: add -o {what}.parquet")
        target = sys.stdout.buffer if output == "-" else output
        try:
            n = export_rows(store, target, what, fmt, **filters)  # type: ignore[arg-type]
        except UsageError as e:  # a filter these rows do not take: exit 2, as click's own
            raise click.UsageError(str(e)) from e
        named = {k: str(v) if v else None for k, v in filters.items() if k in ("speaker", "outlet")}
        notes = [] if n else unmatched(store, named)
    for note in notes:
        click.echo(note, err=True)
    if output != "-":
        click.echo(f"Exported {n:,} {what[:-1]}(s) to {output}", err=True)
