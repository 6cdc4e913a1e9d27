"""Attribution evaluation: gold loading, scoring, error listing, the CLI and the eval gate.

The brat fixtures in ``tests/data/brat`` are tiny invented articles; the PolNeAR corpus itself
is only read by the tests marked ``shared`` (skipped when ``../shared`` is absent).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from fractions import Fraction
from pathlib import Path
from types import ModuleType

import pytest

import onrecord.cli.eval  # noqa: F401 - registers the command, as onrecord.cli does
from onrecord.cli import cli
from onrecord.errors import EmptyArticle, EvaluationError
from onrecord.evaluation import (
    GoldAttribution,
    GoldDocument,
    PredictedAttribution,
    evaluate,
    load_gold,
    normalize,
    predict_gold_doc,
    score,
)
from onrecord.evaluation import attribution as attribution_module
from onrecord.evaluation.context import bracketed
from onrecord.evaluation.scoring import is_partial_match
from onrecord.models import Article, Record, Span, Speaker, Statement

ROOT = Path(__file__).resolve().parents[2]
BRAT = ROOT / "tests" / "data" / "brat"
DEV = BRAT / "polnear" / "dev"
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
GAZETTE = "gazette_2024-03-02_bridge-opens"
COURIER = "courier_2024-04-10_council-vote"


def at(text: str, phrase: str, nth: int = 0) -> tuple[tuple[int, int], ...]:
    """The extent of the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return ((start, start + len(phrase)),)


def surfaces(doc: GoldDocument, extent: tuple[tuple[int, int], ...]) -> list[str]:
    return [doc.text[s:e] for s, e in extent]


class GoldPredictor:
    """A fake extractor that returns the gold attributions, minus the ones in ``drop``."""

    def __init__(self, gold: list[GoldDocument], drop: int = 0) -> None:
        self.gold = {d.text: d for d in gold}
        self.drop = drop

    def extract_text(
        self, text: str, *, published: str | None = None, source: str = "<text>"
    ) -> Record:
        doc = self.gold[text]
        statements = []
        for n, a in enumerate(doc.attributions[self.drop :]):
            parts = tuple(Span(text[s:e], s, e) for s, e in a.content)
            mention = (
                Span(text[a.source[0][0] : a.source[0][1]], *a.source[0]) if a.source else None
            )
            cue = Span(text[a.cue[0][0] : a.cue[0][1]], *a.cue[0])
            statements.append(
                Statement(
                    id=str(n),
                    kind="direct",
                    cue=cue,
                    content=parts[0],
                    speaker=Speaker(None, "unknown", mention=mention),
                    content_parts=parts if len(parts) > 1 else (),
                )
            )
        return Record(Article(source, source, text, published=published), tuple(statements))


# --- gold loading ----------------------------------------------------------------------------


def test_load_gold_polnear_layout_reads_every_article() -> None:
    docs = load_gold(DEV)
    assert [d.doc_id for d in docs] == [COURIER, GAZETTE]
    assert [len(d.attributions) for d in docs] == [5, 3]


def test_load_gold_takes_the_first_annotator_in_sorted_order() -> None:
    gazette = load_gold(DEV)[1]
    assert gazette.annotator == "a1"
    assert surfaces(gazette, gazette.attributions[0].source) == ["Mayor Ana Vela"]


def test_load_gold_published_from_metadata_then_from_file_name() -> None:
    courier, gazette = load_gold(DEV)
    assert gazette.published == "2024-03-01"  # metadata.tsv wins over the name
    assert courier.published == "2024-04-10"


def test_load_gold_merges_suffixed_roles_defined_after_the_relation() -> None:
    gazette = load_gold(DEV)[1]
    quote = gazette.attributions[1]
    assert surfaces(gazette, quote.content) == [
        '"We are on schedule,"',
        '"The last beams go in next week."',
    ]
    assert quote.type == "direct"
    assert surfaces(gazette, quote.source) == ["Tom Reed, the city engineer"]


def test_load_gold_discontinuous_span_and_continuation_line() -> None:
    courier = load_gold(DEV)[0]
    called, clerk = courier.attributions[2], courier.attributions[4]
    assert surfaces(courier, called.content) == ['the plan "a waste\nof money"']
    assert called.type == "mixed"
    assert surfaces(courier, clerk.content) == ['"Nobody,"', '"reads these reports."']
    assert clerk.type == "direct"


def test_load_gold_attribution_without_source() -> None:
    believed = load_gold(DEV)[0].attributions[1]
    assert believed.source == ()
    assert believed.type == "indirect"


def test_load_gold_shared_source_counts_for_both_attributions() -> None:
    courier = load_gold(DEV)[0]
    assert courier.attributions[2].source == courier.attributions[3].source


def test_load_gold_ignores_discard_and_discuss_markers() -> None:
    for doc in load_gold(DEV):
        spans = {
            f for a in doc.attributions for r in ("source", "cue", "content") for f in a.role(r)
        }
        texts = {doc.text[s:e] for s, e in spans}
        assert "Follow the Gazette on Twitter." not in texts
        assert "Council delays vote" not in texts


def test_load_gold_flat_brat_folder_and_single_file() -> None:
    (folder_doc,) = load_gold(BRAT / "flat")
    (file_doc,) = load_gold(BRAT / "flat" / "park-note.ann")
    assert folder_doc == file_doc
    assert folder_doc.published is None
    assert folder_doc.annotator is None


def test_load_gold_single_ann_in_polnear_layout() -> None:
    (doc,) = load_gold(DEV / "attributions" / f"{GAZETTE}_b2.ann")
    assert doc.doc_id == GAZETTE
    assert doc.annotator == "b2"
    assert len(doc.attributions) == 1


def test_load_gold_jsonl_round_trip(tmp_path: Path) -> None:
    docs = load_gold(DEV)
    rows = []
    for annotator in ("zz", None):  # a later annotator first: the sorted first one must win
        for d in docs:
            attributions = [] if annotator else d.attributions
            rows.append(_jsonl_row(d, attributions, annotator or d.annotator))
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert load_gold(path) == docs


def _jsonl_row(
    doc: GoldDocument,
    attributions: tuple[GoldAttribution, ...] | list[GoldAttribution],
    ann: str | None,
) -> dict[str, object]:
    def parts(extent: tuple[tuple[int, int], ...]) -> list[dict[str, object]]:
        return [{"start": s, "end": e, "text": doc.text[s:e]} for s, e in extent]

    return {
        "doc_id": doc.doc_id,
        "annotator": ann,
        "date": doc.published,
        "text": doc.text,
        "attributions": [
            {
                "id": a.id,
                "source": parts(a.source),
                "cue": parts(a.cue),
                "content": parts(a.content),
            }
            for a in attributions
        ],
    }


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing", None, "does not exist"),
        ("gold.csv", "a,b\n", "Expected a PolNeAR split folder"),
        ("gold.jsonl", "{not json\n", "line 1: invalid JSON"),
        ("gold.jsonl", '{"doc_id": "x"}\n', "not a derived PolNeAR record"),
        ("empty", "", "No .ann files found"),
    ],
)
def test_load_gold_unreadable_gold_says_what_is_expected(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    path = tmp_path / name
    if name == "empty":
        path.mkdir()
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message):
        load_gold(path)


def test_load_gold_parent_of_splits_names_them(tmp_path: Path) -> None:
    shutil.copytree(DEV, tmp_path / "data" / "dev")
    with pytest.raises(EvaluationError, match="holds the splits dev: pass one of them"):
        load_gold(tmp_path / "data")


def test_load_gold_offsets_that_miss_the_text_are_an_error(tmp_path: Path) -> None:
    shutil.copytree(BRAT / "flat", tmp_path / "flat")
    (tmp_path / "flat" / "park-note.txt").write_text("Someone else wrote this.\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="offsets of T3 do not match"):
        load_gold(tmp_path / "flat")


# --- scoring ---------------------------------------------------------------------------------

TEXT = "Ann said the plan works. Bob told us it fails. Cy thinks so."


def gold_doc() -> GoldDocument:
    t = TEXT
    return GoldDocument(
        "d",
        t,
        None,
        (
            GoldAttribution(at(t, "Ann"), at(t, "said"), at(t, "the plan works"), "indirect", "E1"),
            GoldAttribution(at(t, "Bob"), at(t, "told us"), at(t, "it fails"), "indirect", "E2"),
            GoldAttribution(at(t, "Cy"), at(t, "thinks"), at(t, "so"), "indirect", "E3"),
        ),
    )


def predictions() -> list[PredictedAttribution]:
    t = TEXT
    return [
        PredictedAttribution(at(t, "Ann"), at(t, "said"), at(t, "the plan works.")),
        PredictedAttribution(at(t, "Bob told"), at(t, "told"), at(t, "it fails")),
        PredictedAttribution((), at(t, "works"), at(t, "plan")),
    ]


def test_score_hand_computed_precision_recall_f1() -> None:
    s = score([gold_doc()], {"d": predictions()})
    # source: gold 3, predicted 2; "Ann" matches, "Bob told" covers 3/8 of itself: no match
    assert (s.source.exact.tp, s.source.exact.gold, s.source.exact.predicted) == (1, 3, 2)
    assert s.source.exact.precision == 0.5
    assert s.source.exact.recall == pytest.approx(1 / 3)
    assert s.source.partial.f1 == pytest.approx(0.4)  # 2 * 1 / (3 + 2)
    # cue: "said" exact; "told" is 4/7 of "told us": partial only; "works" spurious
    assert (s.cue.exact.tp, s.cue.partial.tp) == (1, 2)
    assert s.cue.exact.f1 == pytest.approx(1 / 3)
    assert s.cue.partial.f1 == pytest.approx(2 / 3)
    # content: "it fails" exact; "the plan works." 14/15: partial; "plan" 4/14: spurious
    assert (s.content.exact.tp, s.content.partial.tp, s.content.partial.predicted) == (1, 2, 3)
    # attribution: only Ann's matches on all three roles
    assert (s.attribution.tp, s.attribution.gold, s.attribution.predicted) == (1, 3, 3)
    assert s.attribution.f1 == pytest.approx(1 / 3)
    (direct, mixed, indirect) = s.content_recall
    assert (indirect.gold, indirect.exact, indirect.partial) == (3, 1, 2)
    assert direct.gold == mixed.gold == 0


def test_score_perfect_prediction_is_one_everywhere() -> None:
    doc = gold_doc()
    pred = [PredictedAttribution(a.source, a.cue, a.content) for a in doc.attributions]
    assert set(score([doc], {"d": pred}).f1_scores().values()) == {1.0}


def test_score_missing_document_counts_as_no_predictions() -> None:
    s = score([gold_doc()], {})
    assert s.content.partial.to_dict() == {
        "tp": 0,
        "gold": 3,
        "predicted": 0,
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
    }


def test_score_to_dict_has_every_metric_and_optional_errors() -> None:
    s = score([gold_doc()], {"d": predictions()})
    d = s.to_dict()
    assert set(d) == {
        "documents",
        "source",
        "cue",
        "content",
        "attribution",
        "content_recall_by_type",
    }
    assert d["content_recall_by_type"] == {
        "direct": {"gold": 0, "exact": 0.0, "partial": 0.0},
        "mixed": {"gold": 0, "exact": 0.0, "partial": 0.0},
        "indirect": {"gold": 3, "exact": 0.3333, "partial": 0.6667},
    }
    assert len(s.to_dict(errors=True)["errors"]) == len(s.errors)  # type: ignore[arg-type]
    assert sorted(s.f1_scores()) == sorted(
        [f"{r}_{m}" for r in ("source", "cue", "content") for m in ("exact", "partial")]
        + ["attribution_partial"]
    )


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        ((0, 4), (2, 6), True),  # 2 shared / max(4, 4) = 0.5 exactly
        ((0, 4), (2, 7), False),  # 2 / 5
        ((0, 4), (0, 8), True),  # 4 / 8: a prediction twice as long still matches
        ((0, 4), (0, 9), False),  # 4 / 9
        ((0, 8), (2, 6), True),  # 4 / 8: half of the gold
        ((0, 4), (4, 8), False),  # touching is not overlapping
    ],
)
def test_partial_match_threshold_is_half_of_the_longer_span(
    gold: tuple[int, int], pred: tuple[int, int], matches: bool
) -> None:
    assert is_partial_match((gold,), (pred,)) is matches
    ratio = Fraction(
        max(0, min(gold[1], pred[1]) - max(gold[0], pred[0])),
        max(gold[1] - gold[0], pred[1] - pred[0]),
    )
    assert (ratio >= Fraction(1, 2)) is matches


def test_normalize_trims_whitespace_and_merges_fragments_split_at_line_breaks() -> None:
    text = " two\nlines  here "
    assert normalize(text, ((0, 5), (5, 10), (10, 17))) == ((1, 16),)
    assert normalize(text, ((0, 1),)) == ()


def test_score_exact_ignores_whitespace_and_brat_line_splits() -> None:
    text = 'She said "one\ntwo" today.'
    content = ((9, 13), (14, 18))  # brat splits the quote at the newline
    gold = GoldDocument(
        "d", text, None, (GoldAttribution((), at(text, "said"), content, "direct"),)
    )
    pred = PredictedAttribution((), ((3, 9),), ((9, 18),))  # cue "said " with a trailing space
    s = score([gold], {"d": [pred]})
    assert (s.cue.exact.tp, s.content.exact.tp, s.attribution.tp) == (1, 1, 1)


def test_score_matching_is_one_to_one() -> None:
    doc = gold_doc()
    twice = [
        PredictedAttribution(at(TEXT, "Ann"), (), ()),
        PredictedAttribution(at(TEXT, "Ann"), (), ()),
    ]
    s = score([doc], {"d": twice})
    assert (s.source.exact.tp, s.source.exact.predicted) == (1, 2)


def test_score_greedy_prefers_the_larger_overlap() -> None:
    text = "abcdefghijklmnop"
    first, second = ((8, 14),), ((0, 10),)
    gold = GoldDocument(
        "d",
        text,
        None,
        (
            GoldAttribution((), (), first, "indirect"),
            GoldAttribution((), (), second, "indirect"),
        ),
    )
    # (4, 12) covers 4 of max(6, 8) of the first gold span (0.5), 6 of 10 of the second (0.6)
    s = score([gold], {"d": [PredictedAttribution((), (), ((4, 12),))]})
    assert s.content.partial.tp == 1
    assert [(e.kind, e.gold) for e in s.errors] == [("boundary", second), ("missed", first)]


def test_score_attribution_requires_absent_source_on_both_sides() -> None:
    text = "It is believed that rain comes."
    gold = GoldDocument(
        "d",
        text,
        None,
        (GoldAttribution((), at(text, "is believed"), at(text, "that rain comes"), "indirect"),),
    )
    with_source = PredictedAttribution(
        at(text, "It"), at(text, "is believed"), at(text, "that rain comes")
    )
    without = PredictedAttribution((), at(text, "is believed"), at(text, "that rain comes"))
    assert score([gold], {"d": [with_source]}).attribution.tp == 0
    assert score([gold], {"d": [without]}).attribution.tp == 1


def test_score_content_recall_by_type() -> None:
    docs = load_gold(DEV)
    s = score(
        docs,
        {
            d.doc_id: [
                PredictedAttribution(a.source, a.cue, a.content)
                for a in d.attributions
                if a.type != "mixed"
            ]
            for d in docs
        },
    )
    recall = {t.type: (t.gold, t.exact, t.partial) for t in s.content_recall}
    assert recall == {"direct": (2, 2, 2), "mixed": (1, 0, 0), "indirect": (5, 5, 5)}


# --- errors ----------------------------------------------------------------------------------


def test_errors_list_missed_spurious_and_boundary_spans_in_their_sentence() -> None:
    s = score([gold_doc()], {"d": predictions()})
    found = {(e.role, e.kind, e.gold_text, e.predicted_text) for e in s.errors}
    assert found == {
        ("source", "missed", "Bob", ""),
        ("source", "spurious", "", "Bob told"),
        ("source", "missed", "Cy", ""),
        ("cue", "boundary", "told us", "told"),
        ("cue", "spurious", "", "works"),
        ("cue", "missed", "thinks", ""),
        ("content", "boundary", "the plan works", "the plan works."),
        ("content", "spurious", "", "plan"),
        ("content", "missed", "so", ""),
    }
    by_text = {e.gold_text or e.predicted_text: e for e in s.errors}
    assert by_text["Cy"].context == "[Cy] thinks so."
    assert by_text["told us"].context == "Bob [{told} us] it fails."
    assert by_text["the plan works"].context == "Ann said [{the plan works].} Bob told us it fails."


def test_bracketed_shows_discontinuous_spans_and_shortens_long_text() -> None:
    text = "Intro. " + "x" * 300 + ' "A," she said, "B." ' + "y" * 300 + ".\nNext."
    a, b = text.index('"A,"'), text.index('"B."')
    shown = bracketed(text, ((a, a + 4), (b, b + 4)))
    assert '["A,"] she said, ["B."]' in shown
    assert shown.startswith("…") and shown.endswith("…")
    assert "Next" not in shown


# --- predictions from an extractor -------------------------------------------------------------


def test_predict_gold_doc_maps_statements_to_attributions() -> None:
    text = 'Press Secretary Jo Lee said: "Yes." Then "no," she added, "maybe."'
    statements = (
        Statement(
            "s1",
            "direct",
            Span("said", *at(text, "said")[0]),
            Span('"Yes."', *at(text, '"Yes."')[0]),
            Speaker("Jo Lee", "person", mention=Span("Jo Lee", *at(text, "Jo Lee")[0])),
            source_span=Span("Press Secretary Jo Lee", *at(text, "Press Secretary Jo Lee")[0]),
        ),
        Statement(
            "s2",
            "direct",
            None,
            Span('"no," she added, "maybe."', text.index('"no,"'), len(text)),
            Speaker("Jo Lee", "person", mention=Span("she", *at(text, "she")[0])),
            content_parts=(
                Span('"no,"', *at(text, '"no,"')[0]),
                Span('"maybe."', *at(text, '"maybe."')[0]),
            ),
        ),
    )

    class Fake:
        def extract_text(
            self, text: str, *, published: str | None = None, source: str = "<text>"
        ) -> Record:
            return Record(Article(source, source, text), statements)

    doc = GoldDocument("d", text, None, ())
    first, second = predict_gold_doc(Fake(), doc)
    # PolNeAR's conventions: the colon that introduces the quotation belongs to the cue
    assert first == PredictedAttribution(
        at(text, "Press Secretary Jo Lee"), at(text, "said:"), at(text, '"Yes."'), "direct"
    )
    assert second.source == at(text, "she")
    assert second.cue == ()
    assert second.content == at(text, '"no,"') + at(text, '"maybe."')


def test_predict_gold_doc_refuses_a_changed_text() -> None:
    class Cleaner:
        def extract_text(
            self, text: str, *, published: str | None = None, source: str = "<text>"
        ) -> Record:
            return Record(Article(source, source, text.strip()))

    with pytest.raises(EvaluationError, match="changed the text of d"):
        predict_gold_doc(Cleaner(), GoldDocument("d", " padded ", None, ()))


def test_evaluate_with_a_fake_predictor() -> None:
    report = evaluate(DEV, extractor=GoldPredictor(load_gold(DEV)))
    assert set(report.scores.f1_scores().values()) == {1.0}
    assert report.failed == ()
    assert report.to_dict()["documents"] == 2


def test_evaluate_limit_and_failed_documents_do_not_stop_the_run() -> None:
    class Flaky(GoldPredictor):
        def extract_text(
            self, text: str, *, published: str | None = None, source: str = "<text>"
        ) -> Record:
            if source == COURIER:
                raise EmptyArticle(source, "nothing left")
            if source == GAZETTE:
                raise RuntimeError("bug")
            return super().extract_text(text, published=published, source=source)

    report = evaluate(DEV, extractor=Flaky(load_gold(DEV)))
    assert [(f.source, f.reason) for f in report.failed] == [
        (COURIER, "empty"),
        (GAZETTE, "parse_error"),
    ]
    assert report.scores.content.partial.recall == 0.0
    assert evaluate(DEV, extractor=Flaky(load_gold(DEV)), limit=1).scores.documents == 1


# --- CLI ---------------------------------------------------------------------------------------


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = GoldPredictor(load_gold(DEV), drop=1)
    monkeypatch.setattr(attribution_module, "_default_extractor", lambda model, weights: fake)


@pytest.mark.usefixtures("fake_extractor")
def test_cli_eval_prints_a_table(runner) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["eval", str(DEV)])
    assert result.exit_code == 0, result.output
    assert "(2 documents, model: default)" in result.output
    assert "learned cues: off (the rules alone)" in result.output
    table = result.output.splitlines()[4:8]
    lines = {line.split()[0]: line.split()[1:] for line in table}
    # 8 gold attributions, 6 predicted (the first of each article dropped), all correct
    assert lines["content"] == ["1.000", "0.750", "0.857", "1.000", "0.750", "0.857", "8", "6"]
    assert lines["attribution"] == ["1.000", "0.750", "0.857", "8", "6"]


@pytest.mark.usefixtures("fake_extractor")
def test_cli_eval_errors_and_json(runner) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["eval", str(DEV), "--errors"])
    assert f"== {GAZETTE}" in result.output
    assert "missed   source  [Mayor Ana Vela] said the bridge would open in May." in result.output
    result = runner.invoke(cli, ["eval", str(DEV), "--json", "--errors", "--limit", "1"])
    data = json.loads(result.output)
    assert data["documents"] == 1
    assert data["cue"]["exact"] == {
        "tp": 4,
        "gold": 5,
        "predicted": 4,
        "precision": 1.0,
        "recall": 0.8,
        "f1": 0.8889,
    }
    assert {e["kind"] for e in data["errors"]} == {"missed"}


def test_cli_eval_unreadable_gold_is_a_clean_error(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["eval", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "Error: Gold corpus" in result.output
    assert "does not exist" in result.output


# --- eval gate ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_gate", ROOT / "eval" / "eval_gate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_gate(gate: ModuleType, baseline: Path, *args: str, drop: int = 0, gold: Path = DEV) -> int:
    argv = ["--gold", str(gold), "--baseline", str(baseline), *args]
    return int(gate.main(argv, extractor=GoldPredictor(load_gold(DEV), drop=drop)))


def pin(baseline: Path, gate: ModuleType, floor: float, sha: str | None = None) -> None:
    names = ["source_exact", "source_partial", "cue_exact", "cue_partial", "content_exact"]
    names += ["content_partial", "attribution_partial"]
    baseline.write_text(
        json.dumps(
            {
                "sha256": sha or gate.corpus_sha256(DEV),
                "limit": None,
                "f1_floors": dict.fromkeys(names, floor),
            }
        ),
        encoding="utf-8",
    )


def test_gate_skips_when_the_corpus_is_absent(
    gate: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_gate(gate, tmp_path / "b.json", gold=tmp_path / "absent") == 0
    assert "SKIPPED:" in capsys.readouterr().out
    assert not (tmp_path / "b.json").exists()


def test_gate_passes_above_the_floors_and_within_tolerance(
    gate: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "b.json"
    pin(baseline, gate, 0.8)
    assert run_gate(gate, baseline) == 0
    assert "PASS" in capsys.readouterr().out
    for nudge, code in ((0.0004, 0), (0.0007, 1)):  # floors are rounded down to 4 decimals
        assert run_gate(gate, baseline, "--update", "--allow-regression", drop=1) == 0
        data = json.loads(baseline.read_text(encoding="utf-8"))
        data["f1_floors"] = {k: v + nudge for k, v in data["f1_floors"].items()}
        baseline.write_text(json.dumps(data), encoding="utf-8")
        assert run_gate(gate, baseline, drop=1) == code


def test_gate_fails_below_a_floor(
    gate: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "b.json"
    pin(baseline, gate, 0.9)
    assert run_gate(gate, baseline, drop=1) == 1
    out = capsys.readouterr().out
    assert "content_partial         0.9000  0.8571  FAIL" in out


def test_gate_fails_when_the_corpus_changed(
    gate: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "b.json"
    pin(baseline, gate, 0.0, sha="0" * 64)
    assert run_gate(gate, baseline) == 1
    assert "the gold corpus changed" in capsys.readouterr().out


def test_gate_update_pins_floors_and_the_corpus_hash(gate: ModuleType, tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    assert run_gate(gate, baseline, "--update", drop=1) == 0
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["sha256"] == gate.corpus_sha256(DEV)
    assert data["f1_floors"]["content_partial"] == 0.8571  # rounded down
    assert data["documents"] == 2
    assert run_gate(gate, baseline, drop=1) == 0
    assert run_gate(gate, baseline, "--update") == 0  # better: floors go up
    assert json.loads(baseline.read_text(encoding="utf-8"))["f1_floors"]["content_partial"] == 1.0


def test_gate_update_never_lowers_a_floor_without_allow_regression(
    gate: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "b.json"
    pin(baseline, gate, 0.95)
    assert run_gate(gate, baseline, "--update", drop=1) == 1
    assert "not lowering content_partial: 0.9500 -> 0.8571" in capsys.readouterr().out
    assert json.loads(baseline.read_text(encoding="utf-8"))["f1_floors"]["content_partial"] == 0.95
    assert run_gate(gate, baseline, "--update", "--allow-regression", drop=1) == 0
    assert (
        json.loads(baseline.read_text(encoding="utf-8"))["f1_floors"]["content_partial"] == 0.8571
    )


@pytest.mark.parametrize(
    ("setting", "says", "pinned"),
    [
        ((), "rules alone", "rules.json"),
        (("--cue-weights", "OFF"), "rules alone", "rules.json"),
        (("--cue-weights", "w.json"), "rules and learned cues from w.json", "learned.json"),
    ],
)
def test_gate_holds_the_rules_and_the_learned_pass_to_their_own_floors(
    gate: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], setting: tuple[str, ...], says: str, pinned: str,
) -> None:  # fmt: skip
    monkeypatch.setattr(gate, "DEFAULT_BASELINE", tmp_path / "rules.json")
    monkeypatch.setattr(gate, "LEARNED_BASELINE", tmp_path / "learned.json")
    fake = GoldPredictor(load_gold(DEV), drop=1)
    assert gate.main(["--gold", str(DEV), "--update", *setting], extractor=fake) == 0
    assert says in capsys.readouterr().out
    assert [p.name for p in tmp_path.glob("*.json")] == [pinned]


def test_gate_fails_clearly_when_the_cue_weights_are_missing(
    gate: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "b.json"
    pin(baseline, gate, 0.0)
    argv = ["--gold", str(DEV), "--baseline", str(baseline)]
    assert gate.main([*argv, "--cue-weights", str(tmp_path / "absent.json")]) == 1
    out = capsys.readouterr().out
    assert "FAIL: No cue weight table at" in out and "absent.json" in out
    assert "make cue-weights" in out


# --- the real corpus, when present ---------------------------------------------------------------


@pytest.mark.shared
def test_polnear_dev_brat_and_derived_jsonl_agree() -> None:
    if not POLNEAR.is_dir():
        pytest.skip("../shared/eval/polnear is not present in this checkout")
    brat = load_gold(POLNEAR / "data" / "dev")
    derived = load_gold(POLNEAR / "derived" / "polnear_dev.jsonl")
    assert len(brat) == 84
    assert [(d.doc_id, d.published, d.attributions) for d in brat] == [
        (d.doc_id, d.published, d.attributions) for d in derived
    ]


def test_polnear_conventions_group_by_cue_and_restore_marks() -> None:
    from onrecord.evaluation.conventions import polnear_attributions

    text = (
        '"We will build it," Mayor Ana Ruiz said, "and we will pay for it." '
        "She said that costs rose."
    )
    said = Span("said", *at(text, "said")[0])
    mention = Span("Mayor Ana Ruiz", *at(text, "Mayor Ana Ruiz")[0])
    speaker = Speaker("Ana Ruiz", "person", mention=mention)
    q1, q2 = "We will build it,", "and we will pay for it."
    statements = (
        Statement("s1", "direct", said, Span(q1, *at(text, q1)[0]), speaker),
        Statement("s2", "direct", said, Span(q2, *at(text, q2)[0]), speaker),
        Statement(
            "s3",
            "indirect",
            Span("said", *at(text, "said", 1)[0]),
            Span("costs rose", *at(text, "costs rose")[0]),
            Speaker("Ana Ruiz", "person", mention=Span("She", *at(text, "She")[0])),
        ),
    )
    quoted, indirect = polnear_attributions(Record(Article("d", "d", text), statements))
    assert quoted.content == at(text, f'"{q1}"') + at(text, f'"{q2}"')
    assert quoted.cue == at(text, "said")[:1]
    assert indirect.content == at(text, "that costs rose")


def test_polnear_conventions_that_before_a_quotation_is_content() -> None:
    from onrecord.evaluation.conventions import polnear_attributions

    text = "Mayor Ana Ruiz said that “the bridge will open in May.”"
    quoted = "the bridge will open in May."
    statement = Statement(
        "s1",
        "direct",
        Span("said", *at(text, "said")[0]),
        Span(quoted, *at(text, quoted)[0]),
        Speaker("Ana Ruiz", "person"),
    )
    (attribution,) = polnear_attributions(Record(Article("d", "d", text), (statement,)))
    assert attribution.content == at(text, f"that “{quoted}”")


def test_polnear_conventions_source_keeps_the_dash_that_closes_its_aside() -> None:
    from onrecord.evaluation.conventions import polnear_attributions

    text = "Jo Park — a nurse from Leeds — said the ward was full."
    source = Span("Jo Park — a nurse from Leeds", *at(text, "Jo Park — a nurse from Leeds")[0])
    statement = Statement(
        "s1",
        "indirect",
        Span("said", *at(text, "said")[0]),
        Span("the ward was full", *at(text, "the ward was full")[0]),
        Speaker("Jo Park", "person", mention=source),
    )
    (attribution,) = polnear_attributions(Record(Article("d", "d", text), (statement,)))
    assert attribution.source == at(text, "Jo Park — a nurse from Leeds —")


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # named after its cue: PolNeAR's source runs on through the relative clause
        ("“The gym stays open,” said Dana Spence, who runs the Fifth Street Gym.",
         "Dana Spence", "Dana Spence, who runs the Fifth Street Gym"),
        # named before its cue: an aside the annotators mostly leave out, but a name new to
        # the article keeps it (test_source_clauses.py)
        ("Dana Spence, who runs the Fifth Street Gym, said the gym stays open.",
         "Dana Spence", "Dana Spence, who runs the Fifth Street Gym,"),
        ("Dana Spence lifts. The coach, who runs the Fifth Street Gym, said the gym stays open.",
         "The coach", "The coach"),
    ],
)  # fmt: skip
def test_polnear_conventions_source_after_its_cue_takes_its_relative_clause(
    text: str, source: str, expected: str
) -> None:
    from onrecord.evaluation.conventions import polnear_attributions

    content = "The gym stays open" if text.startswith("“") else "the gym stays open"
    statement = Statement(
        "s1",
        "direct",
        Span("said", *at(text, "said")[0]),
        Span(content, *at(text, content)[0]),
        Speaker(source, "person", mention=Span(source, *at(text, source)[0])),
        sentence=Span(text, 0, len(text)),
    )
    (attribution,) = polnear_attributions(Record(Article("d", "d", text), (statement,)))
    assert attribution.source == at(text, expected)
