"""A claim answered in a sentence of its own, the answerer's words after it: "Ashby said the
lido would reopen in May.", then "Corrigan rejected that.", then Corrigan's words
(:mod:`onrecord.matters.answers`). The story is invented: the lido at Lowmere."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.answer_pairs import with_answers
from onrecord.matters.answers import answers_told
from onrecord.matters.contradictions import Contradiction

from .builders import Said, answer_links, article_of

_OPEN = "The lido will reopen in May"
_CLAIM: Said = ("c", "Nell Ashby", f'"{_OPEN}," said Nell Ashby, the council leader.', _OPEN,
                "said")  # fmt: skip
_SHUT = "The pool will stay shut all summer, because the boiler has not even been ordered"
_ANSWER: Said = ("r", "Ida Corrigan", f'"{_SHUT}," she said.', _SHUT, "said")


def _bridge(sentence: str) -> Said:
    return ("", "", sentence, "", None)


def test_a_claim_rejected_in_a_sentence_of_its_own_is_contradicted_by_the_next_words() -> None:
    items, texts = article_of(_CLAIM, _bridge("Corrigan rejected that."), _ANSWER)
    (found,) = with_answers([], items, texts)
    assert (found.a.statement, found.b.statement, found.kind) == ("r", "c", "contradiction")
    assert found.cue == "rejected that"


def test_other_ways_of_answering_what_was_just_told() -> None:
    for bridge in (
        "Corrigan disputed that.",
        "Corrigan denied it.",
        "Ida Corrigan, who chairs the swimming club, disagreed.",
        "Corrigan told a different story.",
        "Corrigan, the club's secretary, gave a very different account.",
        "She rejected any suggestion of a summer opening.",
    ):
        assert answer_links(_CLAIM, _bridge(bridge), _ANSWER) == [("r", "c")], bridge


def test_a_bridge_told_as_the_answerers_own_statement() -> None:
    """Extraction reads "Corrigan said that was not what she was told" as hers: the bridge
    names her by its statement."""
    for content in ("that was not what she was told", "members had told her otherwise"):
        sentence = f"Corrigan said {content}."
        bridge: Said = ("b", "Ida Corrigan", sentence, content, "said")
        assert answer_links(_CLAIM, bridge, _ANSWER) == [("r", "c")], content


def test_of_two_claims_told_before_the_one_the_answer_speaks_of() -> None:
    fee = "Entry will cost three pounds"
    second: Said = ("f", "Nell Ashby", f'"{fee}," she added.', fee, "added")
    pool = "The pool has been drained and the lido cannot reopen in May"
    answer: Said = ("r", "Ida Corrigan", f'"{pool}," she said.', pool, "said")
    assert answer_links(_CLAIM, second, _bridge("Corrigan rejected that."), answer) == [("r", "c")]


def test_no_answer_when_the_bridge_does_not_disagree() -> None:
    """An agreement, a negated rejection, an answer with no words after it, or words that
    are only the answerer's own point ("nothing ... to suggest otherwise") are no answer."""
    for bridge in (
        "Corrigan agreed.",
        "Corrigan did not dispute that.",
        "Corrigan could not deny it.",
        "Corrigan also spoke at the meeting.",
        "Corrigan said she had seen nothing in the accounts to suggest otherwise.",
    ):
        assert answer_links(_CLAIM, _bridge(bridge), _ANSWER) == [], bridge
    assert answer_links(_CLAIM, _bridge("Corrigan rejected that.")) == []


def test_a_different_account_than_ones_own_is_no_answer_to_another() -> None:
    """ "gave a different account than she had in March" sets her words against her own."""
    bridge = _bridge("Corrigan gave a different account than she had in March.")
    assert answer_links(_CLAIM, bridge, _ANSWER) == []


def test_no_answer_to_ones_own_words() -> None:
    """The speaker of the claim "rejected that" of herself: owning up, not a disagreement."""
    own: Said = ("o", "Ida Corrigan", f'"{_OPEN}," said Ida Corrigan.', _OPEN, "said")
    assert answer_links(own, _bridge("Corrigan rejected that."), _ANSWER) == []


def test_the_answer_must_be_the_bridges_speakers_and_follow_at_once() -> None:
    """The words after the bridge are another person's (the bridge names Corrigan), or come
    after another sentence: no answer."""
    other: Said = ("x", "Tom Pelly", f'"{_SHUT}," said Tom Pelly.', _SHUT, "said")
    assert answer_links(_CLAIM, _bridge("Corrigan rejected that."), other) == []
    later = (_CLAIM, _bridge("Corrigan rejected that."), _bridge("The lido opened in 1936."))
    assert answer_links(*later, _ANSWER) == []


def test_hedged_or_demanded_words_answer_nothing() -> None:
    """ "might stay shut" or "the council must fix the boiler" is no certain other side."""
    for words in ("The pool might stay shut all summer", "The council must fix the boiler"):
        answer: Said = ("r", "Ida Corrigan", f'"{words}," she said.', words, "said")
        assert answer_links(_CLAIM, _bridge("Corrigan rejected that."), answer) == [], words


def test_a_pair_already_found_stands_as_it_was() -> None:
    items, texts = article_of(_CLAIM, _bridge("Corrigan rejected that."), _ANSWER)
    found = analyze_items(items, texts=texts)[1]
    (pair,) = [c for c in found if {c.a.statement, c.b.statement} == {"r", "c"}]
    again = with_answers([pair], items, texts)
    assert again == [pair]


def test_an_answer_is_less_sure_than_a_cue_that_names_the_claim() -> None:
    """Which claim a bridge answers is read from its place: surer than shared words alone,
    below a rebuttal cue that names the claim."""
    items, texts = article_of(_CLAIM, _bridge("Corrigan rejected that."), _ANSWER)
    (found,) = [c for c in analyze_items(items, texts=texts)[1] if isinstance(c, Contradiction)]
    assert found.cue == "rejected that"
    assert 0.6 <= found.confidence < 0.9
    assert any(why.startswith("answers the claim told before") for why, _ in found.factors)
    assert answers_told("disputed that") and not answers_told("disputed the mayor's claim")
