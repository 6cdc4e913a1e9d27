"""A denial of a whole kind against one named member of it: one question.

"No library in Dunsholt will close" and "Kiln Lane library will close at the end of July";
"no wing at Garthmoor had been closed" and "C wing had been closed since February". The two
name different things ("Dunsholt", "Kiln Lane"), and two stances about different things are
not compared (:func:`.contradictions.verdict`). But the first names no library of its own: its
name is the domain the quantifier ranges over ("no library *in Dunsholt*"), and the second
names one library by its own name ("*Kiln Lane* library"), a member of that domain. A
universal claim about every member and a claim about one member answer one question.

The shape, read on the clauses' words:

* the universal side has a quantifier right before a noun, "no", "any", "every", "each", "not
  a single" ("no library", "any wing", "every prisoner"), and each name it gives stands in a
  place phrase right after that noun ("in Dunsholt", "at Garthmoor", "across the county");
* the other side names the same noun with a name of its own right before it ("Kiln Lane
  library", "C wing").

Not when the domain is one street and the member is named by a street ("no shop on Dunsholt
Road will close" and "the Kiln Lane shop will close": the Kiln Lane shop stands on another
street, not in the domain); nor when the universal side's name is elsewhere in its clause
("Thistlewood is not in talks with any bank": Thistlewood is the doer, not the domain), nor
when the other side gives the noun no name of its own ("the library will close": left to the
other rules), nor for two
universals or two members.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import lexicon as lx
from .cluster import Position
from .words import tokens

# quantifiers that make a claim about every member of the kind their noun names
_UNIVERSAL = frozenset({"no", "any", "every", "each", "single"})
# prepositions of a place phrase that sets the domain ("no library in Dunsholt")
_DOMAIN = frozenset({"in", "at", "across", "throughout", "within", "on"})
# the words that end a street's name: a domain so named holds no member named by another street
_STREETS = frozenset({"street", "road", "lane", "avenue", "terrace", "crescent", "parade"})
# how many words a domain phrase's name may lie after its preposition ("in the whole of Fife")
_DOMAIN_SPAN = 5


def member_of_universal(p: Position, q: Position) -> bool:
    """Whether one stance is a universal claim over a kind in a named domain and the other
    names one member of that kind by its own name (see the module's docstring)."""
    return _covers(p, q) or _covers(q, p)


def _covers(universal: Position, member: Position) -> bool:
    noun = _quantified_noun(universal)
    if noun is None:
        return False
    low, at = noun
    head = lx.stem(low[at])
    if head not in member.stance.theme or member.stance.entities & universal.stance.entities:
        return False
    if not _in_domain(low, at, universal.stance.entities):
        return False
    if _street(_domain_name(low, at, universal.stance.entities)) and _street(
        member.stance.entities
    ):
        return False  # "no shop on Dunsholt Road" / "the Kiln Lane shop": another street
    return _named_member(member, head)


def _domain_name(low: list[str], at: int, entities: frozenset[str]) -> list[str]:
    """The words of the domain's name after the quantified noun (at ``at``): its names and
    the word after each ("Dunsholt Road")."""
    phrase = low[at + 2 : at + 2 + _DOMAIN_SPAN]
    return [w for k, w in enumerate(phrase) if w in entities or (k and phrase[k - 1] in entities)]


def _street(words: Iterable[str]) -> bool:
    """Whether the words hold a word that ends a street's name ("road", "lane")."""
    return any(w in _STREETS for w in words)


def _quantified_noun(p: Position) -> tuple[list[str], int] | None:
    """The clause's lowered tokens and where the noun after its quantifier stands; "single"
    only in "not a single"."""
    low = [t.lower() for t in tokens(p.stance.clause)]
    for k, w in enumerate(low[:-1]):
        if w not in _UNIVERSAL:
            continue
        if w == "single" and low[max(0, k - 2) : k] != ["not", "a"]:
            continue
        if low[k + 1].isalpha():
            return low, k + 1
    return None


def _in_domain(low: list[str], at: int, entities: frozenset[str]) -> bool:
    """Whether every name of the universal side stands in a place phrase right after its
    quantified noun (at ``at``), and there is at least one."""
    if not entities or low[at + 1 : at + 2] == [] or low[at + 1] not in _DOMAIN:
        return False
    phrase = set(low[at + 2 : at + 2 + _DOMAIN_SPAN])
    return all(e in phrase for e in entities)


def _named_member(p: Position, head: str) -> bool:
    """Whether the clause gives the noun ``head`` a name of its own right before it ("Kiln
    Lane library", "C wing"), and every name of the stance is in that name."""
    low = [t.lower() for t in tokens(p.stance.clause)]
    ents = p.stance.entities
    if not ents:
        return False
    for k, w in enumerate(low):
        if k == 0 or lx.stem(w) != head:
            continue
        name: list[str] = []
        j = k - 1
        while j >= 0 and low[j] in ents:
            name.append(low[j])
            j -= 1
        if name and set(name) == set(ents) and (j < 0 or low[j] not in _UNIVERSAL):
            return True
    return False
