"""A claim a rebuttal names in other words than its speaker used, said just before it.

Reporters name the claim a speaker rejects in their own words: "Ruth Hale said the board had
been shown the plans in March", and two paragraphs on, "Ivo Marsh rejected Hale's claim that
the board had seen the plans" (no event of "shown" read as "seen"), or "dismissed the
director's assurance that the team could cope" after the director's "the team has the
capacity to take on every patient". When no statement of the target names the claim's event
(:func:`.rebuttals._states`), the target's statement earlier in the rebutter's article that
shares two content words of the claim is the one rebutted: the article has just told it.

Left alone: a statement of another article, or one after the rebuttal (a reply to it); one
that shares fewer words; and any rebuttal whose target already has a statement naming the
claim's event, which keeps that one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from .claims import Item


def told_before(target: Item, me: Item | None) -> bool:
    """Whether ``target`` was told earlier in the article of the rebutting statement ``me``,
    in a sentence of its own (None: no rebuttal to place it by)."""
    if me is None or target.article != me.article or target.sentence == me.sentence:
        return False
    return target.statement.content.start < me.statement.content.start


def replace_then(
    accept: Callable[[Item], bool] | None, then: Callable[[Item], bool]
) -> Callable[[Item], bool]:
    """``accept`` (a :func:`functools.partial` with a ``then`` check) with ``then`` in place of
    its own check; ``then`` alone when ``accept`` has none to replace."""
    if isinstance(accept, partial) and "then" in accept.keywords:
        return partial(accept.func, *accept.args, **{**accept.keywords, "then": then})
    return then
