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


def bare_phrase(item: Item) -> bool:
    """Whether the statement's content is only a noun phrase (see the module): at most three
    words, none an auxiliary, a modal, a negator, a pronoun or a past form, opened by a
    determiner or closed by a noun of an act ("the decision", "running-cost saving"; not
    "jobs would go", "we agree", "prices rose")."""
    words = [t.lower() for t in tokens(item.statement.content.text) if t[:1].isalnum()]
    if not words or len(words) > _MOST:
        return False
    if set(words) & (lx.AUXILIARIES | lx.MODALS | lx.NEGATORS | _SUBJECTS):
        return False
    if any(w.endswith("ed") for w in words[1:]) and words[0] not in _DETERMINERS:
        return False
    return words[0] in _DETERMINERS or words[-1].endswith(_NOMINAL)
