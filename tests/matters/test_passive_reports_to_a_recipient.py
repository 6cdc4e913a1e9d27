"""A passive "reported to" a recipient tells a report made to them (:mod:`.contact`): "the
leak was never reported to us" denies the notice that "I reported the leak to the council"
asserts; hearsay told to someone ("it was reported to the board that ...") and a passive
report with no recipient stay as they were."""

from __future__ import annotations

from .builders import events, item, kinds


def test_a_passive_report_to_a_recipient_gives_them_notice() -> None:
    assert events("The broken culvert was never reported to us.") == {"notify": -1, "report": -1}
    assert events("The spill was reported to the Tarrow river agency in May.")["notify"] == 1
    assert events("The crack had not been reported to Ms Oakenshaw.")["notify"] == -1


def test_hearsay_and_a_report_with_no_recipient_give_no_notice() -> None:
    assert "notify" not in events("It was reported to the board that the mill would close.")
    assert "notify" not in events("The crack was not reported.")
    assert "notify" not in events("The figure was reported to the nearest thousand.")


def test_a_passive_denial_meets_a_report_made_to_the_body() -> None:
    a = item("a", "I reported the broken culvert to the council on 9 March.", "Edwina Larch",
             "2031-05-02")  # fmt: skip
    b = item("b", "The broken culvert was never reported to us.", "Ned Pollard", "2031-05-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]
