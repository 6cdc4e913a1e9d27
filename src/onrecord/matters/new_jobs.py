"""Jobs made: "will create 140 new jobs" and "will not bring one new job" answer one question.

Verbs of making or bringing ("create", "bring", "add", "generate") with a job noun for their
object (one of :data:`.lexicon.THEME_SYNONYMS`: "jobs", "posts", "staff") say whether work
comes to a place, whatever the verb: they name one key, :data:`NEW_JOBS`, so that "the depot
will create 140 new jobs" meets "this contract will not bring one new job".

A denial counts only when it denies any job at all ("will not bring one new job", "will not
add a single post", "will create no jobs"): "will not create 500 jobs" denies a figure, not
that jobs come, and is read as nothing here; so is a denial of jobs of one kind ("will not
create a single permanent job", "not one job for local drivers"), which leaves the others. A
verb that makes something else ("bring cover to the staff", "add a shift") has no job noun
for its object and is left alone.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

NEW_JOBS = "jobs-new"
_MAKING = frozenset({"create", "creates", "created", "creating", "bring", "brings", "brought",
                     "bringing", "add", "adds", "added", "adding", "generate", "generates",
                     "generated", "generating"})  # fmt: skip
# words of the verb group between a negator and the verb ("will not even bring")
_GROUP = lx.AUXILIARIES | lx.MODALS | frozenset({"even", "ever", "actually", "really"})
# quantifiers of the object that deny any job ("no jobs", "not one new job")
_NONE = frozenset({"no", "zero"})
_ANY = frozenset({"one", "a", "any", "single"})


def jobs_made(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """:data:`NEW_JOBS` with its polarity where a verb of making has jobs for its object."""
    for i, word in enumerate(low):
        end = _job_at(low, i)
        if word not in _MAKING or end < 0:
            continue
        obj = low[i + 1 : end]
        k = i - 1
        while k >= 0 and low[k] in _GROUP and low[k] not in lx.NEGATORS:
            k -= 1
        negs: tuple[str, ...] = (low[k],) if k >= 0 and low[k] in lx.NEGATORS else ()
        negs += tuple(w for w in obj[:1] if w in _NONE)
        if not negs:
            return (Event(NEW_JOBS, toks[i], 1, ()),)
        figure = any(w[:1].isdigit() or (w.isalpha() and w not in _ANY and w in _NUMBERS)
                     for w in obj)  # fmt: skip
        if len(negs) == 1 and not figure and not _of_a_kind(low, i + 1, end):
            return (Event(NEW_JOBS, toks[i], -1, negs),)
        return ()
    return ()


# words of a denied object that deny any job at all ("not one new job", "no extra posts")
_PLAIN = _NONE | _ANY | frozenset({"new", "extra", "additional", "more", "further", "of"})


def _of_a_kind(low: list[str], start: int, end: int) -> bool:
    """Whether the denied jobs at ``start:end`` (the job noun at ``end``) are of a kind, not
    any job: a word that says which ("not a single permanent job", "no construction jobs"),
    or whose jobs after the noun ("not one job for local drivers"). A denial of one kind
    leaves others: "will create jobs during construction" and "will not create a single
    permanent job" both hold."""
    if any(w not in _PLAIN for w in low[start:end]):
        return True
    return low[end + 1 : end + 2] == ["for"]


def _job_at(low: list[str], i: int) -> int:
    """Where the job noun heading the object of the verb at ``i`` stands ("create <140 new
    jobs>", "bring <one new job>"), within five words, or -1."""
    for j in range(i + 1, min(len(low), i + 6)):
        w = low[j]
        if lx.THEME_STEMS.get(lx.stem(w)) == _JOB:
            return j
        if w in _STOPS or not (w.isalnum() or w == ","):
            return -1
    return -1


_JOB = lx.THEME_STEMS[lx.stem("job")]
# words that end the object before a job noun ("bring cover to the staff")
_STOPS = frozenset(
    {
        "to",
        "in",
        "for",
        "from",
        "by",
        "and",
        "but",
        "or",
        "at",
        "on",
        "with",
        "that",
        "which",
        "who",
    }
)
# number words that give a figure of jobs ("will not create fifty jobs")
_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty",
                      "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
                      "thousands", "dozen", "dozens"})  # fmt: skip
