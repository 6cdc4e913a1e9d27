"""What a thing is about: "this is about money", "it is not about the money", "this has
nothing to do with cost".

News quotes often argue over the motive of a decision rather than the decision itself: the
union says a closure "is about money", the board that it "is about safety, not about money".
No verb names an event there (the predicate is "be about" and a noun phrase), so the claim
joined no matter. Here "be about X" names the motive ``about-<X>`` (X the last noun of the
phrase: "about patient safety" is safety, "about saving money" money, "about "safety"" safety:
quote marks are passed over), and the negators of the clause deny it ("is not about money",
"was never about money"). English gives the denial two more shapes, read the same way:

* a contrast told as a bare fragment after a comma: "..., not about money" (the clause
  splitter leaves "not about money" as a clause of its own);
* "has nothing to do with X" denies the motive X as "is not about X" does.

Not a motive: "about" before an amount ("is about 40 miles", "about a week", "about half the
budget", "about the same", "about the size of a pitch", "about average"), "about time",
"about to" ("is about to close"), "about" after a verb of its own ("talked about money": a
topic of talk) or with no "be" before it; a thing told about a topic ("the report is about
the closure", "the meeting is about the budget"); a phrase only quoted ('about ‘money’': the
words are masked); and a hedge after the negator ("is not just about money", "not only
about"), which grants the motive in part. Where "be (not) about" is read so,
:func:`motive_negator` still keeps its negator off the subject's event: "the closure is not
about a week late" does not deny the closure.
"""

from __future__ import annotations

from . import lexicon as lx
from .figure_words import NUMBER_WORDS
from .measures import MEASURE_UNITS

__all__ = ["motive", "motive_negator"]

_MOTIVE = "about-"  # the key's prefix: "about-money"
# words between "be" and "about" that leave it the predicate ("is all about", "was never about")
_BETWEEN = frozenset({"all", "only", "just", "really", "simply", "purely", "entirely", "not",
                      "n't", "never", "always", "mostly", "partly", "still", "more", "less",
                      "also", "ultimately", "actually", "clearly", "merely", "solely",
                      "mainly", "wholly", "exclusively", "primarily"})  # fmt: skip
# words after a negator that grant the motive in part ("not just about money")
_HEDGES = frozenset({"all", "only", "just", "simply", "purely", "entirely", "merely", "solely",
                     "mainly", "mostly", "wholly", "exclusively", "primarily"})  # fmt: skip
# words that end the noun phrase of the motive ("about money on supply teachers")
_PHRASE_END = frozenset({",", ".", ";", ":", "and", "but", "or", "not", "nor", "on", "in",
                         "at", "for", "of", "to", "with", "from", "by", "than", "that",
                         "which", "who", "because", "when", "while", "if", "whatever"})  # fmt: skip
# a noun phrase this long is a description, not a motive named
_MAX_PHRASE = 5
# quote marks, and the word that stands for words quoted inside a claim (claims.parse_claim)
_QUOTES = frozenset({'"', "'", "quoted"})
# the first word after "about" that makes it an amount ("about half the budget")
_APPROX = frozenset({"half", "halfway", "twice", "double", "treble", "triple", "average",
                     "right", "equal", "even", "level", "par", "normal", "usual"})  # fmt: skip
# "about the same", "about the size of a pitch": a comparison of amounts
_DIMENSIONS = frozenset({"size", "length", "height", "width", "depth", "weight", "area"})
# units that make "about a/an ..." an amount ("about a week", "about a third of")
_UNITS = frozenset(lx.stem(w) for w in MEASURE_UNITS | {
    "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year",
    "decade", "century", "half", "third", "quarter", "fifth", "tenth", "fraction", "couple",
    "few", "pound", "penny", "dollar", "euro", "percent",
})  # fmt: skip
# subjects told about a topic, not done for a motive ("the report is about the closure")
_TOPICS = frozenset(lx.stem(w) for w in (
    "report", "meeting", "book", "talk", "film", "story", "article", "letter", "study",
    "review", "inquiry", "debate", "hearing", "consultation", "survey", "document", "paper",
    "speech", "lecture", "programme", "program", "documentary", "novel", "exhibition",
    "email", "petition", "conference", "seminar", "briefing", "chapter", "episode",
    "interview", "podcast", "column", "blog", "session", "question", "play", "song", "course",
    "workshop", "lesson", "agenda", "video", "website", "leaflet", "poem", "series",
))  # fmt: skip
# where a subject begins, going back from its verb ("the union says [the closure] is ...")
_SUBJECT_START = (lx.REPORT_VERBS - {"report", "reports"}) | {
    "that", "which", "who", ",", ";", ":", "because", "but",
}  # fmt: skip
# where the head of a subject ends ("the report [on the closure]")
_SUBJECT_PREP = frozenset({"of", "on", "in", "at", "into", "from", "with", "about", "over",
                           "by", "for", "to"})  # fmt: skip


def motive(low: list[str], i: int) -> tuple[str, int, int] | None:
    """The motive key that "about" (or "nothing to do with") at ``i`` names, its sign (-1 for
    "nothing to do with") and the index of the phrase's last word; None when ``i`` names no
    motive (see the module)."""
    if low[i] == "nothing" and low[i + 1 : i + 4] == ["to", "do", "with"] and i > 0:
        if low[i - 1] not in ("has", "had", "have", "'s"):
            return None  # "there is nothing to do with it": no motive denied
        verb, start, sign = i - 1, i + 4, -1
    elif low[i] == "about" and (be := _be_before(low, i)) >= 0:
        if _hedged(low, be, i):
            return None  # "is not just about money": money in part, no denial
        verb, start, sign = be, i + 1, 1
    elif low[i] == "about" and _bare_contrast(low, i):
        verb, start, sign = -1, i + 1, 1
    else:
        return None
    head = _head(low, start)
    if head is None or (verb >= 0 and _topic_subject(low, verb)):
        return None
    return _MOTIVE + lx.stem(low[head]), sign, head


def _be_before(low: list[str], i: int) -> int:
    """The index of a form of "be" before "about" at ``i``, over the words of
    :data:`_BETWEEN`; -1 when there is none."""
    j = i - 1
    while j >= 0 and low[j] in _BETWEEN:
        j -= 1
    return j if j >= 0 and low[j] in lx.BE else -1


def _hedged(low: list[str], be: int, i: int) -> bool:
    """A hedge after a negator between "be" at ``be`` and "about" at ``i`` ("is not just
    about", "isn't only about"): the motive is granted in part, not denied."""
    between = low[be + 1 : i]
    return any(
        w in lx.NEGATORS and any(h in _HEDGES for h in between[n + 1 :])
        for n, w in enumerate(between)
    )


def _bare_contrast(low: list[str], i: int) -> bool:
    """ "not about money" as a clause of its own: the contrast after a comma."""
    return i == 1 and low[0] in ("not", "never")


def _head(low: list[str], start: int) -> int | None:
    """The last word of the noun phrase after "about" at ``start``, or None when none is one
    (an amount, "to", "time", a pronoun, a long description)."""
    while start < len(low) and low[start] in _QUOTES:
        start += 1  # 'about "safety"': the word quoted
    if start >= len(low):
        return None
    first, nxt = low[start], low[start + 1 : start + 2]
    if first in ("to", "time", "it", "this", "that") or not first.isalpha() or first in _APPROX:
        return None  # "about to close", "about time", "about 40 miles", "about half the cost"
    if first == "the" and (nxt == ["same"] or (nxt and nxt[0] in _DIMENSIONS)):
        return None  # "about the same as last year", "about the size of a football pitch"
    end = start
    while end < len(low) and low[end] not in _PHRASE_END:
        end += 1
    phrase = [w for w in low[start:end] if w not in _QUOTES]
    words = [k for k in range(start, end) if low[k].isalpha() and low[k] not in lx.STOPWORDS
             and low[k] not in _QUOTES]  # fmt: skip
    if (
        not words
        or len(phrase) > _MAX_PHRASE
        or any(w in NUMBER_WORDS or any(c.isdigit() for c in w) for w in phrase)
        or (first in ("a", "an") and any(lx.stem(w) in _UNITS for w in phrase))
    ):
        return None  # "about a mile from", "about a third of the budget", "a week late"
    return words[-1]


def _topic_subject(low: list[str], verb: int) -> bool:
    """Whether the subject before the verb at ``verb`` is a thing told about a topic ("the
    report on the closure is about money", "the Harle meeting is about the budget")."""
    j = verb
    while j > 0 and low[j - 1] not in _SUBJECT_START:
        j -= 1
    head = []
    for w in low[j:verb]:
        if w in _SUBJECT_PREP:
            break
        head.append(w)
    return any(lx.stem(w) in _TOPICS for w in head)


def motive_negator(low: list[str], k: int) -> bool:
    """Whether the negator at ``k`` stands in "be (not) about ..." ("the closure is not about
    money", "is not just about money", "is not about a week late"): it denies at most the
    motive, never the event the clause's subject names. "Is not about to close" is no such
    negator: the closure is denied."""
    j = k + 1
    while j < len(low) and low[j] in _BETWEEN:
        j += 1
    if j + 1 >= len(low) or low[j] != "about":
        return False
    return motive(low, j) is not None or (_be_before(low, j) >= 0 and low[j + 1] != "to")
