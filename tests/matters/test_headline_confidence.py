"""Headlines in the confidence and the evidence: a side said in an article's headline makes a
less sure disagreement, and a disagreement is shown by the speakers' words in the body before a
headline's, however sure the headline pair reads.

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import Contradiction, analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.contradictions import Evidence
from onrecord.matters.grouping import group_disagreements
from onrecord.models import Span

from .builders import item

HEADLINE = "one side is a headline"


def _one(*items: Item) -> Contradiction:
    (c,) = analyze_items(list(items))[1]
    return c


def _headline(it: Item, line: str) -> Item:
    """``it`` said in the article's headline ``line``."""
    text = line + "\n\n"
    st = replace(it.statement, sentence=Span(text, 0, len(text)))
    return Item.of(st, article=it.article)


def test_a_headline_side_lowers_the_confidence() -> None:
    line = "Harwick depot will close its night shift in October"
    head = _headline(item("h", line, "Nadia Ostrova", "2025-03-02"), line)
    other = item("b", "The Harwick depot will not close its night shift in October",
                 "Piet Lavalle", "2025-03-02")  # fmt: skip
    c = _one(head, other)
    assert c.kind == "contradiction" and dict(c.factors)[HEADLINE] == -0.1
    body = item("a", line, "Nadia Ostrova", "2025-03-02")
    assert HEADLINE not in dict(_one(body, other).factors)  # the same words in the body


def _evidence(sid: str, speaker: str, stance: str, *, headline: bool = False) -> Evidence:
    return Evidence(sid, speaker, "2025-03-02", "a1", None, f"words of {sid}", 0, 9, stance,
                    ("close",), headline)  # fmt: skip


def test_the_body_pair_shows_a_disagreement_before_a_surer_headline_pair() -> None:
    no = _evidence("n", "Piet Lavalle", "no")
    head = Contradiction("c1", "contradiction", _evidence("h", "Nadia Ostrova", "yes",
                         headline=True), no, 0.8, "m1")  # fmt: skip
    body = Contradiction("c2", "contradiction", _evidence("y", "Nadia Ostrova", "yes"), no,
                         0.6, "m1")  # fmt: skip
    (shown,) = group_disagreements([head, body])
    assert {shown.a.statement, shown.b.statement} == {"y", "n"}
    assert shown.support == ("h",)
    # without a headline, the surer pair shows it, as before
    plain = replace(head, a=replace(head.a, headline=False))
    (shown,) = group_disagreements([plain, body])
    assert {shown.a.statement, shown.b.statement} == {"h", "n"}
