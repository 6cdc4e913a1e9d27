"""Opposite states and processes of one thing, said in words that share nothing.

News denies a state or a process of a thing by naming its opposite: "the silt is
contaminated" / "the silt is clean"; "the plant has stopped making the tablets" /
"production is running normally"; "we are still waiting for the licence" / "the licence was
granted in May"; "this cut is temporary" / "the cut is permanent". Each reading below folds
one side to the key its opposite already has (``safe``, ``stoppage``, ``grant``) or to a
new key with a sign (``lasting``), so two statements on one thing meet and their stances
oppose. Whether the two speak of the same thing is left to the matters (:mod:`.cluster`
joins only statements whose words and themes meet), as for every concept.

The lexicon is one of states and processes any story has, not one article's words:

* a thing free of contamination: "clean", "uncontaminated", "free of contamination" as the
  predicate after "be", and "came back clean" / "tested clean" (``safe`` +1, the key that
  "contaminated" and "unsafe" hold with -1); not "came clean" (a confession), "clean up", a
  clean record (before a noun);
* a process kept going: "is running normally", "continues as normal", "kept running",
  "carried on as usual" (``stoppage`` -1, the key of "production was halted" with +1);
* making stopped: "stopped making the tablets", "ceased producing" (``stoppage`` +1 with
  the making, as "stopped production" is read);
* an awaited permit: "still waiting for the licence", "awaiting planning permission"
  (``grant`` -1); its arrival: "the licence was granted", "a permit was issued", "we have our
  licence" (``grant`` +1); only for the nouns of a permit, so "waiting for a bus" is none;
* how long a measure lasts: "is temporary", "is a temporary measure", "is provisional"
  (``lasting`` -1); "is permanent", "is final", "is here for good" (``lasting`` +1); only as
  the predicate after "be", so "temporary staff" and "the final whistle" are none;
* the act that ends a state: "have escaped from the enclosure" denies "still inside the
  fence" (``insid`` -1, :mod:`.escapes`).

Plain Python over the lower-cased tokens of one clause, no model.
"""

from __future__ import annotations

from . import lexicon as lx
from .escapes import escaped_from
from .senses import HALT, event_stem

BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"})
# words that may stand between "be" and the state ("is now clean", "are still running")
_BETWEEN = frozenset({"now", "still", "already", "again", "completely", "entirely", "fully",
                      "perfectly", "totally", "quite", "only", "just", "all", "both",
                      "back", "currently", "largely", "absolutely", "certainly"})  # fmt: skip

# -- free of contamination -------------------------------------------------------------------

_CLEAN = frozenset({"clean", "uncontaminated", "unpolluted"})
# after "clean", words that make it another sense ("clean up", "clean out", "clean of debt")
_CLEAN_NOT = frozenset({"up", "out", "off", "away", "sweep", "break", "slate", "record"})
_COME = frozenset({"came", "come", "comes", "coming", "tested", "test", "tests", "proved",
                   "proven", "returned"})  # fmt: skip

# -- a process kept going --------------------------------------------------------------------

# ("working normally" is the ``function`` state of :mod:`.states`, and no more)
_RUNNING = frozenset({"running", "operating", "continuing", "going"})
_CONTINUE = frozenset({"continue", "continues", "continued", "run", "runs", "ran", "operate",
                       "operates", "operated", "carry", "carries", "carried",
                       "proceed", "proceeds", "proceeded"})  # fmt: skip
# the verbs of :mod:`.running` that say a machine worked as it should, too
_MACHINE_VERBS = frozenset({"run", "runs", "ran", "operate", "operates", "operated"})
_AS_NORMAL = frozenset({"normally", "uninterrupted", "unaffected"})
_NORMAL = frozenset({"normal", "usual", "before", "planned", "scheduled"})
_KEEP = frozenset({"kept", "keep", "keeps", "keeping"})
_KEPT_DOING = frozenset({"running", "going", "operating", "producing"})
# words after "kept running" that leave it intransitive (a time, a manner)
_AFTER_KEPT = frozenset({"until", "through", "throughout", "for", "despite", "as", "while",
                         "normally", "into", "after", "during", "all"})  # fmt: skip

# -- making stopped --------------------------------------------------------------------------

_HALT = HALT - {"quit", "end", "ends", "ended"}  # the halts of a making
_MAKING = frozenset({"making", "producing", "manufacturing"})
# the subjects that make goods ("the Sallowby plant has stopped making the tablets")
_WORKS = frozenset({"plant", "plants", "factory", "factories", "mill", "mills", "works",
                    "facility", "facilities", "line", "lines", "site", "refinery",
                    "foundry", "brewery", "bakery", "smelter", "yard"})  # fmt: skip
_PRODUCTION = "produc"  # the key "production" and "produced" share (derivation)

# -- an awaited permit -----------------------------------------------------------------------

GRANT = "grant"
PERMITS = frozenset({"licence", "license", "licences", "licenses", "permit", "permits",
                     "permission", "consent", "approval", "visa", "visas", "certificate",
                     "authorisation", "authorization", "clearance", "accreditation",
                     "registration"})  # fmt: skip
_WAIT = frozenset({"waiting", "awaiting", "await", "awaits", "awaited", "wait", "waits"})
_DETERMINERS = frozenset({"the", "a", "an", "our", "its", "their", "his", "her", "your", "my",
                          "any", "this", "that"})  # fmt: skip
_ISSUED = frozenset({"issued", "granted", "awarded"})
_HAVE = frozenset({"have", "has", "had", "got", "hold", "holds", "held"})
# words that may end the noun phrase of a permit held ("we have our licence, and ...")
_NP_END = frozenset({"and", "but", "now", "already", "since", "for", "from", "in", "so",
                     "there", "yet", "again", "today"})  # fmt: skip

# -- how long a measure lasts ----------------------------------------------------------------

LASTING = "lasting"
_TEMPORARY = frozenset({"temporary", "provisional", "short-term"})
_FOR_GOOD = frozenset({"permanent", "final", "irreversible"})
# nouns of a measure that "a temporary ..." / "a permanent ..." may describe
_MEASURES = frozenset({"measure", "measures", "arrangement", "arrangements", "fix", "solution",
                       "change", "changes", "cut", "cuts", "closure", "move", "step",
                       "decision", "suspension", "ban", "pause", "halt", "reduction",
                       "timetable", "schedule", "setup", "situation"})  # fmt: skip


def opposed_state(low: list[str], i: int) -> tuple[list[tuple[str, int]], int]:
    """The (concept, sign) pairs that an opposite state or process named at ``i`` stands
    for, and the index of the last word of its phrase; an empty list where none is named."""
    for read in (_clean, _kept_going, _making_stopped, _awaited, _arrived, _lasting):
        found = read(low, i)
        if found is not None:
            return found
    return escaped_from(low, i) or ([], i)


def _be_before(low: list[str], i: int) -> bool:
    """Whether a form of "be" stands before ``i`` over degree words and negators."""
    j = i - 1
    while j >= 0 and (low[j] in _BETWEEN or low[j] in lx.NEGATORS):
        j -= 1
    return j >= 0 and low[j] in BE


def _ends(low: list[str], k: int) -> bool:
    """Whether the predicate ends at ``k``: the clause ends, a mark, or a joining word."""
    return (
        k >= len(low)
        or not low[k][:1].isalnum()
        or low[k] in _NP_END
        or low[k] in ("enough", "to", "of", "at", "on", "after", "because", "when", "throughout")
    )


def _clean(low: list[str], i: int) -> tuple[list[tuple[str, int]], int] | None:
    """ "the silt is clean", "the wells came back clean": free of contamination."""
    if low[i] not in _CLEAN:
        return None
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt in _CLEAN_NOT or not _ends(low, i + 1):
        return None
    came_back = i >= 2 and low[i - 1] == "back" and low[i - 2] in _COME
    tested = i >= 1 and low[i - 1] in ("tested", "proved", "proven", "test", "tests")
    if _be_before(low, i) and _subject_words(low, i) & _CONTESTS:
        return None  # "the election was clean": fair, not free of contamination
    if _be_before(low, i) or came_back or tested:
        return [("safe", 1)], i
    return None


# things called "clean" for being fair or honest, not free of contamination
_CONTESTS = frozenset({"election", "elections", "vote", "votes", "ballot", "poll", "campaign",
                       "contest", "race", "fight", "game", "match", "count", "record",
                       "image", "reputation"})  # fmt: skip


def _subject_words(low: list[str], i: int) -> frozenset[str]:
    """The words of the clause before the state word at ``i`` back to a mark or a joining
    word: its subject and verb group."""
    k = i - 1
    while k >= 0 and low[k][:1].isalnum() and low[k] not in ("and", "but", "that", "while"):
        k -= 1
    return frozenset(low[k + 1 : i])


def _kept_going(low: list[str], i: int) -> tuple[list[tuple[str, int]], int] | None:
    """ "production is running normally", "payments continue as normal", "the line kept
    running": a process not halted."""
    word = low[i]
    nxt = low[i + 1] if i + 1 < len(low) else ""
    after = low[i + 2] if i + 2 < len(low) else ""
    if word in _KEEP and nxt in _KEPT_DOING and not _person_before(low, i):
        if _ends(low, i + 2) or low[i + 2] in _AFTER_KEPT:
            return [("stoppage", -1)], i + 1  # "the line kept running for five days"
        return None  # "will keep running the 41 route": someone's act on a thing
    manner = nxt in _AS_NORMAL or (nxt == "as" and after in _NORMAL)
    verb = i - 1 if word == "on" else i  # "carried on as normal": the verb before "on"
    if not manner or _person_before(low, verb) or _all_of_it(low, verb):
        return None
    last = i + 1 if nxt in _AS_NORMAL else i + 2
    if word in _RUNNING and _be_before(low, i):
        # a machine's working too, and the verb's own key ("is operating normally" still
        # meets "is not operating")
        return [("stoppage", -1), ("function", 1), (event_stem(word), 1)], last
    if word in _MACHINE_VERBS:
        return [("stoppage", -1), ("function", 1)], last  # "the pumps ran as normal"
    if word in _CONTINUE or (word == "on" and i and low[i - 1] in ("carried", "carry")):
        return [("stoppage", -1)], last
    return None


def _making_stopped(low: list[str], i: int) -> tuple[list[tuple[str, int]], int] | None:
    """ "the plant has stopped making the tablets": production halted, so not going on (as
    "production has been paused" reads)."""
    if low[i] not in _HALT or not low[i + 1 : i + 2] or low[i + 1] not in _MAKING:
        return None
    if _person_before(low, i):
        return None  # "we stopped making excuses"
    works = any(w in _WORKS for w in low[max(0, i - 6) : i])
    if low[i + 1] == "making" and not works:
        return None  # "the firm stopped making payments": payments stopped, not production
    return [("stoppage", 1), (_PRODUCTION, -1)], i + 1


def _permit_after(low: list[str], i: int, span: int = 4) -> int:
    """The index of a permit's noun heading the phrase that starts at ``i`` ("the marine
    licence", "planning permission"), or -1."""
    for k in range(i, min(len(low), i + span)):
        if low[k] in PERMITS:
            return k
        if not low[k].isalpha() and "-" not in low[k]:
            return -1
    return -1


def _awaited(low: list[str], i: int) -> tuple[list[tuple[str, int]], int] | None:
    """ "we are still waiting for the licence", "awaiting planning permission": not granted
    yet."""
    if low[i] not in _WAIT:
        return None
    at = i + 2 if low[i + 1 : i + 2] == ["for"] else i + 1
    if low[i] in ("wait", "waits", "waiting") and at == i + 1:
        return None  # "waiting to hear", "wait and see"
    k = _permit_after(low, at)
    if k < 0 or (k + 1 < len(low) and low[k + 1] == "to"):
        return None
    return [(GRANT, -1)], k


def _arrived(low: list[str], i: int) -> tuple[list[tuple[str, int]], int] | None:
    """ "a permit was issued", "we have our licence": a permit granted."""
    word = low[i]
    if word in _ISSUED and word != "granted":
        before = low[max(0, i - 5) : i]
        if any(w in PERMITS for w in before) and _be_before(low, i):
            return [(GRANT, 1)], i  # "the permit was issued in May"
        return None
    if word in _HAVE and low[i + 1 : i + 2] and low[i + 1] in _DETERMINERS - {"a", "an", "any"}:
        k = _permit_after(low, i + 2, 3)
        if k >= 0 and _ends(low, k + 1):
            return [(GRANT, 1)], k  # "we have our launch licence"
    return None


def _lasting(low: list[str], i: int) -> tuple[list[tuple[str, int]], int] | None:
    """ "the cut is temporary", "this is a temporary measure" (-1); "the decision is final",
    "the change is permanent" (+1)."""
    word = low[i]
    sign = -1 if word in _TEMPORARY else 1 if word in _FOR_GOOD else 0
    if not sign:
        return None
    if _be_before(low, i) and _ends(low, i + 1):
        return [(LASTING, sign)], i
    det = i - 1 if i and low[i - 1] in ("a", "an") else -1
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if det > 0 and _be_before(low, det) and nxt in _MEASURES and word != "final":
        return [(LASTING, sign)], i  # the measure's noun is read on its own ("a closure")
    return None


# subjects of "continues as normal" that name no activity ("life continues as normal",
# "everything carried on as usual"): the whole place's days, not the one activity halted
_ALL_OF_IT = frozenset({"life", "everything", "things", "all", "it", "business"})


def _all_of_it(low: list[str], verb: int) -> bool:
    """Whether the subject of the verb at ``verb`` opens with a word for all of a place's
    days ("life in Orrin continues as normal", "everything else carried on as usual")."""
    k = verb - 1
    while k >= 0 and low[k][:1].isalnum() and low[k] not in ("and", "but", "that", "while"):
        k -= 1
    first = low[k + 1 : verb]
    while first and first[0] in ("the", "daily", "everyday", "normal"):
        first = first[1:]
    return bool(first) and first[0] in _ALL_OF_IT


_PERSONS = frozenset({"i", "we", "you", "he", "she", "they", "who"})


def _person_before(low: list[str], i: int) -> bool:
    """Whether a pronoun for people is the subject right before the verb group at ``i``
    ("we kept going", "they carried on as normal": someone's resolve, not a process)."""
    k = i - 1
    while k >= 0 and (
        low[k] in lx.AUXILIARIES
        or low[k] in lx.MODALS
        or low[k] in lx.NEGATORS
        or low[k] in _BETWEEN
    ):
        k -= 1
    return k >= 0 and low[k] in _PERSONS
