"""The first acceptance case: the scraped APEC page of ../shared/seed, read end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.models import Record, Statement

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_860d44aacc00b277.txt"

pytestmark = [pytest.mark.model, pytest.mark.shared]


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def seed_record(extractor, seed_expected) -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract(SEED.read_bytes(), published="2017-11-11", source=str(SEED))


@pytest.fixture(scope="module")
def seed_record_undated(extractor, seed_expected) -> Record:  # type: ignore[no-untyped-def]
    return extractor.extract(SEED.read_bytes(), source=str(SEED))


def _find(record: Record, content: str) -> Statement | None:
    want = _norm(content)
    for s in record.statements:
        if _norm(s.content.text) == want:
            return s
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, inter) / max(a[1] - a[0], b[1] - b[0])


def test_seed_required_statements(seed_record, seed_expected) -> None:  # type: ignore[no-untyped-def]
    problems = []
    required = [s for s in seed_expected["statements"] if s["required"]]
    assert len(required) == 16
    for exp in required:
        got = _find(seed_record, exp["content"])
        if got is None:
            problems.append(f"{exp['id']}: not found: {exp['content'][:50]!r}")
            continue
        if got.speaker.name != exp["speaker"]:
            problems.append(f"{exp['id']}: speaker {got.speaker.name!r} != {exp['speaker']!r}")
        if got.kind != exp["kind"]:
            problems.append(f"{exp['id']}: kind {got.kind} != {exp['kind']}")
        if (got.date.value if got.date else None) != exp["date"]:
            problems.append(f"{exp['id']}: date {got.date} != {exp['date']}")
        if got.conduit != exp["conduit"]:
            problems.append(f"{exp['id']}: conduit {got.conduit!r} != {exp['conduit']!r}")
    assert not problems, "\n".join(problems)


def test_seed_statement_precision(seed_record, seed_expected) -> None:  # type: ignore[no-untyped-def]
    text = seed_record.article.text
    gold = []
    for exp in seed_expected["statements"]:
        start = text.find(exp["content"])
        assert start >= 0, exp["id"]
        gold.append((start, start + len(exp["content"])))
    real = [
        s
        for s in seed_record.statements
        if any(_overlap((s.content.start, s.content.end), g) >= 0.5 for g in gold)
        or s.kind == "unattributed"  # "reportedly": an attribution without a source
    ]
    assert len(real) / len(seed_record.statements) >= 0.9


def test_seed_offsets_index_clean_text(seed_record) -> None:  # type: ignore[no-untyped-def]
    text = seed_record.article.text
    for s in seed_record.statements:
        assert text[s.content.start : s.content.end] == s.content.text
        if s.cue:
            assert text[s.cue.start : s.cue.end] == s.cue.text
        if s.speaker.mention:
            m = s.speaker.mention
            assert text[m.start : m.end] == m.text


def test_seed_article_is_clean(seed_record, seed_expected) -> None:  # type: ignore[no-untyped-def]
    article = seed_record.article
    assert article.title == seed_expected["title"]
    assert list(article.credited_sources) == seed_expected["credited_sources"]
    for line in seed_expected["boilerplate"]:
        assert line not in article.text


def test_seed_people_and_roles(seed_record, seed_expected) -> None:  # type: ignore[no-untyped-def]
    people = {p.name: p for p in seed_record.people}
    for name in ("Sarah Sanders", "Dmitry Peskov", "Donald Trump", "Vladimir Putin"):
        assert name in people
    assert "White House Press Secretary" in people["Sarah Sanders"].roles
    assert "former Trump campaign manager" in people["Paul Manafort"].roles


def test_seed_without_published_keeps_dates_yearless(seed_record_undated, seed_expected) -> None:  # type: ignore[no-untyped-def]
    for exp in seed_expected["statements"]:
        if not exp["required"] or exp["date"] is None:
            continue
        got = _find(seed_record_undated, exp["content"])
        assert got is not None and got.date is not None, exp["id"]
        assert got.date.value == "--" + exp["date"][5:], exp["id"]
    assert all(not t.value.startswith("2017-") for t in seed_record_undated.times)
