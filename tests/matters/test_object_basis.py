"""Statements whose content is the noun object of an act (``basis="object"``: "the council
approved a cap on rents", "Reyes declined the invitation") stay out of matters: PolNeAR's
attributions, not claims with an answer. Invented people and places.
"""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters.claims import Item

from .builders import item, kinds


def _object(it: Item) -> Item:
    return Item.of(replace(it.statement, basis="object"), article=it.article)


def test_an_object_statement_makes_no_contradiction() -> None:
    a = item("a", "a cap on rent increases in Dunmore", "the Dunmore council", "2026-05-04")
    b = item("b", "there is no cap on rent increases in Dunmore", "Maren Tolliver",
             "2026-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    assert kinds(_object(a), b) == []


def test_basis_object_is_in_the_json() -> None:
    st = item("a", "a new harbor commissioner", "Governor Halvorsen", "2026-05-04").statement
    assert replace(st, basis="object").to_dict()["basis"] == "object"
