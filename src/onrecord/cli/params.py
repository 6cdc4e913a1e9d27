"""Option values the store commands check before they query: dates and row counts.

The store compares dates as text, so a value that is not an ISO date ("March 2025",
"2025-13-45") would match nothing and print an empty answer that reads as "nothing was
said". The web API refuses such values with a 400; these callbacks make the command line
refuse them the same way, with the form to write instead.
"""

from __future__ import annotations

import click

from ..store.date_filters import HOW, is_date_filter

LIMIT = click.IntRange(min=1)
OFFSET = click.IntRange(min=0)


def check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback: ``value`` unchanged when it is a date, else a usage error (exit 2)."""
    if value is None or value == "":
        return None
    if not is_date_filter(value):
        raise click.BadParameter(
            f"{value!r} is not a date; {HOW}.",
            ctx=ctx,
            param=param,
        )
    return value
