"""The learned pass's weight table and how a run chooses it (``nlp/cue_weights.py``): the
logistic model, the setting, the environment and the default place, and the errors for a table
asked for but missing or broken.

onrecord ships no weights (they derive from research data), so the tests read an invented
table, ``tests/data/cue_weights_invented.json``; the pass that uses a table is tested in
``test_learned_cues.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from onrecord.errors import PipelineError
from onrecord.nlp.cue_weights import ENV_WEIGHTS, CueWeights, default_weights_path, load_weights

TABLE = Path(__file__).parents[1] / "data" / "cue_weights_invented.json"
WEIGHTS = CueWeights.from_path(TABLE)


def test_probability_is_the_logistic_of_bias_and_weights() -> None:
    w = CueWeights(bias=-1.0, weights={"a": 2.0, "b": 0.5}, threshold=0.5)
    assert w.probability({}) == pytest.approx(1 / (1 + 2.718281828459045))
    assert w.probability({"a": 1.0}) == pytest.approx(1 / (1 + 2.718281828459045**-1))
    assert w.probability({"a": 1.0, "zzz": 1.0}) == w.probability({"a": 1.0})
    assert 0.0 < w.probability({"a": 1e6}) <= 1.0  # no overflow


def test_a_broken_table_says_how_to_regenerate_it(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"weights": {"a": 1}}), encoding="utf-8")
    with pytest.raises(PipelineError, match="train_cues"):
        CueWeights.from_path(path)


def test_weights_come_from_the_setting_the_environment_or_the_default_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(ENV_WEIGHTS, raising=False)
    assert default_weights_path() == tmp_path / "data" / "onrecord" / "cue_weights.json"
    assert load_weights() is None  # nothing trained: the rules alone, and no error
    default_weights_path().parent.mkdir(parents=True)
    default_weights_path().write_text(TABLE.read_text(encoding="utf-8"), encoding="utf-8")
    found = load_weights()
    assert found is not None and found.where == str(default_weights_path())
    assert found.weights == WEIGHTS.weights
    monkeypatch.setenv(ENV_WEIGHTS, "off")  # the environment turns it off ...
    assert load_weights() is None
    assert load_weights(TABLE) is not None  # ... and an explicit setting wins over it
    monkeypatch.setenv(ENV_WEIGHTS, str(tmp_path / "absent.json"))
    with pytest.raises(PipelineError, match=r"No cue weight table at .*ONRECORD_CUE_WEIGHTS"):
        load_weights()  # asked for and missing: said, not ignored


def test_a_table_written_again_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"bias": 0, "threshold": 0.5, "weights": {}}), encoding="utf-8")
    assert load_weights(path) is not None and load_weights(path).bias == 0.0  # type: ignore[union-attr]
    path.write_text(json.dumps({"bias": 2, "threshold": 0.5, "weights": {}}), encoding="utf-8")
    os.utime(path, ns=(10**18, 10**18))  # a new version, even within the clock's resolution
    assert load_weights(path).bias == 2.0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "content",
    [
        "{",  # not JSON
        '{"bias": 0, "threshold": NaN, "weights": {}}',  # every verb would pass
        '{"bias": 0, "threshold": 7, "weights": {}}',
        '{"bias": 0, "threshold": 0.5, "weights": {"lemma=vote": Infinity}}',
        "[1, 2]",
    ],
)
def test_a_broken_file_is_a_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "w.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PipelineError, match=r"not a cue weight table .* `make cue-weights`"):
        CueWeights.from_path(path)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PipelineError, match="does not exist or is not a file"):
        CueWeights.from_path(tmp_path / "absent.json")
    with pytest.raises(PipelineError, match="does not exist or is not a file"):
        CueWeights.from_path(tmp_path)  # a folder


def test_an_edges_section_is_read_and_a_broken_one_is_a_clear_error() -> None:
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert WEIGHTS.edges is None  # no section: the rules' edges
    edges = {"margin": 1.5, "start": {"bias": 0.0, "weights": {"move=wider": -1.0}}}
    with pytest.raises(PipelineError, match="train_cues"):
        CueWeights.from_json({**table, "edges": edges})  # no model of the end
    edges["end"] = {"bias": 0.0, "weights": {"out=,": 2.0}}
    read = CueWeights.from_json({**table, "edges": edges})
    assert read.edges is not None and read.edges.margin == 1.5
    assert read.edges.end.score({"out=,": 1.0, "zzz": 1.0}) == 2.0
    with pytest.raises(PipelineError, match="finite"):
        CueWeights.from_json({**table, "edges": {**edges, "margin": float("nan")}})


def test_the_digest_covers_an_edges_section_and_is_unchanged_without_one() -> None:
    from onrecord.readings import cue_digest

    table = json.loads(TABLE.read_text(encoding="utf-8"))
    edges = {
        "margin": 1.0,
        "start": {"bias": 0.0, "weights": {}},
        "end": {"bias": 0.0, "weights": {"out=,": 2.0}},
    }
    with_edges = CueWeights.from_json({**table, "edges": edges})
    assert cue_digest(CueWeights.from_json(table)) == cue_digest(WEIGHTS)
    assert cue_digest(with_edges) != cue_digest(WEIGHTS)


@pytest.mark.parametrize(
    "edges",
    [None, [], {"margin": 1.0, "start": {"bias": 0.0, "weights": []}, "end": {}}],
)
def test_a_broken_edges_section_is_named_in_the_error(edges: object) -> None:
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    with pytest.raises(PipelineError, match="edges section"):
        CueWeights.from_json({**table, "edges": edges})
