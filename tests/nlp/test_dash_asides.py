"""A closing noun phrase the writer sets off with a dash is no part of the content.

``has said she backs a single-payer plan — a dream for many Democrats``: the phrase after the
dash comments on what was said; the guidelines leave out what may be the writer's. A clause
or a participle after the dash, a pair of dashes inside the clause, and a dash inside a
quotation stay. Invented sentences; the first cases fail without
:func:`onrecord.nlp.tails.without_closing_dash_aside`.
"""

from __future__ import annotations

import pytest


def _content_of(said: list[tuple[str, str | None, str]], cue: str) -> list[str]:
    return [c for q, _, c in said if q == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Ines Dallo has said she backs a single-payer plan for the harbor — a dream for "
            "many Democrats.",
            "has said",
            "she backs a single-payer plan for the harbor",
        ),
        (
            "Omar Tell said that the toll did not come from any council study - a fact the "
            "council later confirmed.",
            "said",
            "the toll did not come from any council study",
        ),
    ],
)
def test_a_closing_dash_aside_is_cut(found, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert _content_of(found(text), cue) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Ines Dallo said the pier was safe — it is a test the council failed.",
        "Ines Dallo said the pier was safe — including the north end.",
        "Ines Dallo said the pier — a relic of the old port — was safe.",
    ],
)
def test_a_clause_a_participle_or_a_pair_after_a_dash_stays(found, text: str) -> None:  # type: ignore[no-untyped-def]
    said = found(text)
    expected = text[len("Ines Dallo said ") : -1]
    assert _content_of(said, "said") == [expected]
