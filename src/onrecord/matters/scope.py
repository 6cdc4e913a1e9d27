"""Where a negator's scope ends inside one clause.

A clause can hold two verb groups joined by a conjunction ("had not seen the survey and would
ask for one"): the negator of the first does not reach the second. A negator of degree ("the
cut did not go far enough") denies that the event is enough, not that it happens, and one in a
prepositional phrase ("built it with no permit") denies the phrase's noun, not the verb.
"""

from __future__ import annotations

from . import lexicon as lx

# conjunctions that can open a second verb group of one clause
_JOINS = frozenset({"and", "or", "but", "while", "whereas"})


def verb_group_span(low: list[str], i: int, first_aux: int) -> tuple[int, int]:
    """The stretch of ``low`` whose negators can scope over the word at ``i``: a conjunction
    after the clause's first verb that opens a verb group of its own ("had not seen the survey
    and would ask for one", "would not change, and buses would still run") ends the scope of
    the negators before it; one that joins bare verbs or nouns ("will not close or sell the
    plant") does not; nor does the rejected half of a contrast ("the strike will go ahead,
    not the talks") reach back over the clause before it."""
    lo, hi = 0, len(low)
    for j in range(i + 1, min(first_aux + 1, len(low))):
        if low[j] == "," and low[j + 1 : j + 2] == ["not"]:
            return lo, j  # "we want it stopped, not delayed": a clause with no auxiliary
        if low[j] in _JOINS and _denying_subject(low, j + 1):
            return lo, j  # "the pump broke in May and nobody fixed it": a new subject's
    for j in range(first_aux + 1, len(low)):
        contrast = low[j] == "," and low[j + 1 : j + 2] == ["not"]  # "X, not Y"
        opens = _opens_verb_group(low, j) or _denying_subject(low, j + 1)  # "and nobody came"
        if not contrast and (low[j] not in _JOINS or not opens):
            continue
        if j < i:
            lo = _second_complement(low, j, first_aux, lo)
        elif j > i:
            hi = j
            break
    return lo, hi


def _second_complement(low: list[str], j: int, first_aux: int, lo: int) -> int:
    """Where the scope of the negators starts after the conjunction at ``j``: after it, but
    for a conjunction that opens a second "that" clause of one verb with no negator inside the
    first ("it is not true that the plant will close and that workers will be laid off"),
    where a negator before both still reaches the second (``lo`` is kept). With no first
    clause ("would not change, and that buses would still run") the scope ends as before."""
    if low[j + 1 : j + 2] != ["that"]:
        return j + 1
    first = next((t for t in range(j - 1, first_aux, -1) if low[t] == "that"), -1)
    if first < 0 or any(w in lx.NEGATORS for w in low[first:j]):
        return j + 1
    return lo


# negative subjects that open a clause of their own after a conjunction ("and nobody fixed it")
_DENYING_SUBJECTS = frozenset({"nobody", "noone", "none", "nothing", "neither"})


def _denying_subject(low: list[str], k: int) -> bool:
    """Whether a negative subject opens a new clause at ``k`` ("nobody", "no one", "none of
    them"): its negator denies that clause's verb, not the verb before the conjunction."""
    if low[k : k + 2] == ["no", "one"]:
        return True
    return k < len(low) and low[k] in _DENYING_SUBJECTS


def _opens_verb_group(low: list[str], j: int) -> bool:
    """Whether an auxiliary or a modal of its own follows the conjunction at ``j`` within a
    short subject ("and would ask", "and that buses would", "but the council will")."""
    for k in range(j + 1, min(j + 5, len(low))):
        w = low[k]
        if (w in lx.MODALS and w not in ("to", "not", "n't", "never")) or lx.is_aux(low, k):
            return True
        if w in lx.NEGATORS or w in _JOINS or not (w.isalpha() or w == "'s"):
            return False
    return False


# comparatives of a bound: "no fewer than 40", "no later than May" say how many or when
_COMPARED = frozenset({"more", "less", "fewer", "later", "earlier", "greater", "higher",
                       "lower"})  # fmt: skip


def degree_negator(low: list[str], n: int) -> bool:
    """Whether the negator at ``n`` denies a degree that ends the clause ("did not go far
    enough", "is not enough", "are not doing enough"), not the event: what is said to fall
    short still happens. "Not enough money to keep it open" goes on past "enough" and keeps
    its negator. A bound ("no fewer than 40 homes were flooded", "will open no later than
    May") denies no event either."""
    if low[n] not in lx.NEGATORS:
        return False
    if low[n] in ("no", "not") and low[n + 1 : n + 2] and low[n + 1] in _COMPARED:
        return low[n + 2 : n + 3] == ["than"]  # "no fewer than 40 homes were flooded"
    for e in range(n + 1, min(n + 6, len(low))):
        if low[e] == "enough":
            if _state_short(low, n, e):
                return False  # "the silt is not clean enough": not clean, a state denied
            return all(not w.isalpha() for w in low[e + 1 :])
        if low[e] in lx.NEGATORS or not low[e].isalpha():
            return False
    return False


def _state_short(low: list[str], n: int, e: int) -> bool:
    """Whether "not ... enough" at ``n``..``e`` denies a state said after "be" ("the silt is
    not clean enough", "the wall was not safe enough"): one word, no "-ing" act ("are not
    doing enough"), so the state itself is denied."""
    return (
        e == n + 2
        and n > 0
        and low[n - 1] in lx.BE
        and low[n + 1].isalpha()
        and not low[n + 1].endswith("ing")
    )


# prepositions whose phrase ("with no permit", "at no cost", "for no reason") says how, at
# what price or why an event happened: a negator inside denies that noun, not the event
_ADJUNCT_HEADS = frozenset({"with", "at", "for", "under", "on", "by", "from", "in", "to"})
# prepositions that can join a verb to its object ("paid for", "agreed to", "resulted in",
# "acted on"): "none" or "nothing" after one is that object, denied, not a side phrase
_OBJECT_HEADS = frozenset({"for", "to", "in", "on"})


def adjunct_negator(low: list[str], n: int, i: int) -> bool:
    """Whether the negator at ``n``, after the word at ``i``, sits in a prepositional phrase
    of its own ("they built it twice with no permit", "closed without warning", "worked for
    no pay"): it denies the phrase's noun, not the event at ``i``, which still happened."""
    if n <= i or low[n] not in lx.NEGATORS:
        return False
    if low[n] == "without":
        return True
    if low[n] in ("none", "nothing") and n > 0 and low[n - 1] in _OBJECT_HEADS:
        return False  # "paid for none of the repairs", "resulted in nothing": the verb's object
    return low[n] in ("no", "none", "nothing") and n > 0 and low[n - 1] in _ADJUNCT_HEADS


def subject_adjunct_negator(low: list[str], n: int, i: int, first_aux: int) -> bool:
    """Whether the negator at ``n`` quantifies a noun in a phrase of the subject ("a school
    with no teachers would close", "a car park with no spaces is what we are there to stop")
    while the event at ``i`` comes after the clause's verb: it denies the teachers or the
    spaces, not the event. Not a negator that opens the clause or its phrase ("No school with
    teachers would close", "At no point did it close")."""
    return (
        n < first_aux < i
        and low[n] == "no"
        and n > 1
        and low[n - 1] in _NOUN_PHRASE_HEADS
        and low[n - 2].isalpha()
        and low[n - 2] not in lx.NEGATORS
    )


# prepositions that tie a phrase to the noun before them ("a school with no teachers", "a
# town of no size")
_NOUN_PHRASE_HEADS = frozenset({"with", "of"})


# negators that can stand as a verb's whole object or open it ("received no order", "found
# nothing"), and words after "no" that make it no object's determiner ("no one expected")
_OBJECT_NEGATORS = frozenset({"no", "none", "nothing", "nobody"})
_NOT_OBJECT = frozenset({"one", "longer", "matter", "doubt"})


def object_negator(low: list[str], i: int) -> str | None:
    """The negator that opens the object of the verb at ``i`` ("has received no order", "had
    found nothing"): the verb is denied as it is with no auxiliary ("received no order"), or
    with "not" ("has not received any order"). None for a bound ("no more than 3 percent"),
    "no one" or "no longer"."""
    n = i + 1
    if low[i] in _TWO_OBJECTS:
        n = _after_first_object(low, n)  # "would cost the city nothing"
    if n >= len(low) or low[n] not in _OBJECT_NEGATORS or degree_negator(low, n):
        return None
    if low[n + 1 : n + 2] and low[n + 1] in _NOT_OBJECT:
        return None
    if low[n] == "no" and not _no_before_noun(low, n, low[i]):
        return None
    return low[n]


# verbs that take a receiver before the thing ("cost the city nothing", "owe them nothing")
_TWO_OBJECTS = lx.PAY_FORMS | frozenset({"cost", "costs", "owe", "owes", "owed", "give",
                          "gives", "gave", "given", "offer", "offers", "offered",
                          "charge", "charges", "charged", "grant", "granted", "lend", "lent",
                          "send", "sent"})  # fmt: skip
_RECEIVERS = frozenset({"me", "us", "you", "him", "her", "them", "it", "anyone", "anybody"})
_RECEIVER_OPENERS = frozenset({"the", "its", "our", "their", "his", "her", "my", "your", "this",
                               "these", "those", "any"})  # fmt: skip


def _after_first_object(low: list[str], n: int) -> int:
    """Where a second object would start after a receiver at ``n`` ("the city", "taxpayers",
    "us", "the federation's lawyers"); ``n`` itself when no receiver stands there."""
    if n >= len(low):
        return n
    if low[n] in _RECEIVERS:
        return n + 1
    k = n + 1 if low[n] in _RECEIVER_OPENERS else n
    # the receiver's noun (one or two words, "the city council"), then the negator
    for end in (k + 1, k + 2):
        if (
            end < len(low)
            and low[end] in _OBJECT_NEGATORS
            and all(
                w.isalpha() and w not in lx.STOPWORDS and w not in _OBJECT_NEGATORS
                for w in low[k:end]
            )
        ):
            return end
    return n


# verbs whose object can be a clause ("has decided no homes will be built"): "no" + a noun
# after them denies the noun, which names its own event, not the deciding or the finding
_CLAUSE_TAKING = frozenset({"decided", "concluded", "confirmed", "said", "found", "announced",
                            "agreed", "shown", "showed", "stated", "ruled", "insisted",
                            "claimed", "argued", "warned", "promised", "accepted",
                            "acknowledged", "admitted", "reported", "indicated", "suggested",
                            "established", "determined", "proved", "proven", "signalled",
                            "signaled", "told", "voted"})  # fmt: skip
# words that end a noun phrase after "no" before a verb could follow it
_PHRASE_ENDS = frozenset({"that", "which", "who", "and", "or", "but", "because", "after",
                          "before", "when", "while", "if", "unless", "until", "since"})  # fmt: skip
_FINITE = frozenset({"has", "have", "had", "do", "does", "did", "am"}) | lx.BE_FORMS


def _no_before_noun(low: list[str], n: int, verb: str) -> bool:
    """Whether "no" at ``n`` is the determiner of the object of ``verb``: a noun-like word
    follows it ("received no notice"), not a preposition or the end ("voted no on the
    merger"); the verb does not take a clause; and no verb of its own follows within the
    phrase ("has decided no new homes will be built": "no" opens a clause)."""
    nxt = low[n + 1] if n + 1 < len(low) else ""
    if not nxt.isalpha() or nxt in lx.STOPWORDS or verb in _CLAUSE_TAKING:
        return False
    for w in low[n + 1 : n + 8]:
        if not w[:1].isalnum() or w in _PHRASE_ENDS:
            break
        if w in _FINITE or (w in lx.MODALS and w not in ("to", "not", "n't", "never")):
            return False
    return True
