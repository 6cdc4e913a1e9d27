"""Refusals of the judge that misread a plain sentence, on invented statements.

* "plan" as a noun ("the replacement plan") does not make a clause a forecast: "has not filed
  the flood plan" against "filed the plan in January" is about the past, not a promise;
* a capital that only opens the sentence ("None of the ...") is no name;
* "how much" words ("the full increase") and a pronoun before a particle ("rolling it back")
  say nothing of what an event happens to;
* a name standing alone ("Fenwater will stay open") is the thing its phrase names elsewhere
  ("the Fenwater lab will close");
* in one article, a statement the article dates days back and an undated one of the day are
  two occasions.

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import parse_claim, stance_of
from onrecord.matters.claims import Item
from onrecord.matters.cluster import Position
from onrecord.matters.contradictions import same_theme
from onrecord.matters.themes import theme_of

from .builders import item, kinds


def _future(text: str) -> bool:
    return any(c.tense == "future" for c in parse_claim(text).clauses)


def test_plan_as_a_noun_is_no_forecast() -> None:
    assert not _future("the district has not filed the flood response plan the state requires")
    assert not _future("we sent the crowd plan in writing in May")
    assert _future("the district plans to file the flood plan in June")
    assert _future("the district will file the flood plan in June")


def test_a_plan_not_filed_and_a_plan_filed_in_january_disagree() -> None:
    a = item("a", "the Drayton Water Board has not filed the flood response plan",
             "Imre Castellan", "2026-03-20")  # fmt: skip
    b = item("b", "the Drayton Water Board filed its flood response plan in January",
             "Oona Prewett", "2026-03-20")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_sentence_opening_negator_is_no_name() -> None:
    assert "none" not in parse_claim("None of these rashes has been linked to our mill.").entities


def test_a_rash_linked_and_none_linked_disagree() -> None:
    a = item("a", "None of these rashes has been linked to our mill.", "Gerda Solberg",
             "2026-08-11")  # fmt: skip
    b = item("b", "The rashes are linked to the Ostby mill.", "Anouk Pretorius", "2026-08-10",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "b", "a")]


def test_how_much_and_a_pronoun_before_a_particle_are_no_theme() -> None:
    assert theme_of("Dunmore will roll back the full fare increase", "roll") == {"far", "increas"}
    assert theme_of("We are not rolling it back", "rolling") == frozenset()
    assert theme_of("they shut down the plant", "shut") == {"plant"}


def _position(text: str, key: str = "open") -> Position:
    it = item("x", text, "Maren Holt", "2026-04-08")
    return Position(it, stance_of(it.claim, key))


def test_a_lone_name_is_the_thing_its_phrase_names() -> None:
    lab = _position("The Kestrel lab will close on June 30.")
    assert same_theme(lab, _position("Kestrel will stay open until the end of the year."))


def test_two_named_things_with_one_word_in_common_stay_apart() -> None:
    lab = _position("The Kestrel lab will close on June 30.")
    depot = _position("The Kestrel depot will stay open until the end of the year.")
    assert not same_theme(lab, depot)


def test_a_dated_recap_and_an_undated_statement_of_the_day_are_two_occasions() -> None:
    said = item("a", "he would not resign", "Tobiah Wendt", "2025-11-05", article="a1")
    now = item("b", "I resign.", "Tobiah Wendt", "2025-11-13", article="a1")
    undated = Item.of(replace(now.statement, date=None), article="a1", published="2025-11-13")
    assert kinds(said, undated) == [("reversal", "a", "b")]


def test_an_undated_statement_and_one_dated_by_default_are_one_occasion() -> None:
    said = item("a", "he would not resign", "Tobiah Wendt", "2025-11-05", basis="published")
    now = item("b", "I resign.", "Tobiah Wendt", "2025-11-13")
    undated = Item.of(replace(now.statement, date=None), article="a1", published="2025-11-13")
    assert kinds(said, undated) == []
