"""A disagreement is shown by a pair of two quotes, face to face, over a surer pair with a
reporter's paraphrase on a side, unless the quote is only another statement of the
paraphrased speaker (:func:`onrecord.matters.grouping.group_disagreements`), on hand-built
pairs. The story: a new ferry route to the invented island of Tarrow."""

from __future__ import annotations

from onrecord.matters.contradictions import Contradiction, Evidence, Kind
from onrecord.matters.grouping import group_disagreements

# the firm, as the reporter sums it up
FIRM = "the new route would bring trade to the island"
DIRECTOR = "The route will bring thirty sailings a week to Tarrow, and every one of them full,"
HARBOUR = "This route will not bring one more boat to Tarrow. The timetable is the old one,"


def ev(sid: str, speaker: str, text: str, stance: str, article: str = "t1") -> Evidence:
    return Evidence(sid, speaker, "2031-06-12", article, None, text, 0, len(text), stance)


def pair(
    cid: str, a: Evidence, b: Evidence, confidence: float, kind: Kind = "contradiction"
) -> Contradiction:
    return Contradiction(cid, kind, a, b, confidence, matter="m1")


# the firm and its director are one side, the harbourmaster the other
SIDES = {"f1": "firm", "f2": "firm", "d1": "firm", "d2": "firm", "h1": "harbour",
         "h2": "harbour", "r1": "harbour", "r2": "harbour"}  # fmt: skip


def shown(*pairs: Contradiction, quoted: frozenset[str]) -> tuple[str, str]:
    (c,) = group_disagreements(list(pairs), SIDES, quoted=quoted)  # one, however shown
    return c.a.statement, c.b.statement


ASH = ev("h1", "Colm Ashgrove", HARBOUR, "no")  # the harbourmaster, quoted


def test_two_quotes_are_shown_over_a_surer_pair_with_a_body_paraphrased() -> None:
    told = pair("c1", ev("f1", "Tarrow Ferries", FIRM, "yes"), ASH, 0.7)
    said = pair("c2", ev("d1", "Nell Brightwell", DIRECTOR, "yes"), ASH, 0.6)
    assert shown(told, said, quoted=frozenset({"d1", "h1"})) == ("d1", "h1")


def test_two_quotes_of_other_statements_of_the_same_sides_are_shown() -> None:
    told = pair("c1", ev("f1", "Tarrow Ferries", FIRM, "yes"), ASH, 0.7)
    other = ev("h2", "Colm Ashgrove", "No extra boat has docked here since May,", "no")
    said = pair("c2", ev("d1", "Nell Brightwell", DIRECTOR, "yes"), other, 0.55)
    assert shown(told, said, quoted=frozenset({"d1", "h1", "h2"})) == ("d1", "h2")


def test_another_quote_of_the_paraphrased_speaker_does_not_replace_the_paraphrase() -> None:
    told = pair("c1", ev("f1", "Nell Brightwell", FIRM, "yes"), ASH, 0.7)
    said = pair("c2", ev("d1", "Nell Brightwell", DIRECTOR, "yes"), ASH, 0.6)
    assert shown(told, said, quoted=frozenset({"d1", "h1"})) == ("f1", "h1")


def test_a_paraphrase_with_no_pair_of_two_quotes_beside_it_stays() -> None:
    told = pair("c1", ev("f1", "Tarrow Ferries", FIRM, "yes"), ASH, 0.7)
    weaker = pair("c2", ev("f2", "Tarrow Ferries", FIRM, "yes", "t2"), ASH, 0.6)
    assert shown(told, weaker, quoted=frozenset({"h1"})) == ("f1", "h1")


def test_a_pair_of_two_quotes_stays_the_surest_of_its_kind() -> None:
    said = pair("c1", ev("d1", "Nell Brightwell", DIRECTOR, "yes"), ASH, 0.7)
    other = ev("d2", "Nell Brightwell", "Tarrow will have a boat every hour,", "yes")
    weaker = pair("c2", other, ASH, 0.6)
    assert shown(said, weaker, quoted=frozenset({"d1", "d2", "h1"})) == ("d1", "h1")


def test_a_rebuttal_keeps_its_own_pair() -> None:
    cue = ev("r1", "Colm Ashgrove", "disputed the firm's claim that trade would grow", "no")
    rebuttal = pair("c1", cue, ev("f1", "Tarrow Ferries", FIRM, "yes"), 0.8, "rebuttal")
    quotes = pair("c2", ev("r2", "Colm Ashgrove", HARBOUR, "no"),
                  ev("f2", "Tarrow Ferries", DIRECTOR, "yes"), 0.6, "rebuttal")  # fmt: skip
    assert shown(rebuttal, quotes, quoted=frozenset({"r2", "f2"})) == ("r1", "f1")


def test_a_far_less_sure_pair_of_two_quotes_does_not_replace_the_paraphrase() -> None:
    told = pair("c1", ev("f1", "Tarrow Ferries", FIRM, "yes"), ASH, 0.95)
    said = pair("c2", ev("d1", "Nell Brightwell", DIRECTOR, "yes"), ASH, 0.05)
    assert shown(told, said, quoted=frozenset({"d1", "h1"})) == ("f1", "h1")
