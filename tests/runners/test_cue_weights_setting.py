"""The learned pass's weights are resolved once, where a run starts, and every worker reads
that table whatever its own environment says (the suite's is ONRECORD_CUE_WEIGHTS=off).
A missing table is one clear error before any work. Invented articles and weights."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.errors import PipelineError
from onrecord.nlp.cue_weights import CueWeights
from onrecord.runners import local
from onrecord.runners.local import ingest
from onrecord.store import Store

TABLE = Path(__file__).parents[1] / "data" / "cue_weights_invented.json"
TEXT = "Councillor Mira Dovan worries about the cost of the Harlow bypass."


def _corpus(tmp_path: Path, n: int = 4) -> Path:
    path = tmp_path / "c.jsonl"
    rows = [{"text": f"{TEXT} The council meets on pier {i} next week.", "url": f"https://x.test/{i}"}
            for i in range(n)]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _bases(db: Path) -> list[str]:
    with Store.open(db) as store:
        return sorted(str(r[0]) for r in store.db.execute("SELECT basis FROM statements"))


@pytest.mark.model
def test_two_workers_read_the_table_the_run_started_with(tmp_path: Path) -> None:
    with Store.open(tmp_path / "two.db") as store:
        ingest([_corpus(tmp_path)], store, workers=2, batch_size=1, cue_weights=TABLE)
    assert _bases(tmp_path / "two.db") == ["learned"] * 4
    with Store.open(tmp_path / "off.db") as store:  # the environment says off: rules alone
        ingest([_corpus(tmp_path)], store, workers=2, batch_size=1)
    assert _bases(tmp_path / "off.db") == []


def test_a_missing_table_stops_the_run_before_any_work(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store, pytest.raises(PipelineError, match="No cue"):
        ingest([_corpus(tmp_path)], store, workers=2, cue_weights=tmp_path / "absent.json")
    with Store.open(tmp_path / "s.db") as store:
        assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_a_worker_that_cannot_start_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "_worker", None)
    monkeypatch.setattr(local, "_failed", None)
    local._init_worker("no_such_spacy_model_xyz", "off")
    with pytest.raises(PipelineError, match="could not start: spaCy model 'no_such"):
        local._work([], 1)


def test_the_ray_runner_sends_the_table_resolved_here(tmp_path: Path) -> None:
    pytest.importorskip("ray")
    from onrecord.runners.ray import RayPipe

    pipe = RayPipe(actors=1, cue_weights=TABLE)
    sent = pipe.make.args[1]  # type: ignore[union-attr]
    assert isinstance(sent, CueWeights) and sent.where == str(TABLE.resolve())
    assert RayPipe(actors=1).make.args[1] == "off"  # type: ignore[union-attr]
    with pytest.raises(PipelineError, match="No cue weight table"):
        RayPipe(actors=1, cue_weights=tmp_path / "absent.json")


@pytest.mark.model
def test_extract_says_which_table_it_read(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(article), "--cue-weights", str(TABLE)])
    assert result.exit_code == 0, result.output
    assert f"(learned cues from {TABLE.resolve()})" in result.stderr
    assert [s.get("basis") for s in json.loads(result.stdout)["statements"]] == ["learned"]
    result = runner.invoke(cli, ["extract", str(article), "--cue-weights", str(tmp_path / "x")])
    assert result.exit_code == 1
    assert "Error: No cue weight table" in result.output and "Traceback" not in result.output
    result = runner.invoke(cli, ["extract", str(article)])  # the suite's environment: off
    assert json.loads(result.stdout)["statements"] == [] and "learned" not in result.stderr


@pytest.mark.model
def test_tables_star_a_learned_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    from onrecord.extractor import Extractor
    from onrecord.render import to_markdown, to_table

    record = Extractor(nlp=nlp, cue_weights=TABLE).extract_text(TEXT)
    table, markdown = to_table(record, width=120), to_markdown(record)
    kind = record.statements[0].kind
    assert f"{kind}*  worries about" in table
    assert "cued by a verb that learned weights chose" in table
    assert f"| {kind}* | worries about |" in markdown and "\n\\* cued by a verb" in markdown
    rules = Extractor(nlp=nlp, cue_weights="off").extract_text(f'"{TEXT}" Ruiz said.')
    assert "*" not in to_table(rules, width=120) and "learned" not in to_markdown(rules)
