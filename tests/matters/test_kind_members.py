"""A denial of a whole kind in a named domain against one member named by its own name
(round 24, reversals; :mod:`onrecord.matters.members`).

"No pool in Harwick will close", then "Dell Road pool will close": the two name different
things, which kept them apart, but the first name is only the domain of "no pool".

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item

from .builders import item, kinds

# -- a whole kind denied in a named domain, then one member named ---------------------------------

_MAYOR = "Leocadia Penhallow"


def _member(text: str, date: str = "2031-03-25") -> Item:
    """The later words, in a sentence that names the town (one story across the articles)."""
    sentence = f"The mayor of Harwick, who chairs Penmore's board, said {text}"
    return item("b", text, _MAYOR, date, article="a2", sentence=sentence)


def test_no_pool_in_a_town_against_one_named_pool_is_a_reversal() -> None:
    first = item("a", "No pool in Harwick will close", _MAYOR, "2031-01-14")
    later = _member("Dell Road pool will close at the end of June")
    assert kinds(first, later) == [("reversal", "a", "b")]


def test_no_ward_at_a_hospital_against_one_named_ward_is_a_reversal() -> None:
    first = item("a", "No ward at Penmore has been closed because of staffing", _MAYOR,
                 "2031-03-05")  # fmt: skip
    later = _member("B ward had been closed since January because there were not enough "
                    "nurses to run it", "2031-04-16")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


def test_a_member_named_in_another_place_stays_apart() -> None:
    first = item("a", "No pool in Harwick will close", _MAYOR, "2031-01-14")
    later = _member("Dell Road pool in Fenby will close at the end of June")
    assert kinds(first, later) == []


def test_two_named_members_stay_apart() -> None:
    first = item("a", "Mill Lane pool will not close", _MAYOR, "2031-01-14")
    later = _member("Dell Road pool will close at the end of June")
    assert kinds(first, later) == []


def test_the_name_as_doer_is_no_domain() -> None:
    first = item("a", "Harwick Leisure will not close any pool", _MAYOR, "2031-01-14")
    later = _member("Dell Road pool will close at the end of June")
    assert kinds(first, later) == []


def test_a_member_named_by_another_street_is_not_on_the_street_denied() -> None:
    first = item("a", "No library on Carver Road will close", _MAYOR, "2031-05-02")
    other = item("b", "Kiln Lane library will close at the end of July", "Tobias Wrenn",
                 "2031-05-02")  # fmt: skip
    assert kinds(first, other) == []
