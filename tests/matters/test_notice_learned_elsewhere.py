"""A notice had from elsewhere ("found out from a post on the website") denies the notice
that the teller's side gives, often with no words told ("were told before anyone else").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import events, item, kinds


def test_learning_from_a_medium_or_someone_unnamed_is_no_notice_given() -> None:
    assert events("Tenants found out from a post on the landlord's website") == {"notify": -1}
    assert events("Tenants learned of the sale from a notice on the door") == {"notify": -1}
    assert events("Staff learned of the closure online") == {"notify": -1}
    assert events("Residents heard about the plan from a neighbour")["notify"] == -1
    assert events("The first the parish council heard of it was a notice on Facebook") == {
        "notify": -1
    }


def test_a_bare_passive_telling_is_a_notice_given() -> None:
    told = _keys("Tenants were told before anyone else")
    assert told == ["notify"]
    told = _keys("Every tenant was told in person")
    assert told == ["notify"]


def test_a_bare_telling_that_leaves_out_what_was_told_is_no_notice() -> None:
    assert "notify" in _keys("The council was told first")
    assert "notify" not in _keys("The council had been told")
    assert "notify" not in _keys("The council was told on the morning of the sale")


def test_told_first_against_found_out_elsewhere_disagree() -> None:
    a = item("s1", "Tenants were told before anyone else", "Odile Venn", "2031-03-02")
    b = item("s2", "Tenants found out from the planning notice on the gate",
             "Corin Maddock", "2031-03-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]
    a = item("s1", "Every tenant was told in person before the sale was announced",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "Tenants found out from a post on the landlord's website",
             "Corin Maddock", "2031-03-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_notice_told_against_the_first_heard_of_it_disagree() -> None:
    a = item("s1", "We told the parish council in May that we could not afford the repairs",
             "Odile Venn", "2031-06-02")  # fmt: skip
    b = item("s2", "The first the parish council heard of any problem was the closure notice",
             "Corin Maddock", "2031-06-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_learning_from_a_direct_word_a_lesson_or_people_is_no_notice_denied() -> None:
    assert events("Tenants found out from a leaflet in the lift") == {"notify": -1}
    assert "notify" not in events("Tenants found out in a letter on Friday")
    assert "notify" not in events("Tenants found out about the sale from the council in March")
    assert "notify" not in events("The club learned from the deal")
    assert "notify" not in events("The committee has heard from many landlords")
    assert "notify" not in events("Tenants did not find out from the press")


def test_a_learning_of_the_speakers_own_is_not_read() -> None:
    assert events("Residents learned of it from a parent")["notify"] == -1
    # whose notice it was, the matter of notices cannot weigh: only a hearer named by a noun
    assert "notify" not in events("We learned about it from a parent, not from the clinic")
    assert "notify" not in events("I found out from a text message")
    assert "notify" not in events("he had heard about it from a constituent")


def test_other_hearers_and_other_tellings_do_not_disagree() -> None:
    a = item("s1", "Tenants were told before anyone else", "Odile Venn", "2031-03-02")
    b = item("s2", "Tenants found out from a notice on the door", "Corin Maddock", "2031-03-02")
    assert kinds(a, b) == [("contradiction", "s1", "s2")]
    b = item("s2", "Shopkeepers found out from a notice on the door", "Corin Maddock",
             "2031-03-02")  # fmt: skip
    assert kinds(a, b) == []
    a = item("s1", "Tenants were told to leave by Friday", "Odile Venn", "2031-03-02")
    b = item("s2", "Tenants found out from a notice on the door", "Corin Maddock", "2031-03-02")
    assert kinds(a, b) == []
    told = _keys("Tenants were told the block would close")
    assert told.count("notify") == 1  # the telling's own notice, read once


def _keys(text: str) -> list[str]:
    """The event keys of the asserted clauses of ``text``, in order."""
    return [e.key for c in parse_claim(text).clauses if c.asserted for e in c.events]
