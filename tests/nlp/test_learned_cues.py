"""Cues the rules leave, kept where the learned weights mark them (``nlp/learned_cues.py``).

Invented sentences, people and places. onrecord ships no weights (they derive from research
data), so the tests read an invented table, ``tests/data/cue_weights_invented.json``, that
marks a dozen verbs as cues: what they check is the pass's frames and filters. The table's
reading and how a run chooses it are tested in ``test_cue_weights.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.nlp.attribution import find_attributions
from onrecord.nlp.cue_weights import CueWeights
from onrecord.nlp.learned_cues import (
    candidates,
    features,
    frame_of,
    learned_attributions,
    taken_characters,
)

TABLE = Path(__file__).parents[1] / "data" / "cue_weights_invented.json"
WEIGHTS = CueWeights.from_path(TABLE)


def _learned(nlp, text: str) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    out = []
    for a in find_attributions(nlp(text), weights=WEIGHTS)[0]:
        if "learned" in a.labels:
            source = text[a.source[0] : a.source[1]] if a.source else None
            out.append((text[a.cue[0] : a.cue[1]], source, text[a.content[0] : a.content[1]]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Councillor Mira Dovan worries about the cost of the bypass.",
            ("worries about", "Councillor Mira Dovan", "the cost of the bypass"),
        ),
        (
            "The Harlow County teachers' union voted against the new contract on Monday.",
            ("voted against", "The Harlow County teachers' union", "the new contract"),
        ),
        (
            "Greta Lindahl doubted the figures from the ministry.",
            ("doubted", "Greta Lindahl", "the figures from the ministry"),
        ),
    ],
)
def test_a_verb_no_rule_knows_is_kept_with_its_frame(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert _learned(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The chef cooked dinner for forty guests.",
        "Keller ate lunch with his staff at the harbour.",
        "The ferry carried ninety passengers across the strait.",
    ],
)
def test_an_ordinary_action_is_no_statement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _learned(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reed said a prayer for the victims.",  # speech: the rules' own
        "She called her brother on Tuesday.",  # naming
        "The photo reminded her to call home more often.",  # addressing
        "Ostrova put the file on the desk.",  # a light verb
    ],
)
def test_verbs_the_rules_own_are_never_candidates(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [v.lemma_ for v, _ in candidates(doc, set())] == []


def test_a_verb_of_speech_with_a_preposition_the_rules_lack_is_open_to_the_weights(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The union protested against the closure of the depot."
    assert _learned(nlp, text) == [("protested against", "The union", "the closure of the depot")]
    # the writer's hedge makes it the writer's inference
    assert _learned(nlp, "The union apparently protested against the closure.") == []
    # "to" brings in whom it was said to: no frame for the weights
    assert candidates(nlp("Ostrova wrote to investors on Monday."), set()) == []


def test_a_verb_inside_a_statement_is_not_a_second_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ruiz said the union voted against the contract."
    doc = nlp(text)
    found, _ = find_attributions(doc)
    assert [text[a.cue[0] : a.cue[1]] for a in found] == ["said"]
    assert candidates(doc, taken_characters(found)) == []
    assert _learned(nlp, text) == []


def test_without_weights_only_the_rules(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Councillor Mira Dovan worries about the cost of the bypass.")
    assert find_attributions(doc)[0] == []
    assert len(find_attributions(doc, weights=WEIGHTS)[0]) == 1


def test_the_frame_stops_before_a_setting_and_a_second_predicate(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Tomas Keller focused on the budget during the debate, and left early.")
    verb = next(t for t in doc if t.lemma_ == "focus")
    frame = frame_of(verb)
    assert frame is not None and frame.how == "prep" and frame.prep is not None
    assert " ".join(t.text for t in frame.content) == "the budget"


def test_features_name_the_lemma_its_frame_and_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Councillor Mira Dovan worries about the cost of the bypass.")
    verb = next(t for t in doc if t.lemma_ == "worry")
    frame = frame_of(verb)
    assert frame is not None
    f = features(verb, frame)
    assert f["lemma=worry"] == 1.0
    assert f["lemma_how=worry|prep|about"] == 1.0
    assert "nosubj" not in f and any(k.startswith("subj_ent=") for k in f)


@pytest.mark.parametrize(
    "text", ["Voting against the contract would be a mistake.", "Opposing the toll is popular."]
)
def test_no_statement_without_a_subject_to_be_its_source(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert len(candidates(doc, set())) == 1  # a candidate, with its frame ...
    weights = CueWeights(bias=50.0, weights={}, threshold=0.5)  # ... that scores 1.0
    assert learned_attributions(doc, [], [-1] * len(doc), weights) == []  # but has no source


def test_the_threshold_decides(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Councillor Mira Dovan worries about the cost of the bypass.")
    qidx = [-1] * len(doc)
    sure = CueWeights(bias=0.0, weights={"lemma=worry": 3.0}, threshold=0.5)
    never = CueWeights(bias=0.0, weights={"lemma=worry": -3.0}, threshold=0.5)
    assert len(learned_attributions(doc, [], qidx, sure)) == 1
    assert learned_attributions(doc, [], qidx, never) == []


def test_the_extractor_carries_its_weights(nlp) -> None:  # type: ignore[no-untyped-def]
    from onrecord.extractor import Extractor

    text = "Councillor Mira Dovan worries about the cost of the bypass."
    rules = Extractor(nlp=nlp, cue_weights="off").extract_text(text)
    both = Extractor(nlp=nlp, cue_weights=TABLE).extract_text(text)
    assert [s.basis for s in rules.statements] == []
    assert [(s.basis, s.cue.text) for s in both.statements] == [("learned", "worries about")]


# -- what a reviewer's probes turned up ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The council voted 6-1 on Tuesday to close the pier.",  # a day, not what it voted on
        "The verdict is expected in the spring.",
        "Orn replied by email.",  # a means
        "The new stadium was approved by the council in March.",  # a passive: the stadium
        "The hearing also exposed confusion over the harbour plan.",  # a thing, not a speaker
        "The decision angered residents of Dunmore.",
        "The senator allegedly accepted bribes from the contractor.",  # the writer's hedge
        "If the senator votes against the levy, it will fail.",  # only supposed
        "Nobody voted against the levy.",
    ],
)
def test_no_learned_statement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _learned(nlp, text) == []


def test_a_relative_pronoun_is_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _learned(nlp, "Farmers who worry about the dam voted against the levy.")
    assert all(source not in ("who", "which", "that") for _, source, _ in got)


def test_a_source_never_runs_through_its_cue_or_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The union had planned pickets at 30 depots on Saturday, including the main depot in "
        "Dunmore. Councillor Mira Dovan worries about the cost of the bypass."
    )
    doc = nlp(text)
    for a in find_attributions(doc, weights=WEIGHTS)[0]:
        if "learned" in a.labels and a.source is not None:
            assert a.source[1] <= a.cue[0] or a.source[0] >= a.cue[1]
            assert a.source[1] <= a.content[0] or a.source[0] >= a.content[1]
    assert ("worries about", "Councillor Mira Dovan", "the cost of the bypass") in _learned(
        nlp, text
    )
