"""A denial of every instance of a thing against a count of that thing: one question.

"There has never been a fire caused by a Zephyr battery" and "we have been to four fires
this year that started in a Zephyr battery"; "not a single parcel has gone missing from the
depot" and "three parcels went missing from the depot in May". The first denies that any
instance of the thing exists (a quantifier that ranges over all of them: "not a single",
"not one", "no", "none of", "never ... a"); the second asserts a positive number of them. If
the second is true the first is false, whoever says it; when one speaker says both on two
occasions it is a change of position. Neither often shares an event word the matters are
built on ("has been", "have been to"), so the pair is a matter of its own here, with the
universal side answering no and the count yes, and judged by the ordinary rules
(:func:`.contradictions.verdict`: time frames, sides, speakers, one occasion).

The shape, read on the clauses' words:

* the universal side denies with a quantifier right before its noun phrase ("not a single
  ambulance", "has not delayed a single ambulance", "has not received any complaints", "not
  one house", "no new homes", "none of the fires", "never been a fire"), its head the last
  word of the phrase (at most three words, up to a function word, a preposition or a
  participle: "a fire caused by ...");
* the other side gives a positive count right before the same head noun (one stem:
  "fires", "fire"; "four fires", "eleven long-term lets", "at least nine residents"), in a
  clause with no negator; a year is no count;
* both clauses are asserted (not hedged, not conditional, not reported words: a speaker
  quoting the other side takes no stance) and share a word besides the two noun phrases
  ("Zephyr", "battery") and the denial's own place phrase, unless the count gives it as its
  place too: the same event, not just the same kind of thing in one place;
* place phrases given by both meet: "no new homes on the green" and "forty new homes on the
  farm" speak of two places;
* a denial of what will be ("would not be cancelling any notices") is not met by a count
  told in the past ("had sent out 2,000 notices"): the things counted are others.

Not a denial up to now ("no cameras have been installed yet", "so far"): the things counted
may have come since. Not a partial quantifier ("not all the fires", "few fires"); not a
comparison ("no more than 40 homes", "no fewer"); not a count of a known or whole set ("the
two routes", "all 38 members"), an upper bound ("fewer than 120", "up to 30") or a rate ("300
patients a day"). Not "nobody" or "no one" against a count of people ("about 40 families"):
tried, it met no gold pair the other rules miss on the study sets, so it is left out.
"""

from __future__ import annotations

import hashlib
from itertools import pairwise

from . import lexicon as lx
from .claims import Clause, Item
from .cluster import Matter, Position
from .figure_words import NUMBER_WORDS
from .stance import CERTAINTY, Stance
from .stories import same_story
from .words import tokens

# words after "no" that make no universal over a noun ("no more than", "no longer", "no one")
_NOT_NOUN = frozenset({
    "more", "less", "fewer", "longer", "further", "later", "sooner", "earlier", "one",
    "other", "such", "doubt", "matter", "way", "reason", "sign", "idea", "evidence", "plans",
    "plan", "question", "need", "comment", "decision", "change",
})  # fmt: skip
# words that end a noun phrase besides function words and punctuation
_PHRASE_END = frozenset({"caused", "made", "built", "held", "left", "taken", "given"})
# the longest noun phrase after a quantifier or a count ("no new homes", "40 new homes")
_PHRASE = 3
# prepositions of a place phrase
_PLACE = frozenset({"in", "on", "at", "across", "inside", "outside", "down", "along", "near"})
# prepositions that end a noun phrase besides those of places and the stop words
_PREPOSITIONS = frozenset({
    "towards", "toward", "within", "without", "between",
    "beyond", "past", "around", "under", "below", "above", "since", "per", "via", "onto",
})  # fmt: skip
# words of time, which two claims of one year share without sharing an event
_TIMES = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "today", "yesterday",
    "tonight", "time", "times", "night", "nights", "morning", "evening", "afternoon",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter", "last", "next",
})  # fmt: skip
# words that bound a denial to the time up to now ("not yet", "so far"): a count told later
# may have come between
_AHEAD = frozenset({"yet", "far", "still"})
# words before a count that make it no new instance: a definite or universal phrase ("the two
# bus routes", "all 38 crew members", "every one of the 120 homes") or an upper bound ("fewer
# than 120", "up to 30")
_NOT_AN_INSTANCE = frozenset({
    "the", "these", "those", "this", "that", "its", "their", "our", "his", "her", "my", "your",
    "all", "every", "each", "any", "no", "not", "'s", "fewer", "less", "under", "below",
    "most",
})  # fmt: skip
# a rate after a count ("300 patients a day", "90 births a month"): how often, no instances
_RATE = frozenset({"a", "an", "per", "each", "every"})
_RATE_UNITS = frozenset({"day", "week", "month", "year", "hour", "night", "fortnight"})


# auxiliaries of the past: a count so told does not meet a denial of what will be
_PAST_AUXILIARIES = frozenset({"had", "was", "were", "did"})
# a noun phrase read after a quantifier or a count: its head's stem, its words' stems and its
# head as written
Phrase = tuple[str, frozenset[str], str]


def universal_matters(items: list[Item], stories: dict[str, frozenset[str]] | None) -> list[Matter]:
    """The matters of a universal denial against a count of the thing it denies (see the
    module)."""
    out: list[Matter] = []
    universals = [(it, c, h) for it in items for c in it.claim.clauses for h in _denied(c)]
    if not universals:
        return out
    counts = [(it, c, h) for it in items for c in it.claim.clauses for h in _counted(c)]
    seen: set[str] = set()
    for u, uc, (head, uwords, uword) in universals:
        for i, ic, (ihead, iwords, iword) in counts:
            if i is u or ihead != head or not same_story(stories, u, i):
                continue
            if not _share_a_word(uc, ic, uwords | iwords) or _places_apart(uc, ic):
                continue
            if uc.tense == "future" and _past(ic):
                continue  # "would not be cancelling any notices", "had sent out 2,000 notices"
            no = Stance("no", CERTAINTY[uc.modality], (uword, "no"), uc.text, uc.times,
                        uc.tense == "future", uc.entities, frozenset({head}))  # fmt: skip
            yes = Stance("yes", CERTAINTY[ic.modality], (iword,), ic.text, ic.times,
                         ic.tense == "future", ic.entities, frozenset({head}))  # fmt: skip
            seed = f"universal|{u.key}|{i.key}|{head}"
            if seed in seen:
                continue  # one matter for the two statements, read from any of their clauses
            seen.add(seed)
            mid = "m" + hashlib.sha1(seed.encode()).hexdigest()[:10]
            out.append(Matter(mid, f"Are there any {head}s?", f"any-{head}",
                              (Position(u, no), Position(i, yes))))  # fmt: skip
    return out


def _past(c: Clause) -> bool:
    """Whether the clause tells of the past with a past auxiliary ("had sent out", "were
    cut"); "have been offered" reaches up to now."""
    return bool({t.lower() for t in tokens(c.text)} & _PAST_AUXILIARIES)


def _asserted(c: Clause) -> bool:
    return c.modality in ("certain", "belief")


def _denied(c: Clause) -> list[Phrase]:
    """The noun phrases the clause denies every instance of (see the module)."""
    if not _asserted(c):
        return []
    low = [t.lower() for t in tokens(c.text)]
    if set(low) & _AHEAD:
        return []  # "no cameras have been installed yet": up to now, not for all time
    out: list[Phrase] = []
    for k, w in enumerate(low):
        start = None
        if w == "a" and low[k + 1 : k + 2] == ["single"] and _negated_before(low, k):
            start = k + 2  # "not a single ambulance", "has not delayed a single ambulance"
        elif w == "not" and low[k + 1 : k + 2] == ["one"]:
            start = k + 4 if low[k + 2 : k + 3] == ["of"] else k + 2
        elif (w == "none" and low[k + 1 : k + 2] == ["of"]) or (
            w == "never" and low[k + 1 : k + 3] in (["been", "a"], ["been", "any"])
        ):
            start = k + 3  # "none of the fires", "never been a fire"
        elif w == "no" and k + 1 < len(low) and low[k + 1] not in _NOT_NOUN:
            start = k + 1
        elif (
            w == "any"
            and k + 1 < len(low)
            and low[k + 1] not in _NOT_NOUN
            and _negated_before(low, k)
        ):
            start = k + 1  # "has not received any complaints"
        if start is None:
            continue
        phrase = _phrase(low, start)
        if phrase is not None:
            out.append(phrase)
    return out


def _negated_before(low: list[str], k: int) -> bool:
    """Whether a negator stands in the verb group before ``k`` ("not", "has not delayed",
    "will not be"): at most three words back, none of them a clause's border."""
    for w in reversed(low[max(0, k - 4) : k]):
        if lx.negating(w):
            return True
        if not w[:1].isalpha() or w in ("and", "but", "or", "that", "which", "who"):
            return False
    return False


def _phrase(low: list[str], start: int) -> Phrase | None:
    """The noun phrase from ``start``: at most three words, ending before a function word, a
    negator, punctuation or a participle that begins a clause of its own ("a fire caused by
    ..."); its last word is the head."""
    phrase: list[str] = []
    for w in low[start : start + _PHRASE]:
        if w == "new" and not phrase:
            phrase.append(w)  # "no new homes": a stop word that modifies
            continue
        if not _content(w) or (phrase and w in _PHRASE_END):
            break
        phrase.append(w)
    if not phrase or phrase[-1] == "new":
        return None
    return lx.stem(phrase[-1]), frozenset(lx.stem(w) for w in phrase), phrase[-1]


def _content(w: str) -> bool:
    return lx.content_word(w) and w not in _PLACE and w not in _PREPOSITIONS


def _counted(c: Clause) -> list[Phrase]:
    """The noun phrases the clause gives a positive count of ("four fires", "about 40
    families", "eleven long-term lets"), in an asserted clause with no negator; not a count
    of a definite or whole set ("the two routes", "all 38 members"), an upper bound ("fewer
    than 120 homes") or a rate ("300 patients a day")."""
    if not _asserted(c):
        return []
    low = [t.lower() for t in tokens(c.text)]
    if any(lx.negating(w) for w in low):
        return []
    out: list[Phrase] = []
    for k in range(len(low)):
        if not _count(low, k) or _not_an_instance(low, k):
            continue
        phrase = _phrase(low, k + 1)
        if phrase is None:
            continue
        if not _rate(low[k + 1 : k + 2 + _PHRASE]):
            out.append(phrase)
    return out


def _rate(after: list[str]) -> bool:
    """Whether the words after a count make it a rate ("300 patients a day")."""
    return any(w in _RATE and n in _RATE_UNITS for w, n in pairwise(after))


def _not_an_instance(low: list[str], k: int) -> bool:
    """Whether the words before the count at ``k`` (past a bound such as "about", "at least",
    "more than") make it a definite, whole or bounded set, not instances asserted."""
    j = _first_group(low, k) - 1
    while j >= 0 and low[j] in ("about", "around", "some", "nearly", "almost", "over"):
        j -= 1
    if j >= 1 and low[j] == "than":
        j -= 1  # "more than 40" counts them, "fewer than 40" bounds them
    if j >= 1 and low[j] == "least" and low[j - 1] == "at":
        j -= 2
    if j >= 1 and low[j - 1 : j + 1] == ["up", "to"]:
        return True  # "up to 30 stores"
    return j >= 0 and low[j] in _NOT_AN_INSTANCE


def _first_group(low: list[str], k: int) -> int:
    """Where the number that ends at ``k`` begins ("900 , 000" begins at "900")."""
    while k > 1 and low[k - 1] in (",", ".") and low[k - 2].isdigit():
        k -= 2
    return k


def _count(low: list[str], k: int) -> bool:
    """Whether ``low[k]`` is a positive count: digits other than a year or naught, or a
    number word; "one" only as a count ("one fire", not "one of")."""
    w = low[k]
    nxt = low[k + 1] if k + 1 < len(low) else ""
    if nxt in (",", ".") and k + 2 < len(low) and low[k + 2].isdigit():
        return False  # "900,000": the last group is the count
    if w.isdigit():
        if k > 1 and low[k - 1] in (",", ".") and low[k - 2].isdigit():
            return True  # the last group of "900,000"
        n = int(w)
        return n != 0 and not (1900 <= n <= 2100 and len(w) == 4)
    if w in NUMBER_WORDS:
        return True
    return w == "one" and nxt != "of"


def _words(c: Clause) -> set[str]:
    """The stems of the clause's content words less times and numbers (two claims of one
    year share "year", not an event)."""
    low = (t.lower() for t in tokens(c.text))
    return {
        lx.stem(w)
        for w in low
        if _content(w) and len(w) > 2 and w not in _TIMES and w not in NUMBER_WORDS
    }


def _share_a_word(universal: Clause, count: Clause, phrases: frozenset[str]) -> bool:
    """Whether the two clauses share a content word besides the words of the two noun
        phrases ("bus" of "no bus route" and "two bus routes" names the thing, not the event)
        and those of the universal's place phrases ("in the emergency department" is where no
        patient waited, not what "the department saw 412 patients" is about), unless the count
    gives them as its place too ("on Mill Road", "down Mill Road")."""
    place = set().union(*_place_phrases(universal)) - set().union(*_place_phrases(count))
    return bool((_words(universal) - place) & _words(count) - phrases)


def _places_apart(a: Clause, b: Clause) -> bool:
    """Whether both clauses give a place phrase and neither's phrases all meet the other's
    ("on the green at Ashcombe", "on the farm at Ashcombe": two places in one village)."""
    pa, pb = _place_phrases(a), _place_phrases(b)
    return bool(pa and pb) and not _same_place(pa, pb)


def _same_place(pa: list[set[str]], pb: list[set[str]]) -> bool:
    """Whether every place phrase of one side shares a word with one of the other's."""
    return all(any(x & y for y in pb) for x in pa) or all(any(x & y for x in pa) for y in pb)


def _place_phrases(c: Clause) -> list[set[str]]:
    """The words of each place phrase of the clause ("in Upper Caddon", "on the farm")."""
    low = [t.lower() for t in tokens(c.text)]
    out: list[set[str]] = []
    for k, w in enumerate(low):
        if w not in _PLACE:
            continue
        words: set[str] = set()
        for x in low[k + 1 : k + 5]:
            if x in ("the", "a", "an", "our", "their", "its", "this", "that"):
                continue
            if not _content(x) or x in _TIMES:
                break
            words.add(lx.stem(x))
        if words:
            out.append(words)
    return out
