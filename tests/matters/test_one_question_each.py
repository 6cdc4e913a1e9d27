"""No two matters ask one question, and a denial bounded by "until" asks "before".

"the guild had refused to meet the board" names a refusal and a meeting denied through it:
two matters, built from one clause, with one question. A reader must see that question once.
"would not be finished until 2034" asks whether it is finished before 2034 (invented
sentences, no model).
"""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items
from onrecord.matters.cluster import Matter
from onrecord.matters.one_question import one_question_each
from onrecord.matters.questions import yes_no_question

from .builders import item


def _questions(matters: tuple[Matter, ...]) -> list[str]:
    return [m.question for m in matters]


def test_a_refusal_to_meet_is_one_matter() -> None:
    said = [
        item("1", "the guild had refused to meet the board", "Orla Venn", "2031-03-02"),
        item("2", "the guild never refused to meet the board", "Tam Broadley", "2031-03-03"),
    ]
    matters, found = analyze_items(said)
    asked = [m for m in matters if "refuse to meet" in m.question]
    assert len(asked) == 1
    labels = {p.item.key: p.stance.label for p in asked[0].positions}
    assert labels == {"1": "yes", "2": "no"}  # the answers read with the question's words
    assert [(c.kind, c.a.statement, c.b.statement) for c in found] == [("contradiction", "1", "2")]
    assert found[0].matter == asked[0].id  # the report points to the matter shown


def test_no_two_matters_read_the_same_question() -> None:
    said = [
        item("1", "the mill had refused to pay the fine", "Orla Venn", "2031-03-02"),
        item("2", "the mill did not refuse to pay the fine", "Tam Broadley", "2031-03-03"),
        item("3", "the board refused to reopen the pier", "Orla Venn", "2031-03-04"),
        item("4", "the board never refused to reopen the pier", "Tam Broadley", "2031-03-05"),
    ]
    questions = [" ".join(q.lower().split()) for q in _questions(analyze_items(said)[0])]
    assert len(questions) == len(set(questions))


def test_two_propositions_one_question_each_say_what_differs() -> None:
    said = [
        item("1", "the guild had refused to meet the board", "Orla Venn", "2031-03-02"),
        item("2", "the guild never refused to meet the board", "Tam Broadley", "2031-03-03"),
    ]
    first = next(m for m in analyze_items(said)[0] if "refuse to meet" in m.question)
    # another proposition asked by the same words: other statements, answers not all alike
    other = replace(first, id="m-other", event="other",
                    positions=(first.positions[0], replace(first.positions[1], item=replace(
                        first.positions[1].item, key="9"))))  # fmt: skip
    out, moved = one_question_each([first, other])
    assert moved == {}
    assert len(out) == 2
    # the first as built, the second naming the word it asks about
    assert {m.question for m in out} == {
        first.question,
        'Did the guild refuse to meet the board (on "refused")?',
    }


def test_a_denial_until_a_time_asks_before_it() -> None:
    built = yes_no_question("the ferry pier would not be finished until 2034", event="finished")
    assert built is not None and built[0] == "Will the ferry pier be finished before 2034?"
    built = yes_no_question("the depot will not close until a buyer is found", event="close")
    assert built is not None and built[0] == "Will the depot close before a buyer is found?"
    # must not misfire: a state kept until a time is asked as told
    built = yes_no_question("the lido will stay open until September", event="open")
    assert built is not None and built[0] == "Will the lido stay open until September?"
