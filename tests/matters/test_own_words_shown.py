"""A disagreement is shown in the speakers' own quoted words rather than a reporter's
paraphrase of the same words (:func:`onrecord.matters.grouping.group_disagreements`), on
hand-built pairs. The story: a boil-water notice in the invented town of Quenby."""

from __future__ import annotations

from onrecord.matters.contradictions import Contradiction, Evidence
from onrecord.matters.grouping import group_disagreements

PARAPHRASE = "the water in Quenby was not safe to drink"
QUOTE = "The water in Quenby is not safe to drink. Boil it before you use it,"
ANSWER = "The water is perfectly safe to drink, and we test it every morning,"


def ev(sid: str, speaker: str, text: str, stance: str, article: str = "q1") -> Evidence:
    return Evidence(sid, speaker, "2031-04-02", article, None, text, 0, len(text), stance)


def pair(cid: str, a: Evidence, b: Evidence, confidence: float) -> Contradiction:
    return Contradiction(cid, "contradiction", a, b, confidence, matter="m1")


def shown(*pairs: Contradiction, quoted: frozenset[str]) -> tuple[str, str]:
    (c,) = group_disagreements(list(pairs), quoted=quoted)
    return c.a.statement, c.b.statement


WARD = ev("w1", "Ilse Ward", ANSWER, "yes")  # the utility's answer, quoted


def test_the_quote_is_shown_over_the_surer_paraphrase_of_it() -> None:
    told = pair("c1", ev("p1", "Mara Penlow", PARAPHRASE, "no"), WARD, 0.6)
    said = pair("c2", ev("p2", "Mara Penlow", QUOTE, "no"), WARD, 0.55)
    assert shown(told, said, quoted=frozenset({"p2", "w1"})) == ("p2", "w1")


def test_a_paraphrase_that_is_the_only_statement_of_the_claim_stays() -> None:
    told = pair("c1", ev("p1", "Mara Penlow", PARAPHRASE, "no"), WARD, 0.6)
    other = pair("c2", ev("p3", "Mara Penlow", PARAPHRASE, "no", "q2"), WARD, 0.55)
    assert shown(told, other, quoted=frozenset({"w1"})) == ("p1", "w1")


def test_a_quote_that_says_something_else_does_not_replace_the_paraphrase() -> None:
    told = pair("c1", ev("p1", "Mara Penlow", PARAPHRASE, "no"), WARD, 0.6)
    elsewhere = "Nobody at the council has answered a single letter from the estate,"
    said = pair("c2", ev("p2", "Mara Penlow", elsewhere, "no"), WARD, 0.55)
    assert shown(told, said, quoted=frozenset({"p2", "w1"})) == ("p1", "w1")


def test_a_quote_in_another_article_does_not_replace_it() -> None:
    told = pair("c1", ev("p1", "Mara Penlow", PARAPHRASE, "no"), WARD, 0.6)
    later = pair("c2", ev("p2", "Mara Penlow", QUOTE, "no", "q2"), WARD, 0.55)
    assert shown(told, later, quoted=frozenset({"p2", "w1"})) == ("p1", "w1")


def test_a_quote_with_another_answer_does_not_replace_it() -> None:
    told = pair("c1", ev("p1", "Mara Penlow", PARAPHRASE, "no"), WARD, 0.6)
    unsure = pair("c2", ev("p2", "Mara Penlow", QUOTE, "unclear"), WARD, 0.55)
    assert shown(told, unsure, quoted=frozenset({"p2", "w1"})) == ("p1", "w1")
