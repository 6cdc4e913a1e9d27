"""What "cut" is a cut of: its sense follows the thing cut.

"Cut 200 jobs", "job cuts", "staff were cut" are job cuts; "cut fares", "took a pay cut",
"the budget was cut" lower an amount (the scale of rise and fall); "cut the route", "cut the
power" end a thing, no job cut and no fall. With no thing named ("there will be no cuts") the
word keeps its listed sense, the job cut news most often means.
"""

from __future__ import annotations

from . import lexicon as lx

CUT_FORMS = frozenset({"cut", "cuts", "cutting"})
# the nouns of a cut, read by the thing cut as "cut" is ("a reduction in fares": a fall)
REDUCTION_FORMS = frozenset({"reduction", "reductions"})
# the verb of a reduction: of an amount it is a fall, as "cut" of one is (:func:`reduced_amount`)
REDUCE_FORMS = frozenset({"reduce", "reduces", "reduced", "reducing"})
# determiners that point back to one cut told before ("the cut is temporary")
_ANAPHORIC = frozenset({"the", "this", "that"})

# what an amount is counted in: a cut of one is a fall ("cut fares", "a pay cut")
_AMOUNTS = frozenset(lx.stem(w) for w in (
    "fare", "fares", "price", "prices", "rate", "rates", "tax", "taxes", "fee", "fees",
    "cost", "costs", "budget", "budgets", "funding", "spending", "allocation", "allocations",
    "subsidy", "subsidies", "grant", "grants", "wage", "wages", "salary", "salaries", "pay",
    "pension", "pensions", "benefit", "benefits", "rent", "rents", "tariff", "tariffs",
    "hours", "output", "production", "emissions", "allowance", "allowances", "payment",
    "payments", "investment", "spend", "quota", "quotas", "bonus", "bonuses", "aid",
    "tuition", "levy", "deficit", "ration", "rations", "number", "numbers",
))  # fmt: skip
# words between "cut" and its object ("cut 30 percent of the budget", "cut its fares")
_SKIP = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "my", "your", "this",
                   "that", "these", "those", "all", "some", "any", "percent", "per", "cent",
                   "of", "back", "on", "further", "deep", "deeper", "sharp", "big",
                   "more", "most", "another", "additional"})  # fmt: skip
# what joins a noun "cut" to the thing cut ("cuts to services", "a cut in funding")
_TO = frozenset({"to", "in", "of", "on"})
# the participles of a passive cut ("fares were cut", "the budget is being reduced")
_PARTICIPLES = frozenset({"cut", "reduced"})
# auxiliaries of a passive ("fares were cut", "has been cut")
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being", "get", "got"})


def cut_sense(low: list[str], i: int) -> tuple[str, int]:
    """The concept of "cut" at ``i`` by the thing cut: ``("jobcut", 1)`` for jobs or no thing
    named, ``("rise", -1)`` for an amount, ``("cut", 1)`` for anything else (a route, the
    power): an event of its own, which "cut" and "cutting" share."""
    thing = _thing_cut(low, i)
    if thing is None and _points_back(low, i):
        return ("cut", 1)  # "the cut is temporary": one cut told before, of no named thing
    if thing is None:
        return ("jobcut", 1)
    if _is_job(thing) or thing in lx.PRONOUNS:
        return ("jobcut", 1)  # "cut 200 jobs", "we cut them", "cut nine nurses": laid off
    if lx.stem(thing) in _AMOUNTS:
        return ("rise", -1)
    return ("cut", 1)


def reduced_amount(low: list[str], i: int) -> tuple[str, int] | None:
    """``("rise", -1)`` where a verb "reduce" at ``i`` lowers an amount ("will reduce fares",
    "will not reduce the number of visitors"), as "cut fares" does: one fall told by either
    verb; None for any other thing reduced ("reduce the risk", "reduce delays"), which keeps
    the verb's own key."""
    if low[i] not in REDUCE_FORMS:
        return None
    thing = _thing_cut(low, i)
    return ("rise", -1) if thing is not None and lx.stem(thing) in _AMOUNTS else None


def _thing_cut(low: list[str], i: int) -> str | None:
    """The noun "cut" at ``i`` is said of: a job or amount noun right before it ("a pay cut",
    "job cuts"), the subject of a passive ("fares were cut", "no jobs at the plant will be
    cut"), the object after a verb ("cut 200 jobs", "cut its fares by 5 percent") or after a
    noun's "to", "in", "of" ("cuts to the budget"). A time after it ("a cut in April", "cut
    next season") names no thing."""
    prev = low[i - 1] if i else ""
    if lx.stem(prev) in _AMOUNTS or _is_job(prev):
        return prev  # "a pay cut", "job cuts", "budget cuts"
    k = i - 1
    while k >= 0 and (low[k].endswith("ly") or low[k] == "already"):
        k -= 1
    if k >= 0 and low[k] in _PASSIVE and low[i] in _PARTICIPLES:  # "are cutting": active
        while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS
                          or low[k] in lx.NEGATORS):  # fmt: skip
            k -= 1
        near = [w for w in reversed(low[max(0, k - 5) : k + 1]) if _is_job(w)
                or lx.stem(w) in _AMOUNTS]  # fmt: skip
        if near:
            return near[0]  # "no jobs at the plant will be cut": the place after the noun
        if k >= 0 and low[k].isalpha() and low[k] not in lx.STOPWORDS:
            return low[k]  # "the route was cut"
        return None
    j = i + 1
    if low[i] in ("cuts", *REDUCTION_FORMS) or prev in _NOUN_BEFORE or prev[:1].isdigit():
        if low[j : j + 1] and low[j] in _TO:
            j += 1
        else:
            j = len(low)  # a noun with nothing named after it
    while j < len(low) and j <= i + 6 and (low[j] in _SKIP or low[j][:1].isdigit()
                                           or low[j] in _COUNTS):  # fmt: skip
        j += 1
    if j + 2 < len(low) and low[j].isalpha() and low[j + 1] in _POSSESSIVE:
        j += 2  # "cut the museum's grant": the grant is cut, not the museum
        while j < len(low) and j <= i + 8 and low[j] in _SKIP:
            j += 1
    if j < len(low) and low[j].isalpha() and low[j] not in lx.STOPWORDS:
        if low[j] in _TIMES or low[j] in lx.MONTHS:
            return None
        for head in low[j + 1 : j + 3]:
            if lx.stem(head) in _AMOUNTS or _is_job(head):
                return head  # a compound's head: "cut parking fees", "cut leak repair crews"
            if not head.isalpha() or head in lx.STOPWORDS:
                break
        return low[j]
    return None


# the marks of a possessive owner before the thing cut ("cut Greyline's subsidy")
_POSSESSIVE = frozenset({"'s", "’s", "'"})

# counts before the thing cut ("cut nine nurses", "cut a dozen routes")
_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen "
                    "twenty thirty forty fifty hundred hundreds thousand thousands dozen "
                    "dozens".split())  # fmt: skip

# words of time after "cut" ("cut next season", "cuts this year"): no thing cut
_TIMES = frozenset({"next", "last", "this", "today", "tomorrow", "soon", "now", "again",
                    "season", "year", "month", "week", "spring", "summer", "autumn", "winter",
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday"})  # fmt: skip


def _points_back(low: list[str], i: int) -> bool:
    """Whether the noun at ``i`` is one cut named by "the", "this" or "that" alone ("the cut
    is temporary", "this reduction will not last"): a cut the article told before, of a thing
    not named here. Job cuts are told in the plural ("the cuts", "the job losses") or with
    their thing ("the cut of 40 posts"); a bare singular "the cut" is the cut of a service,
    an amount or a timetable as often, so it keeps an event of its own, no job cut."""
    return low[i] in ("cut", "reduction") and i > 0 and low[i - 1] in _ANAPHORIC


def _is_job(word: str) -> bool:
    """A job or a person who holds one ("jobs", "posts", "nurses", "crews")."""
    return lx.THEME_STEMS.get(lx.stem(word)) == lx.THEME_STEMS[lx.stem("job")] or _is_staff(word)


# people who hold posts: cutting them is a job cut ("will not cut nine nurses")
_STAFF = frozenset({
    "nurses", "teachers", "doctors", "officers", "drivers", "guards", "firefighters",
    "paramedics", "librarians", "cleaners", "porters", "engineers", "managers", "clerks",
    "inspectors", "wardens", "rangers", "assistants", "lecturers", "researchers", "people",
    "crew", "crews", "personnel", "midwives", "carers", "caretakers", "coaches", "players",
})  # fmt: skip


def _is_staff(word: str) -> bool:
    return word in _STAFF


# words before a noun "cut" ("a cut", "no cuts", "a 30 percent cut")
_NOUN_BEFORE = frozenset({"a", "an", "the", "no", "any", "deep", "deeper", "percent", "further",
                          "sharp", "big", "another", "these", "those", "such", "more"})  # fmt: skip
