"""Learning the cue weights (``onrecord.evaluation.train_cues``) from invented gold articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.evaluation.brat import GoldAttribution, GoldDocument
from onrecord.evaluation.train_cues import fit, main, training_rows
from onrecord.nlp.cue_weights import ENV_WEIGHTS, CueWeights, default_weights_path, load_weights

TEXT = (
    "Councillor Mira Dovan worries about the cost of the bypass. "
    "The chef cooked dinner for forty guests."
)


def _gold() -> GoldDocument:
    cue = TEXT.index("worries about")
    content = TEXT.index("the cost of the bypass")
    attribution = GoldAttribution(
        source=((0, len("Councillor Mira Dovan")),),
        cue=((cue, cue + len("worries about")),),
        content=((content, content + len("the cost of the bypass")),),
        type="indirect",
    )
    return GoldDocument("a1", TEXT, "2026-03-01", (attribution,))


def test_each_verb_the_rules_leave_is_an_example_labelled_by_the_gold(nlp) -> None:  # type: ignore[no-untyped-def]
    rows, labels = training_rows([_gold()], nlp)
    by_lemma = {
        next(k for k in r if k.startswith("lemma=")): y for r, y in zip(rows, labels, strict=True)
    }
    assert by_lemma == {"lemma=worry": True, "lemma=cook": False}


def test_fit_keeps_the_features_that_tell_cues_apart() -> None:
    rows = [{"lemma=oppose": 1.0, "how=dobj": 1.0}] * 30
    rows += [{"lemma=eat": 1.0, "how=dobj": 1.0}] * 30
    rows += [{"lemma=once": 1.0}]  # seen once: dropped before fitting
    labels = [True] * 30 + [False] * 31
    table = fit(rows, labels, min_count=5, c=1.0)
    assert table["examples"] == 61 and table["positives"] == 30
    assert table["weights"]["lemma=oppose"] > 0 > table["weights"]["lemma=eat"]
    assert "lemma=once" not in table["weights"]
    weights = CueWeights.from_json(table)
    assert weights.probability(rows[0]) > weights.threshold > weights.probability(rows[-2])


def _write_gold(folder: Path, *, with_attribution: bool = True) -> Path:
    """``_gold()`` as a PolNeAR folder: its text, and its attribution (or none) in brat."""
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "gazette_2026-03-01_bypass.txt").write_text(TEXT, encoding="utf-8")
    one = _gold().attributions[0]
    (cs, ce), (ts, te), (ss, se) = one.cue[0], one.content[0], one.source[0]
    ann = (
        f"T1\tSource {ss} {se}\t{TEXT[ss:se]}\nT2\tCue {cs} {ce}\t{TEXT[cs:ce]}\n"
        f"T3\tContent {ts} {te}\t{TEXT[ts:te]}\nT4\tAttribution {cs} {ce}\t{TEXT[cs:ce]}\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    text = ann if with_attribution else ""
    (folder / "attributions" / "gazette_2026-03-01_bypass_a1.ann").write_text(text, "utf-8")
    return folder


def test_main_writes_a_table_where_the_pipeline_finds_it(  # type: ignore[no-untyped-def]
    nlp, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gold = _gold()
    folder = _write_gold(tmp_path / "train")
    assert main([str(folder), "--min-count", "1", "--c", "10", "--out", "-"]) == 0
    table = json.loads(capsys.readouterr().out)
    assert table["examples"] == 2 and table["positives"] == 1
    weights = CueWeights.from_json(table)  # the pipeline reads what the trainer writes
    (worry, cook), _ = training_rows([gold], nlp)
    assert weights.probability(worry) > weights.probability(cook)
    # by default, to the place the extractor looks, once no setting turns the pass off
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(ENV_WEIGHTS)
    assert load_weights() is None
    assert main([str(folder), "--min-count", "1", "--c", "10"]) == 0
    assert "wrote" in capsys.readouterr().err
    found = load_weights()
    assert found is not None and found.weights == weights.weights
    assert not list(default_weights_path().parent.glob("*.partial"))


def test_main_says_what_is_wrong_instead_of_a_traceback(  # type: ignore[no-untyped-def]
    nlp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "absent"), "--out", "-"]) == 2
    assert "does not exist" in capsys.readouterr().err
    folder = _write_gold(tmp_path / "none", with_attribution=False)  # no cue to learn from
    assert main([str(folder), "--out", "-"]) == 2
    assert "a model needs both" in capsys.readouterr().err
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    with_cue = _write_gold(tmp_path / "ok")
    assert main([str(with_cue), "--min-count", "1", "--out", str(blocked / "w.json")]) == 2
    assert "choose another place with --out" in capsys.readouterr().err


def test_bad_settings_are_refused_before_any_parsing(  # type: ignore[no-untyped-def]
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import onrecord.evaluation.train_cues as trainer

    def never(*_: object) -> None:
        raise AssertionError("parsed the corpus")

    monkeypatch.setattr(trainer, "training_rows", never)
    gold = _write_gold(tmp_path / "g")
    for bad in (["--c", "-1"], ["--c", "0"], ["--min-count", "0"]):
        with pytest.raises(SystemExit) as stop:
            main([str(gold), "--out", "-", *bad])
        assert stop.value.code == 2
        assert "must be" in capsys.readouterr().err
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    assert main([str(gold), "--out", str(blocked / "w.json")]) == 2
    assert "choose another place with --out" in capsys.readouterr().err


def test_a_min_count_no_feature_reaches_is_a_clear_error(  # type: ignore[no-untyped-def]
    nlp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _write_gold(tmp_path / "g")
    assert main([str(gold), "--min-count", "100000", "--out", "-"]) == 2
    assert "No feature is seen --min-count 100000 times" in capsys.readouterr().err


def test_the_closing_line_says_how_the_table_will_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord.evaluation.train_cues import _how_used

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    out = tmp_path / "elsewhere.json"
    monkeypatch.setenv(ENV_WEIGHTS, "off")
    assert "ONRECORD_CUE_WEIGHTS=off is set" in _how_used(default_weights_path())
    monkeypatch.delenv(ENV_WEIGHTS)
    assert _how_used(default_weights_path()) == "onrecord uses it from now on."
    assert f"--cue-weights {out}" in _how_used(out)
    monkeypatch.setenv(ENV_WEIGHTS, str(tmp_path / "other.json"))
    assert "reads that instead" in _how_used(default_weights_path())
