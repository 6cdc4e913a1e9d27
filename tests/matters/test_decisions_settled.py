"""A decision told by what a body settled ("agreed in March that the pool should close")
answers "has a decision been made?", against "no decision has been made".

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import item, kinds


def _decided(text: str) -> list[int]:
    return [e.polarity for c in parse_claim(text).clauses for e in c.events if e.key == "decid"]


def test_a_thing_settled_by_a_body_is_a_decision() -> None:
    assert _decided("The governors agreed in March that Larkfield Pool should close") == [1]
    assert _decided("Councillors voted unanimously to sell the depot") == [1]
    assert _decided("The trustees resolved last week to merge the two choirs") == [1]


def test_a_shared_view_or_a_thing_agreed_is_no_decision_read_here() -> None:
    assert _decided("Both unions agreed that the talks had been useful") == []
    assert _decided("The board agreed to a short delay") == []
    assert _decided("The board has not agreed to sell the depot") == []
    assert _decided("The board will agree to sell the depot") == []


_DENIAL = "No decision has been made about the future of Larkfield Pool."


def test_a_decision_dated_before_its_denial_is_a_reversal() -> None:
    a = item("a", _DENIAL, "Petra Voss", "2031-04-10")
    b = item("b", "The governors agreed in March that Larkfield Pool should close in September,",
             "Petra Voss", "2031-05-02")  # fmt: skip
    assert ("reversal", "a", "b") in kinds(a, b)


def test_a_decision_dated_after_its_denial_is_news() -> None:
    a = item("a", _DENIAL, "Petra Voss", "2031-04-10")
    b = item("b", "The governors agreed in May that Larkfield Pool should close in September,",
             "Petra Voss", "2031-06-02")  # fmt: skip
    assert kinds(a, b) == []


def test_people_who_share_a_view_decided_nothing() -> None:
    assert _decided("Residents agreed that the Orwell Street bridge should be repaired") == []
    assert _decided("Both sides agreed that talks should continue") == []
    assert _decided("Most parents agreed that Fenmoor School should stay open") == []
    assert _decided("Ms Quill agreed to meet the campaigners") == []
    assert _decided("The county council agreed that the bridge should be repaired") == [1]
    assert _decided("The board, which met on Monday, voted to sell the depot") == [1]


def test_agreeing_to_weigh_a_thing_is_no_decision_on_it() -> None:
    assert _decided("The council agreed to consider the Fenmoor plan") == []
    assert _decided("The cabinet agreed to look again at the depot sale") == []
    assert _decided("The cabinet agreed to sell the depot") == [1]


def test_a_view_shared_by_residents_does_not_contradict_a_denial() -> None:
    a = item("a", _DENIAL, "Petra Voss", "2031-04-10")
    b = item("b", "Residents agreed in March that Larkfield Pool should close,", "Petra Voss",
             "2031-05-02")  # fmt: skip
    assert kinds(a, b) == []


def test_a_decision_put_off_is_none_made() -> None:
    assert _decided("The governors voted to delay a decision on Larkfield Pool") == [-1]
    assert _decided("The governors made a decision on Larkfield Pool") == [1]
    a = item("a", _DENIAL, "Petra Voss", "2031-04-10")
    b = item("b", "The governors voted in March to delay a decision on Larkfield Pool,",
             "Petra Voss", "2031-05-02")  # fmt: skip
    assert kinds(a, b) == []


def test_one_body_decision_says_nothing_of_another_body() -> None:
    a = item("a", "No decision has been made by the council about Larkfield Pool.", "Petra Voss",
             "2031-04-10")  # fmt: skip
    club = "The swimming club agreed in March to leave Larkfield Pool,"
    assert kinds(a, item("b", club, "Hal Brand", "2031-05-02")) == []
    council = "The council agreed in March to close Larkfield Pool,"
    assert kinds(a, item("b", council, "Hal Brand", "2031-05-02")) == [("contradiction", "a", "b")]
