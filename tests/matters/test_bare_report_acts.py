"""The bare verb "report" after a negator, a modal, "to" or "did" tells an act, as
"reported" with a plain object does: "the clinic did not report the outbreak to the board"
denies the report (and the notice) that "the clinic reported the outbreak to the board"
asserts, where before the bare form named no event at all. The noun ("the annual report",
"a report to the board") and a report of words ("did not report that ...") are no act.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_a_bare_report_with_a_plain_object_is_an_act() -> None:
    assert events("The Pellow clinic did not report the outbreak to the health board") == {
        "notify": -1,
        "report": -1,
    }
    assert events("The Tarrow mill will report the spill to the river agency")["notify"] == 1
    assert events("The Corrin quarry never had to report any incidents")["report"] == -1
    assert events("Staff must report every fall to the ward manager")["notify"] == 1


def test_the_noun_report_or_a_report_of_words_is_no_act() -> None:
    assert events("The annual report to the Ostrand board was late") == {"lat": 1}
    assert "notify" not in events("The mill did not report that the spill was small")
    assert "report" not in events("The mill did not report that the spill was small")
    assert "notify" not in events("A report to the Ostrand board found damp in six flats")


def test_a_report_not_made_against_one_made() -> None:
    made = item("s1", "The Pellow clinic reported the outbreak to the health board on Monday",
                "Ada Quell", "2031-05-02")  # fmt: skip
    denied = item("s2", "The Pellow clinic did not report the outbreak to the health board",
                  "Bo Trantor", "2031-05-02")  # fmt: skip
    assert kinds(made, denied) == [("contradiction", "s1", "s2")]
