"""A date belongs to its own clause: in "A on Tuesday, and the union said B" the union's words
are not dated by the other clause's time; a verb that shares the subject ("met the workers on
Tuesday and said") is the same occasion and keeps it. Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_date
from .records import run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The mayor met the workers on Tuesday, and the union said it would fight the closure.",
        "The mayor said on Tuesday that the depot would close, and the union said it would "
        "fight the closure.",
    ],
)
def test_a_joined_clause_with_its_own_subject_keeps_no_date(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert statement_date(run(extractor, text, "2026-03-06"), "fight the closure") is None


def test_a_shared_subject_keeps_the_date_a_joined_subject_does_not(extractor) -> None:  # type: ignore[no-untyped-def]
    shared = "The mayor met the workers on Tuesday and said the depot would stay open."
    assert statement_date(run(extractor, shared, "2026-03-06"), "stay open") == "2026-03-03"
    joined = "The mayor met the workers on Tuesday, and the union said it would fight the closure."
    assert statement_date(run(extractor, joined, "2026-03-06"), "fight the closure") is None


def test_the_first_clause_keeps_its_own_date(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor said on Tuesday that the depot would close, and the union said it would "
        "fight the closure."
    )
    record = run(extractor, text, "2026-03-06")
    assert statement_date(record, "depot would close") == "2026-03-03"
    assert statement_date(record, "fight the closure") is None
