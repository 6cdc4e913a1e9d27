"""A body's claim, as a rebuttal reports it, in the words of the person who made it.

"Jensby pushed back on the campaign's claim that the engineers had put the repairs at 6
million pounds": the rebuttal sentence reports the claim as a body's ("the campaign", "the
fire service", "the company"), and the claim is read from it as that body's statement. When a
person told the claim in their own words before (Rathmore, who set up the campaign: "The
trust's own engineers put the repairs at 6 million pounds"), those words are what the
rebuttal answers: a body does not speak but through its people, the article names them
elsewhere, and the reader weighs the words the person said, not the rebutter's report of
them. The person's statement must hold most of the claim's words and say it the same way
round (:func:`.claim_holders.claim_holder`); without one the body's reported claim stands.
"""

from __future__ import annotations

from .claim_holders import claim_holder
from .claims import Claim, Item


def spoken_for(
    best: int, me: Item, told: Item, items: list[Item], named: Claim, known: dict[str, set[str]]
) -> int:
    """``best`` (the index in ``items`` of the statement a rebuttal answers), or, when it is
    an organisation's claim as the rebuttal sentence of ``told`` reports it, the index of a
    person's own earlier statement of that claim (``me``: the rebutting statement; ``named``:
    the claim the rebuttal names; ``known``: speaker -> the words that name them)."""
    target = items[best]
    if target.sentence != told.sentence or target.article != told.article:
        return best
    if target.statement.speaker.type != "organization":
        return best

    def person(other: Item) -> bool:
        return other.statement.speaker.type == "person" and other.sentence != told.sentence

    found = claim_holder(me, items, named, None, known, accept=person)
    return best if found is None else found
