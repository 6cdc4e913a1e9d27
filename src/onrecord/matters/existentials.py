"""What "there is" asserts: the last noun of the phrase after "there" and "be".

"There was a serious fire at the depot" says a fire happened, not anything "serious"; "there
were two fires", "there was at least one working lift", "there have been several complaints"
and "there has been blue-green algae" assert fires, a lift, complaints and algae. The words
between the opener (an article, a count, a quantifier, a bound such as "at least") and the
last noun of the phrase say how many, of what size or of which kind: they name no event of
their own. Only the word right after "a" was read (so "serious", "working" or "several" had
been the event), and after a count nothing at all, so "there was at least one working lift"
could never meet "there has not been a working lift". The phrase said not to be ("there will
be no extra money") is :func:`.heads.denied_head`'s; here only an asserted phrase or one
denied by a negator before it ("there has not been a working lift", "there was never a
formal complaint"). Not a phrase of quantity or of a stance ("there is a lot of anger",
"there is a chance", "there are plans to ..."): the noun must not be followed by "of" or
"to", nor be one "there is" does not assert; but an act made to someone names what it gives
or asks after "of" ("there was never a written offer of a lower rent": no offer).
"""

from __future__ import annotations

import re

from . import lexicon as lx

# forms of "be" that "there" takes before its phrase
_BE = frozenset({"be", "is", "are", "was", "were", "been", "'s", "'re"})
# words between "there" and its "be": auxiliaries, modals, negators and a few adverbs
_BEFORE_BE = lx.AUXILIARIES | lx.MODALS | lx.NEGATORS | {
    "going", "to", "also", "still", "ever", "always", "already",
}  # fmt: skip
# words between "be" and the phrase: a negator or an adverb of time
_AFTER_BE = lx.NEGATORS | {"still", "always", "already", "also", "now", "once", "ever",
                           "longer"}  # fmt: skip
# openers of the phrase: an article, a quantifier, a count in words
_OPENERS = frozenset({
    "a", "an", "one", "some", "several", "many", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozens", "hundreds",
    "single", "only", "just", "least", "than", "about", "around", "nearly", "almost",
})  # fmt: skip
# the words of a bound before a count ("at least one", "more than 40")
_BOUND = frozenset({"at", "more", "fewer", "less"})
_NUMBER = re.compile(r"\d[\d,.]*$")
# nouns "there is a ..." does not assert as a thing or an event: a stance, a quantity, a way
NOT_THERE = lx.BELIEFS | {
    "lot", "number", "way", "need", "chance", "risk", "lack", "plan", "plans", "possibility",
    "problem", "question", "reason", "sense", "feeling", "view", "hope", "time", "place",
    "good", "real", "big", "small", "new", "few", "little", "very", "clear", "strong",
    "evidence", "sign", "suggestion", "nothing", "something", "anything", "everything",
    "times", "thing", "things", "kind", "sort", "type", "couple", "bit", "deal", "range",
    "people", "person", "persons", "someone", "anyone", "everyone", "somebody", "anybody",
}  # fmt: skip
# stop words that describe the noun after an opener ("a new school", "one other case")
_PLAIN_MODIFIERS = frozenset({"new", "other", "another", "more", "same", "own"})
# past participles not in "-ed" that follow a noun ("40 spaces left")
_PARTICIPLES = frozenset({
    "left", "built", "made", "taken", "given", "done", "held", "set", "kept", "sold", "lost",
    "paid", "known", "seen", "found", "run",
})  # fmt: skip
# prepositions that end the phrase besides the lexicon's ("a meeting <between> the two")
_PREPOSITIONS = frozenset({"under", "near", "behind", "beside", "inside", "outside", "per", "via"})
# nouns of an act made to someone whose "of" names what it gives or asks ("there was never
# an offer of a lower rent", "there has been no request of that kind"): the act is asserted
_ACTS_OF = frozenset({"offer", "offers", "request", "requests", "promise", "promises",
                      "complaint", "complaints", "warning", "warnings"})  # fmt: skip
# the longest run of words in the phrase after its opener
_SPAN = 4


def _phrase_start(low: list[str], i: int) -> int:
    """Where the phrase of a "there ... be" ending at or after ``i`` opens (the first word
    after "be" and its negators and adverbs), or -1 when ``i`` is in no such phrase."""
    j = i - 1
    while j >= 0 and i - j <= _SPAN + 4 and low[j] not in _BE:
        j -= 1
    if j < 1 or low[j] not in _BE:
        return -1
    k = j - 1
    while k >= 0 and j - k <= 4 and low[k] in _BEFORE_BE:
        k -= 1
    if k < 0 or low[k] != "there":
        return -1
    start = j + 1
    while start < i and low[start] in _AFTER_BE:
        start += 1
    if low[start - 1] == "no" or (start < len(low) and low[start] == "no"):
        return -1  # "there will be no extra money": :func:`.heads.denied_head`
    return start


def _content(word: str) -> bool:
    return (
        bool(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word))
        and word not in lx.STOPWORDS
        and word not in lx.NEGATORS
        and word not in lx.PRONOUNS
        and word not in lx.LONG_PREPOSITIONS
        and word not in _PREPOSITIONS
    )


def _noun_word(word: str) -> bool:
    """A word that goes on the phrase's noun: not a participle after it ("spaces left",
    "homes built", "people waiting")."""
    return _content(word) and not word.endswith(("ed", "ing")) and word not in _PARTICIPLES


def existential_phrase(low: list[str], i: int) -> tuple[int, int] | None:
    """The first and the last word of the noun phrase that "there ... be" asserts (from its
    opener, if any, to its noun), where the word at ``i`` is in it, or None."""
    start = _phrase_start(low, i)
    if start < 0:
        return None
    k = start
    while k < len(low) and (low[k] in _OPENERS or low[k] in _BOUND or _NUMBER.match(low[k])):
        k += 1  # "at least one", "more than 40", "a single", "only two"
    bounded = any(w in _BOUND or w == "than" for w in low[start:k])
    if bounded and any(w in lx.NEGATORS for w in low[max(0, start - 6) : start]):
        return None  # "there are never fewer than six porters": the bound is denied, not them
    while k < len(low) and low[k] in _PLAIN_MODIFIERS:
        k += 1  # "a new school", "another fire"
    if k >= len(low) or not _content(low[k]):
        return None
    first = k
    while k + 1 < len(low) and k + 1 - first < _SPAN and _noun_word(low[k + 1]):
        k += 1
    if not start <= i <= k:
        return None
    nxt = low[k + 1] if k + 1 < len(low) else ""
    of_a_thing = nxt == "of" and low[k] not in _ACTS_OF  # not "an offer of a lower rent"
    if nxt == "to" or of_a_thing or low[k] in NOT_THERE or len(low[k]) < 3:
        return None  # "a lot of anger", "plans to close", "a chance"
    if low[k].endswith("ly") or low[k] in lx.BE:
        return None
    return start, k


def existential_head(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` is the noun "there ... be" asserts ("there was a serious
    <fire>", "there were two <fires>"): the clause's event."""
    span = existential_phrase(low, i)
    return span is not None and span[1] == i


def existential_modifier(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` describes the noun "there ... be" asserts ("there was a
    <serious> fire", "a <working> lift"): no event of its own."""
    span = existential_phrase(low, i)
    return span is not None and span[1] != i
