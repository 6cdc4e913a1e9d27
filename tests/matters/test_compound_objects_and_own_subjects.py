"""A noun compound after a verb is its object, and a second subject keeps its own negator.

"would not impose a bonfire ban" denies the imposing: the ban is the verb's object, as in
"would not impose the ban", not an event of its own. Read as one, the ban made a second matter
with the imposing's question. "They promised us a study and we have not seen one" tells a
promise: the "not" is the second clause's, whose subject is its own.
"""

from __future__ import annotations

from onrecord.matters import analyze_items

from .builders import events, item


def test_a_noun_compound_after_its_verb_is_the_verbs_object() -> None:
    assert events("the county will not impose the bonfire ban") == {"impos": -1}
    assert events("the county will not impose any bonfire ban") == {"impos": -1}
    assert events("the county will not extend the bonfire ban") == {"extend": -1}
    # must not misfire: a subject and its verb after "did", a state kept, and a phase told
    assert events("At no point did the school close")["open"] == 1
    assert events("there is not enough money to keep the lido open")["open"] == -1
    assert events("The county completed the depot closure")["open"] == -1
    assert events("Nobody will let the Orrin close")["open"] == 1
    assert events("the board had kept the council informed")["notify"] == 1


def test_a_thing_made_with_an_article_is_the_verbs_object() -> None:
    assert events("the county will not impose a ban this summer") == {"impos": -1}
    assert events("the county will impose a bonfire ban from May 1") == {"impos": 1}
    # must not misfire: a particle between the verb and the article, a thing received
    assert events("The harbor board has ruled out a reopening in June")["open"] == -1
    assert events("the union received a pay rise")["rise"] == 1


def test_one_matter_for_a_ban_imposed_then_ruled_out() -> None:
    said = [
        item("1", "We will not impose a bonfire ban this summer", "Ilsa Morrow", "2031-06-02"),
        item(
            "2",
            "We will impose a bonfire ban from July 1",
            "Ilsa Morrow",
            "2031-06-24",
            article="b",
        ),
    ]
    matters, found = analyze_items(said)
    assert [m.event for m in matters] == ["impos"]
    assert [(c.kind, c.a.statement, c.b.statement) for c in found] == [("reversal", "1", "2")]


def test_a_second_subject_keeps_its_own_negator() -> None:
    said = "They promised us a traffic study and we have not seen one"
    assert events(said) == {"promis": 1, "see": -1}
    assert events("The council promised a review and we have not seen one")["promis"] == 1
    # must not misfire: two subjects of one verb, and a first clause with its own negator
    assert events("He and I will not sell the depot") == {"sell": -1}
    assert events("The trust did not sell the land and we will buy it")["sell"] == -1
