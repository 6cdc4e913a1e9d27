"""A letter written to someone, a thing reported to them, a contact made: notice given.

"The agency was never told about the spill" asks whether the agency had notice; "we
reported the spill to the agency within a day", "the mill wrote to the agency in May" and
"the mill contacted the agency" answer it, each besides its own act. A thing reported with
no recipient ("reported the spill on Friday"), words reported ("reported that ..."), a
contact as a noun ("a close contact") and a call ("called the plan reckless") give nobody
notice.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_letters_reports_and_contacts_to_a_recipient_give_notice() -> None:
    for text, sign in (
        ("The mill wrote to the Tarrow river agency in May", 1),
        ("Nobody from the mill wrote to us", -1),
        ("We reported the oil spill to the river agency within a day", 1),
        ("The mill reported a leak to Tarrow council on Friday", 1),
        ("No inspector has contacted us about the spill", -1),
        ("The agency contacted the mill in June", 1),
        ("The agency will contact residents next week", 1),
    ):
        assert events(text).get("notify") == sign, text


def test_no_recipient_no_notice() -> None:
    for text in (
        "We reported the oil spill on Friday",
        "The mill reported that the leak was small",
        "She was a close contact of the patient",
        "The union called the plan reckless",
        "The mill wrote that the spill was small",
    ):
        assert "notify" not in events(text), text


def test_a_spill_reported_to_the_agency_answers_that_it_was_told() -> None:
    a = item("s1", "The river agency was never told about the oil spill at Tarrow mill",
             "Hedda Marrin", "2031-05-04")  # fmt: skip
    b = item("s2", "We reported the oil spill at Tarrow mill to the river agency within a day",
             "Cosmo Pelling", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_letter_to_the_agency_answers_that_it_was_told() -> None:
    a = item("s1", "The river agency was never told about the oil spill at Tarrow mill",
             "Hedda Marrin", "2031-05-04")  # fmt: skip
    b = item("s2", "The mill wrote to the river agency about the oil spill at Tarrow mill",
             "Cosmo Pelling", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_letter_on_another_matter_does_not_answer() -> None:
    a = item("s1", "The river agency was never told about the oil spill at Tarrow mill",
             "Hedda Marrin", "2031-05-04")  # fmt: skip
    b = item("s2", "We wrote to the parish council about the car park at Tarrow mill",
             "Cosmo Pelling", "2031-05-04")  # fmt: skip
    assert kinds(a, b) == []


def test_a_level_a_state_or_a_thing_is_no_recipient() -> None:
    for text in (
        "The firm reported a rise to the highest level in a decade",
        "The brewery reported a return to the black",
        "She stopped wearing contact lenses",
        "Call the emergency contact numbers on the leaflet",
    ):
        assert "notify" not in events(text), text
    # a body or people named by their role still receive it
    for text in (
        "He reported the spill to the site manager",
        "We contacted the regulator on Monday",
        "The school contacted parents on Monday",
    ):
        assert events(text).get("notify") == 1, text
