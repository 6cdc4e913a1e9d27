"""A going from a place denies the stay there.

"The squad will be moving out of Dunmore Park" answers what "the squad will stay at Dunmore
Park" asserts, and "the name is coming off the north stand" what "the name will stay on the
north stand" asserts: one key (``stay``), opposite signs, and the thing that goes (the
subject) is what the stay is about. A thing moved by someone ("will move its staff out of
the tower"), a noun ("the move out of the city") and an idiom ("come off the boil") go from
no place.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_going_from_a_place_denies_the_stay() -> None:
    for text in (
        "The Tellham squad will be moving out of Dunmore Park after Easter",
        "The bus depot will move away from the harbour",
        "The Ferrow name is coming off the north stand",
    ):
        assert events(text).get("stay") == -1, text
    assert events("The Tellham squad will not be moving out of Dunmore Park").get("stay") == 1


def test_no_place_left() -> None:
    for text in (
        "The bank will move its staff out of the tower",
        "The move out of the city was costly",
        "House prices will come off the boil",
    ):
        assert events(text).get("stay") is None, text


def test_a_stay_and_a_move_out_disagree() -> None:
    a = item("s1", "The Tellham squad will stay at Dunmore Park", "Hedda Marrin", "2031-05-04")
    b = item("s2", "The Tellham squad will be moving out of Dunmore Park after Easter",
             "Cosmo Pelling", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_name_kept_and_a_name_taken_off_disagree() -> None:
    a = item("s1", "The Ferrow name will stay on the north stand", "Hedda Marrin", "2031-05-04")
    b = item("s2", "The Ferrow name is coming off the north stand", "Cosmo Pelling", "2031-05-04")
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_another_thing_leaving_the_place_does_not_disagree() -> None:
    a = item("s1", "The Tellham squad will stay at Dunmore Park", "Hedda Marrin", "2031-05-04")
    b = item("s2", "The club shop will be moving out of Dunmore Park after Easter",
             "Cosmo Pelling", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == []


def test_a_move_named_as_a_noun_or_away_from_an_idea_goes_from_no_place() -> None:
    for text in (
        "The Tellham club opposes any move out of Kellow Park",
        "The planned move out of Kellow Park was scrapped",
        "The board is moving away from the idea of a levy on Mill Street",
        "The economy is moving out of the recession",
        "A van came off the road near Kellow Park",
    ):
        assert events(text).get("stay") != -1, text
    for text in (
        "They move out of Kellow Park next week",
        "The Tellham club will move out of Kellow Park in May",
    ):
        assert events(text).get("stay") == -1, text
