"""A claim called false, then answered in the answerer's own standing words ("We always said
this was a ten-week closure") and, when the words share no word with any claim told before,
answered where the verdict's "that" points: the claim told last (:mod:`onrecord.matters.answers`).
The story is invented: the closure of Garnet Row in Tolvern for new kerbs."""

from __future__ import annotations

from onrecord.matters.answer_pairs import with_answers

from .builders import Said, items_of


def _found(*said: Said) -> set[tuple[str, str, str]]:
    return {(c.a.statement, c.b.statement, c.kind) for c in with_answers([], items_of(*said))}


_KERBS = "The old kerbs had to come out"
_FIRST: Said = ("c1", "Odile Brant", f'"{_KERBS}," said Odile Brant.', _KERBS, "said")
_SHUT = "The county told us in March the road would shut for a fortnight"
_LAST: Said = ("c2", "Odile Brant", f'"{_SHUT}," she said.', _SHUT, "said")
_VERDICT: Said = ("v", "Kasimir Thole", "Thole said that was wrong.", "was wrong", "said")


def _words(text: str) -> Said:
    return ("w", "Kasimir Thole", f'"{text}," he said.', text, "said")


def test_words_told_as_said_all_along_answer_the_claim() -> None:
    """Reported words, but the answerer's own, which they stand by."""
    for text in ("We always said this was a ten-week closure",
                 "We have said from the start that the closure would last ten weeks"):  # fmt: skip
        assert _found(_LAST, _VERDICT, _words(text)) == {("w", "c2", "contradiction")}


def test_words_of_others_or_told_once_are_no_answer() -> None:
    for text in ("They always said this was a ten-week closure",
                 "I said in May that this was a ten-week closure"):  # fmt: skip
        assert _found(_LAST, _VERDICT, _words(text)) == {("v", "c2", "rebuttal")}


_TURN = "the delay was what traders minded"
_LEAD: Said = ("t", "Odile Brant", f"What mattered, Brant said, was that {_TURN}.", _TURN, "said")


def test_words_that_share_nothing_answer_the_claim_of_the_last_turn() -> None:
    """The verdict's "that" is what was told last: the quote of the turn a lead-in opens."""
    words = _words("The contract has only ever covered ten weeks of work")
    assert _found(_FIRST, _LEAD, _LAST, _VERDICT, words) == {("w", "c2", "contradiction")}


def test_of_one_turn_the_words_answer_its_first_quote() -> None:
    """What follows a turn's claim bears it out: the claim is its first quote."""
    lead: Said = ("t", "Odile Brant", "Brant said the kerbs were the problem.",
                  "the kerbs were the problem", "said")  # fmt: skip
    detail = "I put up a sign, and people still thought the road was shut"
    after: Said = ("d", "Odile Brant", f'"{detail}," she said.', detail, "said")
    words = _words("Every house on the row has had a walkway to its door")
    found = _found(lead, _FIRST, after, _VERDICT, words)
    assert found == {("w", "c1", "contradiction")}


def test_words_that_share_a_word_answer_that_claim() -> None:
    words = _words("The kerbs were never the reason for the closure")
    assert _found(_FIRST, _LAST, _VERDICT, words) == {("w", "c1", "contradiction")}
