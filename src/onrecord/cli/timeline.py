"""``onrecord timeline``: the dated statements and events of articles, in date order."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from ..models import Record, RunReport, Skipped
from ..render import report_lines
from ._base import (
    cli,
    cli_errors,
    cue_weights_option,
    date_order_option,
    encoding_option,
    max_bytes_option,
)

if TYPE_CHECKING:  # the readers are imported when a command reads
    from ..ingest.dates import DateOrder


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published", metavar="YYYY-MM-DD", help="Publication date; overrides the article's."
)
@click.option(
    "--model", envvar="ONRECORD_MODEL", help="spaCy pipeline to use [env ONRECORD_MODEL]."
)
@cue_weights_option
@encoding_option
@date_order_option
@max_bytes_option
@click.option("--json", "as_json", is_flag=True, help="Print the entries as a JSON list.")
def timeline(
    paths: tuple[str, ...],
    published: str | None,
    model: str | None,
    cue_weights: str | None,
    encoding: str | None,
    date_order: DateOrder | None,
    max_bytes: int | None,
    as_json: bool,
) -> None:
    """List the dated statements and events of PATHS in date order, with their sentence.

    Exit code 0: all articles read; 1: some were skipped (listed on stderr); 3: nearly all
    (over 99% of two or more inputs) were skipped.
    """
    from ..extractor import extract_many
    from ..timeline import build_timeline, render_timeline

    with cli_errors():
        if published is not None:
            from ..ingest.dates import normalize_published

            published = normalize_published(published, what="--published")
        items = list(extract_many(paths, published=published, model=model, encoding=encoding,
                                  cue_weights=cue_weights, max_bytes=max_bytes,
                                  date_order=date_order))  # fmt: skip
        records = [r for r in items if isinstance(r, Record)]
        skipped = tuple(s for s in items if isinstance(s, Skipped))
        entries = build_timeline(records)
    if as_json:
        click.echo(json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=2))
    else:
        click.echo(render_timeline(entries), nl=False)
    report = RunReport(
        records=len(records), statements=sum(len(r.statements) for r in records), skipped=skipped
    )
    if skipped:
        for line in report_lines(report):
            click.echo(line, err=True)
    sys.exit(report.exit_code)
