"""Acts named by a verb and the words around it rather than by one content word.

"Jobs would go" names a job cut though "go" names nothing alone, and "met every punctuality
target" / "missed its target" one question (was the target met?) though "meet" and "miss" are two
words. Plain Python over lower-cased tokens; :func:`.events.events_of` reads the events.
"""

from __future__ import annotations

from collections.abc import Callable

from . import lexicon as lx
from .dismissals import let_go, told_of
from .notice import told_name_of
from .predicates import TIME_WORDS
from .visits import VISIT, came_to

# what may follow a bare "go" said of jobs: the clause ends, or a place, time or condition
_AFTER_GO = frozenset({"at", "in", "across", "from", "by", "under", "this", "next", "before",
                       "as", "if", "when", "and", "but", "with", "over", "within",
                       "immediately", "soon", "too", "either"})  # fmt: skip


# forms of "be" before a "going" that is the verb ("jobs are going", "posts were going")
_BE_GOING = lx.BE_FORMS | frozenset({"'re", "'s", "'m", "am", "all", "also", "now", "already"})


def bare_go(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a bare "go" that ends its clause or is followed by a place, a time
    or a condition ("jobs would go", "300 jobs will go at the plant", "jobs could go if ..."):
    said of jobs it is a cut. "Jobs will go to local people", "go ahead", "go up" are not.
    "Going" counts after a form of "be" ("their jobs are going", a cut under way or planned),
    not in "going to" (a future of another verb) nor after a noun ("the going rate")."""
    if low[i] not in lx.PHRASAL_VERBS:
        return False
    if low[i] == "going" and (not i or low[i - 1] not in _BE_GOING):
        return False
    nxt = low[i + 1] if i + 1 < len(low) else ""
    return not nxt or not nxt[:1].isalnum() or nxt in _AFTER_GO


# verbs that meet a target (+1) or fall short of it (-1)
_MEET = {"meet": 1, "meets": 1, "met": 1, "meeting": 1, "hit": 1, "hits": 1, "hitting": 1,
         "achieve": 1, "achieved": 1, "achieves": 1,
         "miss": -1, "missed": -1, "misses": -1, "missing": -1}  # fmt: skip
_TARGETS = frozenset({"target", "targets", "deadline", "deadlines", "benchmark", "benchmarks",
                      "goal", "goals", "quota", "quotas"})  # fmt: skip
# the key of a target met or missed
TARGET = "target"


# words that open a time or a count after the object ("met its target last year")
_TIME_OPENERS = frozenset({"last", "next", "twice", "once", "yet", "year", "years"})
# participles after a target that tell who set it ("the target set by ministers")
_SET = frozenset({"set", "laid", "given", "agreed", "announced", "imposed"})


def _modifies(low: list[str], k: int) -> bool:
    """Whether the target noun at ``k`` modifies a noun after it ("met the target audience",
    "hit the target market"): the object is that noun, no target."""
    nxt = low[k + 1] if k + 1 < len(low) else ""
    if not nxt.isalpha() or nxt in lx.STOPWORDS or nxt in TIME_WORDS or nxt in lx.MONTHS:
        return False
    if nxt in _TIME_OPENERS:
        return False  # "met its target last year", "missed the deadline twice"
    return nxt not in _SET and not nxt.endswith(("ed", "ly"))


def target_sign(low: list[str], i: int) -> int:
    """+1 where ``low[i]`` meets a target ("met every punctuality target", "hit its
    deadline"), -1 where it misses one ("missed its target in 11 months"), 0 otherwise ("met
    the minister", "missed the meeting"). The target is the object's head: a few determiners
    and modifiers after the verb, then a target noun."""
    sign = _MEET.get(low[i], 0)
    if not sign or (i and low[i - 1] in ("a", "an", "the")):
        return 0  # "the meeting"
    for k in range(i + 1, min(len(low), i + 5)):
        w = low[k]
        if w in _TARGETS:
            return 0 if _modifies(low, k) else sign
        if not w.isalpha() and not w[:1].isdigit() and "-" not in w:
            return 0
        if w in ("of", "for", "to", "by", "with", "on", "at", "in", "and", "or", "that"):
            return 0
    return 0


_TESTED = frozenset({"test", "tests", "tested", "testing"})


def tested_positive(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` says a test found what it looked for ("samples from the sheds tested
    positive", "none of the birds has tested positive"): the test's event wherever the clause
    puts its subject, as "tested positive" is always a verb."""
    return low[i] in _TESTED and low[i + 1 : i + 2] == ["positive"]


_DROP = frozenset({"drop", "drops", "dropped", "dropping", "axe", "axes", "axed", "axing"})
# what a timetable runs: dropping one ends it, as cutting it does ("cut the route")
_SERVICES = frozenset({"service", "services", "train", "trains", "bus", "buses", "route",
                       "routes", "flight", "flights", "sailing", "sailings", "departure",
                       "departures"})  # fmt: skip
_OBJECT_WORDS = frozenset({"the", "its", "their", "our", "all", "any", "some", "two", "three",
                           "four", "last", "first", "early", "late", "remaining", "daily",
                           "weekend", "evening", "morning", "night", "direct", "only",
                           "several"})  # fmt: skip


def service_dropped(toks: list[str], low: list[str], i: int) -> bool:
    """Whether ``low[i]`` drops or axes a service ("drops the last two Sunday trains", "axed
    its evening buses"): the service is cut, as "no services will be cut" denies, not a
    fall. The object is a few determiners, numbers, times and names, then a service noun."""
    if low[i] not in _DROP:
        return False
    if _passive(low, i):
        return _service_subject(toks, low, i)
    for k in range(i + 1, min(len(low), i + 7)):
        w = low[k]
        if w in _SERVICES:
            return True
        if not (w in _OBJECT_WORDS or w[:1].isdigit() or w in TIME_WORDS
                or (toks[k][:1].isupper() and w.isalpha())):  # fmt: skip
            return False
    return False


# the auxiliaries and negators of a passive ("have been axed", "will not be dropped")
_PASSIVE_AUX = frozenset({"was", "were", "been", "be", "is", "are", "being", "have", "has",
                          "had", "will", "would", "could", "may", "might", "not", "n't",
                          "never", "to"})  # fmt: skip


def _passive(low: list[str], i: int) -> bool:
    """Whether the participle at ``i`` follows a form of "be" ("were dropped", "will not be
    axed"), not only a negator ("does not drop any trains")."""
    j = i - 1
    while j >= 0 and low[j] in _PASSIVE_AUX:
        j -= 1
    return bool(lx.BE_FORMS & set(low[j + 1 : i]))


def _service_subject(toks: list[str], low: list[str], i: int) -> bool:
    """Whether a service is the subject of the passive drop at ``i`` ("the Sunday trains were
    dropped", "the bus service to Harwick was dropped"): the phrase before the auxiliaries
    holds a service noun and opens the clause, not a phrase after a preposition ("fares on the
    trains were dropped") nor another head ("the charges against the bus driver")."""
    j = i - 1
    while j >= 0 and low[j] in _PASSIVE_AUX:
        j -= 1
    service = False
    while j >= 0:
        w = low[j]
        if w in _SERVICES:
            service = True
        elif w in ("to", "from") and toks[j + 1][:1].isupper():
            pass  # "the bus service to Harwick"
        elif not (w in _OBJECT_WORDS or w[:1].isdigit() or w in TIME_WORDS
                  or (toks[j][:1].isupper() and w.isalpha())):  # fmt: skip
            break
        j -= 1
    return service and (j < 0 or low[j] not in _OF_A_HEAD)


# prepositions that make the phrase after them part of another head ("fares on the trains")
_OF_A_HEAD = frozenset({"on", "of", "for", "against", "in", "at", "with", "by", "about",
                        "over", "under", "into", "onto", "between"})  # fmt: skip


# forms of "make" before "redundant": said of people, a job cut
# who (or which posts) may be made redundant: "made 40 staff redundant", "made them redundant"
_PEOPLE = frozenset({"staff", "people", "workforce", "them", "him", "her", "us", "me", "you",
                     "jobs", "posts", "roles", "positions", "personnel", "crew", "crews",
                     "colleagues", "teachers", "nurses", "drivers", "workers",
                     "employees"})  # fmt: skip
_PEOPLE_ENDINGS = ("ers", "ees", "ists", "ians", "men", "women")
# things in "-ers" that a system makes redundant
_MACHINES = frozenset({"computers", "servers", "printers", "scanners", "containers", "filters",
                       "meters", "centers", "routers", "chargers", "papers", "letters",
                       "orders", "layers", "barriers", "numbers", "registers",
                       "markers"})  # fmt: skip


# how people are made redundant, between "made" and "redundant" ("made compulsorily redundant")
_HOW_MADE = frozenset({"compulsorily", "voluntarily", "formally", "officially"})


def made_redundant(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is "redundant" after a form of "make" ("will be made redundant",
    "making 40 staff redundant"): people lose their jobs, as "redundancies" says. "The
    checks are redundant" (needless) is no cut, nor are "the old checks" that a system "made
    redundant": only people (or their posts) are made redundant."""
    if low[i] != "redundant":
        return False
    at = next((j for j in range(i - 1, max(-1, i - 5), -1) if low[j] in lx.MAKE_FORMS), None)
    if at is None:
        return False
    if at == i - 1 or (at == i - 2 and low[i - 1] in _HOW_MADE):
        return True  # "will be made redundant", "were made compulsorily redundant"
    obj = low[i - 1]  # the object's head: "made 40 drivers redundant"
    return obj in _PEOPLE or (obj.endswith(_PEOPLE_ENDINGS) and obj not in _MACHINES)


def phrasal_act(
    toks: list[str], low: list[str], i: int, jobs_before: Callable[[list[str], int], bool]
) -> tuple[str, int] | None:
    """The (key, sign) of an act named at ``i`` by the words around it (this module's
    shapes), or None; ``jobs_before`` tells whether jobs are the subject of a verb at ``i``."""
    if bare_go(low, i) and jobs_before(low, i):
        return ("jobcut", 1)  # "jobs would go"
    if made_redundant(low, i) or let_go(low, i):
        return ("jobcut", 1)  # "four nurses will be made redundant", "were let go"
    if told_of(low, i) or told_name_of(toks, low, i):
        return ("notify", 1)  # "the council was told about every death", "told Miriam about"
    if made_ill(low, i):
        return ("sicken", 1)  # "our food made people ill"
    if service_dropped(toks, low, i):
        return ("cut", 1)  # "drops the last two Sunday trains"
    if tested_positive(low, i):
        return ("test", 1)
    if came_to(toks, low, i):
        return (VISIT, 1)  # "nobody has come to Marlow Green": no visit
    sign = target_sign(low, i)  # "met every target" / "missed its target": one question
    return (TARGET, sign) if sign else None


_MAKE = frozenset({"make", "makes", "made", "making"})
_ILL = frozenset({"ill", "sick", "unwell"})


def made_ill(low: list[str], i: int) -> bool:
    """Whether the verb at ``i`` names people made ill by a thing, one event whatever the
    verb ("sickened"): "made anyone ill", "made 40 guests sick". "Made a sick joke" is none,
    and "fell ill after eating there" tells an illness, not what caused it."""
    if low[i] not in _MAKE:
        return False
    after = low[i + 1 : i + 6]
    at = next((k for k, w in enumerate(after) if w in _ILL), -1)
    if at >= 1 and _feeling(after[at:]):
        return False  # "made staff ill at ease", "made her sick with worry": a feeling
    return at >= 1 and all(w.isalnum() and w not in ("a", "an", "the") for w in after[:at])


# what follows "ill" / "sick" when they name a feeling, not an illness ("ill at ease", "sick
# with worry", "sick of waiting", "sick to the stomach" stays an illness)
_FEELINGS = frozenset({"worry", "worried", "fear", "anxiety", "nerves", "dread", "grief",
                       "envy", "jealousy", "shame", "guilt"})  # fmt: skip


def _feeling(words: list[str]) -> bool:
    """Whether "ill" / "sick" opening ``words`` names a feeling ("ill at ease", "sick of it",
    "sick with worry"), not an illness."""
    nxt = words[1:3]
    return (
        nxt == ["at", "ease"]
        or nxt[:1] == ["of"]
        or (nxt[:1] == ["with"] and nxt[1:2] != [] and nxt[1] in _FEELINGS)
    )
