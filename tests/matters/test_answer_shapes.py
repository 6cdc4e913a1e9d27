"""Answer sentences (:mod:`onrecord.matters.answers`): a claim answered in a sentence that
judges it by a name for it ("said the council's timetable was wrong"), or in a reply that is
itself the answerer's words ("replied that ..."), and how the answer's pair joins the pairs
already found. The story is invented: a footbridge at Pellinford."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items
from onrecord.matters.answer_pairs import with_answers
from onrecord.matters.answers import answers_told

from .builders import Said, answer_links, article_of

_OPEN = "The footbridge will reopen in April"
_CLAIM: Said = ("c", "Hester Quayle", f'"{_OPEN}," said Hester Quayle, the council leader.',
                _OPEN, "said")  # fmt: skip
_SHUT = "The footbridge will stay shut until the autumn, because the new deck has not been made"
_ANSWER: Said = ("r", "Owen Brack", f'"{_SHUT}," he said.', _SHUT, "said")


def _judged(words: str) -> Said:
    sentence = f"Owen Brack, who chairs the residents' group, said {words}."
    return ("j", "Owen Brack", sentence, words, "said")


def test_a_claim_judged_wrong_by_a_name_for_it_is_answered_by_the_next_words() -> None:
    """ "said the council's timetable was wrong" names what it judges by a word for the claim
    told just before, not by the claim: the judge's next words are the other side."""
    for words in (
        "the council's timetable was wrong",
        "that account was wrong",
        "the leader's figures were simply wrong",
        "the timetable was wrong about the deck",
        "the council was mistaken",
        "the timetable was wrong and that nothing had been ordered",
    ):
        assert answer_links(_CLAIM, _judged(words), _ANSWER) == [("r", "c")], words


def test_what_is_no_judgement_of_the_claim_before() -> None:
    """A thing called wrong for a purpose, a claim called right, a judgement not made, or
    a judgement with no words after it is no answer a reader could weigh."""
    for words in (
        "the old design was wrong for a river that floods",
        "the council's timetable was right",
        "the council's timetable was not wrong",
    ):
        assert answer_links(_CLAIM, _judged(words), _ANSWER) == [], words
    negated = ("j", "Owen Brack", "Owen Brack did not say the timetable was wrong.",
               "the timetable was wrong", "say")  # fmt: skip
    assert answer_links(_CLAIM, negated, _ANSWER) == []
    assert answer_links(_CLAIM, _judged("the council's timetable was wrong")) == []


def test_a_judgement_of_ones_own_words_is_no_answer() -> None:
    own: Said = ("o", "Owen Brack", f'"{_OPEN}," said Owen Brack.', _OPEN, "said")
    assert answer_links(own, _judged("the timetable was wrong"), _ANSWER) == []


def _reply(lead: str, speaker: str = "Owen Brack") -> Said:
    words = "the footbridge would stay shut until the autumn"
    return ("y", speaker, f"{lead} {words}.", words, lead.split()[-2])


def test_a_reply_that_is_the_answerers_own_words_answers_the_claim_before() -> None:
    for lead in ("Owen Brack replied that", "Brack, for the residents, said in reply that",
                 "Brack responded that", "Brack hit back that"):  # fmt: skip
        assert answer_links(_CLAIM, _reply(lead)) == [("y", "c")], lead


def test_what_is_no_reply_to_the_claim_before() -> None:
    """A reply of the claim's own speaker, a reply not made, or a reply with another sentence
    between it and the claim answers nothing the article marks."""
    assert answer_links(_CLAIM, _reply("Hester Quayle replied that", "Hester Quayle")) == []
    assert answer_links(_CLAIM, _reply("Brack never replied that")) == []
    between = ("", "", "The footbridge was built in 1911.", "", None)
    assert answer_links(_CLAIM, between, _reply("Owen Brack replied that")) == []


def test_an_answer_answers_the_speaker_told_just_before_not_an_earlier_one() -> None:
    """Quayle told the claim, then Pelly told another: "Brack rejected that." answers Pelly,
    whose words are the ones just before."""
    rail = "The handrail on the footbridge is safe"
    pelly: Said = ("p", "Tom Pelly", f'"{rail}," said Tom Pelly, the engineer.', rail, "said")
    bridge: Said = ("", "", "Brack rejected that.", "", None)
    assert answer_links(_CLAIM, pelly, bridge, _ANSWER) == [("r", "p")]


def test_rejecting_it_is_no_answer_to_words() -> None:
    """An offer or a plan is rejected as often as words: "rejected it" answers no claim;
    "denied it" does."""
    for sentence, pairs in (("Brack rejected it.", []), ("Brack dismissed it.", []),
                            ("Brack denied it.", [("r", "c")])):  # fmt: skip
        assert answer_links(_CLAIM, ("", "", sentence, "", None), _ANSWER) == pairs, sentence


def test_of_two_claims_told_alike_the_quoted_one_is_answered() -> None:
    """Quayle's reported words and her quote share as many words with Brack's answer: the
    quote, her own words, is the claim answered."""
    quoted = "The footbridge will open in April"
    quote: Said = ("q", "Hester Quayle", f'"{quoted}," she said.', quoted, "said")
    told = "the footbridge would be ready by April"
    reported: Said = ("d", "Hester Quayle", f"Quayle said {told}.", told, "said")
    shut = "The footbridge will not be ready or open before the autumn"
    answer: Said = ("r", "Owen Brack", f'"{shut}," he said.', shut, "said")
    bridge: Said = ("", "", "Brack disputed that.", "", None)
    assert answer_links(quote, reported, bridge, answer) == [("r", "q")]


def test_an_answer_marks_its_own_pair_already_found_not_another() -> None:
    """The pair the answer links, found before with no cue, takes the answer as its cue;
    another pair of the two speakers with one of its statements keeps none."""
    items, texts = article_of(_CLAIM, ("", "", "Brack disputed that.", "", None), _ANSWER)
    (made,) = with_answers([], items, texts)
    plain = replace(made, cue=None)
    (kept,) = with_answers([plain], items, texts)
    assert kept.cue == "disputed that"
    other = replace(plain, a=replace(plain.a, statement="e"))
    (left,) = with_answers([other], items, texts)
    assert left.cue is None


def test_two_answers_of_the_same_two_speakers_are_two_reports() -> None:
    """Brack answers Quayle on the footbridge, then on the car park, in words no matter
    joins: each answer is its own exchange, and neither is folded into the other."""
    fee = "Parking at the riverside will stay free"
    charged = "The council will charge for parking at the riverside from May"
    plank = "Not a single plank of the new deck has been delivered"
    said = (
        _CLAIM, ("", "", "Brack disputed that.", "", None),
        ("r", "Owen Brack", f'"{plank}," he said.', plank, "said"),
        ("f", "Hester Quayle", f'"{fee}," Quayle said.', fee, "said"),
        ("", "", "Brack rejected that.", "", None),
        ("g", "Owen Brack", f'"{charged}," Brack said.', charged, "said"),
    )  # fmt: skip
    items, texts = article_of(*said)
    found = analyze_items(items, texts=texts)[1]
    assert sorted("".join(sorted((c.a.statement, c.b.statement))) for c in found) == ["cr", "fg"]


def test_a_judged_or_replied_answer_is_as_sure_as_an_answer_sentence() -> None:
    """Measured on the study sets, seven of nine "said the X was wrong" answers were right:
    as sure as the other answer sentences (0.7 + 0.1), below a cue that names the claim."""
    assert answers_told("the council's timetable was wrong")
    assert answers_told("said in reply that")
    assert not answers_told("disputed the council's claim")
    items, texts = article_of(_CLAIM, _judged("the council's timetable was wrong"), _ANSWER)
    (found,) = analyze_items(items, texts=texts)[1]
    assert found.kind == "contradiction"
    assert 0.6 <= found.confidence < 0.9
