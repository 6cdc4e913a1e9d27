"""Cue recall, twenty-fifth round, invented sentences: reports the rules used to miss because
of how the parser hangs their clause, or because their cue is a noun of statement."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Dana Whitcombe, a former mayor of Ostend, said in one of a series of Facebook "
            "messages that the ferry was carrying fuel.",
            "said",
            "Dana Whitcombe, a former mayor of Ostend",
            "the ferry was carrying fuel",
        ),
        (
            "Warden Ines Arlen also said for the first time that some invoices have been lost.",
            "also said",
            "Warden Ines Arlen",
            "some invoices have been lost",
        ),
        (
            "Senator Ama Kole said on the eve of the vote that the bridge would close.",
            "said",
            "Senator Ama Kole",
            "the bridge would close",
        ),
    ],
)
def test_a_clause_after_the_verbs_phrase_is_what_it_reports(
    found: Found, text: str, cue: str, source: str, content: str
) -> None:
    assert (cue, source, content) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tessa Ruiz said in the letter that she wrote on Monday.",
        "Ruiz said at the meeting that the board held in March.",
        "Ruiz spoke so loudly that the crowd fell silent.",
        "Ruiz responded to a question about complaints by the auditor, Lena Voss, that the "
        "fund was short.",
    ],
)
def test_a_relative_clause_or_a_result_is_not_reported(found: Found, text: str) -> None:
    reported = [f for f in found(text) if f[0] in ("said", "spoke", "responded")]
    assert not reported, found(text)
