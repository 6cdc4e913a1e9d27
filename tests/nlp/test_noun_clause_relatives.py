"""Invented sentences: a relative clause the
parser read as a noun's "that" clause, and a noun of mind whose clause is its own."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tessa Ruiz withdrew the suggestion that she made last week.",
        "An admission that the harbor board made came too late.",
        "The statement that the council issued on Monday was brief.",
        "The claim that the agency made in March was false.",
    ],
)
def test_a_relative_clause_of_the_verb_that_puts_the_noun_is_no_statement(
    found: Found, text: str
) -> None:
    nominal = [
        f
        for f in found(text)
        if f[0].lower().split()[-1] in ("suggestion", "admission", "statement", "claim")
    ]
    assert not nominal, found(text)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Mayor Tessa Ruiz bristled at the suggestion by the auditor that the levy be made "
            "permanent.",
            "the suggestion",
            "the auditor",
            "the levy be made permanent",
        ),
        (
            "There were rumors that the mill would make a loss.",
            "rumors",
            None,
            "the mill would make a loss",
        ),
        (
            "Officials gave assurances that the firm would make good on its debts.",
            "gave assurances",
            "Officials",
            "the firm would make good on its debts",
        ),
    ],
)
def test_a_clause_whose_verb_of_putting_has_its_object_is_still_stated(
    found: Found, text: str, cue: str, source: str | None, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tessa Ruiz wrote in the knowledge that the board would refuse.",
        "Mayor Tessa Ruiz spoke in the firm belief that the board would listen.",
        "Mayor Tessa Ruiz said in the hope that the board would listen.",
    ],
)
def test_the_clause_of_a_noun_of_mind_in_the_verbs_phrase_is_not_reported(
    found: Found, text: str
) -> None:
    reported = [f for f in found(text) if f[0] in ("wrote", "spoke", "said")]
    assert not reported, found(text)


def test_a_clause_after_a_phrase_of_setting_is_still_reported(found: Found) -> None:
    text = "Mayor Tessa Ruiz warned during a visit to the plant that workers would lose jobs."
    assert ("warned", "Mayor Tessa Ruiz", "workers would lose jobs") in found(text), found(text)
