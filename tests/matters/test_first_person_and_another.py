"""The speaker's own "I" against another subject of one verb: two questions
(:mod:`onrecord.matters.first_person`). Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters.claims import Item

from .builders import item, kinds


def test_i_and_a_thing_that_stays_are_two_questions() -> None:
    shop = item("a", "I am not staying to find out what the rent will be", "Wenna Tregear",
                "2045-07-15", article="a1")  # fmt: skip
    museum = item("b", "The museum will stay in its old hall on Quay Street", "Ivor Pendeen",
                  "2045-07-15", article="a1")  # fmt: skip
    assert kinds(shop, museum) == []
    # another speaker who names her, and says she stays, answers her own question
    named = item("c", "Wenna Tregear will stay in the arcade", "Ivor Pendeen", "2045-07-15",
                 article="a1")  # fmt: skip
    assert [k for k, _, _ in kinds(shop, named)] == ["contradiction"]


def _quoted(sid: str, text: str, day: str, article: str) -> Item:
    it = item(sid, text, "Silas Venning", day, article=article)
    return Item.of(replace(it.statement, kind="direct"), article=article)


def test_another_who_resigned_and_my_staying_on_are_no_reversal() -> None:
    her = _quoted("a", "Morwenna Peake resigned of her own accord.", "2045-05-14", "a1")
    me = _quoted("b", "I will not be resigning.", "2045-06-20", "a2")
    assert kinds(her, me) == []
    # his own word that he would go, then his refusal, is one question answered twice
    mine = _quoted("c", "I will resign as leader of the council.", "2045-05-14", "a1")
    assert [k for k, _, _ in kinds(mine, me)] == ["reversal"]
