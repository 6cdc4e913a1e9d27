"""The gold pairs of a held-out matters set (``gold.json``) and how a reported pair is matched
to them: by speaker surname and a substring of each side's content (see
``benchmarks/eval_matters.py``, which scores with them, and :mod:`.train_pairs`, which labels
candidate pairs with them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..matters.store import load_items
from ..store import Store

KINDS = ("contradiction", "reversal", "rebuttal")


def _fold(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').casefold()


@dataclass(frozen=True, slots=True)
class Said:
    """One reported statement: who, what, where."""

    key: str
    speaker: str
    text: str
    file: str
    sentence: str = ""

    def brief(self) -> str:
        text = self.text if len(self.text) <= 90 else self.text[:87] + "..."
        return f"{self.speaker or '?'}: {text!r} ({self.file})"


@dataclass(frozen=True, slots=True)
class Side:
    """A gold side: a speaker's surname and substrings, any of which names the statement."""

    surname: str
    texts: tuple[str, ...]

    @classmethod
    def of(cls, d: dict[str, Any]) -> Side:
        texts = d["text"] if isinstance(d["text"], list) else [d["text"]]
        return cls(_fold(d["speaker"].split()[-1]), tuple(_fold(t) for t in texts))

    def matches(self, s: Said, *, sentence: bool = False) -> bool:
        """Speaker and content match (``sentence``: or the statement's sentence holds the text)."""
        if self.surname not in _fold(s.speaker):
            return False
        where = _fold(s.text + " " + s.sentence) if sentence else _fold(s.text)
        return any(t in where for t in self.texts)


@dataclass(frozen=True, slots=True)
class GoldPair:
    id: str
    type: str
    a: Side
    b: Side
    accept: tuple[str, ...] = ()
    why: str = ""

    @classmethod
    def of(cls, d: dict[str, Any], type_: str | None = None) -> GoldPair:
        return cls(d["id"], type_ or d["type"], Side.of(d["a"]), Side.of(d["b"]),
                   tuple(d.get("accept", ())), d.get("why", ""))  # fmt: skip

    def kinds(self) -> tuple[str, ...]:
        return (self.type, *self.accept)

    def evidence_is(self, x: Said, y: Said) -> bool:
        # a rebuttal is made by its sentence ("X pushed back on Y's claim that ..., saying ...")
        by = self.type == "rebuttal"
        return (self.a.matches(x, sentence=by) and self.target_is(y)) or (
            self.a.matches(y, sentence=by) and self.target_is(x)
        )

    def target_is(self, s: Said) -> bool:
        """The b side; a rebuttal's target also as the rebuttal reports it: a statement of the
        target's speaker whose content is the that-clause in one of the a side's texts ("pushed
        back on the leader's claim that the council was paying the full cost")."""
        if self.b.matches(s):
            return True
        if self.type != "rebuttal" or self.b.surname not in _fold(s.speaker):
            return False
        claim = _fold(s.text).strip(" ,.;:")
        claim = claim[5:] if claim.startswith("that ") else claim
        return bool(claim) and any(f"that {claim}" in t for t in self.a.texts)

    def found_in(self, evidence: tuple[Said, Said]) -> bool:
        return self.evidence_is(*evidence)


def load_gold(folder: Path) -> tuple[list[GoldPair], list[GoldPair], list[GoldPair]]:
    """(pairs, hard negatives, optional pairs) of ``folder/gold.json``."""
    d = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    pairs = [GoldPair.of(p) for p in d["pairs"]]
    negatives = [GoldPair.of(p, "negative") for p in d["negatives"]]
    optional = [GoldPair.of(p, "optional") for p in d.get("optional", [])]
    return pairs, negatives, optional


def said_of(store: Store) -> dict[str, Said]:
    """Every stored statement (key: its row id) as :class:`Said`, with its article's file name."""
    sql = "SELECT st.id, a.source FROM statements st JOIN articles a ON a.id = st.article_id"
    sources = {str(i): Path(str(s).split(":")[0]).name for i, s in store.conn.execute(sql)}
    said = {}
    for it in load_items(store):
        name = it.statement.speaker.name or ""
        said[it.key] = Said(it.key, name, it.statement.content.text, sources.get(it.key, "?"),
                            it.sentence)  # fmt: skip
    return said
