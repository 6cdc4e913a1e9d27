"""A plain present verb between a short subject and its object ("the trust pays the operator",
"the depot runs no service") is an event, as a plain past one is; a plural noun in "-s" is
not.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_a_plain_present_verb_before_its_object_is_an_event() -> None:
    assert events("The Brennick trust pays the ferry operator every month") == {"pay": 1}
    assert events("Halvard supplies the hospital with linen") == {"supply": 1}
    assert events("The depot runs no service on Sundays")["run"] == -1


def test_a_plural_noun_or_a_verb_of_saying_is_no_present_verb() -> None:
    assert "rent" not in events("Council rents this year rose")  # a time, no object
    assert "stop" not in events("The bus stops at the church")  # no object opens after it
    assert "fund" not in events("The report shows the trust funds the ferry")  # its clause
    assert "pay" not in events("Residents in Harle say the trust pays the operator")
    assert "run" not in events("The buses runs of the county were cut")  # a preposition


def test_a_present_verb_against_its_denial() -> None:
    pays = item("s1", "The Brennick trust pays the ferry operator a yearly grant", "Ada Quell",
                "2031-05-02")  # fmt: skip
    denies = item("s2", "The Brennick trust does not pay the ferry operator a yearly grant",
                  "Bo Trantor", "2031-05-02")  # fmt: skip
    assert kinds(pays, denies) == [("contradiction", "s1", "s2")]


def test_a_plural_noun_before_a_floating_quantifier_is_no_verb() -> None:
    # "all", "each", "both" after a plural noun float before its verb; "some years" is a time
    assert events("The Harle tenants all pay rent to the trust") == {"pay": 1}
    assert "council" not in events("The parish councils all voted for the plan")
    assert "member" not in events("The ward members each receive 40 pounds")
    assert "farmer" not in events("Harle farmers some years lose money")
    assert "machin" not in events("The ticket machines no longer take coins")
    # the quantifier's own noun after a verb: an object all the same
    assert events("The trust pays all the costs of the ferry") == {"pay": 1}
    assert events("The trust funds all schools in Harle") == {"money": 1}


def test_the_objects_a_present_verb_takes() -> None:
    # a time noun inside the object is no time; "nothing" and number words open an object
    assert events("The trust runs a day centre in Harle") == {"run": 1}
    assert events("The trust pays the winter fuel bill") == {"pay": 1}
    assert events("The trust pays nothing to the operator") == {"pay": -1}
    assert events("The trust pays forty thousand pounds to the operator") == {"pay": 1}
    assert events("That trust pays the operator") == {"pay": 1}
    assert "pay" not in events("The trust pays this year for the ferry")  # a time
