"""Which statements show a disagreement found: a lead-in on a figure keeps its place when the
quote after it gives no value of that figure (:mod:`onrecord.matters.lead_ins`), and a group
of pairs is shown by a pair in the speakers' words before one with a headline
(:func:`onrecord.matters.grouping.group_disagreements`); and the pair shown is the one whose
evidence is best, not only the surest reading. Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.contradictions import Contradiction, Evidence
from onrecord.matters.grouping import group_disagreements

from .builders import item, told


def _told(
    sid: str, body: str, text: str, sentence: str, speaker: str, cue: str, *, direct: bool
) -> Item:
    return told(sid, body, text, sentence, speaker, cue, direct=direct, day="2031-06-10")


_LEAD = "Marsh said the regulator had received fewer than 50 complaints about the quarry."
_CLAIM = "the regulator had received fewer than 50 complaints about the quarry"


def _pairs(quote: str, quoted: str) -> set[frozenset[str]]:
    """The pairs shown when a lead-in's count meets another speaker's count of the same
    complaints, with the lead-in's speaker quoted right after it."""
    body = f"{_LEAD} {quote} Okafor disagreed."
    lead = _told("s1", body, _CLAIM, _LEAD, "Dana Marsh", "said", direct=False)
    own = _told("s2", body, quoted, quote, "Dana Marsh", "said", direct=True)
    other = item("s3", "The regulator has received 260 complaints about the quarry",
                 "Ife Okafor", "2031-06-10", article="a1")  # fmt: skip
    found = analyze_items([lead, own, other])[1]
    return {frozenset((c.a.statement, c.b.statement)) for c in found}


def test_a_quote_counting_another_holders_complaints_leaves_the_lead_in() -> None:
    # the quote shares the act (received complaints) but counts the firm's own: no answer to
    # how many the regulator received, so the lead-in shows the disagreement
    quote = '"Brayford itself has received 31 complaints, and we answered each one," she said.'
    quoted = "Brayford itself has received 31 complaints, and we answered each one"
    assert frozenset(("s1", "s3")) in _pairs(quote, quoted)


def test_a_quote_giving_the_lead_ins_figure_still_shows_it() -> None:
    # must not fire: the quote gives the same count of the same complaints, in her own words
    quote = '"The regulator has had about 45 complaints about the quarry," she said.'
    quoted = "The regulator has had about 45 complaints about the quarry"
    shown = _pairs(quote, quoted)
    assert frozenset(("s2", "s3")) in shown
    assert frozenset(("s1", "s3")) not in shown


def _side(sid: str, speaker: str, stance: str, text: str, *, headline: bool) -> Evidence:
    return Evidence(sid, speaker, "2031-06-10", "a1", None, text, 0, len(text), stance,
                    headline=headline)  # fmt: skip


def _pair(cid: str, a: Evidence, b: Evidence, confidence: float) -> Contradiction:
    return Contradiction(cid, "contradiction", a, b, confidence, "m1")


@pytest.mark.parametrize("headline_first", [True, False])
def test_a_pair_in_the_speakers_words_is_shown_before_a_headline(headline_first: bool) -> None:
    head = _side("h", "Cara Vell", "no", "No ferries to Skarn this winter", headline=True)
    body = _side("s", "Cara Vell", "no", "There will be no ferries to Skarn this winter",
                 headline=False)  # fmt: skip
    other = _side("o", "Rob Tinnick", "yes", "Ferries will sail to Skarn from December",
                  headline=False)  # fmt: skip
    pairs = [_pair("c1", head, other, 0.6), _pair("c2", body, other, 0.55)]
    (shown,) = group_disagreements(pairs if headline_first else pairs[::-1])
    assert {shown.a.statement, shown.b.statement} == {"s", "o"}
    assert shown.support == ("h",)


def test_a_headline_pair_alone_is_still_shown() -> None:
    # must not fire: with no pair in the speakers' words, the headline's pair is the evidence
    head = _side("h", "Cara Vell", "no", "No ferries to Skarn this winter", headline=True)
    other = _side("o", "Rob Tinnick", "yes", "Ferries will sail to Skarn from December",
                  headline=False)  # fmt: skip
    (shown,) = group_disagreements([_pair("c1", head, other, 0.6)])
    assert {shown.a.statement, shown.b.statement} == {"h", "o"}


def test_the_pair_that_shares_the_question_is_shown() -> None:
    found = analyze_items([
        item("a", "We have had lorries queuing outside every night this month. Some drivers have "
             "waited five hours", "Tomasz Wren", "2026-04-20"),
        item("b1", "no lorries will be diverted", "Hedda Largo", "2026-04-20"),
        item("b2", "lorries have not had to queue outside the Fenby depot this month",
             "Hedda Largo", "2026-04-20"),
    ])[1]  # fmt: skip
    pairs = [{c.a.statement, c.b.statement} for c in found if c.kind == "contradiction"]
    assert pairs == [{"a", "b2"}]
