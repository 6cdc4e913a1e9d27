"""Two questions that share a noun, told apart by what each names it with: the place a noun
event is tied to ("parking at the leisure centre"), the motion a vote is for or against, the
kind a counted noun is given ("30 electric buses"). The same thing named with and without
such a word stays one question. Invented sentences, people and places."""

from __future__ import annotations

from onrecord.matters.themes import theme_of

from .builders import item, kinds

# -- a noun event and the place tied to it ---------------------------------------------------


def test_a_noun_event_takes_the_place_tied_to_it_for_theme() -> None:
    assert theme_of("parking at the leisure centre would still be charged", "parking") == {
        "leisur",
        "centr",
    }
    assert theme_of(
        "the council will not charge for parking in the harbour quarter", "parking"
    ) == {
        "harbour",
        "quarter",
    }


def test_a_noun_event_of_two_places_is_two_questions() -> None:
    assert kinds(
        item("a", "the council will not charge for parking in the harbour quarter",
             "Oda Fenn", "2024-05-02"),
        item("b", "parking at the leisure centre would still be charged", "Ivo Marsh",
             "2024-05-02"),
    ) == []  # fmt: skip
    # the same place, or a place named on one side only: one question
    assert kinds(
        item("a", "the council will not charge for parking at the leisure centre",
             "Oda Fenn", "2024-05-02"),
        item("b", "parking at the leisure centre would still be charged", "Ivo Marsh",
             "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip
    assert kinds(
        item("a", "the council will not charge for parking in the harbour quarter",
             "Oda Fenn", "2024-05-02"),
        item("b", "parking would still be charged", "Ivo Marsh", "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


def test_a_change_of_amount_keeps_no_place() -> None:
    # "a rise in berth fees": the "in" names what rises, told elsewhere in words of money
    assert theme_of("a rise in mooring fees", "rise") == frozenset()


# -- a vote and the motion it is for or against ----------------------------------------------


def test_a_vote_for_a_motion_has_the_motion_for_theme() -> None:
    assert theme_of("Our bloc voted for the longer trial", "voted") == {"longer", "trial"}
    assert theme_of("I voted against the levy", "voted") == {"levy"}


def test_votes_on_two_motions_are_no_reversal() -> None:
    against = "Our bloc will vote against making the night curfew permanent,"
    assert kinds(
        item("a", against, "Oda Fenn", "2024-05-02", article="a1"),
        item("b", "Our bloc voted for the longer trial because it gives the town a fair test,",
             "Oda Fenn", "2024-06-20", article="a2"),
    ) == []  # fmt: skip
    # the same motion, named again: a reversal
    assert kinds(
        item("a", against, "Oda Fenn", "2024-05-02", article="a1"),
        item("b", "Our bloc voted for the night curfew because it gives the town a fair test,",
             "Oda Fenn", "2024-06-20", article="a2"),
    ) == [("reversal", "a", "b")]  # fmt: skip


# -- a counted noun and its kind -------------------------------------------------------------


def test_two_kinds_of_one_counted_noun_are_two_quantities() -> None:
    assert kinds(
        item("a", "the depot runs 30 electric buses", "Oda Fenn", "2024-05-02"),
        item("b", "the depot runs 40 diesel buses", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip
    # one side names no kind, or only how many more: the same buses, counted two ways
    assert kinds(
        item("a", "the depot runs 30 electric buses", "Oda Fenn", "2024-05-02"),
        item("b", "the depot runs 40 buses", "Ivo Marsh", "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip
