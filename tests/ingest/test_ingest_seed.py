"""The seed article (../shared/seed): what a careful reader removes, keeps and credits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.ingest import read_articles
from onrecord.models import Article

SEED_DIR = Path(__file__).resolve().parents[3] / "shared" / "seed"
SEED = SEED_DIR / "000_860d44aacc00b277.txt"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not present"),
]


@pytest.fixture(scope="module")
def expected() -> dict[str, object]:
    return json.loads((SEED_DIR / "expected.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def article(expected: dict[str, object]) -> Article:
    [item] = read_articles([SEED], published=str(expected["published"]))
    assert isinstance(item, Article), item
    return item


def test_seed_boilerplate_is_gone(article: Article, expected: dict[str, object]) -> None:
    for line in expected["boilerplate"]:  # type: ignore[attr-defined]
        assert line not in article.text


def test_seed_title_and_credited_sources(article: Article, expected: dict[str, object]) -> None:
    assert article.title == expected["title"]
    assert list(article.credited_sources) == expected["credited_sources"]
    assert article.published == expected["published"]


def test_seed_statement_contents_survive(article: Article, expected: dict[str, object]) -> None:
    for statement in expected["statements"]:  # type: ignore[attr-defined]
        assert statement["content"] in article.text, statement["id"]


def test_seed_paragraphs_are_the_article_paragraphs(article: Article) -> None:
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    assert len(paragraphs) == 14
    assert paragraphs[0].startswith("Russian President Vladimir Putin's spokesperson")
    assert paragraphs[-1].endswith("during the 2016 presidential race.")
