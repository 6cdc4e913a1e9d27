"""What the store says of each article's reading when the real pipeline reads it: the rules
alone, the invented table, a run that resumes with another setting, and worker processes.
Invented articles; the suite's environment says ONRECORD_CUE_WEIGHTS=off."""

from __future__ import annotations

import json
import logging
import os
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.extractor import Extractor
from onrecord.nlp.cue_weights import CueWeights
from onrecord.readings import cue_digest
from onrecord.runners.local import ingest
from onrecord.store import Store

pytestmark = pytest.mark.model

TABLE = Path(__file__).parents[1] / "data" / "cue_weights_invented.json"
TEXT = "Councillor Mira Dovan worries about the cost of the Harlow bypass."


def _corpus(path: Path, first: int, n: int) -> Path:
    rows = [{"text": f'{TEXT} "Pier {i} opens in May," said Ana Lima.', "url": f"https://x.test/{i}"}
            for i in range(first, first + n)]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _readings(db: Path) -> list[dict[str, object]]:
    with Store.open(db) as store:
        rows = store.conn.execute("SELECT reading FROM articles ORDER BY id").fetchall()
    return [json.loads(r) for (r,) in rows]


def test_a_resumed_ingest_with_another_setting_warns_and_keeps_both(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    db, runner = str(tmp_path / "s.db"), CliRunner()
    first = runner.invoke(cli, ["ingest", str(_corpus(tmp_path / "a.jsonl", 0, 3)), "--db", db])
    assert first.exit_code == 0, first.output
    assert "Warning" not in first.stderr
    rules = _readings(tmp_path / "s.db")
    model = f"{nlp.meta['lang']}_{nlp.meta['name']}"
    assert rules == 3 * [{"onrecord": "0.1.0", "model": model,
                          "model_version": nlp.meta["version"], "cues": "rules",
                          "cue_digest": None, "cue_table": None}]  # fmt: skip
    more = str(_corpus(tmp_path / "b.jsonl", 3, 2))
    second = runner.invoke(cli, ["ingest", more, "--db", db, "--cue-weights", str(TABLE)])
    assert second.exit_code == 0, second.output  # the run goes on
    digest = cue_digest(CueWeights.from_path(TABLE))
    warned = [line for line in second.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warned) == 1, second.stderr
    assert f"2 article(s) read with learned cues {digest} (from {TABLE.name})" in warned[0]
    assert "the store holds 3 read with rules alone" in warned[0]
    assert "ingest with --cue-weights off;" in second.stderr
    # said once, in the summary: not logged as well
    assert [r for r in caplog.records if r.name == "onrecord.readings"] == []
    learned = _readings(tmp_path / "s.db")[3:]
    assert [(r["cues"], r["cue_digest"], r["cue_table"]) for r in learned] == 2 * [
        ("learned", digest, str(TABLE.resolve()))
    ]
    with Store.open(db) as store:  # nothing lost: every article, and the learned statements
        assert store.count("articles") == 5
        bases = store.conn.execute(
            "SELECT json_extract(a.reading, '$.cues'), st.basis, "
            "count(*) FROM statements st JOIN articles a ON a.id = st.article_id "
            "GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
        assert bases == [("learned", "learned", 2), ("learned", "rules", 2), ("rules", "rules", 3)]
    stats = runner.invoke(cli, ["stats", "--db", db])
    counts = {r["cues"]: r["articles"] for r in json.loads(stats.stdout)["readings"]}
    assert counts == {"rules": 3, "learned": 2}
    again = runner.invoke(cli, ["ingest", more, "--db", db, "--cue-weights", str(TABLE),
                                "--silent"])  # fmt: skip
    assert again.exit_code == 0 and again.stderr == ""  # nothing added: nothing to say
    back = str(_corpus(tmp_path / "c.jsonl", 5, 1))
    silent = runner.invoke(cli, ["ingest", back, "--db", db, "--cue-weights", "off", "--silent"])
    assert silent.exit_code == 0 and silent.stderr.count("\n") == 2  # the warning alone
    assert silent.stderr.startswith(f"Warning: {db} now mixes readings: this run stored 1 ")
    assert f"holds 2 read with learned cues {digest}" in silent.stderr
    assert f"ingest with --cue-weights {shlex.quote(str(TABLE.resolve()))};" in silent.stderr


def test_with_v_the_warning_is_said_once(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    db, runner = str(tmp_path / "v.db"), CliRunner()
    first = runner.invoke(cli, ["ingest", str(_corpus(tmp_path / "a.jsonl", 0, 2)), "--db", db])
    assert first.exit_code == 0, first.output
    caplog.set_level(logging.WARNING, logger="onrecord.readings")  # as a fresh process has it
    more = str(_corpus(tmp_path / "b.jsonl", 2, 1))
    second = runner.invoke(cli, ["-v", "ingest", more, "--db", db, "--cue-weights", str(TABLE)])
    assert second.exit_code == 0, second.output
    assert second.stderr.count("now mixes readings") == 1, second.stderr  # printed
    assert [r for r in caplog.records if r.name == "onrecord.readings"] == []  # not logged


def test_a_table_whose_path_is_not_utf8_is_read_and_said(
    tmp_path: Path,
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / os.fsdecode(b"tables-caf\xe9")  # Latin-1 bytes in a file's name
    try:
        folder.mkdir()
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system does not take a name that is not UTF-8")
    table = folder / "cue_weights.json"
    shutil.copyfile(TABLE, table)
    db, runner = str(tmp_path / "u.db"), CliRunner()
    learned = runner.invoke(cli, ["ingest", str(_corpus(tmp_path / "a.jsonl", 0, 2)), "--db", db,
                                  "--cue-weights", str(table)])  # fmt: skip
    assert learned.exit_code == 0, learned.output
    (stored,) = {r["cue_table"] for r in _readings(tmp_path / "u.db")}
    assert stored == str(tmp_path.resolve() / "tables-caf\ufffd" / "cue_weights.json")
    rules = runner.invoke(cli, ["ingest", str(_corpus(tmp_path / "b.jsonl", 2, 1)), "--db", db,
                                "--cue-weights", "off"])  # fmt: skip
    assert rules.exit_code == 0, rules.output
    digest = cue_digest(CueWeights.from_path(TABLE))
    # the path kept is not the file's: the table is said by its digest, not as an option
    assert f"ingest with the learned cue table of digest {digest};" in rules.stderr
    assert "--cue-weights /" not in rules.stderr


def test_the_worker_path_records_the_reading_of_the_in_process_path(
    tmp_path: Path,
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 0, 4)
    for workers in (1, 2):
        with Store.open(tmp_path / f"w{workers}.db") as store:
            report = ingest([corpus], store, workers=workers, batch_size=1, cue_weights=TABLE)
            assert report.records == 4 and report.mixed == ()
    here = Extractor(nlp=nlp, cue_weights=TABLE).reading.to_dict()
    assert here["cue_table"] == str(TABLE.resolve()) and here["cues"] == "learned"
    assert _readings(tmp_path / "w1.db") == 4 * [here]
    assert _readings(tmp_path / "w2.db") == 4 * [here]
