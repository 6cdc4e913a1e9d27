"""Content edges moved where learned weights choose (``nlp/learned_edges.py``).

Invented sentences, people and places. onrecord ships no weights (they derive from research
data), so the tests build small tables by hand: what they check is the pass's candidates, its
margin and what it never does (move a direct quotation's edges, take in a cue or a source).
"""

from __future__ import annotations

import pytest

from onrecord.nlp.attribution import find_attributions
from onrecord.nlp.cue_weights import CueWeights, EdgeWeights, LogisticTable
from onrecord.nlp.learned_edges import end_candidates, start_candidates


def _table(start: dict[str, float], end: dict[str, float], margin: float = 1.0) -> CueWeights:
    edges = EdgeWeights(LogisticTable(0.0, start), LogisticTable(0.0, end), margin)
    return CueWeights(bias=-9.0, weights={}, threshold=0.5, edges=edges)  # no learned cue


# An end model that stops a content before a comma ("..., weather permitting").
BEFORE_COMMA = _table({}, {"move_out=narrower|,": 4.0})
# Models that widen every content as far as they may.
WIDER = _table({"move=wider": 5.0}, {"move=wider": 5.0})


def _contents(nlp, text: str, weights: CueWeights | None) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        text[a.content[0] : a.content[1]] for a in find_attributions(nlp(text), weights=weights)[0]
    ]


@pytest.mark.parametrize(
    ("text", "rules", "learned"),
    [
        (
            "Mayor Ilse Kovac said the new bridge would open in May, weather permitting.",
            "the new bridge would open in May, weather permitting",
            "the new bridge would open in May",
        ),
        (
            "Councillor Ewan Bradt said the levy would rise in April, and the ferry would stop.",
            "the levy would rise in April, and the ferry would stop",
            "the levy would rise in April",
        ),
    ],
)
def test_an_edge_moves_where_the_weights_choose(nlp, text: str, rules: str, learned: str) -> None:  # type: ignore[no-untyped-def]
    assert _contents(nlp, text, None) == [rules]
    assert _contents(nlp, text, BEFORE_COMMA) == [learned]


def test_the_edges_stay_without_an_edges_section_or_below_the_margin(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ilse Kovac said the new bridge would open in May, weather permitting."
    no_edges = CueWeights(bias=-9.0, weights={}, threshold=0.5)
    high_margin = _table({}, {"move_out=narrower|,": 4.0}, margin=4.5)
    rules = _contents(nlp, text, None)
    assert _contents(nlp, text, no_edges) == rules
    assert _contents(nlp, text, high_margin) == rules


@pytest.mark.parametrize(
    "text",
    [
        '"The bridge opens in May, weather permitting," Mayor Ilse Kovac said.',  # a quotation
        "In Tarrow, Mayor Ilse Kovac said the bridge would open in May.",  # the cue and source
        "The bridge will open in May, Mayor Ilse Kovac said on Tuesday.",  # before the cue
    ],
)
def test_no_edge_moves_over_a_quotation_a_cue_or_a_source(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    rules = _contents(nlp, text, None)
    assert _contents(nlp, text, WIDER) == rules
    assert _contents(nlp, text, BEFORE_COMMA) == rules


def test_candidates_are_phrase_and_punctuation_edges_in_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ilse Kovac said the new bridge would open in May, weather permitting. It rained."
    doc = nlp(text)
    found = find_attributions(doc)[0]
    a = found[0]
    ends = [text[a.content[0] : c.offset] for c in end_candidates(doc, a, found)]
    assert ends[0] == "the new bridge would open in May, weather permitting"  # the rules' own
    assert "the new bridge would open in May" in ends
    assert all("rained" not in e for e in ends)  # never past its sentence
    starts = [text[c.offset : a.content[1]] for c in start_candidates(doc, a, found)]
    assert starts[0] == "the new bridge would open in May, weather permitting"
    assert all(not s.startswith(("said", "Kovac", "Mayor")) for s in starts)


# Models that narrow every content as far as they may.
NARROWER = _table({"move=narrower": 5.0}, {"move=narrower": 5.0})


@pytest.mark.parametrize("weights", [WIDER, NARROWER])
def test_a_moved_edge_never_cuts_a_word(nlp, weights: CueWeights) -> None:  # type: ignore[no-untyped-def]
    text = "Councillor Ewan Bradt said the well-known ferry would run until mid-May on weekdays."
    doc = nlp(text)
    found = find_attributions(doc)[0]
    for a in found:
        for c in [*start_candidates(doc, a, found), *end_candidates(doc, a, found)][1:]:
            assert text[c.offset - 1] != "-" and text[c.offset] != "-", c.token.text
    for a in find_attributions(doc, weights=weights)[0]:
        s, e = a.content
        assert text[s - 1] == " " and text[e] in " .", text[s:e]


def test_a_widened_edge_never_takes_in_another_statements_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Ilse Kovac said the bridge would open in May, but Councillor Tom Reyes said "
        "it would be late."
    )
    doc = nlp(text)
    found = find_attributions(doc)[0]
    kovac = next(a for a in found if text[a.content[0] :].startswith("the bridge"))
    ends = [text[kovac.content[0] : c.offset] for c in end_candidates(doc, kovac, found)]
    assert all("Reyes" not in e for e in ends), ends


def test_the_rules_edge_at_the_end_of_the_text_is_its_last_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ilse Kovac said the new bridge would open in May"
    doc = nlp(text)
    found = find_attributions(doc)[0]
    assert end_candidates(doc, found[0], found)[0].token.text == "May"


def test_a_moved_edge_never_cuts_a_quotation_in_two(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Mayor Ilse Kovac said the ferry was "a disgrace, frankly, and a danger" to riders.'
    doc = nlp(text)
    found = find_attributions(doc)[0]
    a = found[0]
    for c in end_candidates(doc, a, found):
        assert text[a.content[0] : c.offset].count('"') in (0, 2), text[a.content[0] : c.offset]
    for c in start_candidates(doc, a, found):
        assert text[c.offset : a.content[1]].count('"') in (0, 2), text[c.offset : a.content[1]]
