"""A linking adverb opening a sentence whose attribution closes it is the writer's, not the
speaker's (``Still, the ferry lost money, the board said``), and a newswire opening mark ('')
of the next quotation is no part of the clause before it. Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.nlp.attribution import find_attributions

from .conftest import found_parts

pytestmark = pytest.mark.model


def _contents(nlp, text: str, cue: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [parts for c, _, parts in found_parts(nlp, text) if c == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Still, the Orrin bridge will close in May, officials said.",
            "said",
            "the Orrin bridge will close in May",
        ),
        (
            "In fact, the levy raised four million dollars last year, the council found.",
            "found",
            "the levy raised four million dollars last year",
        ),
        (
            "What's more, the Kelby ferry is safe for passengers, the harbor board says.",
            "says",
            "the Kelby ferry is safe for passengers",
        ),
        (
            "Meanwhile, the clinic in Tarrow has run out of vaccine, nurses said.",
            "said",
            "the clinic in Tarrow has run out of vaccine",
        ),
    ],
)
def test_a_linking_adverb_before_a_closing_tag_is_left_out(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, content: str
) -> None:
    assert _contents(nlp, text, cue) == [[content]], found_parts(nlp, text)


def test_a_linking_phrase_before_according_to_is_left_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In fact, the Kelby ferry lost money in every month, according to the harbor board."
    assert _contents(nlp, text, "according to") == [["the Kelby ferry lost money in every month"]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a summing "In all" is part of the figure the speaker gave
        (
            "In all, the Orrin fund raised two million dollars, the treasurer said.",
            "said",
            "In all, the Orrin fund raised two million dollars",
        ),
        # no comma: the adverb is the clause's own
        (
            "The Kelby ferry still runs at night, the harbor board said.",
            "said",
            "The Kelby ferry still runs at night",
        ),
        # the cue comes first: nothing to cut
        (
            "Meanwhile, Ada Brill said the Kelby ferry is safe.",
            "said",
            "the Kelby ferry is safe",
        ),
    ],
)
def test_other_openings_stay(nlp, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert _contents(nlp, text, cue) == [[content]], found_parts(nlp, text)


def test_an_inserted_tag_keeps_the_linking_piece(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Still, the Orrin bridge will close in May, she said, and the ferry will run."
    assert _contents(nlp, text, "said") == [
        ["Still, the Orrin bridge will close in May", "and the ferry will run"]
    ], found_parts(nlp, text)


def test_the_next_quotations_opening_mark_is_no_part_of_an_aside_tags_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The answer, Ms. Vale said, was simple. ''Just put your money in bonds,'' she said."
    assert _contents(nlp, text, "said") == [
        ["The answer", "was simple"],
        ["Just put your money in bonds,"],
    ], found_parts(nlp, text)
    kinds = [a.kind for a in find_attributions(nlp(text))[0]]
    assert kinds == ["indirect", "direct"]


def test_a_quotation_the_clause_holds_keeps_its_closing_mark(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bridge, Ms. Vale said, was unsafe and the ferry was ''a scandal.''"
    assert _contents(nlp, text, "said") == [
        ["The bridge", "was unsafe and the ferry was ''a scandal.''"]
    ], found_parts(nlp, text)


def test_a_quotation_opened_after_a_comma_stays_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The film shows a guard wanting to stay and depicts one of the contractors asking, "
        '"For what, so more of us die?"'
    )
    assert _contents(nlp, text, "shows") == [
        [
            "a guard wanting to stay and depicts one of the contractors asking, "
            '"For what, so more of us die?"'
        ]
    ], found_parts(nlp, text)
