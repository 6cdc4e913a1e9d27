"""A level against a limit: "went over the legal limit" and "has been within the limit".

A statement that a thing was over a limit and one that it was within it answer one question,
whether the level was above the limit. "Above" and "below" after a verb of level ("is above
the safe limit") already name the lexicon's ``above`` (and its denial); the other words of
the same relation named nothing that meets it: "the blast on 4 March went over the legal
limit" read no event at all, and "every blast has been within the legal vibration limit" a
key ``within`` of its own (and "is well within the design limit" the adverb ``well``). So
the two sides of a limit broken and a limit kept could never meet.

Here a preposition of level before a limit's noun phrase ("over / above / beyond the limit"
for a level above it, "within / under / below the limit" for one inside it), after a verb of
being, going or staying ("has been", "went", "stayed"; an adverb of degree may come between:
"well within") or after a counted noun ("three blasts over the limit"), names ``above``:
asserted for a level above the limit, denied for one inside it, and flipped by the clause's
negators ("has never gone over the limit"). The words of the relation then name nothing of
their own. Not a limit a dispute is "over" ("the row over the cap": no verb of level before
it), nor a clause that opens with the preposition ("under the new limit, drivers ...":
according to it).

Plain Python over lower-cased tokens; read after :func:`.events.events_of`
(:func:`.paraphrases.paraphrased`).
"""

from __future__ import annotations

import re

from ..nlp.timex_lexicon import NUMBER_WORDS
from . import lexicon as lx
from .event_record import Event
from .negation import is_negated, negators_of

ABOVE = "above"

# prepositions of level: +1 above the limit, -1 inside it
_RELATIONS = {"over": 1, "above": 1, "beyond": 1, "within": -1, "under": -1, "below": -1}
# the nouns of a limit
_LIMITS = frozenset({"limit", "limits", "threshold", "thresholds", "ceiling", "ceilings",
                     "cap", "caps"})  # fmt: skip
# words that open the limit's noun phrase
_OPENERS = frozenset({"the", "its", "their", "our", "his", "her", "your", "my", "this",
                      "that", "a", "any", "every"})  # fmt: skip
# modifiers between the opener and the limit's noun ("the legal vibration limit")
_MODIFIERS = 3
_MODIFIER = re.compile(r"[a-z0-9][a-z0-9-]*$")
# verbs before the preposition that place a level: being, going, staying, moving
_LEVEL_VERBS = lx.BE_FORMS | frozenset({
    "go", "goes", "went", "gone", "going", "come", "comes", "came", "coming", "stay", "stays",
    "stayed", "staying", "remain", "remains", "remained", "remaining", "keep", "keeps", "kept",
    "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling",
    "run", "runs", "ran", "running", "'s", "'re",
})  # fmt: skip
# adverbs of degree or time between the verb and the preposition ("is well within")
_DEGREE = frozenset({
    "well", "just", "far", "way", "comfortably", "safely", "still", "always", "slightly",
    "already", "also", "again", "now", "consistently", "clearly", "easily", "substantially",
    "significantly", "only", "back", "never", "not", "n't", "ever", "all", "even", "barely",
})  # fmt: skip


def _limit_after(low: list[str], k: int) -> bool:
    """Whether a limit's noun phrase opens at ``k`` ("the legal vibration limit", "its
    emissions limits", "the limits for bathing water")."""
    if k >= len(low) or low[k] not in _OPENERS:
        return False
    for j in range(k + 1, min(len(low), k + 2 + _MODIFIERS)):
        if low[j] in _LIMITS:
            return True
        if not _MODIFIER.match(low[j]) or low[j] in lx.STOPWORDS:
            return False
    return False


def _counted_noun(low: list[str], j: int) -> bool:
    """Whether the word at ``j`` is a noun after a count ("three blasts", "14 days")."""
    if j < 1 or not low[j].isalpha() or low[j] in lx.STOPWORDS:
        return False
    count = low[j - 1]
    return count[:1].isdigit() or (count in NUMBER_WORDS and count not in ("a", "an"))


def _placed(low: list[str], i: int) -> int:
    """Where the verb (or counted noun) stands that the preposition at ``i`` places a level
    after, skipping adverbs of degree; -1 where there is none."""
    j = i - 1
    while j >= 0 and low[j] in _DEGREE:
        j -= 1
    if j < 0:
        return -1
    return j if low[j] in _LEVEL_VERBS or _counted_noun(low, j) else -1


def _first_verb(low: list[str]) -> int:
    """The first auxiliary or modal of the clause (its end where there is none), as
    :func:`.events.events_of` finds it for the scope of its negators."""
    return next(
        (k for k, w in enumerate(low) if (w in lx.MODALS and w != "to") or lx.is_aux(low, k)),
        len(low),
    )


def limit_events(low: list[str], events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The clause's events with a level against a limit read as ``above`` ("went over the
    legal limit": asserted; "has been within the limit": denied); the words of the relation
    ("within", "well") name no event of their own. Unchanged where there is no such level."""
    for i, word in enumerate(low):
        sign = _RELATIONS.get(word, 0)
        if not sign or not _limit_after(low, i + 1):
            continue
        at = _placed(low, i)
        if at < 0:
            continue
        first = _first_verb(low)
        negs = negators_of(low, i, first)
        polarity = -sign if is_negated(negs, i, first) else sign
        said = set(low[at + 1 : i + 1])
        kept = tuple(e for e in events if e.word.lower() not in said and e.key != ABOVE)
        return (*kept, Event(ABOVE, word, polarity, negs))
    return events
