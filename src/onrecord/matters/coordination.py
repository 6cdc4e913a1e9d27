"""Two predicates of one subject, each in the simple past, or a past predicate and a clause
with a subject of its own: two clauses.

"The council sold the depot and hoped nobody would notice" tells two things the council did:
it sold the depot (a fact) and it hoped (a hope, whose "would" and "nobody" are its own).
Read as one clause, the second predicate's modal and negator reach back to the first ("sold"
hedged, or lost to the negation). Split at "and" before a second past verb, each predicate
keeps its own words. Only when the first predicate is a plain past with no auxiliary, modal
or negator of its own ("did not sell the depot and hoped ..." keeps its scope as written), and
the word after "and" is a past verb that opens a predicate, not a participle of a noun ("the
injured and displaced families") nor a passive with its agent ("and followed by"). So too a
subject pronoun and its verb after "and" ("They promised us a study and we have not seen
one"): the second clause's negator denies the seeing, not the promise.
"""

from __future__ import annotations

from . import lexicon as lx
from .finite import finite_past
from .words import tokens

# irregular past forms that open a second predicate ("and hid", "and left")
_IRREGULAR_PAST = frozenset({
    "hid", "paid", "sold", "bought", "gave", "took", "won", "lost", "met", "kept", "built",
    "brought", "held", "sent", "spent", "broke", "chose", "told", "made", "left", "went",
    "came", "wrote", "ran", "began", "threw", "withdrew", "shut",
})  # fmt: skip
# words that do not end a subject ("the hid", "to sold")
_NOT_SUBJECT = frozenset({"the", "a", "an", "to", "and", "or", "of", "that", "which", "who",
                          "not", "never", "no"})  # fmt: skip
# words that a past participle in a noun phrase would be followed by, not a verb's object
_AGENT_OPENERS = frozenset({"by", "and", "or", ",", "."})


def split_predicates(part: str) -> list[str]:
    """The clause ``part`` as one clause per past predicate of its subject (see the module's
    docstring); ``[part]`` when it holds no such pair."""
    toks = tokens(part)
    low = [t.lower() for t in toks]
    at = _second_predicate(low)
    if at < 0:
        at = _second_subject(low)
    if at < 0:
        return [part]
    # split the text at the "and" token: find its character position by counting tokens
    pos = _char_index(part, toks, at)
    if pos < 0:
        return [part]
    return [part[:pos].rstrip(" ,"), part[pos:].strip()]


def _second_predicate(low: list[str]) -> int:
    """The index of the "and" that opens a second past predicate, or -1."""
    first = next((i for i in range(len(low)) if _first_verb(low, i)), -1)
    if first < 0:
        return -1
    if any(w in lx.NEGATORS or w in lx.MODALS or lx.is_aux(low, k)
           for k, w in enumerate(low[:first]) if w != "to"):  # fmt: skip
        return -1
    if any(w in lx.REPORT_VERBS or w in lx.BELIEFS for w in low):
        return -1  # "said the plant closed and moved": both predicates are the report's
    for k in range(first + 2, len(low) - 2):
        if low[k] != "and" or not _past(low[k + 1]):
            continue
        if low[k + 2] in _AGENT_OPENERS:
            return -1  # "were injured and displaced by the floods": one passive
        if any(w in lx.NEGATORS or w in lx.MODALS for w in low[first:k] if w != "to"):
            return -1  # the first predicate's own negator or modal: its scope is unclear
        return k
    return -1


# subject pronouns that open a clause of their own after "and"
_SUBJECTS = frozenset({"we", "they", "he", "she", "i"})


def _own_subject(low: list[str], k: int) -> bool:
    """Whether ``low[k]`` is a subject pronoun followed by its verb ("and we have not seen
    one", "and they never came"): a second clause with its own subject, whose negator and
    modal are its own, not the first predicate's."""
    if low[k] not in _SUBJECTS or k + 1 >= len(low):
        return False
    nxt = low[k + 1]
    return nxt in lx.NEGATORS or nxt in lx.MODALS or lx.is_aux(low, k + 1) or _past(nxt)


def _second_subject(low: list[str]) -> int:
    """The index of the "and" that opens a clause with a subject pronoun of its own after a
    plain past predicate ("They promised us a study and we have not seen one"), or -1."""
    first = next((i for i in range(len(low)) if _past(low[i])
                  and finite_past(low, i, with_object=False)), -1)  # fmt: skip
    if first < 0 or any(w in lx.REPORT_VERBS or w in lx.BELIEFS for w in low):
        return -1
    for k in range(len(low) - 2):
        if low[k] == "and" and k > first and _own_subject(low, k + 1):
            return k
        if low[k] in lx.NEGATORS or (low[k] in lx.MODALS and low[k] != "to") or lx.is_aux(low, k):
            return -1  # the first predicate's own negator or modal: its scope is unclear
    return -1


def _first_verb(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a past verb after its subject ("the firm hid", "the firm sold")."""
    if not _past(low[i]):
        return False
    if finite_past(low, i):
        return True
    prev = low[i - 1] if i else ""
    return low[i] in _IRREGULAR_PAST and prev[:1].isalnum() and prev not in _NOT_SUBJECT


def _past(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_PAST


def _char_index(text: str, toks: list[str], at: int) -> int:
    """The character offset in ``text`` of token number ``at``."""
    pos = 0
    for n, tok in enumerate(toks):
        found = text.find(tok, pos)
        if found < 0:
            return -1
        if n == at:
            return found
        pos = found + len(tok)
    return -1
