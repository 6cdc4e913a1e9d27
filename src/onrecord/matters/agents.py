"""Who does an event: two statements with one verb and two named doers are two questions.

"The club had agreed to sell its striker" and "the council has never agreed to fund the road"
share the verb and, within one article, little else that tells them apart; "the county is
not paying for the runway" and "the airport would pay to insulate homes" likewise. Each
names its doer as the subject of an active verb, and the two doers differ: neither answers
the other's question.

Only a doer named by a common word for a body that acts counts (:data:`AGENT_NOUNS`, read
by :func:`.themes.subject_of`): a pronoun ("we", "she"), a name ("Halvorsen") or an amount
says nothing we can compare; a thing ("the hoard is not fit to travel", "the reroute would
cost the city") is what the verb is about, told in many words ("the torcs"); and a
concept's verb ("the bridge is closed", "crews closed the bridge") may have its theme, not
its doer, for subject, which :mod:`.themes` compares already.
"""

from __future__ import annotations

from ..nlp.entities import ORG_WORDS
from . import lexicon as lx
from .cluster import Position
from .themes import is_nominal, is_passive, subject_of
from .words import tokens, word_at

# common words for bodies that act: an organization's kind, a level of government, a business
AGENT_NOUNS = frozenset(lx.stem(w) for w in ORG_WORDS | {
    "county", "city", "state", "town", "village", "district", "province", "region", "airport",
    "company", "firm", "club", "utility", "airline", "operator", "developer", "contractor",
    "employer", "landlord", "owner", "insurer", "lender", "bank", "carrier", "retailer",
    "manufacturer", "charity", "trust", "federation", "ministry", "regulator", "prosecutor",
    "prosecutors", "court", "family", "families", "residents", "neighbours", "neighbors",
    "players", "teachers", "workers", "nurses", "doctors", "drivers", "parents", "students",
})  # fmt: skip
# common words that can name one body in one story ("the city" and "the council", "the
# developer" and "the company", "residents" and "neighbours"): two of one group are one doer.
# A business's own kind ("the developer", "the landlord") is "the company" too, but two kinds
# ("the contractor", "the developer") are two businesses.
_ANY_BUSINESS = ("company", "firm", "business", "corporation")
SAME_BODY = tuple(frozenset(lx.stem(w) for w in group) for group in (
    ("city", "town", "village", "borough", "municipality", "council"),
    ("county", "council"),
    ("residents", "neighbours", "neighbors", "locals", "homeowners", "householders",
     "families", "family"),
    ("parents", "families", "family"),
    _ANY_BUSINESS,
    *((*_ANY_BUSINESS, kind) for kind in (
        "developer", "operator", "owner", "contractor", "employer", "landlord", "utility",
        "airline", "carrier", "retailer", "manufacturer")),
))  # fmt: skip


def agent_of(clause: str, word: str) -> frozenset[str]:
    """Stemmed common words of the doer of the active, non-concept verb ``word`` in
    ``clause`` (empty when it has none we can read)."""
    toks = tokens(clause)
    low = [t.lower() for t in toks]
    at = word_at(toks, low, word)
    if not at or lx.CONCEPTS.get(lx.stem(word)) is not None:
        return frozenset()
    if is_nominal(low, at) or is_passive(low, at) or low[at] in lx.PHRASAL_CONCEPTS:
        return frozenset()
    prev = low[at - 1]
    if not (prev in lx.MODALS or lx.is_aux(low, at - 1) or prev in lx.NEGATORS
            or prev.endswith("ly") or prev in ("also", "still", "now", "already")):  # fmt: skip
        return frozenset()  # a verb in its group ("would not pay", "had agreed"), not a noun
    return subject_of(toks, low, at)


def different_agents(p: Position, q: Position) -> bool:
    """Whether the two stances name two different doers of their event ("the club" and "the
    council"): both read, no word in common, and not two words that can name one body ("the
    city" and "the council", :data:`SAME_BODY`)."""
    if not p.stance.words or not q.stance.words:
        return False
    a = agent_of(p.stance.clause, p.stance.words[0])
    b = agent_of(q.stance.clause, q.stance.words[0])
    if not (a & AGENT_NOUNS and b & AGENT_NOUNS) or a & b:
        return False
    return not any(a & group and b & group for group in SAME_BODY)
