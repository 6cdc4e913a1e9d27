"""A disagreement is shown with the speakers' own words from the article's body rather than
the headline's short form of them. Invented sentences."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.headings import in_headline
from onrecord.models import Span

from .builders import item

HEADLINE = "Ferries will not sail to Inchmore this winter, operator warns\n\n"


def _at(it: Item, sentence: str, start: int) -> Item:
    """``it`` with its sentence placed at ``start`` in the article."""
    return Item.of(
        replace(it.statement, sentence=Span(sentence, start, start + len(sentence))),
        article=it.article,
    )


def _headline_item() -> Item:
    text = "Ferries will not sail to Inchmore this winter"
    return _at(item("h", text, "Ruth Abernethy", "2027-11-02"), HEADLINE, 0)


def test_the_headline_is_the_first_short_line() -> None:
    assert in_headline(_headline_item())
    body = item("b", "the ferries will not sail", "Ruth Abernethy", "2027-11-02")
    assert not in_headline(_at(body, "She said the ferries will not sail.\n\n", 120))
    lead = "Ruth Abernethy said on Tuesday that the ferries will not sail to Inchmore.\n\n"
    assert not in_headline(_at(body, lead, 0))  # a lead sentence, closed by a full stop


def test_the_body_shows_a_disagreement_the_headline_also_shows() -> None:
    said = "The ferries will not sail to Inchmore this winter, and the crews have been told"
    body = _at(item("b", said, "Ruth Abernethy", "2027-11-02"), said + ", she said.", 300)
    other = item("c", "The ferries will sail to Inchmore all winter", "Colin Drummond",
                 "2027-11-02")  # fmt: skip
    found = [c for c in analyze_items([_headline_item(), body, other])[1]
             if c.kind == "contradiction"]  # fmt: skip
    assert found, "the contradiction is found"
    assert {found[0].a.statement, found[0].b.statement} == {"b", "c"}
