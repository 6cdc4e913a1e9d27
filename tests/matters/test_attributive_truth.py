""" "Real", "true", "genuine" before a noun qualify it ("a real increase"); after "be" they
call a claim true ("the threat is real"): :func:`onrecord.matters.homographs.legal_kind`.
Invented sentences."""

from __future__ import annotations

from .builders import events


def test_an_attributive_truth_word_calls_nothing_true() -> None:
    assert "true" not in events("Six per cent is a real rise in rents")
    assert "true" not in events("The true cost of the tunnel is nine million pounds")
    assert "true" not in events("Flooding is a genuine worry for the street")


def test_a_predicate_truth_word_still_does() -> None:
    assert events("The danger to the harbour wall is real")["true"] == 1
    assert events("The letter from the minister was genuine")["true"] == 1
    assert events("The rumour is not true")["true"] == -1
