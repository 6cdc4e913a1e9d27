"""A statement that is only a noun phrase: the thing a speaker confirmed, admitted or defended,
not a claim about it.

Extraction makes a statement of a reporting verb's object: "Dunwoody confirmed the decision on
Wednesday" gives "the decision", a headline's "trust admits running-cost saving" gives
"running-cost saving", "rejected the account" gives "the account". Such a phrase names the event
("decision", "saving") without saying whether it happened, when, or to what: a reader cannot
hold it against "No decision will be made before September" or "Moving the boat will not save
the trust a penny". So a contradiction or a reversal with such a side is not reported
(:func:`.contradictions.verdict`, "topic:phrase"); a rebuttal, made by its cue's sentence, is
not judged by its words.
"""

from __future__ import annotations

from . import lexicon as lx
from .claims import Item
from .words import tokens

# the most words a bare phrase has ("the council's decision")
_MOST = 3
# words that open a noun phrase
_DETERMINERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
})  # fmt: skip
# pronouns that are a clause's subject ("we agree")
_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
# endings of a noun named for an act or a state ("decision", "payment", "saving", "closure")
_NOMINAL = ("ion", "ment", "ing", "ure", "al", "ance", "ence", "age", "ity")
# past forms with no "-ed" ending ("the ferry sank", "prices rose")
_IRREGULAR_PAST = lx.SIMPLE_PAST | frozenset({
    "rose", "fell", "grew", "went", "came", "sank", "ran", "shut", "quit", "cut", "kept",
    "built", "broke", "began", "took", "made", "lost", "won", "left", "struck", "froze",
    "became", "withdrew", "stood", "fought", "sought", "knew", "saw", "got", "hit", "set",
})  # fmt: skip


def bare_phrase(item: Item) -> bool:
    """Whether the statement's content is only a noun phrase (see the module): at most three
    words, none an auxiliary, a modal, a negator or a pronoun, none after the head noun a past
    form or a present "-s" verb, none after the first a determiner, opened by a determiner or
    closed by a noun of an act ("the decision", "running-cost saving"; not "jobs would go",
    "we agree", "prices rose", "the mill closed", "the plan works", "stop the closure")."""
    toks = [t.lower() for t in tokens(item.statement.content.text)]
    words = [t for t in toks if t[:1].isalnum()]
    if not words or len(words) > _MOST:
        return False
    if set(words) & (lx.AUXILIARIES | lx.MODALS | lx.NEGATORS | _SUBJECTS):
        return False
    if set(words[1:]) & _DETERMINERS:  # a verb before its object ("stop the closure")
        return False
    # a past form after the head noun ("prices rose", "the mill closed", "the ferry sank"),
    # not an adjective after the determiner ("the proposed closure")
    head = 2 if words[0] in _DETERMINERS else 1
    if any(w.endswith("ed") or w in _IRREGULAR_PAST for w in words[head:]):
        return False
    if words[0] in _DETERMINERS and len(words) == _MOST and _present_verb(toks, words):
        return False  # "the plan works"
    return words[0] in _DETERMINERS or words[-1].endswith(_NOMINAL)


def _present_verb(toks: list[str], words: list[str]) -> bool:
    """Whether the last of three words is a present "-s" verb after a singular noun ("the
    plan works"), not a plural noun after a possessive or a plural ("the council's plans")."""
    last, noun = words[-1], words[1]
    if "'s" in toks or not last.endswith("s") or last.endswith(("ss", "us")):
        return False
    return not noun.endswith("s") and not last[:-1].endswith(_NOMINAL)
