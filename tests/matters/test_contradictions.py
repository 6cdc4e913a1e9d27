"""Contradictions, reversals, rebuttals and hard negatives on invented stories (no model).

The story: the Lindqvist ferry terminal in the invented town of Bramholt.
"""

from __future__ import annotations

from onrecord.matters import Contradiction, Item, analyze_items
from onrecord.models import Article, Record, Span, Speaker, Statement, StatementDate


def statement(
    sid: str,
    text: str,
    speaker: str | None,
    date: str | None,
    *,
    sentence: str | None = None,
    roles: tuple[str, ...] = (),
) -> Statement:
    sent = sentence or text
    return Statement(
        id=sid,
        kind="indirect",
        cue=None,
        content=Span(text, 0, len(text)),
        speaker=Speaker(speaker, "person" if speaker else "unknown", roles),
        date=StatementDate(date, date, "sentence") if date else None,
        sentence=Span(sent, 0, len(sent)),
    )


def item(
    sid: str, text: str, speaker: str | None, date: str | None, article: str = "a1", **kw: object
) -> Item:
    return Item.of(statement(sid, text, speaker, date, **kw), article=article)  # type: ignore[arg-type]


def record(statements: list[Statement], published: str = "2024-05-01", rid: str = "r1") -> Record:
    text = " ".join(s.content.text for s in statements)
    return Record(
        Article(id=rid, source=f"{rid}.txt", text=text, published=published), tuple(statements)
    )


def pairs(items: list[Item]) -> dict[frozenset[str], Contradiction]:
    _, found = analyze_items(items)
    return {frozenset((c.a.statement, c.b.statement)): c for c in found}


def test_contradictions_two_speakers_opposite() -> None:
    found = pairs([
        item("a", "The ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item("b", "The terminal will not reopen in June.", "Ivo Brandt", "2024-05-03",
             article="a2"),
    ])  # fmt: skip
    c = found[frozenset("ab")]
    assert c.kind == "contradiction" and c.confidence >= 0.7
    assert {c.a.speaker, c.b.speaker} == {"Nora Quist", "Ivo Brandt"}
    assert c.a.date == "2024-05-02" and c.b.article == "a2"


def test_contradictions_reversal_by_one_speaker() -> None:
    found = pairs([
        item("a", "The Lindqvist ferry terminal will reopen in June.", "Nora Quist",
             "2024-05-02"),
        item("b", "The Lindqvist ferry terminal will stay closed through the summer.",
             "Nora Quist", "2024-05-20", article="a2"),
    ])  # fmt: skip
    assert found[frozenset("ab")].kind == "reversal"


def test_contradictions_rebuttal_within_one_sentence() -> None:
    sentence = (
        "Quist said the terminal will reopen in June, contradicting the harbor board's "
        "statement that the terminal will stay closed."
    )
    found = pairs([
        item("a", "the terminal will reopen in June", "Nora Quist", "2024-05-02",
             sentence=sentence),
        item("b", "the terminal will stay closed", "Harbor Board", "2024-05-02",
             sentence=sentence),
    ])  # fmt: skip
    c = found[frozenset("ab")]
    assert c.cue is not None and "contradicting" in c.cue


def test_contradictions_rebuttal_names_its_target() -> None:
    found = pairs([
        item("a", "the ferry schedule would be cut in half", "Ivo Brandt", "2024-05-01",
             roles=("union steward",)),
        item("b", "no sailings would be dropped from the ferry schedule", "Nora Quist",
             "2024-05-02", sentence="Quist disputed Brandt's account, saying no sailings "
             "would be dropped from the ferry schedule."),
    ])  # fmt: skip
    c = found[frozenset("ab")]
    assert c.kind == "rebuttal" and c.cue is not None and c.cue.startswith("disputed")


HARD_NEGATIVES = {
    "hedge": [
        item("a", "The ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item(
            "b",
            "The terminal might not reopen in June. It is possible.",
            "Ivo Brandt",
            "2024-05-03",
        ),
    ],
    "conditional": [
        item("a", "The ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item(
            "b",
            "If the cranes fail again, the terminal will not reopen in June.",
            "Ivo Brandt",
            "2024-05-03",
        ),
    ],
    "different time frames": [
        item("a", "The ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item("b", "The ferry terminal will not reopen in 2026.", "Ivo Brandt", "2024-05-03"),
    ],
    "present state, days apart": [
        item("a", "The water at the terminal is not safe to drink.", "Nora Quist", "2024-05-02"),
        item(
            "b",
            "The water at the terminal is safe to drink.",
            "Nora Quist",
            "2024-05-09",
            article="a2",
        ),
    ],
    "agreement in different words": [
        item("a", "The terminal will stay closed through the summer.", "Nora Quist", "2024-05-02"),
        item(
            "b",
            "A June reopening of the terminal is not going to happen.",
            "Ivo Brandt",
            "2024-05-03",
        ),
    ],
    "quoting an opponent": [
        item("a", "The ferry terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item(
            "b",
            "Ms. Quist says the terminal will reopen in June. She said that last year.",
            "Ivo Brandt",
            "2024-05-03",
        ),
    ],
    "same entities, different question": [
        item("a", "The terminal's car ramp will reopen in June.", "Nora Quist", "2024-05-02"),
        item(
            "b",
            "Pedersen Ferries will not cut any sailings at the terminal.",
            "Ivo Brandt",
            "2024-05-03",
        ),
    ],
    "different people": [
        item("a", "Lund pleaded guilty to the fraud charges.", "Court clerk", "2024-05-02"),
        item("b", "Okafor has pleaded not guilty to the charges.", "Defense lawyer", "2024-05-02"),
    ],
    "one speaker, one occasion": [
        item("a", "The terminal will reopen in June.", "Nora Quist", "2024-05-02"),
        item(
            "b",
            "The terminal will not reopen in June, as the board said.",
            "Nora Quist",
            "2024-05-02",
        ),
    ],
}


def test_contradictions_hard_negatives_are_not_flagged() -> None:
    flagged = {name: pairs(items) for name, items in HARD_NEGATIVES.items()}
    assert {name: list(f) for name, f in flagged.items() if f} == {}
