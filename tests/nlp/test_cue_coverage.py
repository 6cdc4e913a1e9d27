"""The cue lexicon covers the cues PolNeAR annotators mark most often.

The coverage test reads PolNeAR train at run time (skipped when ``../shared`` is absent) and
tags it with the spaCy model, so it takes a minute or two.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from onrecord.evaluation import load_gold
from onrecord.evaluation.cue_stats import CueCounts, count_cues, cue_lemma, load_tagger
from onrecord.nlp.cue_data import POLNEAR_TOP_CUES

TRAIN = Path(__file__).resolve().parents[2].parent / "shared/eval/polnear/data/train"


@pytest.mark.parametrize(
    ("words", "pos", "lemmas", "expected"),
    [
        (["said"], ["VERB"], ["say"], ("say", "verb")),
        (
            ["has", "repeatedly", "called", "for"],
            ["AUX", "ADV", "VERB", "ADP"],
            ["have", "repeatedly", "call", "for"],
            ("call for", "multiword"),
        ),
        (
            ["could", "not", "say"],
            ["AUX", "PART", "VERB"],
            ["could", "not", "say"],
            ("say", "verb"),
        ),
        (["According", "to"], ["VERB", "ADP"], ["accord", "to"], ("according to", "multiword")),
        (["said", "Tuesday"], ["VERB", "PROPN"], ["say", "Tuesday"], ("say", "verb")),
        (
            ["went", "on", "to", "say"],
            ["VERB", "ADP", "PART", "VERB"],
            ["go", "on", "to", "say"],
            ("go on to say", "multiword"),
        ),
        (["view"], ["NOUN"], ["view"], ("view", "noun")),
        (["about"], ["ADP"], ["about"], ("about", "preposition")),
        (["reportedly"], ["ADV"], ["reportedly"], ("reportedly", "other")),
        ([":"], ["PUNCT"], [":"], ("", "punctuation")),
    ],
)
def test_cue_lemma_strips_the_verb_group_entourage(
    words: list[str], pos: list[str], lemmas: list[str], expected: tuple[str, str]
) -> None:
    doc = Doc(Vocab(), words=words, pos=pos, lemmas=lemmas)
    assert cue_lemma(list(doc)) == expected


def test_cue_data_table_is_plain_lowercase_lemmas() -> None:
    assert len(POLNEAR_TOP_CUES) == 300
    assert len(set(POLNEAR_TOP_CUES)) == 300
    assert all(c == c.lower().strip() and c for c in POLNEAR_TOP_CUES)
    assert POLNEAR_TOP_CUES[0] == "say"


@pytest.fixture(scope="module")
def polnear_train_cues() -> CueCounts:
    if not TRAIN.is_dir():
        pytest.skip("../shared/eval/polnear is not present in this checkout")
    return count_cues(load_gold(TRAIN), load_tagger())


@pytest.mark.model
@pytest.mark.shared
def test_cue_coverage_top_200_polnear_cues_are_cue_lemmas(polnear_train_cues: CueCounts) -> None:
    from onrecord.nlp.cues import is_cue_lemma

    missing = [c for c in polnear_train_cues.top(200) if not is_cue_lemma(c)]
    assert missing == []


@pytest.mark.model
@pytest.mark.shared
def test_cue_coverage_table_is_up_to_date(polnear_train_cues: CueCounts) -> None:
    # regenerate with: python -m onrecord.evaluation.cue_stats ../shared/eval/polnear/data/train
    assert set(polnear_train_cues.top(200)) <= set(POLNEAR_TOP_CUES)
