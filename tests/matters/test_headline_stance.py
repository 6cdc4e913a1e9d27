"""The learned headline stance (``matters/headline_stance.py``) and its trainer
(``evaluation/train_stance.py``), on invented claims and headlines."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from onrecord.errors import StanceWeightsError
from onrecord.evaluation.train_stance import LabelledHeadline, fit, main, read_headlines
from onrecord.matters.headline_stance import (
    ENV_STANCE_WEIGHTS,
    HeadlineStance,
    StanceWeights,
    contradiction_confidence,
    default_stance_weights_path,
    features,
    headline_stance,
    load_stance_weights,
)

pytest.importorskip("sklearn")

CLAIMS = {
    "c1": "A lynx escaped from the Varnholt zoo",
    "c2": "Mayor Elsa Trovik resigned over the harbour tunnel",
    "c3": "The Kelden bakery sold a loaf for 900 euros",
    "c4": "A comet fragment landed in Lake Ostrava",
}
HEADLINES = {
    "for": [
        ("c1", "Lynx escapes from Varnholt zoo"),
        ("c1", "Keepers hunt lynx that escaped from the Varnholt zoo"),
        ("c2", "Mayor Elsa Trovik resigns over harbour tunnel"),
        ("c2", "Trovik quits as mayor after harbour tunnel row"),
        ("c3", "Kelden bakery sells loaf for 900 euros"),
        ("c3", "A 900 euro loaf: Kelden bakery makes the sale"),
        ("c4", "Comet fragment lands in Lake Ostrava"),
        ("c4", "Divers find comet fragment that landed in Lake Ostrava"),
    ],
    "against": [
        ("c1", "Varnholt zoo denies lynx escape"),
        ("c1", "Lynx escape from Varnholt zoo is a hoax"),
        ("c2", "Trovik denies she resigned over the harbour tunnel"),
        ("c2", "Mayor Trovik resignation story is fake"),
        ("c3", "Kelden bakery denies selling a 900 euro loaf"),
        ("c3", "900 euro loaf was a hoax, Kelden bakery admits"),
        ("c4", "Observatory denies comet fragment landed in Lake Ostrava"),
        ("c4", "Lake Ostrava comet fragment is a hoax"),
    ],
    "observing": [
        ("c1", "Lynx reportedly escaped from Varnholt zoo, says a visitor"),
        ("c1", "Did a lynx escape from the Varnholt zoo?"),
        ("c2", "Trovik resigned over the tunnel, says a council source"),
        ("c2", "Mayor Trovik may have resigned, report claims"),
        ("c3", "Bakery sold a loaf for 900 euros, says a customer"),
        ("c3", "Kelden loaf reportedly sold for 900 euros"),
        ("c4", "Comet fragment fell in the lake, says a fisherman"),
        ("c4", "Comet fragment may have landed in Lake Ostrava"),
    ],
}


def _examples() -> list[LabelledHeadline]:
    return [
        LabelledHeadline(cid, CLAIMS[cid], text, stance)
        for stance, rows in HEADLINES.items()
        for cid, text in rows
    ]


@pytest.fixture(scope="module")
def model() -> StanceWeights:
    return fit(_examples(), c=1.0)


def test_training_is_deterministic_and_the_table_round_trips(model: StanceWeights) -> None:
    again = fit(_examples(), c=1.0)
    assert again.to_json() == model.to_json()
    back = StanceWeights.from_json(json.loads(json.dumps(model.to_json())))
    assert back.to_json() == model.to_json()
    assert any(model.weights["against"].values())


def test_a_denial_is_against_and_a_relayed_claim_is_observing(model: StanceWeights) -> None:
    claim = "Councillor Brann Oduya sold the ferry company"
    against = model.stance("Brann Oduya denies he sold the ferry company", claim)
    observing = model.stance("Oduya sold the ferry company, says a harbour source", claim)
    backing = model.stance("Councillor Brann Oduya sells ferry company", claim)
    assert against.label == "against"
    assert observing.label == "observing"
    assert backing.label == "for"
    assert abs(against.p_for + against.p_against + against.p_observing - 1.0) < 1e-9


def test_the_pair_confidence_ranks_a_denial_against_a_report_above_two_reports(
    model: StanceWeights,
) -> None:
    claim = "Councillor Brann Oduya sold the ferry company"
    sold = model.stance("Councillor Brann Oduya sells ferry company", claim)
    denied = model.stance("Brann Oduya denies he sold the ferry company", claim)
    relayed = model.stance("Oduya sold the ferry company, says a harbour source", claim)
    opposed = contradiction_confidence(sold, denied)
    assert opposed == contradiction_confidence(denied, sold)  # either way round
    assert opposed > contradiction_confidence(sold, relayed)
    assert opposed > contradiction_confidence(sold, sold)
    assert opposed >= model.threshold > contradiction_confidence(relayed, denied)


def test_features_carry_the_rules_reasons() -> None:
    feats = features("Varnholt zoo denies lynx escape", CLAIMS["c1"])
    assert feats["rule=no"] == 1.0
    assert feats["why=no:refute"] == 1.0
    assert "w=denies" in feats and "b=zoo_denies" in feats


def test_no_table_falls_back_to_the_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv(ENV_STANCE_WEIGHTS, raising=False)
    assert load_stance_weights() is None
    claim = CLAIMS["c1"]
    denied = headline_stance("Varnholt zoo denies lynx escape", claim, None)
    asked = headline_stance("Did a lynx escape from the Varnholt zoo?", claim, None)
    assert denied == HeadlineStance(0.0, 1.0, 0.0, learned=False)
    assert asked.label == "observing" and not asked.learned
    escaped = headline_stance("Lynx escapes from Varnholt zoo", claim, None)
    assert contradiction_confidence(escaped, denied) == 1.0
    assert contradiction_confidence(escaped, asked) == 0.0


def test_a_malformed_table_raises_a_typed_error_that_says_how_to_fix_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "stance.json"
    broken.write_text(json.dumps({"threshold": 0.5, "classes": {"for": {"bias": 0}}}))
    with pytest.raises(StanceWeightsError, match="make stance-weights"):
        load_stance_weights(broken)
    monkeypatch.setenv(ENV_STANCE_WEIGHTS, str(tmp_path / "missing.json"))
    with pytest.raises(StanceWeightsError, match="No stance weight table"):
        load_stance_weights()
    monkeypatch.setenv(ENV_STANCE_WEIGHTS, "off")
    assert load_stance_weights() is None


def test_the_trainer_writes_where_the_loader_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv(ENV_STANCE_WEIGHTS, raising=False)
    labelled = tmp_path / "headlines.csv"
    with labelled.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["claimHeadline", "articleHeadline", "articleHeadlineStance", "claimId"])
        out.writerows((h.claim, h.headline, h.stance, h.claim_id) for h in _examples())
    assert len(read_headlines(labelled)) == len(_examples())
    assert main([str(labelled), "--c", "1.0"]) == 0
    loaded = load_stance_weights()
    assert loaded is not None and loaded.where == str(default_stance_weights_path())
    assert loaded.to_json() == fit(_examples(), c=1.0).to_json()


def test_the_trainer_refuses_a_set_without_all_three_stances(tmp_path: Path) -> None:
    labelled = tmp_path / "headlines.csv"
    labelled.write_text(
        "claimHeadline,articleHeadline,articleHeadlineStance,claimId\n"
        f"{CLAIMS['c1']},Lynx escapes from Varnholt zoo,for,c1\n"
    )
    assert main([str(labelled), "--out", str(tmp_path / "t.json")]) == 2
    assert not (tmp_path / "t.json").exists()
