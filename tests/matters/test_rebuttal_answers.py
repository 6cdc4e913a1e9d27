"""A rebuttal that names the claim in words of its own is linked to the claim set just before
it when the rebutter's answer echoes that claim's words (:mod:`onrecord.matters.rebuttal_answers`,
:func:`onrecord.matters.set_before.set_before`). The story is invented: a library closing in
Ashcombe."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters.claims import Item
from onrecord.matters.rebuttal_answers import answering_terms
from onrecord.matters.rebuttals import find_rebuttals
from onrecord.models import Speaker

from .builders import Said, items_of

_DISMISSED = (
    "Tomas Keel, the council's director of culture, dismissed the claim that the decision was "
    "about money."
)
_REBUTTAL: Said = (
    "r", "Tomas Keel", _DISMISSED, "the claim that the decision was about money", "dismissed",
)  # fmt: skip


def _links(items: list[Item]) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(items, []))


def _claim(text: str) -> Said:
    return ("o", "Priya Danvers", f'"{text}," said Priya Danvers.', text, "said")


def _answer(text: str) -> Said:
    return ("q", "Tomas Keel", f'"{text}," he said.', text, "said")


def test_an_answer_that_echoes_the_claim_set_before_links_it() -> None:
    """ "the decision was about money" shares no word with the campaigner's "cutting the
    library budget", but Keel's answer right after the rebuttal echoes her words to say the
    other thing: her words are the claim he dismissed."""
    items = items_of(
        _claim("This closure is about cutting the library budget and nothing else"),
        _REBUTTAL,
        _answer("This closure is about safer buildings, not about cutting the library budget"),
    )
    assert ("r", "o") in _links(items)


def test_the_answer_is_the_rebutters_next_words_not_the_claim_rebutted() -> None:
    """The rebuttal's own content is the claim he dismissed ("the decision was about money"):
    not his words; the quote that follows is."""
    items = items_of(
        _claim("This closure is about cutting the library budget and nothing else"),
        _REBUTTAL,
        _answer("We are not cutting the library budget"),
    )
    assert answering_terms(1, items).terms == {"library", "budget", "cut"}


def test_words_said_only_on_a_condition_echo_nothing() -> None:
    """ "the branch will close if the library budget is cut" speaks of the budget only on a
    condition: no answer to the campaigner's words about the budget."""
    items = items_of(
        _claim("They are cutting the library budget"),
        _REBUTTAL,
        _answer("The branch will have to close if the library budget is cut"),
    )
    assert ("r", "o") not in _links(items)


def test_one_word_shared_with_a_longer_claim_is_no_echo() -> None:
    """The answer speaks of the petition, one word of a statement about much else: no echo."""
    items = items_of(
        _claim("The council ignored a petition signed by four thousand residents of Ashcombe"),
        _REBUTTAL,
        _answer("We read every page of the petition"),
    )
    assert ("r", "o") not in _links(items)


def test_the_rebutters_words_are_those_right_after_the_sentence_only() -> None:
    """A statement of the rebutter's two paragraphs on, after another speaker, is no answer."""
    items = items_of(
        _claim("This closure is about cutting the library budget and nothing else"),
        _REBUTTAL,
        ("x", "Ruth Oakes", '"The building needs a new roof," said Ruth Oakes.',
         "The building needs a new roof", "said"),
        _answer("This closure is about safer buildings, not about cutting the library budget"),
    )  # fmt: skip
    assert ("r", "o") not in _links(items)


def test_an_answer_that_echoes_a_third_partys_words_in_agreement_is_no_link() -> None:
    """The inspector's account of the fire shares nothing with the claim Keel denied (cut
    safety checks), and his answer repeats the inspector's words, saying nothing against
    them: the inspector is no owner of the claim."""
    fire = "The fire at the Ashcombe depot started at two in the morning"
    for rebuttal, cue in (
        ("Tomas Keel denied that the council had cut safety checks.", "denied"),
        ("Tomas Keel dismissed the union's claim that the council had cut safety checks.",
         "dismissed"),
    ):  # fmt: skip
        items = items_of(
            ("p", "Ivo Lowe", f'"{fire}," said Inspector Ivo Lowe.', fire, "said"),
            ("r", "Tomas Keel", rebuttal, "the council had cut safety checks", cue),
            _answer("The fire at the Ashcombe depot started in a parked lorry, not in the store"),
        )
        assert _links(items) == [], rebuttal


def test_an_answer_that_says_the_claim_set_before_is_so_is_no_rebuttal_of_it() -> None:
    """ "We are cutting the library budget" repeats the campaigner's words to agree."""
    items = items_of(
        _claim("This closure is about cutting the library budget and nothing else"),
        _REBUTTAL,
        _answer("We are cutting the library budget"),
    )
    assert ("r", "o") not in _links(items)


def test_the_words_after_a_denial_in_its_sentence_answer_it() -> None:
    """ "denied that ..., saying ..." : the words after the comma are Keel's answer, and they
    deny the campaigner's words."""
    denied = (
        "Tomas Keel denied that the decision was about money, saying the closure was about "
        "safer buildings, not about cutting the library budget."
    )
    items = items_of(
        _claim("This closure is about cutting the library budget and nothing else"),
        ("r", "Tomas Keel", denied, "the decision was about money", "denied"),
    )
    assert _links(items) == [("r", "o")]


def test_the_answer_is_the_first_statement_after_the_rebuttal_sentence_told_by_no_one() -> None:
    """A rebuttal sentence given to no one is answered by "Nonsense", the first quote after
    it; the quote after that goes on to other points, as it does after a rebuttal given to
    Keel: in neither is the campaigner's claim found by its words."""
    for by_no_one in (False, True):
        items = items_of(
            _claim("This closure is about cutting the library budget and nothing else"),
            _REBUTTAL,
            _answer("Nonsense"),
            _answer("This closure is about safer buildings, not about cutting the library budget"),
        )
        if by_no_one:
            st = replace(items[1].statement, speaker=Speaker(None, "unknown"))
            items[1] = Item.of(st, article="a1")
        assert _links(items) == [], by_no_one
