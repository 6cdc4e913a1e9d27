"""Two stories joined by a paper's masthead or a street's kind (:mod:`onrecord.matters.stories`).

A masthead and a byline over an article ("Pellworth Weekly News", "By Tomas Hale") name the
paper and its reporter, not the story: two weeklies' "Weekly" joined a school's land sale and
a bonfire's grant. The kind of a street ("Elm Lane", "Tanner's Lane") names no place alone.
Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.stories import names_in

from .builders import item

_SALE = (
    "Homes plan for Ashcombe fields\n\nMarlow Business Weekly\nBy Tomas Hale\n\n"
    "The college will sell its playing fields to Brindle Homes, whose office is on Elm Lane."
)
_GRANT = (
    "Fireworks night called off\n\nKettering Vale Weekly\nBy Tomas Hale\n\n"
    "The Orwell Society said the display on Tanner's Lane would not go ahead."
)


def _two_payments() -> list[Item]:
    return [
        item("a", "The council will pay for the display", "Rhona Pettifer", "2044-09-10",
             article="sale",
             sentence='"The council will pay for the display," said Rhona Pettifer.'),
        item("b", "The council will not be paying for the display", "Idris Mawdsley",
             "2044-09-15", article="grant",
             sentence='"The council will not be paying for the display," said Idris Mawdsley.'),
    ]  # fmt: skip


def test_a_masthead_and_a_byline_name_no_story() -> None:
    names = names_in(_SALE)
    assert not names & {"weekly", "business", "hale", "tomas hale", "marlow business"}
    assert {"brindle", "brindle homes", "elm lane", "ashcombe"} <= names
    # a line of three capitalized words that ends a sentence is read
    assert "corvey" in names_in("Title of the story here\n\nBy the way, Marta Corvey Said.")


def test_the_kind_of_a_street_alone_names_no_place() -> None:
    assert "lane" not in names_in(_GRANT) and "tanner lane" in names_in(_GRANT)
    assert "lane" not in names_in("Council staff on Elm Lane said no.")


def test_two_stories_under_two_weeklies_on_two_lanes_are_not_compared() -> None:
    found = analyze_items(_two_payments(), texts={"sale": _SALE, "grant": _GRANT})[1]
    assert found == ()
    # two articles that name one street in full are one story
    grant = _GRANT.replace("Tanner's Lane", "Elm Lane")
    found = analyze_items(_two_payments(), texts={"sale": _SALE, "grant": grant})[1]
    assert [c.kind for c in found] == ["contradiction"]
