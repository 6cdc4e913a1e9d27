"""Information passed on to someone gives them notice (:mod:`onrecord.matters.passed_on`):
"the audit was shared with the parish council" and "we sent the report to the regulator"
answer what "the parish council was never told about the audit" asks; people, money or a
bill passed on, and a thing shared with no recipient, give no one notice."""

from __future__ import annotations

from .builders import events, item, kinds


def test_information_shared_or_sent_is_notice() -> None:
    assert events("The flood audit was shared with the parish council in May 2039.") == {
        "notify": 1,
        "shar": 1,
    }
    assert events("We sent the inspection report to the regulator.")["notify"] == 1
    assert events("The letter was never passed to the housing team.")["notify"] == -1
    assert events("We never shared the survey with anyone.")["notify"] == -1


def test_people_money_or_no_recipient_give_no_notice() -> None:
    assert "notify" not in events("Several patients were sent to Carrow for treatment.")
    assert "notify" not in events("The parish council received a letter from the agency.")
    assert "notify" not in events("Residents shared the photographs on social media.")
    assert "notify" not in events("The ferry firm shared the prize with a rival.")


def test_information_shared_meets_a_denied_notice() -> None:
    a = item("a", "The flood audit was shared with the parish council in May 2039.",
             "Hester Quill", "2040-02-01")  # fmt: skip
    b = item("b", "The parish council was never told about the flood audit.", "Owain Marr",
             "2040-02-01")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
