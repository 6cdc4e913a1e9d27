"""A thing that ends on a date, and a modified object of a verb, name no event of their own.

"The hunting ban ends on March 3" tells when the ban stops: it is no answer on whether there
is a ban, nor on whether it is extended. "would not extend the hunting ban" denies the
extension, not the ban: a participle before the noun ("hunting", "proposed") keeps it the
verb's object, as "would not extend the ban" is. Read either way, the ban's own matter took
the extension's question, and a reader saw two matters asking one question.
"""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import events, item


def test_a_thing_that_ends_on_a_date_names_no_event_of_its_own() -> None:
    assert events("The hunting ban ends on March 3") == {}
    assert events("The parking permit expired last week") == {}


def test_a_thing_that_ends_still_names_the_verb_of_ending_with_an_auxiliary() -> None:
    # must not misfire: the verb of ending is read as before, and so is a thing that stays
    assert events("The hunting ban will end on March 3") == {"end": 1}
    assert events("The hunting ban stays in place until March") == {"legal": -1}


def test_a_participle_before_the_object_keeps_it_the_verbs_object() -> None:
    assert events("the county would not extend the hunting ban") == {"extend": -1}
    assert events("the county would extend the hunting ban after all") == {"extend": 1}


def test_a_participle_that_is_an_event_of_its_own_is_no_modifier() -> None:
    # must not misfire: "increased" names a rise, not a kind of fee; the plain object is read
    # as it was
    assert events("the board will not approve the increased fees") == {"approve": -1}
    assert events("the county would not extend the ban") == {"extend": -1}


def test_one_question_one_matter_for_an_extension_and_its_end() -> None:
    said = [
        item("1", "the county would not extend the hunting ban", "Rosa Feld", "2031-04-02"),
        item("2", "The hunting ban ends on May 1", "Rosa Feld", "2031-04-02"),
        item(
            "3", "the county would extend the hunting ban", "Rosa Feld", "2031-05-20", article="b"
        ),
    ]
    matters, found = analyze_items(said)
    questions = [m.question for m in matters]
    assert len(questions) == len(set(questions))
    assert [m.event for m in matters] == ["extend"]
    ended = [p for m in matters for p in m.positions if p.item.key == "2"]
    assert ended == []
    assert [(c.kind, c.a.statement, c.b.statement) for c in found] == [("reversal", "1", "3")]


def _reported(sid: str, text: str, who: str, day: str, article: str, outlet: str) -> Item:
    said = item(sid, text, who, day, article=article, sentence=f"{who} said that {text}.")
    return replace(said, outlet=outlet)


def test_one_outlets_reports_on_one_named_thing_are_one_story() -> None:
    # two articles quoting different people, sharing no name, on "the hunting ban"
    denied = _reported("1", "the county would not extend the hunting ban", "Ines Mardle",
                       "2031-04-02", "a", "Vell Gazette")  # fmt: skip
    told = _reported("2", "the hunting ban would be extended to June", "Tobin Quay",
                     "2031-04-03", "b", "Vell Gazette")  # fmt: skip
    found = analyze_items([denied, told])[1]
    assert [(c.kind, c.a.statement, c.b.statement) for c in found] == [("contradiction", "1", "2")]


def test_two_outlets_or_one_shared_word_tell_no_story_of_their_own() -> None:
    # must not misfire: other outlets' reports, or one word in common, are not one story
    denied = _reported("1", "the county would not extend the hunting ban", "Ines Mardle",
                       "2031-04-02", "a", "Vell Gazette")  # fmt: skip
    told = _reported("2", "the hunting ban would be extended to June", "Tobin Quay",
                     "2031-04-03", "b", "Orrin Post")  # fmt: skip
    assert analyze_items([denied, told])[1] == ()
    other = _reported("2", "the smoking ban would be extended to June", "Tobin Quay",
                      "2031-04-03", "b", "Vell Gazette")  # fmt: skip
    assert analyze_items([denied, other])[1] == ()
