"""A plain plural present verb after a plural subject ("wheelchair users in Tolbury wait more
than an hour", "around 80 riders a day use the towpath") is an event, as a verb in "-s" is;
a noun after a plural noun, a verb of saying or believing and a subject that does not open
the clause are not.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_a_plural_present_verb_before_its_object_is_an_event() -> None:
    assert events("Wheelchair users in Tolbury wait more than an hour for a cab") == {"wait": 1}
    assert events("Around 80 riders a day use the towpath beyond Mill Bridge")["use"] == 1
    assert events("Fewer than 30 pupils a week use the Denholt library")["use"] == 1
    assert events("Council tenants pay the heating levy")["pay"] == 1


def test_a_plural_noun_a_belief_or_a_later_subject_is_no_plural_verb() -> None:
    assert events("Local traders rent the market stalls")["rent"] == 1  # the verb itself
    assert "fear" not in events("Residents fear the worst for the pier")  # a belief
    assert "think" not in events("Local traders think the market will close")
    assert "use" not in events("The report says 80 riders use the towpath")  # its clause
    assert "stop" not in events("Drivers stop at the church")  # no object opens after it
    assert "wait" not in events("Many of the riders who came to the meeting wait the most")
    # a place, a particle after a verb in "-s", a time: no verbs after a plural noun
    assert set(events("The permit allows otters inside the pens")) == {"legal"}
    assert set(events("The scheme pays back every deposit")) == {"compensate"}
    assert set(events("Three weeks ago the riders met the mayor")) == {"meet"}


def test_a_plural_present_verb_against_its_denial() -> None:
    waits = item("s1", "Wheelchair users in Tolbury wait more than an hour for a cab",
                 "Ada Quell", "2031-05-02")  # fmt: skip
    denies = item("s2", "Nobody waits more than ten minutes for a cab in Tolbury",
                  "Bo Trantor", "2031-05-02")  # fmt: skip
    assert kinds(waits, denies) == [("contradiction", "s1", "s2")]
