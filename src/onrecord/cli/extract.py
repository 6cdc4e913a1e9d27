"""``onrecord extract``: the record of articles as JSON, JSON Lines, a table or Markdown."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

import click

from ..errors import OnrecordError
from ..models import Record, RunReport, Skipped
from ..render import FORMATS, render, report_lines
from ._base import (
    cli,
    cli_errors,
    cue_weights_option,
    date_order_option,
    encoding_option,
    learned_note,
    max_bytes_option,
)

if TYPE_CHECKING:  # the readers are imported when a command reads
    from ..ingest.dates import DateOrder


class InputSkipped(OnrecordError):
    """The one input given could not be read; the message carries its typed reason."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format (default: json for one article, jsonl for several).",
)
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
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write here instead of standard output.",
)
@click.option("--silent", is_flag=True, help="Print no summary on stderr.")
def extract(
    paths: tuple[str, ...],
    fmt: str | None,
    published: str | None,
    model: str | None,
    cue_weights: str | None,
    encoding: str | None,
    date_order: DateOrder | None,
    max_bytes: int | None,
    output: TextIO,
    silent: bool,
) -> None:
    """Extract who said what, when, through which outlet from PATHS.

    PATHS are .txt, .html/.htm and .jsonl files, folders of them, or - for standard input.
    Exit code 0: all articles read; 1: some were skipped (listed on stderr); 3: nearly all
    (over 99% of two or more inputs) were skipped.
    """
    from ..extractor import extract_many

    with cli_errors():
        if published is not None:
            from ..ingest.dates import normalize_published

            published = normalize_published(published, what="--published")
        single = len(paths) == 1 and not paths[0].endswith(".jsonl") and _is_file(paths[0])
        fmt = fmt or ("json" if single else "jsonl")
        records, skipped, n_statements = 0, [], 0
        note = learned_note(cue_weights)  # and a missing table is said before any work
        items = extract_many(
            paths, published=published, model=model, encoding=encoding, cue_weights=cue_weights,
            max_bytes=max_bytes, date_order=date_order,
        )  # fmt: skip
        for item in items:
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            assert isinstance(item, Record)
            records += 1
            n_statements += len(item.statements)
            for chunk in render([item], fmt):
                output.write(chunk)
        report = RunReport(records=records, statements=n_statements, skipped=tuple(skipped))
        if records == 0 and single and skipped:
            s = skipped[0]
            raise InputSkipped(f"{s.source}: {s.reason}: {s.detail}")
        if not silent or skipped:
            lines = report_lines(report)
            lines[0] += note
            for line in lines:
                click.echo(line, err=True)
    sys.exit(report.exit_code)


def _is_file(path: str) -> bool:
    from pathlib import Path

    return path == "-" or Path(path).is_file()
