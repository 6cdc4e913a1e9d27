"""Two sides told in other words: a death said to have "nothing to do with" someone against
the killing they are blamed for, a visit told by "come to" against "visited", and a vote
denied against an approval.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.themes import theme_of

from .builders import events, item, kinds

# -- "nothing to do with" ------------------------------------------------------------------------


def test_deaths_with_nothing_to_do_with_someone_deny_the_killing() -> None:
    assert events("The trout deaths have nothing to do with Pellmark")["kill"] == -1
    # other subjects name no act of their own
    assert "kill" not in events("The delays have nothing to do with Pellmark")
    # a death said plainly is no denial of a cause
    assert "kill" not in events("Hundreds of trout have died in the Pellmark stretch")


def test_the_denied_cause_meets_the_cause_asserted_and_a_later_admission() -> None:
    a = item("a", "The trout deaths have nothing to do with Pellmark. The water was warm "
             "after a dry spring", "Hana Velt", "2027-05-02")  # fmt: skip
    b = item("b", "These trout were killed by runoff from the Pellmark yard", "Dora Pike",
             "2027-05-02")  # fmt: skip
    c = item("c", "Our runoff killed those trout, and we are sorry", "Hana Velt",
             "2027-06-02")  # fmt: skip
    assert kinds(a, b, c) == [("contradiction", "a", "b"), ("reversal", "a", "c")]


def test_agreement_on_the_deaths_is_no_disagreement() -> None:
    a = item("a", "The trout deaths have nothing to do with Pellmark", "Hana Velt", "2027-05-02")
    b = item("b", "Hundreds of trout have died in the Pellmark stretch", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(a, b) == []


# -- "come to" a place ---------------------------------------------------------------------------


def test_coming_to_a_place_is_a_visit() -> None:
    assert events("Nobody from Pellmark has come to Marlow Green")["visit"] == -1
    assert events("The minister never went to the flooded village")["visit"] == -1
    assert "visit" not in events("Pellmark has come to an agreement with the council")
    assert "visit" not in events("The dispute will not go to court")
    assert "visit" not in events("The union went to the tribunal")
    assert "visit" not in events("The rebels came to power in March")
    assert "visit" not in events("The company is going to the market for funds")


def test_nobody_came_against_visited_every_house() -> None:
    a = item("a", "Nobody from Pellmark has come to Marlow Green. Not one person", "Hana Velt",
             "2027-05-02")  # fmt: skip
    b = item("b", "Our staff have visited every household in Marlow Green since the spill",
             "Dora Pike", "2027-05-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "Pellmark has come to an agreement with the council", "Dora Pike",
             "2027-05-02")  # fmt: skip
    assert kinds(a, c) == []


# -- a vote denied -------------------------------------------------------------------------------


def test_a_vote_denied_denies_the_approval() -> None:
    assert events("The senate never voted on the merger")["approve"] == -1
    assert events("There was no vote on the merger")["approve"] == -1
    assert "approve" not in events("The senate will vote on the merger in June")
    assert "approve" not in events("The senate voted on the merger")


def test_never_voted_against_approved() -> None:
    a = item("a", "The senate never voted on the merger. It was put to us as an item for "
             "information", "Hana Velt", "2027-10-12")  # fmt: skip
    b = item("b", "The senate approved the merger on 4 October", "Dora Pike", "2027-10-12")
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "The senate rejected the merger on 4 October", "Dora Pike", "2027-10-12")
    assert kinds(a, c) == []  # no approval either way
    d = item("d", "The senate will vote on the merger in June", "Hana Velt", "2027-10-12")
    assert kinds(d, b) == []  # a vote to come says nothing of the outcome


def test_not_yet_voted_before_a_later_approval_is_no_contradiction() -> None:
    a = item("a", "The senate has not yet voted on the merger", "Hana Velt", "2027-06-01")
    b = item("b", "The senate approved the merger on 4 October", "Dora Pike", "2027-10-12")
    assert kinds(a, b) == []


def test_a_vote_denied_on_one_thing_or_on_any_thing_is_no_denied_approval_of_another() -> None:
    a = item("a", "The senate never voted on the merger", "Hana Velt", "2027-10-12")
    b = item("b", "The senate approved the budget on 4 October", "Dora Pike", "2027-10-12")
    assert kinds(a, b) == []  # the vote's thing is its theme: the merger is no budget
    assert "approve" not in events("The senate had never voted on any contribution to the project")
    c = item("c", "The senate had never voted on any contribution to the project", "Hana Velt",
             "2027-10-12")  # fmt: skip
    d = item("d", "We are approving a project whose main user we learned about today",
             "Dora Pike", "2027-10-12")  # fmt: skip
    assert kinds(c, d) == []


def test_what_a_vote_is_on_is_its_theme() -> None:
    assert theme_of("The senate never voted on the merger", "voted") == {"merger"}
    assert theme_of("The council will vote on Tuesday", "vote") == frozenset()  # a day
