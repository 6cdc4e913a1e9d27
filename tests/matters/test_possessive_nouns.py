"""A noun after a possessive "'s" in a prepositional phrase is a thing owned, not a
predicate after "is".

"no commitment to the women's squad" denies a commitment; it says nothing of whether the
squad exists or stays. Read as "is", the squad became an event of its own, denied by the
negator of "commitment", and met "the women's squad will stay": two statements on two
questions set against each other. After a pronoun "'s" is still "is" ("it's closing"), and
"of" passes a quantity's denial on to its thing ("not one drum of the firm's solvent").

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_a_possessed_noun_after_a_preposition_is_no_event() -> None:
    for text, noun in (
        ("the sale contract contains no commitment to the women's squad", "squad"),
        ("There is not one word in the deal about the men's side", "sid"),
        ("the board gave no guarantee on the harbour's trust", "trust"),
    ):
        assert noun not in events(text), text


def test_what_the_clause_says_is_still_read() -> None:
    assert events("the sale contract contains no commitment to the women's squad") == {"commit": -1}
    assert events("The firm's fine was 500 pounds").get("fin") == 1  # not in a phrase
    assert events("it's closing in March").get("open") == -1  # a pronoun's "'s" is "is"
    assert events("Not one drum of Tarrow's solvent leaves the county").get("solvent") == -1


def test_no_commitment_to_a_squad_does_not_answer_where_it_plays() -> None:
    a = item("s1", "The women's squad will stay at Ashby Park", "Ilsa Brenner", "2031-05-04")
    b = item("s2", "the sale contract contains no commitment to the women's squad",
             "Odran Keel", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == []


def test_two_answers_on_where_the_squad_plays_still_disagree() -> None:
    a = item("s1", "The women's squad will stay at Ashby Park", "Ilsa Brenner", "2031-05-04")
    b = item("s2", "The women's squad will not stay at Ashby Park", "Odran Keel", "2031-05-04")
    assert kinds(a, b) == [("contradiction", "s1", "s2")]
