"""Phrases that name an event or keep it from being one, a plan denied with no date against the
same plan dated later, and a speaker naming her own side.

* "step down" (from an office) is a resignation; "asked him to step down" tells the asking;
  "I am not resigning" is a plan, as "I will not resign" is;
* an event noun that modifies the next noun in an indefinite phrase ("a replacement boat")
  names a kind of thing, and one quantified by "any" outside a negation ("any rise in fares
  would hurt") is not said to happen;
* a verb denied ("had not signed the agreement") does not deny its object's event, and a
  coalition is a body, not an event; "close additional branches" speaks of other ones;
* "every single day" says how often, not what the event happens to;
* "the depot will not close", with no date, denies a closure at any later date;
* a speaker's own body, named in her words ("Harwick Ferries would not lease a vessel"), is
  her "we": it does not make the statement about another thing than "we leased the Tarn Rose";
* one full name read once as a body is still one person.

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import parse_claim
from onrecord.matters.claims import Item
from onrecord.matters.cluster import Position
from onrecord.matters.contradictions import own_side_out
from onrecord.matters.persons import one_person
from onrecord.matters.stance import stance_of
from onrecord.matters.themes import theme_of
from onrecord.models import Speaker

from .builders import events, item, kinds

# -- step down -----------------------------------------------------------------------------------


def test_stepping_down_is_resigning() -> None:
    assert events("I am not stepping down as party treasurer") == {"resign": -1}
    assert events("Councillor Brandt stepped down in March")["resign"] == 1
    assert events("she will step down at the end of the session")["resign"] == 1


def test_asking_someone_to_step_down_is_no_resignation() -> None:
    assert "resign" not in events("the board had asked Okafor to step down at its May meeting")


def test_step_down_against_resigning_is_a_reversal() -> None:
    a = item("a", "I am not resigning as treasurer of the Holmbury Rowing Club",
             "Iver Sandqvist", "2026-03-02")  # fmt: skip
    b = item("b", "I am stepping down as treasurer of the Holmbury Rowing Club, effective tonight",
             "Iver Sandqvist", "2026-03-20", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_i_am_not_resigning_is_a_plan() -> None:
    assert parse_claim("I am not resigning").clauses[0].tense == "future"
    assert parse_claim("we are closing the Ardle depot in May").clauses[0].tense == "future"


def test_an_activity_going_on_is_no_plan() -> None:
    assert parse_claim("we are working on a new timetable").clauses[0].tense == "present"
    assert parse_claim("the river is rising").clauses[0].tense == "present"
    assert parse_claim("we are closing the Ardle depot today").clauses[0].tense == "present"


# -- event nouns that are no event ---------------------------------------------------------------


def test_an_event_noun_modifying_the_next_noun_is_no_event() -> None:
    assert "replac" not in events("the operator would not charter a replacement boat")
    assert "strik" not in events("the union will hold a strike ballot")


def test_an_event_noun_heading_its_phrase_is_still_an_event() -> None:
    assert events("the council will not approve a replacement")["replac"] == -1
    assert events("there will be a strike on June 3")["strik"] == 1


def test_any_outside_a_negation_asserts_nothing() -> None:
    assert "rise" not in events("any rise in bus fares would hurt commuters")
    assert "rise" not in events("any further fare rises")


def test_any_under_a_negation_keeps_its_event() -> None:
    assert events("there will not be any rise in bus fares")["rise"] == -1
    assert events("there won't be any increase in fares")["rise"] == -1


def test_the_object_of_a_denied_verb_is_not_denied() -> None:
    assert events("the Harlow union had not signed the pay agreement") == {"approve": -1}
    assert "open" not in events("the board did not approve the closure of the depot")


def test_the_object_of_an_asserted_verb_keeps_its_event() -> None:
    assert events("the board approved the closure of the depot")["open"] == -1
    assert events("the depot will not close")["open"] == 1


def test_signed_against_an_agreement_doing_something_is_no_contradiction() -> None:
    a = item("a", "the Harlow union had not signed the pay agreement", "Nia Corran",
             "2026-02-10")  # fmt: skip
    b = item("b", "the pay agreement cut overtime rates", "Evert Lund", "2026-02-10")
    assert kinds(a, b) == []


def test_a_coalition_is_a_body_not_an_event() -> None:
    assert "coalition" not in events("nothing is settled in coalition season")
    assert events("the coalition will not survive the budget vote") == {"alive": -1}


def test_additional_or_further_ones_are_other_things() -> None:
    assert events("the bank had no plans to close additional branches this year") == {}
    assert events("the bank will not close any further branches") == {}
    assert events("the bank will close another 3 branches")["open"] == -1
    assert events("the bank will not close the Dunmore branch")["open"] == 1


# -- themes ----------------------------------------------------------------------------------


def test_every_single_day_is_no_theme() -> None:
    assert theme_of("Parcels have reached Dunmore every single day since Monday", "reached") == (
        frozenset()
    )
    assert theme_of("no parcels had reached the island since Monday", "reached") == {"island"}


def test_reached_every_single_day_contradicts_none_reached() -> None:
    a = item("a", "no parcels had reached the island since Monday", "Torvald Pike",
             "2026-11-04")  # fmt: skip
    b = item("b", "Parcels have reached Dunmore every single day since Monday", "Ada Quist",
             "2026-11-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a plan denied with no date ------------------------------------------------------------------


def test_a_plan_denied_with_no_date_against_a_dated_one_is_a_reversal() -> None:
    a = item("a", "the Brenton depot will not close", "Mara Lindqvist", "2026-03-02")
    b = item("b", "the Brenton depot will close at the end of 2028", "Mara Lindqvist",
             "2026-04-01", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_plan_with_no_date_against_a_dated_denial_is_none() -> None:
    a = item("a", "the Brenton depot will close", "Mara Lindqvist", "2026-03-02")
    b = item("b", "the Brenton depot will not close in 2028", "Mara Lindqvist", "2026-04-01",
             article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_relative_clause_of_another_thing_is_no_plan_denied() -> None:
    a = item("a", "staff will move to the Brenton parts store, which will stay open",
             "Mara Lindqvist", "2026-03-02")  # fmt: skip
    b = item("b", "the Brenton depot will close at the end of 2028", "Oskar Thiel",
             "2026-03-02")  # fmt: skip
    assert kinds(a, b) == []


# -- a speaker's own side ------------------------------------------------------------------------

_ROLE = ("Harwick Ferries' chief executive",)


def test_her_own_company_named_is_her_we() -> None:
    a = item("a", "Harwick Ferries would not lease a second vessel on the Orna crossing",
             "Jonas Veldt", "2026-05-01", roles=_ROLE)  # fmt: skip
    b = item("b", "We have leased the MV Tarn Rose on the Orna crossing", "Jonas Veldt",
             "2026-05-20", article="a2", roles=_ROLE)  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_another_company_named_stays_an_entity() -> None:
    own = item("a", "Harwick Ferries would not lease a second vessel", "Jonas Veldt",
               "2026-05-01", roles=_ROLE)  # fmt: skip
    other = item("b", "Corrie Shipping would not lease a second vessel", "Jonas Veldt",
                 "2026-05-01", roles=_ROLE)  # fmt: skip
    no_role = item("c", "Harwick Ferries would not lease a second vessel", "Jonas Veldt",
                   "2026-05-01")  # fmt: skip
    assert own_side_out(Position(own, stance_of(own.claim, "leas"))) == frozenset()
    assert own_side_out(Position(other, stance_of(other.claim, "leas"))) == {"corrie", "shipping"}
    assert own_side_out(Position(no_role, stance_of(no_role.claim, "leas"))) == {
        "harwick",
        "ferries",
    }


# -- one person read as a body once ---------------------------------------------------------------


def _as_body(it: Item, key: str) -> Item:
    """The statement with its speaker read as an organization, under another speaker key."""
    speaker = Speaker(it.speaker_name or "", "organization", ())
    return Item.of(replace(it.statement, speaker=speaker), article=it.article, speaker=key)


def test_one_full_name_read_as_a_body_once_is_one_person() -> None:
    a = item("a", "Harwick Ferries would not lease a second vessel", "Jonas Veldt", "2026-05-01")
    b = _as_body(item("b", "We have leased the MV Tarn Rose", "Jonas Veldt", "2026-05-20"), "92")
    assert one_person(a, b)


def test_a_single_word_name_or_another_name_is_another_speaker() -> None:
    a = item("a", "the depot will not close", "Harwick", "2026-05-01")
    b = _as_body(item("b", "the depot will close in June", "Harwick", "2026-05-20"), "92")
    assert not one_person(a, b)
    c = _as_body(item("c", "the depot will close in June", "Jonas Veldt", "2026-05-20"), "93")
    assert not one_person(a, c)
