"""Cue recall, on invented sentences: a noun of statement or view, a copula and a "that"
clause ("His concern is that ..."), the guidelines' own noun cue, which no rule read."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Mayor Ada Brill's view is that the ferry fares are too high.",
            "view is",
            "Mayor Ada Brill's",
            "the ferry fares are too high",
        ),
        (
            "Her answer was that the harbor board had known about the leak for years.",
            "answer was",
            "Her",
            "the harbor board had known about the leak for years",
        ),
        (
            "His message long has been that he alone can fix the port.",
            "message long has been",
            "His",
            "he alone can fix the port",
        ),
        (  # a phrase between noun and copula: the cue is the noun alone
            "Councillor Bram Oduya's argument on Sunday was that the levy should be cut.",
            "argument",
            "Councillor Bram Oduya's",
            "the levy should be cut",
        ),
        (  # no owner: the guidelines' implicit source
            "The hope has been that the quarry would reopen by spring.",
            "The hope has been",
            None,
            "the quarry would reopen by spring",
        ),
    ],
)
def test_a_noun_of_statement_with_a_copula_and_a_that_clause_reports(
    found: Found, text: str, cue: str, source: str | None, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The problem is that the ferry loses money every winter.",  # the writer's own claim
        "The fact is that the quarry closed in March.",
        "Her message will be that the port can grow.",  # what she will say
        "The question is whether the council will vote on the levy.",
        "The plan is to reopen the quarry by spring.",  # no "that" clause
        "The view is that of a man who has lost the vote.",  # "that" stands for a noun
    ],
)
def test_other_nouns_futures_and_other_complements_do_not_report(found: Found, text: str) -> None:
    assert found(text) == [], found(text)
