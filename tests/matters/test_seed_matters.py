"""Acceptance on the seed article, from the real extractor output (issue 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.matters import analyze_record

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_860d44aacc00b277.txt"

pytestmark = [pytest.mark.model, pytest.mark.shared]


@pytest.fixture(scope="module")
def analysis(extractor):  # type: ignore[no-untyped-def]
    if not SEED.exists():
        pytest.skip("../shared/seed is not present in this checkout")
    record = extractor.extract(SEED.read_bytes(), published="2017-11-11")
    return record, *analyze_record(record)


def _ids(record, needle: str) -> str:  # type: ignore[no-untyped-def]
    return str(next(s.id for s in record.statements if needle in s.content.text))


def test_seed_matter_question(analysis) -> None:  # type: ignore[no-untyped-def]
    _, matters, _ = analysis
    questions = [m.question for m in matters]
    assert "Will Putin and Trump hold a formal meeting during the APEC summit?" in questions


def test_seed_contradictions(analysis) -> None:  # type: ignore[no-untyped-def]
    """Each disagreement once: Peskov vs. Sanders (with the rebuttal cue) and Trump vs.
    Sanders, with the other statements of each side as support."""
    record, _, found = analysis
    assert len(found) == 2, [(c.a.speaker, c.b.speaker) for c in found]
    s13 = _ids(record, "Putin intended to have a formal meeting")
    s7 = _ids(record, "would not hold a formal meeting")
    s15 = _ids(record, "The meeting will happen")
    s8 = _ids(record, "there was never a meeting confirmed")
    s5 = _ids(record, "I think it's expected")
    by_speakers = {frozenset((c.a.speaker, c.b.speaker)): c for c in found}
    peskov = by_speakers[frozenset(("Dmitry Peskov", "Sarah Sanders"))]
    trump = by_speakers[frozenset(("Donald Trump", "Sarah Sanders"))]
    assert peskov.kind == trump.kind == "contradiction"
    assert peskov.cue == "pushed back on Sanders' statement"
    assert {s13, s7, s15, s8} <= set(peskov.statements)
    assert {s5, s8} <= set(trump.statements)
    assert peskov.pairs > 1 and trump.pairs > 1
    assert len(set(peskov.statements)) == len(peskov.statements)


def test_seed_no_contradiction_from_no_clarity_or_greeting(analysis) -> None:  # type: ignore[no-untyped-def]
    record, _, found = analysis
    quiet = {
        _ids(record, "there is no clarity"),
        _ids(record, "informally greet"),
        _ids(record, "they're going to be in the same place"),
    }
    assert not [c for c in found if set(c.statements) & quiet]
