"""The speaker's own "I" against another subject: two questions that share a verb.

"I am not staying to find out what the rent will be" (a shopkeeper) and "The library will
stay in its current building" (the council) share the event "stay"; "Hilary Vosper resigned
of her own accord" and, weeks later, the same speaker's "I will not be resigning" share
"resign". One verb decides both; one statement's verb has the speaker for its subject ("I"),
the other's another person or a thing named in full ("the library", "Hilary Vosper"): each
answers a question of its own (whether the shopkeeper stays, whether the library does).

Not apart: an "I" against a subject that names the speaker (her surname) or her role ("the
leader will resign" / the leader's "I will not resign"); a passive ("the board was never
told" / "I told the trustees"), or a subject the "I" statement's verb acts on ("the pool will
close" / "I will not close the pool"); two verbs of one event ("I told the trustees" / "the
board had not known"); a pronoun, a possessive or an infinitive ("my campaign is taking them
to court", "we have agreed to sell"), which may be the speaker's own side.
"""

from __future__ import annotations

from . import lexicon as lx
from .cluster import Position
from .sides import role_words
from .themes import is_passive
from .words import tokens, word_at

# words between a subject and its verb ("I have never", "I am not", "I will definitely")
_BETWEEN = lx.AUXILIARIES | lx.MODALS | lx.NEGATORS | frozenset({"also", "still", "now"})
# articles that open a subject named in full ("the library", "a new school")
_OPENERS = frozenset({"the", "a", "an"})


def speaker_and_another(p: Position, q: Position) -> bool:
    """Whether one stance's event has the speaker's "I" for its subject and the other's a
    named person or thing that is not that speaker (see the module)."""
    return _apart(p, q) or _apart(q, p)


def _apart(mine: Position, other: Position) -> bool:
    if not _says_i(mine) or not _one_verb(mine, other):
        return False
    subject = _subject(other)
    if not subject:
        return False
    own = {w.lower() for w in (mine.item.speaker_name or "").split()} | role_words(mine.item)
    if subject & own or {lx.stem(w) for w in subject} & {lx.stem(w) for w in own}:
        return False  # "Lisle will stay" / her "I am staying": one person
    acted_on = mine.stance.theme | mine.stance.entities
    return not ({lx.stem(w) for w in subject} & acted_on or subject & acted_on)


def _one_verb(p: Position, q: Position) -> bool:
    """Whether the two stances are decided by one verb ("staying" / "stay"): with two verbs
    of one event ("I told the trustees" / "the board had not known"), the subject of one can
    be the other's object."""
    if not p.stance.words or not q.stance.words:
        return False
    return lx.stem(p.stance.words[0].lower()) == lx.stem(q.stance.words[0].lower())


def _says_i(p: Position) -> bool:
    """Whether the subject of the stance's deciding word is "I" ("I am not staying", "I will
    not be resigning")."""
    if not p.stance.words:
        return False
    low = [t.lower() for t in tokens(p.stance.clause)]
    word = p.stance.words[0].lower()
    if word not in low:
        return False
    k = low.index(word) - 1
    while k >= 0 and (low[k] in _BETWEEN or low[k].endswith("ly")):
        k -= 1
    return k >= 0 and low[k] == "i"


def _subject(p: Position) -> frozenset[str]:
    """The words of the subject of the stance's deciding verb when it is a thing or a person
    named in full and the verb is finite and active ("The library will stay", "Hilary Vosper
    resigned"): the subject stands right before the verb group, opened by "the", "a" or "an"
    or by a capitalized name at the clause's start; empty for anything else we cannot be
    sure of ("my campaign", "we have agreed to sell", a passive)."""
    if not p.stance.words:
        return frozenset()
    toks = tokens(p.stance.clause)
    low = [t.lower() for t in toks]
    at = word_at(toks, low, p.stance.words[0])
    if not at or is_passive(low, at):
        return frozenset()
    k = at - 1
    while k >= 0 and (low[k] in _BETWEEN or low[k].endswith("ly")):
        if low[k] in lx.BE_FORMS and not low[at].endswith("ing"):
            return frozenset()  # "the board was never told": a passive, whatever its form
        k -= 1
    if k < 0 or low[k] == "to" or not toks[k][:1].isalpha():
        return frozenset()
    j = k
    while j > 0 and toks[j - 1][:1].isalpha() and low[j - 1] not in _OPENERS:
        j -= 1
    words = low[j : k + 1]
    if len(words) > 3 or any(w in lx.PRONOUNS or w in lx.STOPWORDS for w in words):
        return frozenset()
    opened = j > 0 and low[j - 1] in _OPENERS and (j == 1 or not toks[j - 2][:1].isalpha())
    named = j == 0 and all(t[:1].isupper() for t in toks[j : k + 1])
    return frozenset(words) if opened or named else frozenset()
