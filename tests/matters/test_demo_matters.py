"""The demo corpus against examples/expected_matters.json, one report per disagreement:
every required group, no hard negative, no duplicate (model-backed: ingests
examples/articles). The rules were written while reading this corpus: it is not held out."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.matters import analyze_corpus, load_items
from onrecord.matters.evaluate import load_gold, match_gold, score_groups
from onrecord.runners.local import ingest
from onrecord.store import Store

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    store = Store.open(":memory:")
    ingest([ROOT / "examples" / "articles"], store)
    report = analyze_corpus(store)
    items = load_items(store)
    sql = "SELECT st.id, a.source FROM statements st JOIN articles a ON a.id = st.article_id"
    sources = {str(i): s for i, s in store.conn.execute(sql)}
    gold = load_gold(ROOT / "examples" / "expected_matters.json")
    mapping = match_gold(items, sources, gold)
    return report, score_groups(list(report.contradictions), mapping, gold)


def test_demo_every_required_group_found(result) -> None:  # type: ignore[no-untyped-def]
    _, s = result
    assert s.recall == 1.0, s.groups


def test_demo_no_hard_negative_flagged(result) -> None:  # type: ignore[no-untyped-def]
    _, s = result
    assert s.hard_negatives == []


def test_demo_each_disagreement_once(result) -> None:  # type: ignore[no-untyped-def]
    report, s = result
    assert s.duplicates == 0, s.wrong
    assert s.precision >= 0.85, (s.to_dict(), s.wrong)
    for c in report.contradictions:
        assert c.a.statement not in c.support and c.b.statement not in c.support
