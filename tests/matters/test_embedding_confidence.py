"""With an embedder, a report whose two statements are close in meaning is a little surer; one
whose statements are far apart keeps its confidence, and no report is added or dropped.

A stand-in embedder with known geometry (no torch needed). Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.meaning import CLOSE, CLOSE_WEIGHT, close_in_meaning

from .builders import item


class Table:
    """Vectors looked up by text, ``[1, 0]`` for any text not listed."""

    def __init__(self, vectors: dict[str, list[float]] | None = None) -> None:
        self.vectors = vectors or {}

    def encode(self, texts: Sequence[str]) -> Sequence[Sequence[float]]:
        return [self.vectors.get(t, [1.0, 0.0]) for t in texts]


YES = "the Corvell ferry will stop running in May"
NO = "the Corvell ferry will not stop running in May"


def _pair() -> list[Item]:
    return [
        item("s1", YES, "Ana Lima", "2024-03-01", article="a1"),
        item("s2", NO, "Tomas Berg", "2024-03-02", article="a1"),
    ]


def test_close_statements_make_the_report_surer() -> None:
    _, plain = analyze_items(_pair())
    _, close = analyze_items(_pair(), embedder=Table())  # one vector: cosine 1
    assert [c.kind for c in close] == [c.kind for c in plain] == ["contradiction"]
    assert close[0].confidence == round(plain[0].confidence + CLOSE_WEIGHT, 2)
    assert any("close in meaning" in why for why, _ in close[0].factors)


def test_statements_far_apart_keep_their_confidence() -> None:
    far = Table({YES: [1.0, 0.0], NO: [0.0, 1.0]})  # cosine 0
    _, plain = analyze_items(_pair())
    _, found = analyze_items(_pair(), embedder=far)
    assert [(c.kind, c.confidence, c.factors) for c in found] == [
        (c.kind, c.confidence, c.factors) for c in plain
    ]


def test_just_below_the_bar_is_not_close() -> None:
    below = CLOSE - 0.05
    far = Table({YES: [1.0, 0.0], NO: [below, (1 - below**2) ** 0.5]})
    _, plain = analyze_items(_pair())
    _, found = analyze_items(_pair(), embedder=far)
    assert [c.confidence for c in found] == [c.confidence for c in plain]


def test_the_ceiling_holds_and_nothing_is_added() -> None:
    items = _pair()
    _, plain = analyze_items(items)
    high = [replace(c, confidence=0.94) for c in plain]
    assert [c.confidence for c in close_in_meaning(high, items, Table())] == [0.95]
    assert close_in_meaning([], items, Table()) == []


def test_agreeing_statements_give_no_report_however_close() -> None:
    items = [
        item("s1", YES, "Ana Lima", "2024-03-01", article="a1"),
        item("s2", "the Corvell ferry will stop running in May, as planned", "Tomas Berg",
             "2024-03-02", article="a1"),
    ]  # fmt: skip
    assert analyze_items(items, embedder=Table())[1] == ()


def test_close_statements_in_two_stories_are_not_linked() -> None:
    yes = item("s1", "the Marrin ferry will stop running in May", "Ana Lima", "2024-03-01",
               article="a1", sentence="Ana Lima of Dunholt said the Marrin ferry will stop "
               "running in May.")  # fmt: skip
    no = item("s2", "the ferry will not stop running this spring", "Tomas Berg", "2024-03-02",
              article="a2", sentence="Tomas Berg of Ellisford said the ferry will not stop "
              "running this spring.")  # fmt: skip
    # one vector for both: close in meaning, but the articles share no name
    assert analyze_items([yes, no], embedder=Table())[1] == ()


def test_close_statements_in_one_story_are_linked() -> None:
    yes = item("s1", "the Marrin ferry will stop running in May", "Ana Lima", "2024-03-01",
               article="a1", sentence="Ana Lima of Dunholt said the Marrin ferry will stop "
               "running in May.")  # fmt: skip
    no = item("s2", "the Marrin ferry will not stop running this spring", "Tomas Berg",
              "2024-03-02", article="a2", sentence="Tomas Berg said the Marrin ferry will not stop "
              "running this spring.")  # fmt: skip
    assert [c.kind for c in analyze_items([yes, no], embedder=Table())[1]] == ["contradiction"]


class Counting(Table):
    """A :class:`Table` that records the texts it was asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str]) -> Sequence[Sequence[float]]:
        self.seen.extend(texts)
        return super().encode(texts)


def test_only_reported_statements_are_embedded_for_the_factor() -> None:
    items = [*_pair(), *(item(f"x{n}", f"the Corvell library opens {n} hours a week", "Ines Okafor",
                                "2024-03-03", article="a2") for n in range(30))]  # fmt: skip
    _, found = analyze_items(items)
    assert [c.kind for c in found] == ["contradiction"]
    counting = Counting()
    out = close_in_meaning(found, items, counting)
    assert sorted(counting.seen) == sorted([YES, NO])
    assert out[0].confidence == round(found[0].confidence + CLOSE_WEIGHT, 2)
