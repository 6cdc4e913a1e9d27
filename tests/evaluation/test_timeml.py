"""The TimeML reader, the TempEval-3 scorer and the ``eval-times`` command, on invented fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import onrecord.cli.eval_times  # noqa: F401  registers the command
from onrecord.cli import cli
from onrecord.errors import EvaluationError
from onrecord.evaluation.timeml import evaluate_times, read_corpus, read_timeml

DATA = Path(__file__).parent.parent / "data" / "timeml"
TBAQ = Path(__file__).resolve().parents[3] / "shared" / "eval" / "tempeval3" / "TBAQ-cleaned"


def test_timeml_reader_offsets_dct_and_entities() -> None:
    doc = read_timeml(DATA / "a.tml")
    assert doc.id == "fixture_a"
    assert doc.dct == "2017-11-11"
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "2017-11-10"),
        ("three weeks", "DURATION", "P3W"),
        ("on Nov. 9", "DATE", "2017-11-09"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert "Tolls & fees" in doc.text and "<" not in doc.text


def test_timeml_reader_takes_the_date_of_a_time_dct() -> None:
    assert read_timeml(DATA / "b.tml").dct == "2017-12-28"


def test_timeml_scores_one_document_by_hand() -> None:
    # gold 3, system 4 (a spurious "the spring of next year"); "on Nov. 9" matches only relaxed
    s = evaluate_times(DATA / "a.tml")
    assert (s.gold, s.system) == (3, 4)
    assert s.strict_precision == pytest.approx(2 / 4)
    assert s.strict_recall == pytest.approx(2 / 3)
    assert s.strict_f1 == pytest.approx(4 / 7)
    assert s.relaxed_precision == pytest.approx(3 / 4)
    assert s.relaxed_recall == pytest.approx(1.0)
    assert s.relaxed_f1 == pytest.approx(6 / 7)
    assert s.value_accuracy == pytest.approx(1.0)
    assert s.value_f1 == pytest.approx(6 / 7)


def test_timeml_scores_a_folder_by_hand() -> None:
    # b.tml adds a wrong value (every day: gold P1W) and a miss (a busy stretch)
    s = evaluate_times(DATA)
    assert (s.documents, s.gold, s.system) == (2, 7, 7)
    assert s.strict_f1 == pytest.approx(5 / 7)
    assert s.relaxed_precision == pytest.approx(6 / 7)
    assert s.relaxed_recall == pytest.approx(6 / 7)
    assert s.type_accuracy == pytest.approx(1.0)
    assert s.value_accuracy == pytest.approx(5 / 6)
    assert s.value_f1 == pytest.approx(5 / 7)
    kinds = sorted((e.kind, e.gold, e.system) for e in s.errors)
    assert kinds == [
        ("missed", "2017-12", None),
        ("spurious", None, "2018-SP"),
        ("wrong_value", "P1W", "P1D"),
    ]
    assert s.to_dict()["value_f1"] == round(5 / 7, 4)


def test_timeml_bad_input_raises_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match=r"no \.tml files"):
        read_corpus(tmp_path)
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>unclosed</TimeML>", encoding="utf-8")
    with pytest.raises(EvaluationError, match="valid XML"):
        read_corpus(tmp_path)


def test_cli_eval_times_table_and_json() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["eval-times", str(DATA)])
    assert result.exit_code == 0, result.output
    assert "2 documents, 7 gold and 7 system TIMEX3" in result.output
    assert "value F1                 0.714" in result.output
    result = runner.invoke(cli, ["eval-times", str(DATA), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["relaxed_f1"] == 0.8571
    assert len(data["errors"]) == 3


def test_cli_eval_times_reports_unreadable_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval-times", str(tmp_path)])
    assert result.exit_code == 1
    assert "Error:" in result.output and "no .tml files found" in result.output


@pytest.mark.shared
@pytest.mark.skipif(not TBAQ.is_dir(), reason="TempEval-3 TBAQ-cleaned is not in ../shared")
def test_timeml_tbaq_cleaned_meets_the_acceptance_floors() -> None:
    s = evaluate_times(TBAQ)
    assert s.gold == 1822
    assert s.strict_f1 >= 0.85
    assert s.relaxed_f1 >= 0.92
