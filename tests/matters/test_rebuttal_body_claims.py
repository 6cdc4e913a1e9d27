"""A claim a rebuttal names as a body's ("dismissed the Harbour Friends' claim that ..."):
when the body's own statements do not hold it, the statement of a speaker who holds it (a
member the article names without a role) is the claim's; a person named as the owner
still binds the search to that person."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item

from .builders import placed

_BODY = "Harbour Friends"
_MEMBER = (
    '"The new mooring fee is the first step to selling off the harbour boats," Nell Pascoe said.'
)
_MEETING = "The Harbour Friends said they would hold a public meeting on Friday."
_REBUTTAL = (
    "Councillor Oren Blakey dismissed the Harbour Friends' claim that the fee was the first "
    "step to selling the harbour boats."
)
_CLAIM = "the Harbour Friends' claim that the fee was the first step to selling the harbour boats"


def _rebuttals(owner: str, owner_kind: str) -> list[tuple[str, str]]:
    body = "\n\n".join((_MEMBER, _MEETING, _REBUTTAL))
    member = placed("m", "Nell Pascoe", _MEMBER,
                    "The new mooring fee is the first step to selling off the harbour boats",
                    "said", body.index(_MEMBER))  # fmt: skip
    meeting = placed("o", owner, _MEETING, "they would hold a public meeting on Friday", "said",
                     body.index(_MEETING), kind=owner_kind)  # type: ignore[arg-type]  # fmt: skip
    reply = placed("r", "Oren Blakey", _REBUTTAL, _CLAIM, "dismissed",
                   body.index(_REBUTTAL))  # fmt: skip
    items = [Item.of(s, article="a1") for s in (member, meeting, reply)]
    return sorted(
        (c.a.statement, c.b.statement) for c in analyze_items(items)[1] if c.kind == "rebuttal"
    )


def test_a_bodys_claim_told_by_a_member_is_the_target() -> None:
    assert _rebuttals(_BODY, "organization") == [("r", "m")]


def test_a_person_named_as_the_owner_binds_the_search_to_them() -> None:
    # "Harbour Friends" as a person's name: the claim is theirs, and their words hold none of it
    assert _rebuttals(_BODY, "person") == []


# -- the owner's words told after the rebuttal, in its article --------------------------------

_FINDING = (
    "Marcus Tolley rejected the regulator's finding that pupils had lost lessons to the "
    "broken boilers."
)
_FINDING_CLAIM = "the regulator's finding that pupils had lost lessons to the broken boilers"
_QUOTE = '"Pupils lost lessons to the broken boilers on nine days in January," Dana Ferrow said.'


def _finding(quote_article: str, quote_day: str) -> list[tuple[str, str]]:
    body = "\n\n".join((_FINDING, _QUOTE))
    reply = placed("r", "Marcus Tolley", _FINDING, _FINDING_CLAIM, "rejected", 0,
                   date="2031-03-04")  # fmt: skip
    quote = placed("q", "Dana Ferrow", _QUOTE,
                   "Pupils lost lessons to the broken boilers on nine days in January", "said",
                   body.index(_QUOTE), date=quote_day)  # fmt: skip
    items = [Item.of(reply, article="a1"), Item.of(quote, article=quote_article)]
    return sorted(
        (c.a.statement, c.b.statement) for c in analyze_items(items)[1] if c.kind == "rebuttal"
    )


def test_the_owners_quote_after_the_rebuttal_in_its_article_is_the_target() -> None:
    assert _finding("a1", "2031-03-04") == [("r", "q")]


def test_the_same_words_in_a_later_days_article_are_no_target() -> None:
    assert _finding("a2", "2031-03-20") == []
