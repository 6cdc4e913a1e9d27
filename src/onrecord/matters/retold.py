"""A claim a rebuttal names in other words than its speaker used, said just before it.

Reporters name the claim a speaker rejects in their own words: "Ruth Hale said the board had
been shown the plans in March", and two paragraphs on, "Ivo Marsh rejected Hale's claim that
the board had seen the plans" (no event of "shown" read as "seen"), or "dismissed the
director's assurance that the team could cope" after the director's "the team has the
capacity to take on every patient". When no statement of the target names the claim's event
(:func:`.rebuttal_choice.states`), the target's statement earlier in the rebutter's article that
shares two content words of the claim is the one rebutted: the article has just told it.

Left alone: a statement of another article, or one after the rebuttal (a reply to it); one
that shares fewer words; one of another occasion, a forecast for a claim of what was done or a
routine for a claim of one occasion ("The board meets to discuss the depot every Tuesday" is no
telling of "the board had seen the depot plans"); one that denies in words what the claim
asserts ("the board was never shown the plans"); and any rebuttal whose target already has a
statement naming the claim's event, which keeps that one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from .apart import routine
from .claims import Claim, Item


def told_before(target: Item, me: Item | None) -> bool:
    """Whether ``target`` was told earlier in the article of the rebutting statement ``me``,
    in a sentence of its own (None: no rebuttal to place it by)."""
    if me is None or target.article != me.article or target.sentence == me.sentence:
        return False
    return target.statement.content.start < me.statement.content.start


def same_occasion(target: Item, named: Claim) -> bool:
    """Whether ``target`` can tell the occasion of the claim named: a forecast is no telling of
    a claim of what was done, nor the other way round, and a routine ("The board meets to
    discuss the depot every Tuesday") none of a claim of one occasion ("the board had seen the
    depot plans"), though both share the board and the depot. Nor is one that only denies
    what the claim asserts ("the board was never shown the plans" for "had seen the plans"): it
    says what the rebuttal says."""
    if _ahead(target.claim) != _ahead(named):
        return False
    told, claimed = _negated(target.claim), _negated(named)
    if told and claimed and not told & claimed:
        return False
    return routine(target.claim.text) == routine(named.text)


def _negated(claim: Claim) -> set[bool]:
    """Whether each of the claim's asserted events is denied in words ("never", "not"): a
    word of its own, as "closure" is of "open", tells no denial."""
    return {bool(e.negators) for c in claim.clauses if c.asserted for e in c.events}


def _ahead(claim: Claim) -> bool:
    """Whether the claim tells what is ahead: a clause of the future that it asserts ("will
    show"; not "would have gone", a hedge)."""
    return any(c.tense == "future" and c.asserted for c in claim.clauses)


def replace_then(
    accept: Callable[[Item], bool] | None, then: Callable[[Item], bool]
) -> Callable[[Item], bool]:
    """``accept`` (a :func:`functools.partial` with a ``then`` check) with ``then`` in place of
    its own check; ``then`` alone when ``accept`` has none to replace."""
    if isinstance(accept, partial) and "then" in accept.keywords:
        return partial(accept.func, *accept.args, **{**accept.keywords, "then": then})
    return then
