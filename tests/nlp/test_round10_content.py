"""Content boundaries drawn as PolNeAR's guidelines draw them, round 10.

* a content never holds its own cue: a relative word before the source keeps only itself
  (``which`` + ``was unfair to renters``), ``reportedly`` splits the clause it sits in, and a
  fronted ``As the Courier reported,`` is no part of what it reports;
* an aside set inside a clause (``Voters, Ruiz suggested, don't have to ...``) keeps the words
  before it even when the parse hangs them on the aside or elsewhere.

Invented sentences, people and places; each positive case fails without its rule, each
negative case guards what the rule must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord.nlp.attribution import find_attributions

# (cue, source, content, parts) of each statement, as written
Row = tuple[str, str | None, str, tuple[str, ...]]
Rows = Callable[[str], list[Row]]


@pytest.fixture
def rows(nlp) -> Rows:  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Row]:
        out = []
        for a in find_attributions(nlp(text))[0]:
            cue = text[a.cue[0] : a.cue[1]] if a.cue else ""
            source = text[a.source[0] : a.source[1]] if a.source else None
            parts = tuple(text[s:e] for s, e in a.parts)
            out.append((cue, source, text[a.content[0] : a.content[1]], parts))
        return out

    return run


def _by_cue(rows: list[Row], cue: str) -> Row:
    hits = [r for r in rows if r[0] == cue]
    assert hits, f"no statement cued by {cue!r}: {rows}"
    return hits[0]


# -- a content never holds its own cue ------------------------------------------------------


def test_relative_word_before_the_source_is_the_content_without_the_source(rows: Rows) -> None:
    _, source, _, parts = _by_cue(
        rows("It is a tax which critics said was unfair to renters."), "said"
    )
    assert source == "critics"
    assert parts == ("which", "was unfair to renters")


def test_relative_who_before_a_named_source(rows: Rows) -> None:
    text = "The board hired a new chief, who Ms. Tamm said has already cut costs."
    _, source, _, parts = _by_cue(rows(text), "said")
    assert source == "Ms. Tamm"
    assert parts == ("who", "has already cut costs")


def test_reportedly_splits_the_clause_it_sits_in(rows: Rows) -> None:
    _, source, _, parts = _by_cue(
        rows("Ana Ruiz was reportedly at the talks on Friday."), "reportedly"
    )
    assert source is None
    assert parts == ("Ana Ruiz was", "at the talks on Friday")


def test_reportedly_opening_the_clause_needs_no_split(rows: Rows) -> None:
    _, _, content, parts = _by_cue(
        rows("Reportedly, the Kessel plant will close by the end of the year."), "Reportedly"
    )
    assert content == "the Kessel plant will close by the end of the year"
    assert parts == ()


def test_a_fronted_as_clause_is_no_part_of_what_it_reports(rows: Rows) -> None:
    _, source, content, parts = _by_cue(
        rows("But, as the Courier reported, the bridge is unsafe."), "reported"
    )
    assert source == "the Courier"
    assert (content, parts) == ("the bridge is unsafe", ())


def test_a_fronted_as_clause_telling_someone_still_reports_the_clause(rows: Rows) -> None:
    text = "However, as Mayor Lund told the Courier, the budget is empty."
    _, source, content, _ = _by_cue(rows(text), "told")
    assert (source, content) == ("Mayor Lund", "the budget is empty")


def test_an_as_clause_with_its_own_object_reports_the_object(rows: Rows) -> None:
    text = "But as Mayor Lund denounced the toll increase, the council voted to approve it."
    found = rows(text)
    _, source, content, _ = _by_cue(found, "denounced")
    assert (source, content) == ("Mayor Lund", "the toll increase")
    assert not any("council voted" in r[2] for r in found if r[0] == "denounced")


def test_a_content_after_its_cue_is_left_whole(rows: Rows) -> None:
    text = "Ms. Ruiz said the ferry, which the council bought in May, would run all winter."
    _, _, content, parts = _by_cue(rows(text), "said")
    assert content == "the ferry, which the council bought in May, would run all winter"
    assert parts == ()


# -- an aside inside the clause keeps the words before it -----------------------------------


def test_aside_keeps_a_subject_the_parse_hung_on_it(rows: Rows) -> None:
    text = "Voters, Ruiz suggested, don't have to worry that the banks can buy influence."
    _, source, _, parts = _by_cue(rows(text), "suggested")
    assert source == "Ruiz"
    assert parts == ("Voters", "don't have to worry that the banks can buy influence")


def test_aside_keeps_the_clause_before_it_when_the_parse_coordinates_the_rest(rows: Rows) -> None:
    text = "The levy is a bargain, they say, that would pay for itself within three years."
    _, _, _, parts = _by_cue(rows(text), "say")
    assert parts == ("The levy is a bargain", "that would pay for itself within three years")


def test_aside_words_before_it_start_after_a_dash(rows: Rows) -> None:
    text = "The town has three clinics - all of which, the mayor explained, will close in May."
    _, source, _, parts = _by_cue(rows(text), "explained")
    assert source == "the mayor"
    assert parts == ("all of which", "will close in May")


def test_plain_aside_is_unchanged(rows: Rows) -> None:
    _, source, _, parts = _by_cue(rows("The industry, she said, is doing better."), "said")
    assert source == "she"
    assert parts == ("The industry", "is doing better")
