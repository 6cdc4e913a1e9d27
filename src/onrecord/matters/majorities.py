"""What most of a consultation's respondents wanted: a share against a share.

"Most people who responded backed the scheme" and "sixty per cent of those who answered the
consultation opposed it" cannot both hold: if three in five opposed it, most did not back it.
A story on a consultation, a survey or a poll often sets one side's reading of the result
against the other's, each giving the share of those who answered and what they wanted, the
one in a word ("most", "the majority of", "a minority of"), the other in a figure ("60 per
cent", "three-quarters", "two in three"). The two share no event (the verbs are "backed" and
"opposed", or "supported" and "were against") and often no figure, so they were never one
matter; and a share of the voters as the subject ("5 percent of voters support the plan")
takes no stance in :mod:`.stance` (how many, not whether). Here each such clause answers one
question, "did most of those who answered support it?": yes when more than half are said to
support it, no when more than half are said to oppose it or less than half to support it
(a third opposed says nothing of the rest, and half is no majority either way).

The shape, read on the clause's words:

* the subject is a share of those who took part: a share word or figure ("most", "the
  majority of", "a minority of", "60 per cent of", "three-quarters of", "two in three", "nine
  out of ten"), then, within a few words, the respondents themselves ("respondents", "those
  who answered the consultation", "people who responded", "responses to the survey");
* then the first verb of wanting or of objecting ("supported", "backed", "favoured",
  "welcomed", "opposed", "objected", "rejected", "were against"), a negator before it turning
  it round;
* the two clauses are in one article (one consultation), by two statements, and what they
  support or oppose is one thing: their objects share a word, or one is a word for the proposal
  itself ("it", "the scheme", "the plan", "the cuts", "the changes").

A condition given after the clause ("supported the new hours, as long as the branches stayed
open") tells what the respondents backed, not whether the speaker vouches for the count: the
clause keeps its certainty. Not a share of another group ("most Mill Lane families opposed
it": the families are no consultation's respondents), not two questions of one consultation
("most respondents backed the new hours" and "60 per cent opposed closing Reed Street").
"""

from __future__ import annotations

import hashlib
import re

from . import lexicon as lx
from .claims import Clause, Item
from .cluster import Matter, Position
from .stance import CERTAINTY, Label, Stance
from .words import tokens

# fractions said in words, as percentages ("three-quarters", "two-thirds")
_FRACTIONS = {"half": 50.0, "halves": 50.0, "third": 100 / 3, "thirds": 100 / 3,
              "quarter": 25.0, "quarters": 25.0, "fifth": 20.0, "fifths": 20.0,
              "tenth": 10.0, "tenths": 10.0}  # fmt: skip
# numbers said in words, of a share ("sixty per cent", "two in three")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "thirty": 30,
            "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}  # fmt: skip
# the words that name those who took part in a consultation, a survey or a poll
_RESPONDENTS = frozenset(lx.stem(w) for w in (
    "respondents", "responded", "responses", "answered", "consultation", "survey", "poll",
    "questionnaire",
))  # fmt: skip
# how many words may stand between the share and the respondents ("of the people who took
# part in the survey")
_SPAN = 8
# the verbs that tell what the respondents wanted, for and against
_FOR = frozenset(lx.stem(w) for w in ("supported", "backed", "favoured", "favored", "welcomed",
                                      "approved", "endorsed", "wanted"))  # fmt: skip
_AGAINST = frozenset(lx.stem(w) for w in ("opposed", "objected", "rejected", "disapproved",
                                          "against"))  # fmt: skip
# first words of an object that name the proposal consulted on, whatever it is
_PROPOSAL = frozenset({"it", "them", "this", "that", "scheme", "plan", "plans", "proposal",
                       "proposals", "change", "changes", "cut", "cuts", "idea", "move",
                       "option"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "these", "those", "this"})
# words that end an object ("opposed the cuts because ...", "backed it, as long as ...")
_OBJECT_END = frozenset({"as", "because", "but", "and", "if", "unless", "provided", "when",
                         "while", "although", "though", "so"})  # fmt: skip
# a reading: the answer, the object's first word and its words, the words that decided it
Reading = tuple[Label, str, frozenset[str], tuple[str, ...]]


def majority_matters(items: list[Item]) -> list[Matter]:
    """The matters of two readings of one consultation's result (see the module)."""
    read = [(it, c, r) for it in items for c in it.claim.clauses if (r := _reading(c))]
    out: list[Matter] = []
    seen: set[str] = set()
    for x, (a, ca, ra) in enumerate(read):
        for b, cb, rb in read[x + 1 :]:
            if a is b or a.article != b.article or ra[0] == rb[0]:
                continue
            if not _one_object(ra, rb):
                continue
            seed = f"majority|{a.key}|{b.key}"
            if seed in seen:
                continue
            seen.add(seed)
            mid = "m" + hashlib.sha1(seed.encode()).hexdigest()[:10]
            pair = sorted(((a, ca, ra), (b, cb, rb)), key=lambda t: (t[0].said or "", t[0].key))
            positions = tuple(Position(it, _stance(c, r)) for it, c, r in pair)
            question = "Did most of those who answered support it?"
            out.append(Matter(mid, question, "majority", positions))
    return out


def _stance(c: Clause, r: Reading) -> Stance:
    certainty = CERTAINTY.get(c.modality, 0.0)
    if c.modality == "conditional" and not _own_condition(c):
        certainty = CERTAINTY["certain"]  # "supported the hours, as long as ...": theirs
    ents = c.entities - set(r[3])
    return Stance(r[0], certainty, r[3], c.text, c.times, c.tense == "future", ents,
                  frozenset({"majority"}))  # fmt: skip


def _own_condition(c: Clause) -> bool:
    """Whether the clause holds its conditional words itself ("if most respondents backed
    it"), not a condition told after it (its next clause)."""
    low = c.text.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in c.modal_words)


def _reading(c: Clause) -> Reading | None:
    """The answer the clause gives to "did most of those who answered support it?", or None."""
    if c.modality not in ("certain", "belief", "conditional") or (
        c.modality == "conditional" and _own_condition(c)
    ):
        return None
    low = [t.lower() for t in tokens(c.text)]
    found = _share(low)
    if found is None:
        return None
    share, start, end = found
    at = _respondents(low, end)
    if at is None:
        return None
    verb = next((k for k in range(at + 1, len(low)) if _side(low[k]) is not None), None)
    if verb is None:
        return None
    wants = bool(_side(low[verb]))
    if any(lx.negating(w) for w in low[at + 1 : verb]):
        wants = not wants  # "most respondents did not back it"
    answer: Label
    if share > 50:
        answer = "yes" if wants else "no"
    elif share < 50 and wants:
        answer = "no"  # "only 30 per cent backed it": most did not
    else:
        return None  # "a third opposed it" says nothing of the rest; half is no majority
    obj: list[str] = []
    for w in low[verb + 1 : verb + 7]:
        if not w.isalpha() or w in _OBJECT_END:
            break
        if w not in _DETERMINERS or obj:
            obj.append(w)
    if not obj:
        return None
    words = frozenset(lx.stem(w) for w in obj if w not in lx.STOPWORDS)
    return answer, obj[0], words, (*low[start:end], low[verb])


def _side(w: str) -> bool | None:
    """True for a verb of wanting, False for one of objecting, else None."""
    st = lx.stem(w)
    if st in _FOR:
        return True
    if st in _AGAINST:
        return False
    return None


def _share(low: list[str]) -> tuple[float, int, int] | None:
    """The first share (in per cent) the clause gives, where it starts and where it ends."""
    for k, w in enumerate(low):
        if w == "most" and (k == 0 or low[k - 1] not in ("the", "a", "at")):
            return 60.0, k, k + 1  # "most respondents"; not "the most popular", "at most"
        if w in ("majority", "minority") and k and low[k - 1] in ("a", "the"):
            return (60.0 if w == "majority" else 40.0), k - 1, k + 1
        value = _number(w)
        if value is None:
            fraction = _fraction(w)
            if fraction is not None:
                return fraction, k, k + 1
            continue
        nxt = low[k + 1 : k + 3]
        if nxt[:2] == ["per", "cent"]:
            return value, k, k + 3
        if nxt[:1] in (["percent"], ["%"]):
            return value, k, k + 2
        if nxt[:1] in (["in"], ["out"]):
            ratio = _out_of(low, k, value)
            if ratio is not None:
                return ratio
    return None


def _out_of(low: list[str], k: int, value: float) -> tuple[float, int, int] | None:
    """ "Two in three", "nine out of ten" at ``k``: the share, where it starts and ends."""
    j = k + 2 if low[k + 1] == "in" else k + 3
    if low[k + 1] == "out" and low[k + 2 : k + 3] != ["of"]:
        return None
    whole = _number(low[j]) if j < len(low) else None
    if not whole or whole <= value:
        return None
    return 100.0 * value / whole, k, j + 1


def _fraction(w: str) -> float | None:
    """ "Three-quarters", "two-thirds", "half" as a percentage."""
    if w == "half":
        return 50.0
    parts = w.split("-")
    if len(parts) == 2 and parts[0] in _NUMBERS and parts[1] in _FRACTIONS:
        return _NUMBERS[parts[0]] * _FRACTIONS[parts[1]]
    return None


def _number(w: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in ("a", "an"):
        return None
    value = _NUMBERS.get(w)
    return float(value) if value is not None else None


def _respondents(low: list[str], end: int) -> int | None:
    """Where the last word naming the respondents stands, within a few words after the share
    and before the verb of wanting ("of those who answered the consultation")."""
    last = None
    for k in range(end, min(len(low), end + _SPAN)):
        if _side(low[k]) is not None:
            break
        if lx.stem(low[k]) in _RESPONDENTS:
            last = k
    return last


def _one_object(a: Reading, b: Reading) -> bool:
    """Whether two readings' objects name one thing: a shared word, or either opens on a word
    for the proposal itself ("it", "the scheme", "the cuts")."""
    return bool(a[2] & b[2]) or a[1] in _PROPOSAL or b[1] in _PROPOSAL
