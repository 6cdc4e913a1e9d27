"""A "pay back" is a "repay": the payer makes good what it owes.

"The grant will not have to be repaid" and "the school will not have to pay back a penny of
the grant" answer one question. A pay with its recipient between ("will pay you back") and
a pay with no particle ("will pay the builders") keep their own key.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_pay_back_takes_the_key_of_repay() -> None:
    assert events("The school will not have to pay back a penny of the grant") == {"compensate": -1}
    assert events("The Orrin trust paid back the loan in May").get("compensate") == 1
    assert events("The grant will not have to be repaid").get("compensate") == -1


def test_a_plain_pay_keeps_its_own_key() -> None:
    assert "compensate" not in events("The trust will pay the builders in May")
    assert "compensate" not in events("The trust paid for the new roof")


def test_a_grant_paid_back_and_one_not_to_be_repaid_disagree() -> None:
    a = item("s1", "The Wrenfield school grant will not have to be repaid",
             "Tamsin Oake", "2031-05-04")  # fmt: skip
    b = item("s2", "Wrenfield school will have to pay back the grant in full",
             "Edric Vane", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_pay_back_repays_only_a_thing_paid() -> None:
    assert "compensate" not in events("The Wrenfield solar scheme will pay back within five years")
    assert "compensate" not in events("The new boiler pays back in three years")
    assert events("Wrenfield school will pay the grant back in full").get("compensate") == 1
    assert events("The council paid back nothing").get("compensate") == -1


def test_a_scheme_that_pays_back_does_not_deny_a_grant_never_repaid() -> None:
    a = item("s1", "The Wrenfield solar scheme grant will not have to be repaid",
             "Tamsin Oake", "2031-05-04")  # fmt: skip
    b = item("s2", "The Wrenfield solar scheme will pay back within five years",
             "Edric Vane", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == []
