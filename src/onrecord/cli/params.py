"""Option values the store commands check before they query: dates and row counts.

The store compares dates as text, so a value that is not an ISO date ("March 2025",
"2025-13-45") would match nothing and print an empty answer that reads as "nothing was
said". The web API refuses such values with a 400; these callbacks make the command line
refuse them the same way, with the form to write instead.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import click

# the web API's pattern (onrecord.web.params.DATE), without the empty value
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class Count(click.IntRange):
    """A whole number in a range, whose empty value (``--limit ""``) is the option's default.

    The web API takes an empty number as its default (what an empty form field sends); a
    script that fills ``--limit "$LIMIT"`` from an unset variable gets the same here, not a
    usage error.
    """

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == "" and param is not None and ctx is not None:
            value = param.get_default(ctx)
            if value is None:
                return None
        return super().convert(value, param, ctx)


LIMIT = Count(min=1)
OFFSET = Count(min=0)


def _is_date(value: str) -> bool:
    """Whether ``value`` is a real YYYY, YYYY-MM or YYYY-MM-DD date."""
    if not DATE.fullmatch(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))
    except ValueError:
        return False
    return True


def check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback: ``value`` unchanged when it is a date, else a usage error (exit 2)."""
    if value is None or value == "":
        return None
    if not _is_date(value):
        raise click.BadParameter(
            f"{value!r} is not a date; write it as YYYY-MM-DD, or YYYY-MM or YYYY for a "
            "whole month or year (e.g. 2024-03-02, 2024-03).",
            ctx=ctx,
            param=param,
        )
    return value
