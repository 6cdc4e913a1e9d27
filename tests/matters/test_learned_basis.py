"""Statements cued by learned weights (``basis="learned"``) stay out of matters.

Invented people and places.
"""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters.claims import Item

from .builders import item, kinds


def _learned(it: Item) -> Item:
    return Item.of(replace(it.statement, basis="learned"), article=it.article)


def test_a_learned_statement_makes_no_contradiction() -> None:
    a = item("a", "the contractor built the seawall last spring", "Oskar Lindqvist",
             "2026-05-04")  # fmt: skip
    b = item("b", "the contractor never built the seawall", "Maren Tolliver", "2026-05-04")
    assert kinds(a, b) == [("contradiction", "a", "b")]
    assert kinds(_learned(a), b) == []
    assert kinds(a, _learned(b)) == []


def test_basis_is_in_the_json_only_when_learned() -> None:
    st = item("a", "the pier will reopen in May", "Oskar Lindqvist", "2026-05-04").statement
    assert "basis" not in st.to_dict()
    assert replace(st, basis="learned").to_dict()["basis"] == "learned"
