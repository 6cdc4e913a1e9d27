"""The words of a role around a name: the run of words in front of it ("County Executive
Marguerite Olsen"), a title owned by a name ("Gannet Line's managing director"), and what a
role noun is head of ("Velor's head of quality, Sandra Oyelaran")."""

from __future__ import annotations

from spacy.tokens import Token

# Prepositions that say what a role is of ("head of quality", "spokesman for the board").
_OF = frozenset("of for at".split())


def role_tail(noun: Token, stop: int) -> list[Token]:
    """The phrases right after a role noun that say what it is head of, up to the name set
    off after it (``stop``): "Velor's head [of quality], Sandra Oyelaran" (the role is not
    "Velor's head"); not a clause on the noun or in the phrase ("the engineer hired by the
    residents", "a lawyer for two families whose homes were damaged"), nor a phrase of place
    or time ("the mayor since 2019")."""
    out: list[Token] = []
    nxt = noun.i + 1
    for c in noun.children:
        if c.i != nxt or c.dep_ != "prep" or c.lower_ not in _OF or c.right_edge.i >= stop:
            continue
        sub = list(c.subtree)
        if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in sub):
            break  # "a lawyer for two families whose homes were damaged": a clause, not a post
        out += sub
        nxt = c.right_edge.i + 1
    return out


def owned_title(c: Token) -> bool:
    """Whether the apposition headed by ``c`` is a common noun owned by a name ("Gannet
    Line's managing director"), not a name itself ("his associate, Rick Gates")."""
    return c.pos_ == "NOUN" and any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in c.children)


def contiguous_start(left: list[Token], stop: int) -> int:
    """The first index of the run of tokens in ``left`` that ends right before ``stop``."""
    idx = {t.i for t in left}
    i = stop - 1
    while i in idx:
        i -= 1
    return i + 1
