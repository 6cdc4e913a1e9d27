"""A rebuttal names its owner's claim in other words, right after the owner said it: "Corran
rejected Renwick's claim that villagers had been consulted", after Renwick's "We met the
parish council in April" (:mod:`onrecord.matters.rebuttal_adjacent`). The story is
invented: the quarry at Dunhollow."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals

from .builders import Said, article_of, placed


def _article(*said: Said) -> list[Item]:
    return article_of(*said)[0]


def _targets(*said: Said) -> list[str]:
    return sorted(c.b.statement for c in find_rebuttals(_article(*said), []))


_MET = "We met the parish council in April"
_OWNER: Said = ("o", "Tobias Renwick", f'"{_MET}," said Tobias Renwick.', _MET, "said")
_CLAIM = "Renwick's claim that villagers had been consulted"
_REBUT: Said = ("c", "Hilde Corran", f"Hilde Corran rejected {_CLAIM}.", _CLAIM, "rejected")
_ROAD = "The haul road will be resurfaced in June"
_OTHER: Said = ("x", "Duncan Arle", f'"{_ROAD}," said Duncan Arle.', _ROAD, "said")


def test_the_owners_words_just_before_are_the_claim_rebutted() -> None:
    """ "consulted" is not "met", and the two share no word: the owner's words told just
    before the rebuttal, no one else speaking between, are the claim it answers."""
    assert _targets(_OWNER, _REBUT) == ["o"]


def test_another_voice_between_leaves_the_rebuttal_unlinked() -> None:
    """A third speaker between the owner's words and the rebuttal: the exchange is broken,
    and the claim may be one the article does not give."""
    assert _targets(_OWNER, _REBUT) == ["o"]
    assert _targets(_OWNER, _OTHER, _REBUT) == []


def test_the_rebutters_own_words_between_keep_the_exchange() -> None:
    """The rebutter speaking of another thing first ("He also rejected ...") still answers
    the owner's words before."""
    dust = "The dust readings are within the limits"
    own: Said = ("d", "Hilde Corran", f'"{dust}," said Hilde Corran.', dust, "said")
    assert _targets(_OWNER, own, _REBUT) == ["o"]
    assert _targets(_OWNER, _OTHER, own, _REBUT) == []


def test_the_owners_words_the_other_way_round_are_not_the_claim() -> None:
    """A denial by the owner ("We never met the parish council") is not a claim that
    villagers were consulted, nor are words on a condition."""
    never = "We never met the parish council"
    denied: Said = ("o", "Tobias Renwick", f'"{never}," said Tobias Renwick.', never, "said")
    maybe = "If the parish council asks, we will meet the villagers"
    hedged: Said = ("o", "Tobias Renwick", f'"{maybe}," said Tobias Renwick.', maybe, "said")
    assert _targets(_OWNER, _REBUT) == ["o"]
    assert _targets(denied, _REBUT) == []
    assert _targets(hedged, _REBUT) == []


def test_a_quote_told_on_is_answered_where_it_opened() -> None:
    """A quote told on past its attribution ("We met the parish council in April," said
    Renwick. "It ran for two hours."): it makes its point where its speaker is named, the
    next sentence bears it out."""
    hours = "It ran for two hours"
    first = f'"{_MET}," said Tobias Renwick.'
    on: Said = ("h", "Tobias Renwick", f'"{hours}."', hours, None)
    assert _targets(("o", "Tobias Renwick", first, _MET, "said"), on, _REBUT) == ["o"]


def test_a_rebuttal_of_no_named_owner_is_left_alone() -> None:
    """ "rejected claims that villagers had been consulted": no owner named, no exchange."""
    bare = "claims that villagers had been consulted"
    rebut: Said = ("c", "Hilde Corran", f"Hilde Corran rejected {bare}.", bare, "rejected")
    assert _targets(_OWNER, _REBUT) == ["o"]
    assert _targets(_OWNER, rebut) == []


def test_words_of_nothing_are_no_claim() -> None:
    """A statement read with no words of its own ("Renwick added that, by his count, ..."
    cut to "that") states no claim to rebut."""
    bare: Said = ("o", "Tobias Renwick", "Tobias Renwick added that.", "that", "added")
    assert _targets(_OWNER, _REBUT) == ["o"]
    assert _targets(bare, _REBUT) == []


def _reported(content: str) -> list[Item]:
    """The owner's words of an earlier report, a week before the exchange."""
    sentence = f'"{content}," said Tobias Renwick.'
    st = placed("e", "Tobias Renwick", sentence, content, "said", 0, date="2031-01-27")
    return [Item.of(st, article="a0")]


def test_an_owner_who_told_the_claims_things_before_is_left_alone() -> None:
    """Renwick spoke of the villagers a week before: the claim may be told there, not in his
    words just before the rebuttal; a hedge of a week before ("may") states nothing."""
    exchange = _article(_OWNER, _REBUT)
    told = _reported("The villagers will get a new footpath by the quarry")
    hedged = _reported("The villagers may get a new footpath by the quarry")
    assert [c.b.statement for c in find_rebuttals(hedged + exchange, [])] == ["o"]
    assert find_rebuttals(told + exchange, []) == []
