"""States said of a thing with a form of "be" (or "hold", "remain", "stay"), and the words of
a state and of its opposite folded to one concept with a sign.

News reports a state as often as an event, and its denial in other words: "the lifts were
working normally" / "the lifts had been out of service for a week"; "the ward is fully
staffed" / "six posts are vacant"; "the county is not in crisis" / "the county is in crisis";
"fares have come down" / "fares have risen"; "sales are holding steady" / "sales halved". The
predicate names the state (a participle, an adjective, a prepositional phrase after "be"),
and the concept holds only in that slot: "working" is a state of a machine only as "was
working normally", not in "were working double shifts"; "broken" only as "had been broken",
not "the record was broken by" or "broken into".

* ``function``: "working", "functioning", "operational", "in service" (+1); "broken",
  "faulty", "defective", "out of service", "out of order" (-1); the same said with a verb of
  its own ("has worked normally", "the pumps failed in June"), read by :mod:`.running`;
* ``staffed``: "filled", "staffed" (+1); "vacant", "unfilled", "understaffed" (-1);
* ``rise``: "come down" is a fall (as "go down" is); "holding steady", "unchanged", "flat"
  deny both a rise and a fall (:func:`steady`);
* ``shortag``: "ran out of" a thing is a shortage of it, as "no shortage" denies one;
* ``comply``: a standard, a test or a rule met ("meets every safety standard", "passed its
  inspection") or failed ("fails the tip-over standard", "breached the building code"), the
  key that "would not comply with the rules" names;
* a bare noun after "be in" ("is in crisis", "was in breach", "are in talks") is the state,
  keyed by the noun.

Whether two statements speak of the same thing is left to the matters (a state is shared only
by statements whose words and themes meet, :mod:`.cluster`). Plain Python over the
lower-cased tokens of a clause, no model.
"""

from __future__ import annotations

from . import lexicon as lx
from .finite import ADVERBS
from .motives import motive
from .opposed_states import opposed_state
from .predicates import TIME_WORDS
from .running import running
from .senses import event_stem

BE = lx.BE
# verbs that keep a level ("held steady", "remained unchanged", "stayed flat")
_KEEP = BE | {"hold", "holds", "held", "holding", "remain", "remains", "remained",
              "remaining", "stay", "stays", "stayed", "staying"}  # fmt: skip
# degree words between "be" and the state ("is fully working", "was not entirely broken")
_DEGREE = frozenset({"fully", "completely", "entirely", "partly", "partially", "largely",
                     "broadly", "relatively", "fairly", "still", "now", "again", "already",
                     "mostly", "properly", "back", "all", "both", "currently"})  # fmt: skip

# a machine or a service working (+1) or not (-1), as a predicate after "be"
_WORKING = frozenset({"working", "functioning", "operational", "operable", "functional"})
_NOT_WORKING = frozenset({"broken", "faulty", "defective", "malfunctioning", "inoperable",
                          "inoperative", "unusable"})  # fmt: skip
# after "working", words that keep it a state ("was working normally"); anything else makes it
# an activity ("were working double shifts", "is working on a fix", "working with police")
_AS_A_STATE = frozenset({"normally", "properly", "fine", "correctly", "perfectly", "well",
                         "again", "as", "now", "and", "but", "because", "since", "until",
                         "when", "at", "throughout"})  # fmt: skip
# after "broken", words that make it an act on the thing ("broken into", "broken by vandals",
# "broken up"), not its state
_BROKEN_BY = frozenset({"by", "into", "up", "off", "in", "open", "apart", "through"})
# "out of ..." a machine is out of use
_OUT_OF = frozenset({"service", "order", "action", "commission", "use", "operation"})

# posts held (+1) or not (-1)
_FILLED = frozenset({"filled", "staffed"})
_VACANT = frozenset({"vacant", "unfilled", "understaffed", "short-staffed", "under-staffed",
                     "unstaffed"})  # fmt: skip
# after "filled", words that make it another sense ("filled with smoke", "filled up")
_FILLED_WITH = frozenset({"with", "up", "in", "out"})

# a level kept: neither a rise nor a fall
_STEADY = frozenset({"steady", "stable", "unchanged", "flat"})
# after "come down", words that make it a movement, a decision or a reduction to a cause
# ("came down the stairs", "came down hard on", "comes down to money", "came down in favour")
_COME = frozenset({"come", "comes", "came", "coming"})
_COME_DOWN_TO = frozenset({"to", "on", "hard", "from", "with", "in", "the", "a", "against",
                           "heavily", "firmly", "off", "for", "into", "here", "there"})  # fmt: skip

# "run out of" a thing: a shortage
_RUN = frozenset({"run", "runs", "ran", "running"})

# bare nouns after "be in" that name no state of the subject: a manner, a time, a place in
# a text, a quantity, a want of others ("is in part", "was in time", "is in line with", "in
# front of", "is in demand": no demand made)
_IN_NO_STATE = frozenset({
    "time", "part", "fact", "general", "particular", "turn", "total", "person", "public",
    "private", "full", "addition", "advance", "line", "case", "short", "question", "front",
    "spite", "terms", "excess", "view", "light", "lieu", "respect", "relation", "accordance",
    "common", "principle", "theory", "practice", "effect", "response", "return", "vain",
    "store", "place", "order", "touch", "contact", "mind", "sight", "hand", "tears", "shock",
    "use", "service", "stock", "progress", "town", "charge", "detail", "writing", "english",
    "force", "office", "power", "session", "attendance", "favour", "favor", "demand",
})  # fmt: skip
# words that may follow the noun of "be in ..." where it ends the predicate
_PREDICATE_END = frozenset({"and", "but", "because", "since", "now", "again", "at", "after",
                            "over", "of", "with", "for", "until", "when", "while", "as",
                            "or", "this", "today", "yet", "anymore"})  # fmt: skip


def _be_before(low: list[str], i: int, keep: frozenset[str] = BE) -> bool:
    """Whether a form of "be" (or of ``keep``) stands before ``i``, over degree words,
    adverbs and negators ("is fully working", "was not in crisis", "had been broken")."""
    j = i - 1
    while j >= 0 and (
        low[j] in _DEGREE or low[j] in ADVERBS or low[j] in lx.NEGATORS
        or (low[j].endswith("ly") and low[j] != "only") or low[j] in ("longer", "yet")
    ):  # fmt: skip
        j -= 1
    return j >= 0 and (low[j] in keep or (low[j] == "'s" and lx.is_aux(low, j)))


def _ends_predicate(low: list[str], k: int, words: frozenset[str] = _PREDICATE_END) -> bool:
    """Whether the predicate ends at ``k``: the clause ends, a punctuation mark, or a word of
    ``words`` follows."""
    return k >= len(low) or not low[k][:1].isalnum() or low[k] in words


def _at_a_time(low: list[str], k: int) -> bool:
    """Whether a time follows at ``k`` ("were not working on the night", "was working on
    Monday", "was not working that morning"), which keeps "working" a state; "working on a
    fix" is an activity."""
    at = k + 1 if low[k : k + 1] and low[k] in ("on", "during", "that", "last", "all") else k
    at += 1 if low[at : at + 1] and low[at] in ("the", "that") else 0
    return (
        k < at
        and at < len(low)
        and (low[at] in TIME_WORDS or low[at] in _TIME_NOUNS or low[at] in lx.MONTHS)
    )  # "was working on January 14"


_TIME_NOUNS = frozenset({"day", "evening", "afternoon", "weekend", "hour", "hours", "storm",
                         "flood", "fire"})  # fmt: skip


def steady(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` says a level was kept ("takings are holding steady", "the rate
    remained unchanged", "sales were flat", "fares will stay the same"): neither a rise nor
    a fall. "The same" is a level only of a thing counted or priced ("the rules will stay the
    same" keeps no level)."""
    if (
        low[i] == "same"
        and i > 1
        and low[i - 1] == "the"
        and _ends_predicate(low, i + 1, _SAME_END)
    ):
        return _be_before(low, i - 1, _KEEP - BE) and _counts(low, _subject_end(low, i - 2))
    return low[i] in _STEADY and _be_before(low, i, _KEEP) and _ends_predicate(low, i + 1)


# words after "stay the same" that end the predicate: a time, a clause joined
_SAME_END = _PREDICATE_END | {"in", "next", "through", "throughout", "from", "during", "into"}


def _subject_end(low: list[str], k: int) -> int:
    """The last word of the subject before the verb group that ends at ``k``."""
    while k >= 0 and (low[k] in _KEEP or low[k] in lx.MODALS or low[k] in lx.NEGATORS):
        k -= 1
    return k


def state_concepts(toks: list[str], low: list[str], i: int) -> tuple[list[tuple[str, int]], int]:
    """The (concept, sign) pairs that a state named at ``i`` stands for, and the index of
    the last word of the phrase that names it (``i`` for one word; "out of service" runs to
    "service"). No concept: an empty list."""
    word = low[i]
    nxt = low[i + 1] if i + 1 < len(low) else ""
    opposed, last = opposed_state(low, i)
    if opposed:
        return opposed, last  # "the silt is clean", "production is running normally"
    if (ran := running(low, i)) is not None:
        return [("function", ran[0])], ran[1]  # "has worked normally", "the pumps failed"
    as_a_state = (
        word != "working" or _ends_predicate(low, i + 1, _AS_A_STATE) or _at_a_time(low, i + 1)
    )
    if word in _WORKING and _be_before(low, i) and as_a_state:
        return [("function", 1)], i
    if word in _NOT_WORKING and _be_before(low, i) and nxt not in _BROKEN_BY:
        return [("function", -1)], i
    if word == "out" and nxt == "of" and low[i + 2 : i + 3] and low[i + 2] in _OUT_OF:
        return [("function", -1)], i + 2
    if word in ("in", "into") and nxt in ("service", "operation") and _in_service(low, i):
        return [("function", 1)], i + 1
    if word in _FILLED and _be_before(low, i) and nxt not in _FILLED_WITH:
        return [("staffed", 1)], i
    if word in _VACANT and _be_before(low, i):
        return [("staffed", -1)], i
    if word in _COME and nxt == "down" and low[i + 2 : i + 3] != [] and low[i + 2] in _COME_DOWN_TO:
        return [], i  # "comes down to money", "came down hard on"
    if word in _COME and nxt == "down":
        return [("rise", -1)], i + 1  # "waiting times have come down"
    level = level_after_be(low, i)
    if level:
        return [("rise", level)], i  # "applications are up", "sales were down 4 percent"
    if word == "out" and nxt == "of" and i and low[i - 1] in _RUN and i + 2 < len(low):
        return [("shortag", 1)], i + 1  # "several pharmacies ran out of the drug"
    if word in _FLOW and nxt == "into":
        return [("reach", 1), (lx.stem(word), 1)], i  # "is leaking into the beck": it reaches it
    if had_doing(toks, low, i):
        return [lx.CONCEPTS.get(event_stem(word), (event_stem(word), 1))], i
    met = standard_met(low, i)
    if met:
        return [("comply", met)], i
    if (about := motive(low, i)) is not None:
        return [(about[0], about[1])], about[2]  # "this is about money", "not about money"
    if in_state(low, i) and not toks[i][:1].isupper():
        st = event_stem(word)  # "are in talks": the talks' concept (meet)
        return [lx.CONCEPTS.get(st, (st, 1))], i
    return [], i


def _in_service(low: list[str], i: int) -> bool:
    """ "is in service", "was back in service", "returned to service": a machine in use."""
    return _be_before(low, i) or (i > 0 and low[i - 1] in ("back", "returned", "put"))


def in_state(low: list[str], i: int) -> bool:
    """Whether the noun at ``i`` is a state after "be in" ("the hospital is in crisis", "the
    firm was not in breach of its licence", "the two sides are in talks"): a bare common
    noun, not a manner, a time or a place in a text ("is in part", "was in time")."""
    word = low[i]
    if i < 2 or low[i - 1] != "in" or not word.isalpha() or len(word) < 4:
        return False
    if word in lx.STOPWORDS or word in _IN_NO_STATE or word in lx.MONTHS:
        return False
    if not _be_before(low, i - 1):
        return False
    return _ends_predicate(low, i + 1)


# -- a thing that reaches a place, a thing had doing something ----------------------------

# verbs of a liquid or a gas that reach a place with "into" ("leaking into the beck")
_FLOW = frozenset({"leak", "leaks", "leaked", "leaking", "seep", "seeps", "seeped", "seeping",
                   "spill", "spills", "spilled", "spilt", "spilling", "flow", "flows", "flowed",
                   "flowing", "drain", "drains", "drained", "draining", "escape", "escaped",
                   "escaping"})  # fmt: skip
_HAVE = frozenset({"have", "has", "had", "'ve"})


def had_doing(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the -ing form at ``i`` tells what a thing had was doing ("we have had
    ambulances queuing outside every night", "had patients waiting for hours"): the activity
    happened, as "ambulances queued" says."""
    word = low[i]
    if i < 2 or not word.endswith("ing") or len(word) < 6 or low[i - 2] not in _HAVE:
        return False
    noun = low[i - 1]
    if not noun.isalpha() or not noun.endswith("s") or toks[i - 1][:1].isupper():
        return False
    if noun in lx.STOPWORDS or noun in lx.PRONOUNS or noun in lx.NEGATORS:
        return False
    return word not in lx.LIGHT_VERBS and word not in lx.REPORT_VERBS and word not in lx.HEDGES


# -- a standard met or failed -------------------------------------------------------------

_MEETS = frozenset({"meet", "meets", "met", "meeting", "pass", "passes", "passed", "passing",
                    "satisfy", "satisfies", "satisfied"})  # fmt: skip
_FAILS = frozenset({"fail", "fails", "failed", "failing", "breach", "breaches", "breached",
                    "breaching", "violate", "violates", "violated", "violating", "flout",
                    "flouts", "flouted"})  # fmt: skip
# what a thing meets or fails: a standard, a test, a rule
_STANDARDS = frozenset({"standard", "standards", "requirement", "requirements", "test", "tests",
                        "inspection", "inspections", "rule", "rules", "regulation",
                        "regulations", "criteria", "criterion", "code", "codes", "check",
                        "checks", "guidelines", "audit",
                        # "meets every condition of its licence": terms a holder must keep
                        "condition", "conditions", "obligation", "obligations",
                        "terms"})  # fmt: skip
_ON_THE_WAY = frozenset({"the", "a", "an", "every", "all", "each", "any", "its", "their",
                         "our", "this", "these", "those", "current", "new", "national",
                         "federal", "state", "safety", "fire", "building", "annual", "basic",
                         "minimum", "legal", "strict", "strictest", "european", "emission",
                         "environmental", "emissions", "crash", "drug", "stress",
                         "planning"})  # fmt: skip


def standard_met(low: list[str], i: int) -> int:
    """+1 where the verb at ``i`` meets a standard ("meets every safety standard", "passed
    its annual inspection"), -1 where it fails one ("fails the tip-over standard", "breached
    the building code"); 0 otherwise (a meeting, a bill passed, a plan that failed)."""
    sign = 1 if low[i] in _MEETS else -1 if low[i] in _FAILS else 0
    if not sign:
        return 0
    for w in low[i + 1 : i + 6]:
        if w in _STANDARDS:
            return sign
        hyphened = "-" in w and w.replace("-", "").isalpha()
        if w not in _ON_THE_WAY and not hyphened and not _modifier(w):
            return 0
    return 0


# modifiers before a standard's noun that the list above does not name ("its last fire
# inspection", "its structural inspection", "the latest emissions test")
_NO_MODIFIER = frozenset({"since", "despite", "until", "unless", "through", "via", "per", "under",
                          "within", "without", "between", "against", "among", "toward",
                          "plus", "minus", "except"})  # fmt: skip


def _modifier(w: str) -> bool:
    """Whether ``w`` may stand between a verb and a standard's noun as one more modifier:
    a plain lower-case word, not a function word, a negator or a verb's -ing form ("passed
    a law requiring tests" names no test passed)."""
    if not w.isalpha() or w in lx.STOPWORDS or w in lx.NEGATORS or w in _NO_MODIFIER:
        return False
    return not w.endswith("ing") and w not in lx.PRONOUNS and w not in lx.MODALS


# -- a level said to be up or down -----------------------------------------------------------

# after "is up" / "was down", words that keep it a level: an amount, a comparison, a degree
_LEVEL_ALWAYS = frozenset({"from", "since", "compared", "year-on-year", "sharply", "slightly",
                           "significantly", "considerably", "markedly",
                           "substantially"})  # fmt: skip
# words after it that a posted notice or an outage shares ("the signs are up and ...", "the
# website was down again", "were down by Friday"): a level only for a counted subject
_LEVEL_AFTER = frozenset({"by", "again", "overall", "too", "and", "but", "so", "now",
                          "this"})  # fmt: skip
_PERIODS = frozenset({"year", "month", "quarter", "period", "week", "season", "previous",
                      "same", "last"})  # fmt: skip
_FIGURE_WORDS = frozenset({"percent", "per", "%", "half", "third", "quarter", "fifth", "tenth",
                           "double", "twice", "one", "two", "three", "four", "five", "six",
                           "seven", "eight", "nine", "ten", "twenty", "fifty", "hundred",
                           "thousand", "million", "billion"})  # fmt: skip
# subjects that are counted or priced: "up" and "down" after them are a level
_QUANTITIES = frozenset({"sales", "prices", "price", "fares", "fare", "charges", "costs", "cost",
                         "rents", "rent", "rates", "rate", "applications", "bookings",
                         "turnout", "numbers", "number", "profits", "profit", "takings",
                         "revenue", "revenues", "income", "earnings", "wages", "spending",
                         "enrolments", "enrollments", "admissions", "attendance", "visitors",
                         "arrivals", "passengers", "cases", "claims", "complaints", "crime",
                         "exports", "imports", "orders", "levels", "figures", "membership",
                         "subscriptions", "registrations", "inflation", "unemployment",
                         "output", "demand", "bills", "fees", "taxes", "waiting",
                         "reservations", "donations", "footfall", "ridership"})  # fmt: skip
QUANTITIES = _QUANTITIES


def level_after_be(low: list[str], i: int) -> int:
    """+1 for "up", -1 for "down" as the predicate after a form of "be" ("applications are
    up", "takings were down 12 percent on last year", "is not up"): a level that rose or fell.
    Not a place, a time or a turn of phrase ("is up to the council", "was up all night", "is
    down to staffing", "are up for sale", "was up against", "is down the road"), nor said of a
    person ("I was up", "we are down")."""
    word = low[i]
    if word not in ("up", "down") or not _be_before(low, i):
        return 0
    j = i - 1
    while j >= 0 and low[j] not in BE and low[j] != "'s":
        j -= 1
    k = j - 1
    while k >= 0 and (low[k] in BE or low[k] in lx.AUXILIARIES or low[k] in lx.MODALS):
        k -= 1
    if k < 0 or low[k] in lx.PRONOUNS or low[k] in ("there", "it", "that", "this"):
        return 0
    nxt = low[i + 1] if i + 1 < len(low) else ""
    after = low[i + 2] if i + 2 < len(low) else ""
    third = low[i + 3] if i + 3 < len(low) else ""
    # what a notice, a sign or a website is as well ("are up", "was down again", "are up and
    # open"): a level only when a figure follows or the subject counts something
    counted = any(_figure(w) for w in low[i + 1 : i + 4]) or _counts(low, k)
    level = (
        nxt[:1].isdigit()
        or nxt in _LEVEL_ALWAYS
        or ((not nxt or not nxt[:1].isalnum() or nxt in _LEVEL_AFTER) and counted)
        or (nxt == "in" and _counts(low, k))  # "turnout was up in every ward"
        # "up on last year", "down on the same period": a period, not a place ("up on the website")
        or (nxt == "on" and (after == "last" or (after in ("the", "a") and third in _PERIODS)))
    )
    return (1 if word == "up" else -1) if level else 0


def _figure(w: str) -> bool:
    """Whether ``w`` is, or is part of, a figure ("12", "a third", "percent")."""
    return w[:1].isdigit() or w in _FIGURE_WORDS


def _counts(low: list[str], k: int) -> bool:
    """Whether the subject ending at ``k`` names something counted or priced ("bookings",
    "enrolments at the college", "visitor numbers"), read back to the start of its clause."""
    for w in reversed(low[max(0, k - 5) : k + 1]):
        if not w[:1].isalnum():
            return False
        if w in _QUANTITIES:
            return True
    return False
