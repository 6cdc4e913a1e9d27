"""Content boundaries drawn as PolNeAR's guidelines draw them.

* a content never holds its own cue: a relative word before the source keeps only itself
  (``which`` + ``was unfair to renters``), ``reportedly`` splits the clause it sits in, and a
  fronted ``As the Courier reported,`` is no part of what it reports;
* an aside set inside a clause (``Voters, Ruiz suggested, don't have to ...``) keeps the words
  before it even when the parse hangs them on the aside or elsewhere, but not a lone ``And``;
* a verb reports the clause after it, not one the parse hung on it from before it (an
  adverbial clause, a clause closed by a semicolon, one that took the verb's subject);
* PolNeAR's cue keeps a following "of" (``critical of``) but not after ``said``;
* a content keeps parentheses in pairs: one it closes but did not open, or opens far from
  where it closes, stays out.

Invented sentences, people and places; each positive case fails without its rule, each
negative case guards what the rule must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord.evaluation.conventions import polnear_attributions
from onrecord.models import Article, Record, Span, Speaker, Statement
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


def test_aside_after_a_lone_conjunction_leaves_it_out(rows: Rows) -> None:
    text = "And, she acknowledged, it is unclear how far the money will go."
    _, _, content, parts = _by_cue(rows(text), "acknowledged")
    assert (content, parts) == ("it is unclear how far the money will go", ())


def test_aside_after_a_conjunction_and_more_keeps_both(rows: Rows) -> None:
    _, _, _, parts = _by_cue(rows("But the cost, she said, will be high."), "said")
    assert parts == ("But the cost", "will be high")


# -- the clause a verb reports follows it -----------------------------------------------------


def test_adverbial_clause_before_the_verb_is_not_its_content(rows: Rows) -> None:
    text = (
        "In a statement released shortly after the Ohio governor suspended his presidential "
        "campaign, Ortega said he's certain Vale will continue to be a champion for farmers."
    )
    _, source, content, _ = _by_cue(rows(text), "said")
    assert source == "Ortega"
    assert content == "he's certain Vale will continue to be a champion for farmers"


def test_clause_before_a_semicolon_is_not_the_next_verbs_content(rows: Rows) -> None:
    text = (
        "The council approved the budget; the mayor has indicated that the new library will "
        "open in June."
    )
    _, source, content, _ = _by_cue(rows(text), "has indicated")
    assert (source, content) == ("the mayor", "the new library will open in June")


def test_clause_that_took_the_verbs_subject_is_not_its_content(rows: Rows) -> None:
    text = (
        "Ruiz, meanwhile, who sits at zero such endorsements, said that fact speaks volumes "
        "about which of the two candidates is ready."
    )
    _, _, content, _ = _by_cue(rows(text), "said")
    assert "sits at zero" not in content
    assert content.endswith("speaks volumes about which of the two candidates is ready")


def test_clause_before_an_inserted_cue_is_still_reported(rows: Rows) -> None:
    text = "The records show, she said in a phone interview, that the fund was empty."
    found = rows(text)
    assert any(r[0] == "said" and "the fund was empty" in r[2] for r in found)


def test_quotation_before_the_verb_stays_its_content(rows: Rows) -> None:
    found = rows('"We will fight this," the mayor said, adding that the vote was unfair.')
    assert _by_cue(found, "said")[2] == "We will fight this,"
    assert _by_cue(found, "adding")[2] == "the vote was unfair"


# -- PolNeAR's cue: "of" after it, but not after "said" -------------------------------------


def _cue_of(text: str, cue: str, content: str) -> str:
    start = text.index(cue)
    statement = Statement(
        "s1",
        "indirect",
        Span(cue, start, start + len(cue)),
        Span(content, text.index(content), text.index(content) + len(content)),
        Speaker("Ana Ruiz", "person"),
    )
    (attribution,) = polnear_attributions(Record(Article("d", "d", text), (statement,)))
    ((s, e),) = attribution.cue
    return text[s:e]


def test_said_of_keeps_of_out_of_the_cue() -> None:
    text = '"The plan will fail," Ruiz said of the levy.'
    assert _cue_of(text, "said", "The plan will fail,") == "said"


def test_critical_of_keeps_of_in_the_cue() -> None:
    text = "Ruiz was critical of the levy on ferries."
    assert _cue_of(text, "was critical", "the levy on ferries") == "was critical of"


# -- a content keeps parentheses in pairs --------------------------------------------------


def test_a_parenthesis_the_content_did_not_open_stays_out(rows: Rows) -> None:
    text = (
        "(As the Courier first reported, Mr. Vale backed the plan in a 2002 talk with the "
        "radio host Ida Stern.)"
    )
    _, _, content, _ = _by_cue(rows(text), "first reported")
    assert content == "Mr. Vale backed the plan in a 2002 talk with the radio host Ida Stern"


def test_a_parenthesis_the_content_opens_but_does_not_close_stays_out(rows: Rows) -> None:
    text = (
        "He says she may be fined over the fees (the size of which, many members say, shows "
        "a lack of care)."
    )
    found = rows(text)
    assert _by_cue(found, "says")[2] == "she may be fined over the fees"
    assert _by_cue(found, "say")[3] == ("the size of which", "shows a lack of care")


def test_a_parenthesis_closing_right_after_the_content_is_taken_in() -> None:
    from onrecord.nlp.spans import _paired

    text = "He recalls working with Sen. Ana Vale (D-Ore.) the night the bill passed."
    cut = text.index(" (D-Ore") + len(" (D-Ore")
    assert text[slice(*_paired(text, (0, cut)))] == (
        "He recalls working with Sen. Ana Vale (D-Ore.)"
    )


def test_a_parenthesis_in_pairs_stays(rows: Rows) -> None:
    _, _, content, _ = _by_cue(
        rows("Ms. Ruiz said the levy (a toll on ferries) would pass."), "said"
    )
    assert content == "the levy (a toll on ferries) would pass"
