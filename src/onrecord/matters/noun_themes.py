"""What an event named by a noun is of: the phrase that ties a thing to the noun.

"Parking on the seafront will stay free" and "parking at the hospital will be charged" share
the event ``park``, but of two places: two questions. A verb's theme is its object
(:mod:`.themes`); a noun that names the event had none, and so compared with anything. What
it is of is told by a preposition right after it that ties a place or a thing to it:
"parking in <the town centre>", "the repairs on <the roof>", "a fire at <the warehouse>".

The same thing named with and without such a phrase ("parking" / "parking at the hospital")
stays one question: a noun with nothing after it keeps the empty theme, which compares with
anything. Names are compared as entities, not here ("parking in Calloway" reads nothing).
Not a "to" and a verb ("an order to halt the works"): what someone is to do, which the verb
of the same event tells of whom it is asked ("ordered the firm to stop"), another slot.
"""

from __future__ import annotations

from . import lexicon as lx

# prepositions that tie a place or a thing to the noun before them ("parking at the hospital",
# "the work on the roof"); not "for" (a price's "for" names what is paid for, which a verb of
# paying leaves out: "no charge for the club", "will pay 6 pounds a session"), nor "of" (the
# noun's object, named by a verb of the event in other words: "the production of the drug",
# "stopped making the tablets")
_TIES = frozenset({"in", "at", "on"})
# words before a noun that show it is one ("the offer", "the club's offer", "charge for
# parking"): a determiner, a possessive, or a preposition that takes it as its complement
_NOUN_MARKS = lx.NOMINAL_INTRO | frozenset({
    "'s", "'", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
    "those", "every", "each", "for", "of", "about", "over", "against", "without",
})  # fmt: skip
# where the completing phrase ends: a clause or a phrase of its own
_END = frozenset({
    "and", "but", "or", "if", "that", "which", "who", "because", "while", "as", "than",
    "when", "unless", "until", "since", "before", "after", "during", "by", "from", "with",
    "without", "into", "to", "for", "of", "in", "at", "on", "over", "under", "about",
    "through", "across", "not", "no",
})  # fmt: skip


# nouns of a change of amount: their "in" names what changes ("a rise in berth fees"), which
# the other side tells as what is paid or charged, in words of money ("not a penny more")
_CHANGES = frozenset({
    "rise", "rises", "increase", "increases", "fall", "falls", "cut", "cuts", "drop", "drops",
    "decrease", "decreases", "reduction", "reductions", "hike", "hikes", "jump", "growth",
    "decline", "surge",
})  # fmt: skip


def is_noun_event(low: list[str], at: int) -> bool:
    """Whether the event word at ``at`` is a noun: after a determiner, a possessive or a
    preposition ("the offer", "the club's offer", "charge for parking"), or opening the
    clause ("Parking at the hospital will be charged"). Not a change of amount (a rise, a
    cut), whose "in" names what changes, not where."""
    if low[at] in _CHANGES:
        return False
    if at == 0:
        return True
    return low[at - 1] in _NOUN_MARKS


def noun_theme(toks: list[str], low: list[str], at: int) -> frozenset[str]:
    """Stemmed common words of the phrase that completes the noun at ``at`` ("at the hospital",
    "in the town centre"), or none when no such phrase follows."""
    j = at + 1
    if j >= len(low):
        return frozenset()
    if low[j] not in _TIES:
        return frozenset()
    start = j + 1
    return _phrase(toks, low, start)


def _phrase(toks: list[str], low: list[str], start: int) -> frozenset[str]:
    """Stemmed common words from ``start`` to the end of its noun phrase: a preposition, a
    conjunction, a verb (an auxiliary, a modal, a past form), punctuation."""
    words: set[str] = set()
    for k in range(start, len(low)):
        w = low[k]
        if w in _END or not w[:1].isalnum() or w in lx.MODALS or lx.is_aux(low, k):
            break
        if k > start and w.endswith("ed"):
            break  # "parking at the hospital ended": the clause's verb
        if not w.isalpha() or w in lx.STOPWORDS or w in lx.PRONOUNS or toks[k][:1].isupper():
            continue  # a number, a function word, a name
        if w in lx.MONTHS or w in _NOT_THINGS:
            continue
        st = lx.stem(w)
        words.add(lx.THEME_STEMS.get(st, st))
    return frozenset(words)


# words of a phrase that say how much or when, not what ("parking for the next year")
_NOT_THINGS = frozenset({
    "all", "any", "some", "every", "each", "more", "most", "many", "few", "several", "much",
    "less", "year", "years", "month", "months", "week", "weeks", "day", "days", "time",
    "times", "next", "last", "first", "own", "new", "other", "another", "whole", "full",
    "kind", "kinds", "sort", "sorts", "type", "types", "top", "bottom", "end", "side",
    "part", "front", "back", "middle",
})  # fmt: skip
