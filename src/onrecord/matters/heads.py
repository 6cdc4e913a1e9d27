"""The head of a denied noun phrase: "no extra money" denies money, not "extra".

After "no" a noun phrase names the thing denied by its last noun; the words before it say
how much, of what size or of which kind: "there will be no extra money" and "will provide 12
million pounds" speak of money, "there is no 3.5 percent offer" of an offer, "no further
increase" of a rise, "no real consultation" of a consultation (not of anything "true").
:func:`prenominal` tells such a word (an adjective of amount, degree or kind, an ordinal, a
figure and its unit) in the phrase, which names no event of its own; :func:`denied_head`
the noun it leads to, which is the clause's event as the word right after "no" is, where the
phrase is said not to be ("there will be no extra money", "no new money was found"), not
where it is the object of a verb ("would need no extra water" is what is needed).
"""

from __future__ import annotations

import re

from . import lexicon as lx

# adjectives of amount, degree, kind or order that go before the noun after "no"
PRENOMINAL = frozenset({
    "extra", "additional", "further", "more", "new", "fresh", "other", "single", "real",
    "formal", "serious", "major", "significant", "firm", "official", "final", "full",
    "second", "third", "fourth", "big", "bigger", "large", "larger", "great", "greater",
    "direct", "specific", "concrete", "genuine", "proper", "meaningful", "actual", "credible",
    "immediate", "imminent", "written", "public", "detailed", "similar", "special",
    "separate", "substantial", "sudden", "widespread", "general", "blanket",
})  # fmt: skip
# words of a figure before its noun ("no 3.5 percent offer", "no 200 million dollar deal")
_FIGURE_WORDS = frozenset({"percent", "per", "cent", "percentage", "point", "million",
                           "billion", "thousand", "hundred", "dollar", "pound", "euro",
                           "year", "month", "week", "day", "hour"})  # fmt: skip
_NUMBER = re.compile(r"[$£€]?\d[\d,.]*%?$")
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "twelve", "twenty", "fifty", "hundred"})  # fmt: skip
# modifiers that make the noun one more of its kind ("no further closures")
_MORE = frozenset({"further", "additional", "second", "third", "fourth", "another"})
# forms of "be" before the "no" of a thing said not to be ("there will be no extra money")
_BE = frozenset({"be", "is", "are", "was", "were", "been", "'s", "'re"})
# the longest run of such words kept between "no" and the noun
_SPAN = 4


def _modifier(low: list[str], k: int) -> bool:
    w = low[k]
    if w in PRENOMINAL or _NUMBER.match(w) or w in _NUMBER_WORDS:
        return True
    # a unit or a scale only inside a figure ("3.5 percent", "12-month"): not a noun alone
    return w in _FIGURE_WORDS and k > 0 and (_NUMBER.match(low[k - 1]) is not None
                                             or low[k - 1] in _FIGURE_WORDS
                                             or low[k - 1] in _NUMBER_WORDS)  # fmt: skip


# what follows the subject noun of a clause: its auxiliary or its verb of being
_AFTER_SUBJECT = _BE | {"has", "have", "had", "will", "would", "can", "could", "did", "does",
                        "do", "should", "may", "might"}  # fmt: skip


def _participle_before_subject_noun(low: list[str], i: int) -> bool:
    """ "No <frozen> product has gone up", "no <damaged> homes were left empty": a participle
    between "no" and the subject noun describes the thing; what the clause denies is its verb.
    """
    w = low[i]
    if i < 1 or low[i - 1] != "no" or not w.endswith(("ed", "en")) or len(w) < 5:
        return False
    noun = low[i + 1 : i + 2]
    if not noun or not noun[0].isalpha() or len(noun[0]) < 3 or noun[0] in lx.STOPWORDS:
        return False
    return low[i + 2 : i + 3] != [] and low[i + 2] in _AFTER_SUBJECT


def _opening_no(low: list[str], i: int) -> int:
    """Where the "no" that opens the run of modifiers ending before ``i`` stands, or -1."""
    j = i - 1
    while j >= 0 and i - j <= _SPAN and _modifier(low, j):
        j -= 1
    return j if j >= 0 and j < i - 1 and low[j] == "no" else -1


def denied_head(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` is the noun of a phrase opened by "no" and one or more
    modifiers ("there will be no extra <money>", "there is no 3.5 percent <offer>"), which
    opens the clause or follows "be": the thing denied."""
    w = low[i]
    if not w.isalpha() or _modifier(low, i) or len(w) < 3 or w in lx.STOPWORDS:
        return False
    at = _opening_no(low, i)
    if at < 0 or (at > 0 and low[at - 1] not in _BE):
        return False  # "would need no extra water": what is needed, not whether there is any
    # "no further closures", "no second vote": one more of the event, not the one at issue
    # (:func:`.objects.elsewhere`), so no event of the clause
    return not any(w in _MORE for w in low[at + 1 : i])


def prenominal(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` is a modifier inside a phrase opened by "no", with a noun
    after it ("no <further> increase", "no <real> consultation", "no <frozen> product has
    gone up"): it names no event."""
    if _participle_before_subject_noun(low, i):
        return True
    if not _modifier(low, i):
        return False
    k = i + 1
    while k < len(low) and k - i <= _SPAN and _modifier(low, k):
        k += 1
    if k >= len(low) or not low[k].isalpha() or len(low[k]) < 3 or low[k] in lx.STOPWORDS:
        return False
    j = i
    while j >= 0 and _modifier(low, j):
        j -= 1
    return j >= 0 and low[j] == "no" and i - j <= _SPAN
