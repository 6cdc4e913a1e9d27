"""A sum paid "in claims" measures the claims (:mod:`onrecord.matters.figures`,
:mod:`onrecord.matters.report_words`): after a preposition, alone or as a compound's head
("in claims", "in flood claims"), "claims" is a noun, not the verb that reports someone's
words, so the clause stays the speaker's own and its sum is a figure two speakers can dispute.
"""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _figures(text: str) -> list[tuple[str, str, float]]:
    return [(c.modality, f.head, f.low) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_a_sum_in_claims_is_the_speakers_own_figure_of_the_claims() -> None:
    assert _figures("The water board paid out 52,000 pounds in claims last year.") == [
        ("certain", "claim", 52000.0)
    ]
    assert _figures("The water board paid 210,000 pounds in flood claims in 2038.") == [
        ("certain", "claim", 210000.0)
    ]


def test_a_verb_claims_still_reports_someone_elses_words() -> None:
    assert parse_claim("The ferry firm claims the crossing will reopen.").clauses[0].modality == (
        "reported"
    )
    reported = parse_claim("There was a rise in claims that the crossing will reopen.")
    assert reported.clauses[0].modality == "reported"


def test_two_sums_paid_in_claims_are_disputed() -> None:
    a = item("a", "The water board paid out more than 200,000 pounds in flood claims last year.",
             "Ottilie Brack", "2039-03-04")  # fmt: skip
    b = item("b", "The water board paid out 52,000 pounds in claims last year.", "Hugh Penner",
             "2039-03-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
