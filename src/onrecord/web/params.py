"""Validated query and path parameters shared by the REST API and the pages."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Path, Query
from pydantic import BeforeValidator, Field
from pydantic_core import PydanticUseDefault

from ..models import SkipReason

MAX_LIMIT = 200  # no page is larger than this
# free text: no control characters (a NUL byte breaks SQLite FTS5 query parsing)
TEXT = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
# empty is allowed and means "no filter": that is what an empty form field sends
# a month is 01 to 12 and a day 01 to 31 ("2024-13" has the shape of a date and names none);
# in the schema as in the check, so that what the schema allows is answered
DATE = r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$"


def _empty_is_default(value: object) -> object:
    """An empty value, what an empty form field sends, is the parameter's default."""
    if value == "":
        raise PydanticUseDefault
    return value


def or_empty(number: Any) -> BeforeValidator:
    """Take an empty value of a numeric parameter as its default, as an empty text or date
    parameter is no filter; the schema says ``number`` or ``""`` (it was a 400)."""
    return BeforeValidator(_empty_is_default, json_schema_input_type=number | Literal[""])


Limit = Annotated[
    int,
    Query(ge=1, le=MAX_LIMIT, description=f"Rows per page (1-{MAX_LIMIT}); empty: the default."),
    or_empty(Annotated[int, Field(ge=1, le=MAX_LIMIT)]),
]
Offset = Annotated[
    int,
    Query(ge=0, le=10_000_000, description="Rows to skip, for paging; empty: 0."),
    or_empty(Annotated[int, Field(ge=0, le=10_000_000)]),
]
Since = Annotated[
    str | None, Query(pattern=DATE, description="First date kept: YYYY, YYYY-MM or YYYY-MM-DD.")
]
Until = Annotated[
    str | None, Query(pattern=DATE, description="Last date kept (inclusive prefix): 2024-03.")
]
SpeakerName = Annotated[
    str | None,
    Query(max_length=200, pattern=TEXT, description="A speaker: any name, or an id."),
]
OutletName = Annotated[
    str | None,
    Query(max_length=200, pattern=TEXT, description="The publishing outlet."),
]
Words = Annotated[
    str | None,
    Query(max_length=500, pattern=TEXT, description="Words that must all occur."),
]
QuestionWords = Annotated[
    str | None,
    Query(max_length=500, pattern=TEXT, description="Words that must all occur in the question."),
]
MATTER_ID = r"^[A-Za-z0-9_-]{0,64}$"
MATTER_PATH_ID = r"^[A-Za-z0-9_-]{1,64}$"
MatterId = Annotated[str, Path(pattern=MATTER_PATH_ID, description="A matter id (m0123456789).")]
MatterParam = Annotated[str | None, Query(pattern=MATTER_ID, description="Only this matter's.")]
Id = Annotated[int, Path(ge=1, le=2**62, description="The numeric id.")]
Kind = Annotated[
    Literal["contradiction", "reversal", "rebuttal", ""] | None,
    Query(description="Only this kind of contradiction."),
]
Confidence = Annotated[
    float,
    Query(ge=0.0, le=1.0, description="Lowest confidence kept; empty: 0."),
    or_empty(Annotated[float, Field(ge=0.0, le=1.0)]),
]
Disputed = Annotated[
    bool,
    Query(description="Only matters with a contradiction, reversal or rebuttal; empty: false."),
    or_empty(bool),
]
MinStatements = Annotated[
    int | None,
    Query(ge=1, le=1_000_000, description="Only matters with at least this many statements."),
    or_empty(Annotated[int, Field(ge=1, le=1_000_000)] | None),
]
SpeakerType = Annotated[
    Literal["person", "organization", "outlet", "unknown", ""] | None,
    Query(description="Only speakers of this type."),
]
Reason = Annotated[
    Literal[SkipReason, ""] | None,
    Query(description="Only skips of this reason; empty: every reason."),
]

# what a value that misses each pattern should look like, in words: the error says this, not
# the regular expression
PATTERN_HELP = {
    DATE: "a date is YYYY, YYYY-MM or YYYY-MM-DD, for example 2024-03 or 2024-03-05",
    TEXT: "text may not hold control characters (a NUL byte, an escape)",
    MATTER_ID: "a matter id is up to 64 letters, digits, _ or -, as in m0123456789",
    MATTER_PATH_ID: "a matter id is 1 to 64 letters, digits, _ or -, as in m0123456789",
}
