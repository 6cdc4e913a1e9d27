"""A decision told by the thing settled: "the lease has been agreed", "we granted the licence".

A thing agreed (told in the passive) or a permission granted or refused is a decision made,
and answers "no decision has been made". A denial, a view shared ("it was agreed that ..."),
what is still to come ("will be agreed") and a grant of money are none.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_a_thing_agreed_or_a_permission_granted_is_a_decision() -> None:
    for text in (
        "The lease of the Pellow boathouse has already been agreed",
        "The rent was agreed by both sides in March",
        "We granted the premises licence on 4 June",
        "The council refused planning permission for the Pellow boathouse",
        "The licence for the Pellow boathouse was granted in June",
    ):
        assert events(text).get("decid") == 1, text


def test_a_denial_a_view_a_plan_or_money_is_no_decision() -> None:
    assert events("The lease of the Pellow boathouse has been agreed").get("decid") == 1
    for text in (
        "The lease of the Pellow boathouse has not been agreed",
        "It was agreed that the talks had been useful",
        "The lease will be agreed in the autumn",
        "The rowing club was granted 20,000 pounds",
        "The premises licence was never granted",
    ):
        assert events(text).get("decid") != 1, text


def test_a_licence_granted_and_no_decision_yet_disagree() -> None:
    a = item("s1", "No decision on the Pellow boathouse licence will be made before October",
             "Wenna Scoble", "2031-05-04")  # fmt: skip
    b = item("s2", "We granted the Pellow boathouse licence on 2 July",
             "Wenna Scoble", "2031-07-20")  # fmt: skip
    assert kinds(a, b) == [("reversal", "s1", "s2")]
