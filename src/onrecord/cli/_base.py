"""The click group, shared options and the error translation used by every command."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from ..errors import OnrecordError


@click.group()
@click.version_option(package_name="onrecord")
@click.option("-v", "--verbose", count=True, help="-v for INFO, -vv for DEBUG logging on stderr.")
@click.option("--traceback", is_flag=True, help="Show the full traceback of an error.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, traceback: bool) -> None:
    """onrecord: who said what, when, through which outlet."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    if not verbose:
        # commands list skipped inputs themselves; the per-input warnings would repeat them
        logging.getLogger("onrecord.ingest.skips").setLevel(logging.ERROR)
    ctx.obj = {"traceback": traceback}


@contextlib.contextmanager
def cli_errors() -> Iterator[None]:
    """Turn an :class:`OnrecordError` into a clean ``Error: ...`` message and exit code 1."""
    try:
        yield
    except OnrecordError as e:
        ctx = click.get_current_context(silent=True)
        if ctx is not None and ctx.find_root().obj and ctx.find_root().obj.get("traceback"):
            raise
        raise click.ClickException(str(e)) from e


F = TypeVar("F", bound=Callable[..., Any])


def cue_weights_option(f: F) -> F:
    """``--cue-weights``: the learned pass's table, or ``off`` (see ``make cue-weights``)."""
    return click.option(
        "--cue-weights",
        metavar="PATH|off",
        help="Learned cue and content-edge weights: a table's path, or 'off' for the rules alone "
        "[env ONRECORD_CUE_WEIGHTS; default: a table trained by `make cue-weights`, else off].",
    )(f)


def max_bytes_option(f: F) -> F:
    """``--max-bytes``: the size over which an input is skipped as ``too_large``."""
    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        metavar="BYTES",
        help="Skip inputs larger than this as too_large [env ONRECORD_MAX_BYTES; default: "
        "20000000].",
    )(f)


def date_order_option(f: F) -> F:
    """``--date-order``: how an ambiguous slash date ("04/05/2026") in the inputs is read."""
    return click.option(
        "--date-order",
        type=click.Choice(["month-first", "day-first"]),
        metavar="ORDER",
        help="How a slash date both of whose numbers could be the month (04/05/2026) is read: "
        "month-first or day-first; 13/02/2026 is read the only way it can be [env "
        "ONRECORD_DATE_ORDER; default: month-first].",
    )(f)


def encoding_option(f: F) -> F:
    """``--encoding``: how text inputs that are not UTF-8 are decoded."""
    return click.option(
        "--encoding", help="Encoding of text inputs that are not UTF-8 (e.g. latin-1)."
    )(f)


def learned_note(cue_weights: str | None) -> str:
    """`` (learned cues from PATH)`` when the learned pass is on, else nothing.

    Raises:
        PipelineError: the table asked for is missing or broken.
    """
    from ..nlp.cue_weights import load_weights

    weights = load_weights(cue_weights)
    return f" (learned cues from {weights.where})" if weights is not None else ""
