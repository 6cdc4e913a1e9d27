"""Every one of a counted whole against a part of it: one question.

News counts a known whole and then argues over how much of it a predicate holds of: "every
one of these 96 trees is diseased" against "only six of the 96 trees show any sign of
disease", "all 40 staff were consulted" against "twelve of the 40 staff were consulted", "none
of the 14 wells is contaminated" against "three of the 14 wells are contaminated". The two
sides name the same whole by the same count and noun ("the 96 trees"), so they speak of one
set, and they say the same thing of it (a word of the predicate in common: "diseased",
"disease"); yet they rarely share the event word the matters are built on ("is diseased",
"show any sign of disease"), so the pair is a matter of its own here, judged by the ordinary
rules (:func:`.contradictions.verdict`: time frames, sides, speakers, one occasion).

* A universal over the whole ("every one of the 96 trees", "each of the 40 staff", "all 96
  trees", "all of the 96 trees") said of the predicate answers yes to "does it hold of all
  of them?", and a part of the same whole ("six of the 96 trees", "only six of the 96") says
  no: a count of some of a whole that has just been counted tells that the rest are not so
  (or, denied, "six of the 96 trees are not diseased", says so outright). The part must be a
  proper part (fewer than the whole: "96 of the 96 trees" agrees).
* A denial over the whole ("none of the 14 wells", "not one of the 14 wells") answers no to
  "does it hold of any of them?", and a part said with the predicate ("three of the 14 wells
  are contaminated") says yes; a part denied ("three of the 14 wells are not contaminated")
  agrees with it and is left alone.

Not two wholes ("all 96 trees on the avenue" and "six of the 12 trees on the green": two
counts), not two predicates ("every one of the 96 trees was surveyed" and "eleven of the 96
trees are diseased": no word of the predicate shared besides the whole's own; names, the
places they make and what was looked for, "at Harnby council", "surveyed for blight", are no
word of it), not a part said of fewer things ("all 12 wells were tested" / "three were tested
positive"), not a universal short of all ("not all 96", "almost all") or an inexact part ("at
least six of", "up to six of"), not a plan against the work done ("will be", "are to be",
"are due to be felled" / "five were felled"), not a change ("have now been paid"; a part in
the past perfect told days before the universal), not a hedge, a condition or reported words,
and not a whole named without its count ("every tree", "six of the trees": :mod:`.only_part`
and :mod:`.universal_instances` read those). One matter for each story, count, head and
question; :func:`whole_apart` judges each of its pairs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from . import lexicon as lx
from .claims import Clause, Item
from .cluster import Matter, Position
from .days import said_month
from .figure_words import NUMBER_WORDS
from .figures import number_value
from .stance import CERTAINTY, Label, Stance
from .words import tokens

__all__ = [
    "DETERMINERS",
    "Whole",
    "count_word",
    "counted_wholes",
    "noun_phrase",
    "one_count_of_a_whole",
    "whole_apart",
    "whole_matters",
]

# the event of a matter of a counted whole ("whole-oak")
WHOLE = "whole-"
# two counts of one whole told this many months apart at most are of one time
_MONTHS = 1

# determiners between "of" and the whole's count ("of these 96 trees", "of its 40 staff"), or
# of the group a part is taken from (:mod:`.whole_and_part`: "four of the lads")
DETERMINERS = frozenset({"the", "these", "those", "its", "their", "our", "his", "her", "my",
                          "your", "this"})  # fmt: skip
# words that open a universal over the whole, and the words they span before the count
_EVERY = (("every", "single", "one", "of"), ("every", "one", "of"), ("each", "one", "of"),
          ("each", "of"), ("all", "of"), ("all",))  # fmt: skip
_NONE = (("not", "a", "single", "one", "of"), ("not", "one", "of"), ("none", "of"))
# words before a universal that take it short of all ("not all 96", "almost every one of")
_SHORT_OF_ALL = frozenset({"not", "almost", "nearly", "virtually", "practically", "quite", "hardly",
                           "barely", "roughly", "approximately", "around", "about"})  # fmt: skip
# words before a part's count that make it no part ("every one of", "not one of", "all six of")
# or no exact one ("at least six of", "up to six of", "around 90 of", "some 90 of")
_NOT_A_PART = frozenset({"every", "each", "not", "single", "all", "no", "any", "than", "per",
                         "least", "most", "around", "about", "roughly", "approximately",
                         "almost", "nearly", "some", "over", "under", "perhaps", "maybe",
                         "possibly", "estimated", "upwards"})  # fmt: skip
# the longest noun phrase after the whole's count ("96 Linden Avenue limes")
_PHRASE = 3
# words of time, which two claims of one month share without sharing a predicate
_TIMES = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "today", "night",
    "time", "times", "morning", "evening", "last", "next", "since", "now", "still",
})  # fmt: skip
# prepositions of a place after the whole or in the predicate ("the 40 staff at Harnby council")
_PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "from", "near", "across", "along", "around",
                                 "outside", "inside", "within", "of", "by"})  # fmt: skip
# the word that opens what was looked for ("surveyed for blight", "tested for arsenic"), and
# the words that end its phrase
_SOUGHT = frozenset({"for"})
_BOUNDS = frozenset({",", ";", ":", "and", "but", "or", "while", "which", "who", "that"})
# a plan told without "will", after a form of "be" ("are to be felled", "are due to be felled")
_PLANS = frozenset({("to", "be"), ("due", "to"), ("set", "to"), ("going", "to"),
                    ("scheduled", "to"), ("planned", "to")})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Whole:
    """A counted whole a clause names: "all" (every one of it), "none" (not one of it) or
    "part" (``part`` of it), its count, its head noun's stem and the words of its phrase."""

    kind: str  # "all", "none" or "part"
    count: float
    head: str  # "" when the whole is named by its count alone ("six of the 96")
    words: frozenset[str]
    part: float = 0.0
    span: tuple[int, int] = (0, 0)  # the tokens of the quantifier and the phrase


def counted_wholes(text: str) -> list[Whole]:
    """The counted wholes of a clause's ``text`` (see the module)."""
    low = [t.lower() for t in tokens(text)]
    out: list[Whole] = []
    for k in range(len(low)):
        found = _universal(low, k) or _part(low, k)
        if found is not None:
            out.append(found)
    return out


def _universal(low: list[str], k: int) -> Whole | None:
    for kind, openers in (("none", _NONE), ("all", _EVERY)):
        for opener in openers:
            if tuple(low[k : k + len(opener)]) != opener:
                continue
            if opener == ("all",) and k and low[k - 1] == "of":
                return None  # "of all 96": a whole inside another phrase
            if k and low[k - 1] in _SHORT_OF_ALL:
                return None  # "not all 96", "almost all of the 96": short of every one
            j = k + len(opener)
            if low[j : j + 1] and low[j] in DETERMINERS:
                j += 1
            whole = _whole(low, j)
            if whole is None:
                return None
            count, head, words, end = whole
            return Whole(kind, count, head, words, span=(k, end))
    return None


def _part(low: list[str], k: int) -> Whole | None:
    """ "six of the 96 trees", "only six of the 96", "six out of 96 trees": a count, "of" (or
    "out of"), a determiner (optional after "out of"), a count; not "at least" or "up to" one."""
    if not count_word(low[k]) or (k and low[k - 1] in _NOT_A_PART) or _up_to(low, k):
        return None
    m = _value(low, k)
    if m is None:
        return None
    part, j = m
    out_of = low[j : j + 2] == ["out", "of"]
    if out_of:
        j += 1
    if low[j : j + 1] != ["of"]:
        return None
    j += 1
    if low[j : j + 1] and low[j] in DETERMINERS:
        j += 1
    elif not out_of:
        return None  # "two of 96" is rare; "two of them" names no count
    whole = _whole(low, j)
    if whole is None:
        return None
    count, head, words, end = whole
    if not 0 < part < count:
        return None  # not a proper part ("96 of the 96 trees")
    return Whole("part", count, head, words, part, (k, end))


def _up_to(low: list[str], k: int) -> bool:
    return k > 1 and low[k - 2] == "up" and low[k - 1] == "to"


def _whole(low: list[str], j: int) -> tuple[float, str, frozenset[str], int] | None:
    """The count at ``j``, the stem of its phrase's head ("" if none) and the phrase's stems,
    and the index after the phrase."""
    if j >= len(low) or not count_word(low[j]):
        return None
    found = _value(low, j)
    if found is None or found[0] < 2:
        return None
    count, k = found
    phrase, k = noun_phrase(low, k)
    head = lx.stem(phrase[-1]) if phrase else ""
    return count, head, frozenset(lx.stem(w) for w in phrase), k


def noun_phrase(low: list[str], k: int) -> tuple[list[str], int]:
    """The plain words of the noun phrase at ``k`` (its head last: "96 Linden Avenue limes")
    and the index after it; shared with :mod:`.whole_and_part`."""
    phrase: list[str] = []
    while k < len(low) and len(phrase) < _PHRASE and _content(low[k]):
        phrase.append(low[k])
        k += 1
    return phrase, k


def count_word(w: str) -> bool:
    """Whether ``w`` is a count: digits or a number word ("96", "forty", "twenty-one")."""
    return w[:1].isdigit() or w in NUMBER_WORDS or w.split("-")[0] in NUMBER_WORDS


def _value(low: list[str], k: int) -> tuple[float, int] | None:
    """The number at ``k`` and the index after it ("1 , 096" is one number)."""
    j = k + 1
    while j + 1 < len(low) and low[j] == "," and low[j + 1].isdigit() and len(low[j + 1]) == 3:
        j += 2
    if j < len(low) and low[j] in ("hundred", "thousand", "million"):
        j += 1
    value = number_value(" ".join(low[k:j]))
    return (value, j) if value is not None else None


def _content(w: str) -> bool:
    return lx.content_word(w) and not w.endswith("ly")


def _predicate(text: str, entities: frozenset[str], whole: Whole) -> dict[int, str]:
    """The stems of the words that say what the clause says of the whole, by index: its content
    words outside the whole's quantifier and phrase, less names and the places they make ("at
    Harnby council", "on Tarn Green"), what was looked for ("surveyed for blight": no state of
    the whole), times and numbers."""
    toks = tokens(text)
    low = [t.lower() for t in toks]
    names = {i for i, t in enumerate(toks) if (i and t[:1].isupper()) or low[i] in entities}
    a, b = whole.span
    out: dict[int, str] = {}
    i = 0
    while i < len(low):
        w = low[i]
        if w in _SOUGHT:  # "tested for arsenic": to the end of the phrase
            while i < len(low) and low[i] not in _BOUNDS:
                i += 1
            continue
        j = i + 1 + (low[i + 1 : i + 2] == ["the"])
        if w in _PLACE_PREPOSITIONS and j in names:  # "at Harnby council", "on Tarn Green"
            while j in names:
                j += 1
            i = j + (j < len(low) and _content(low[j]))
            continue
        if (
            not a <= i < b
            and i not in names
            and _content(w)
            and len(w) > 2
            and w not in _TIMES
            and not count_word(w)
            and lx.stem(w) not in whole.words
        ):
            out[i] = lx.stem(w)
        i += 1
    return out


def _narrower(x: dict[int, str], y: set[str]) -> bool:
    """Whether the predicate ``x`` says more of a word it shares with ``y``: a word of its own
    right after it ("tested positive" against "tested", "paid late" against "paid on Friday",
    "consulted first"), so it holds of fewer things than ``y`` does."""
    return any(st in y and i + 1 in x and x[i + 1] not in y for i, st in x.items())


def _denied(low: list[str], whole: Whole) -> bool:
    """Whether the clause denies its predicate outside the whole's quantifier ("six of the 96
    trees are not diseased", "had no valid licence")."""
    a, b = whole.span
    return any(lx.negating(w) for i, w in enumerate(low) if not a <= i < b)


def _future(c: Clause, low: list[str]) -> bool:
    """Whether the clause tells of what will be: "will", or a plan ("are to be felled", "are
    due to be felled")."""
    return c.tense == "future" or any(
        w in lx.BE_FORMS and tuple(low[i + 1 : i + 3]) in _PLANS for i, w in enumerate(low)
    )


def _asserted(c: Clause) -> bool:
    return c.modality in ("certain", "belief")


# a clause's reading of a counted whole: its statement, clause, whole, and whether it tells of
# what will be and denies its predicate
_Row = tuple[Item, Clause, Whole, bool, bool]


def whole_matters(items: list[Item], stories: dict[str, frozenset[str]] | None) -> list[Matter]:
    """The matters of a universal over a counted whole against a part of it (see the
    module): one for each story, count, head and question ("all?" or "any?"), its pairs
    judged by :func:`.contradictions.verdict` (with :func:`whole_apart`)."""
    buckets: dict[tuple[float, bool], list[_Row]] = {}
    for it in items:
        for c in it.claim.clauses:
            if not _asserted(c):
                continue
            low = [t.lower() for t in tokens(c.text)]
            future = _future(c, low)  # "all 40 oaks will be felled" / "five were felled"
            for w in counted_wholes(c.text):
                buckets.setdefault((w.count, future), []).append(
                    (it, c, w, future, _denied(low, w))
                )
    out: list[Matter] = []
    for (count, _), rows in sorted(buckets.items()):
        for head in sorted({r[2].head for r in rows if r[2].kind != "part"}):
            members = [r for r in rows if _of_head(head, r[2])]
            for story in _stories(members, stories):
                out += _matters(story, head, count)
    return out


def _of_head(head: str, w: Whole) -> bool:
    """Whether ``w`` belongs to a matter of universals over ``head``: one of them, or a part
    whose phrase names the head, or either names none ("all 40 staff" / "six of the 40 beds")."""
    if w.kind != "part":
        return w.head == head
    return not head or not w.head or head in w.words or w.head == head


def _stories(rows: list[_Row], stories: dict[str, frozenset[str]] | None) -> list[list[_Row]]:
    """``rows`` by story: articles linked by a name they share (:func:`.stories.same_story`,
    taken along a chain); all one when there are no stories or an article names no one."""
    arts = {r[0].article for r in rows}
    if stories is None or len(arts) == 1 or any(not stories.get(a) for a in arts):
        return [rows]
    parent = {a: a for a in arts}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    owner: dict[str, str] = {}
    for a in sorted(arts):
        for n in sorted(stories[a]):
            parent[find(a)] = find(owner.setdefault(n, a))
    groups: dict[str, list[_Row]] = {}
    for r in rows:
        groups.setdefault(find(r[0].article), []).append(r)
    return list(groups.values())


def _matters(rows: list[_Row], head: str, count: float) -> list[Matter]:
    """The matters of one story's universals over a counted whole and parts of it: "does it
    hold of all of them?" (a universal yes, a part no) and "of any?" (a denial no, a part told
    with the predicate yes; a denied part agrees and is left out)."""
    out: list[Matter] = []
    for asked in ("all", "any"):
        any_ = asked == "any"
        us = [r for r in rows if r[2].kind != "part" and (r[2].kind == "none" or r[4]) == any_]
        ps = [r for r in rows if r[2].kind == "part" and not (any_ and r[4])]
        if not us or not ps:
            continue
        positions: list[Position] = []
        keys: list[str] = []
        u_label: Label = "no" if any_ else "yes"
        p_label: Label = "yes" if any_ else "no"
        for r, label in [(r, u_label) for r in us] + [(r, p_label) for r in ps]:
            if r[0].key in keys:
                continue  # one answer a statement: its first clause that reads the whole
            keys.append(r[0].key)
            positions.append(Position(r[0], _stance(r, label, head)))
        if len({p.stance.label for p in positions}) < 2:
            continue
        seed = f"whole|{asked}|{head}|{count:g}|{'|'.join(sorted(keys))}"
        mid = "m" + hashlib.sha1(seed.encode()).hexdigest()[:10]
        question = f"Does it hold of {asked} of the {count:g} {head or 'counted'}?"
        out.append(Matter(mid, question, f"{WHOLE}{head or 'counted'}", tuple(positions)))
    return out


def _stance(r: _Row, label: Label, head: str) -> Stance:
    _, c, w, _, _ = r
    word = next(iter(sorted(w.words)), head)
    told = w.kind if w.kind != "part" else f"{w.part:g}"
    return Stance(label, CERTAINTY[c.modality], (word, told), c.text, c.times,
                  c.tense == "future", c.entities, frozenset({head}))  # fmt: skip


def whole_apart(p: Position, q: Position, matter: Matter) -> str:
    """The check that keeps two answers to a matter of a counted whole apart, or "": two
    universals or two parts ("topic:whole"), two predicates ("topic:predicate": "all 40 staff
    at Harnby council were consulted" / "twelve of them were sacked"), a part said of fewer
    things than the universal ("topic:narrower": "all 12 wells were tested" / "three were
    tested positive"), or a change up to the telling ("time:changed")."""
    if not matter.event.startswith(WHOLE):
        return ""
    u, t = (p, q) if p.stance.words[1:] in (("all",), ("none",)) else (q, p)
    if t.stance.words[1:] in (("all",), ("none",)) or u.stance.words[1:] not in (
        ("all",),
        ("none",),
    ):
        return "topic:whole"
    read = _read_pair(u, t)
    if read is None:
        return "topic:whole"
    uw, tw = read
    pu = _predicate(u.stance.clause, u.stance.entities, uw)
    pt = _predicate(t.stance.clause, t.stance.entities, tw)
    if not set(pu.values()) & set(pt.values()):
        return "topic:predicate"  # "every one of the 96 trees was surveyed" / "six are diseased"
    # "all 12 wells were tested" / "three were tested positive"; "none of the 12 wells is badly
    # polluted" / "three are polluted"
    denied = u.stance.label == "no"
    if _narrower(pu, set(pt.values())) if denied else _narrower(pt, set(pu.values())):
        return "topic:narrower"
    if _changed(u, t):
        return "time:changed"
    return ""


def _read_pair(u: Position, t: Position) -> tuple[Whole, Whole] | None:
    """The universal's and the part's readings of one whole in their clauses."""
    for uw in counted_wholes(u.stance.clause):
        if uw.kind != u.stance.words[1]:
            continue
        for tw in counted_wholes(t.stance.clause):
            if tw.kind == "part" and tw.count == uw.count:
                return uw, tw
    return None


def _changed(u: Position, t: Position) -> bool:
    """Whether the two tell of a change up to their telling, not of one state: a "now" told
    no earlier than the other ("twelve of the 40 staff had not been paid", then "all 40 staff
    have now been paid"), or a part told on an earlier day in the past perfect ("had not been
    paid")."""
    lu = {w.lower() for w in tokens(u.stance.clause)}
    lt = {w.lower() for w in tokens(t.stance.clause)}
    du, dt = u.item.said or "", t.item.said or ""
    if ("now" in lu and du >= dt) or ("now" in lt and dt >= du):
        return True
    return "had" in lt and dt < du


def one_count_of_a_whole(p: Position, q: Position, matter: Matter) -> bool:
    """Whether ``p`` and ``q`` answer a matter of a counted whole (:func:`whole_matters`)
    told in one month or the next, naming no two times: the row is over how much of one
    set of things (the 96 trees, the 12 wells) a state holds of, told as a survey is
    answered, over weeks, not over a state that changed between two days."""
    if not matter.event.startswith(WHOLE):
        return False
    if p.stance.times and q.stance.times and not p.stance.times & q.stance.times:
        return False  # "in March five were infected" / "in May all 40 are"
    ma, mb = said_month(p.item.said), said_month(q.item.said)
    if ma is None or mb is None:
        return False
    return abs((ma[0] * 12 + ma[1]) - (mb[0] * 12 + mb[1])) <= _MONTHS
