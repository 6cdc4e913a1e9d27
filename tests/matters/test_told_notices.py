"""A telling to a hearer with a clause after it is a notice given, or, denied, none.

Invented sentences: "the depot was never told that the brakes were worn" and "we wrote to the
depot in March" answer one question, whether the depot had notice; what was told keeps the
stance it had (a denied telling says nothing of the brakes)."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import events, item, kinds


def _notice(text: str) -> tuple[str, int, frozenset[tuple[int, int]]]:
    """The modality, polarity and months of the clause that holds the notice of ``text``."""
    clause = next(c for c in parse_claim(text, said="2031-06-10").clauses
                  if any(e.key == "notify" for e in c.events))  # fmt: skip
    return clause.modality, clause.events[0].polarity, clause.times


def test_a_denied_telling_is_no_notice() -> None:
    assert events("Nobody from the mill told the parish the weir was failing")["notify"] == -1
    assert events("The depot was never told that the brakes on the trams were worn")["notify"] == -1
    assert events("Nobody has been told the surgery is closing")["notify"] == -1
    assert _notice("Nobody has been told the surgery is closing")[:2] == ("certain", -1)
    # a denied telling neither grants nor denies what was told
    told = [c for c in parse_claim("Nobody from the mill told the parish the weir was failing")
            .clauses if c.events and all(e.key != "notify" for e in c.events)]  # fmt: skip
    assert told and all(c.modality == "reported" for c in told)


def test_a_passive_telling_is_a_notice_given() -> None:
    assert events("We were told in 2029 that the sea wall needed repairs")["notify"] == 1
    modality, sign, months = _notice("We were told in 2029 that the sea wall needed repairs")
    assert (modality, sign) == ("certain", 1)
    assert months and all(year == 2029 for year, _ in months)
    # an order, a question or a telling to the press is no notice
    assert "notify" not in events("The wardens were told to leave the hut")
    assert "notify" not in events("Were you told that the ferry would stop?")
    assert "notify" not in events("The chair told reporters that the ferry would stop")
    assert "notify" not in events("He told the truth about the ferry")


def test_a_dated_telling_is_a_notice_given_when_it_was_dated() -> None:
    text = "I told the trustees in March that the roof at Ockley Hall was leaking"
    assert events(text)["notify"] == 1
    assert {m for _, m in _notice(text)[2]} == {3}
    # the words told date the thing told, not the telling
    text = "Nobody told the tenants the block would close in 2034"
    assert _notice(text)[2] == frozenset()
    # an undated telling of what will happen reports words (as in test_notice_frames), and a
    # telling to come gives no notice yet
    assert "notify" not in events("Our manager told us the ferry would stop")
    assert "notify" not in events("I told Tamsin that the ferry would stop")
    assert "notify" not in events("I would rather tell the crews that now than wait")
    assert "notify" not in events("We will tell the minister that the ferry must stay")


def test_a_telling_denied_and_a_telling_dated_contradict() -> None:
    denied = item("a", "The Harwell depot was never told that the tram brakes were worn",
                  "Odile Marchant", "2031-05-02")  # fmt: skip
    dated = item("b", "I told the Harwell depot in March that the tram brakes were worn",
                 "Tobias Wrenfield", "2031-05-02")  # fmt: skip
    assert [k[0] for k in kinds(denied, dated)] == ["contradiction"]
