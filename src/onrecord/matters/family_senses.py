"""The senses in which the words of :mod:`.families` name their concept ("charge" a price, not
a suspect; "stop" a verb, not a bus stop), and the shapes that name one with words that name
none alone (:func:`shape_concepts`: "left out the payments", "make the video public").

Plain Python over the lower-cased tokens of a clause, no model.
"""

from __future__ import annotations

from . import lexicon as lx
from .finite import ADVERBS
from .predicates import SUBJECTS

# determiners and numbers before a word make it a noun ("a bus stop", "the charges", "two stops")
_NOUN_BEFORE = frozenset({
    "a", "an", "the", "no", "any", "its", "their", "his", "her", "our", "my", "your", "this",
    "that", "these", "those", "every", "each", "some", "criminal", "brief", "short", "full",
    "first", "last", "next", "final", "two", "three", "several", "many", "new",
})  # fmt: skip
# after "charge" and "billed", words that make it a price asked ("charge homeowners for the
# work", "billed $1,200", "charge a fee"), not an accusation, a battery or "billed as"
# (a "charge" named after the verb is the price asked: "was charged the service charge")
_PRICE_WORDS = frozenset({"for", "fee", "fees", "extra", "rent", "interest", "twice",
                          "nothing", "more", "less", "per", "charge", "charges"})  # fmt: skip
_CLAUSE_END = frozenset({",", ";", ":", ".", "and", "but", "because", "while", "which", "who"})


def _verb_use(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is used as a verb: after a modal, an auxiliary, a negator, "to" or a
    subject pronoun (adverbs between), or a past form not after a determiner."""
    j = i - 1
    while j >= 0 and (low[j] in ADVERBS or (low[j].endswith("ly") and low[j] != "only")):
        j -= 1
    prev = low[j] if j >= 0 else ""
    if prev in _NOUN_BEFORE or prev[:1].isdigit():
        return False
    if prev in lx.MODALS or lx.is_aux(low, j) or prev in lx.NEGATORS or prev in SUBJECTS:
        return True
    return low[i].endswith("ed") or low[i] in ("withheld", "repaid")


def _asks_a_price(low: list[str], i: int) -> bool:
    """Whether "charge" or "billed" at ``i`` asks a price: a price word, a sum or a currency
    within the clause after it ("would not charge homeowners for that work", "charged each
    family $40"); not "charged with theft", "charge the scooters", "billed as the event"."""
    if low[i + 1 : i + 2] in (["with"], ["as"], ["ahead"], ["up"]):
        return False
    for w in low[i + 1 : i + 9]:
        if w in _CLAUSE_END:
            return False
        if w in _PRICE_WORDS or w[:1].isdigit() or w in ("$", "£", "€"):
            return True
    return False


# after a halt verb, words that make it another verb ("stopped by the office", "stopped short
# of", "halted over", "suspended sentence")
_NOT_HALTED = frozenset({"by", "short", "over", "sentence", "sentences", "in", "at"})
# a person halted ("police stopped him"), not an activity
_PERSONS_HALTED = frozenset({"him", "her", "them", "me", "us", "you"})
# a short while a speaker or a crowd paused for ("paused for a moment"): no activity halted
_BREATHS = frozenset({"moment", "moments", "minute", "minutes", "second", "seconds", "breath",
                      "while", "thought", "silence"})  # fmt: skip


def _halts(low: list[str], i: int) -> bool:
    """Whether a verb of the "stop" family halts an activity: used as a verb, not "stopped by"
    (a visit) nor "stop them from leaving" (a prevention: what is stopped never began), nor
    a person stopped or pausing ("police stopped him", "we paused for a moment", "she
    stopped to talk")."""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt in _NOT_HALTED or nxt in _PERSONS_HALTED:
        return False  # "stopped by", "police stopped him"
    if "from" in low[i + 1 : i + 6]:
        return False
    if nxt == "to" or (nxt == "for" and set(low[i + 2 : i + 5]) & _BREATHS):
        return False  # "she paused for a moment", "stopped to talk": a person's pause
    return _verb_use(low, i)


def family_sense(low: list[str], i: int, concept: str) -> bool:
    """Whether ``low[i]`` names ``concept`` (a family of :mod:`.families`) in that sense:
    "charge" and "billed" a price, "stop" and "halt" a verb (not "a bus stop"), "include" a verb
    (not the preposition "including"), "compensation" not a salary ("executive
    compensation")."""
    word = low[i]
    prev = low[i - 1] if i else ""
    if concept == "charge":
        return _verb_use(low, i) and _asks_a_price(low, i)
    if concept == "stoppage":
        return _halts(low, i)
    if concept == "include":
        return word != "including" and _verb_use(low, i)
    if concept == "release":
        return _verb_use(low, i) and _about_information(low) and not _freed(low, i)
    if concept == "detect":
        return _detects(low, i)
    if concept == "compensate":
        return not (word == "compensation" and prev in ("executive", "annual", "total", "'s"))
    if concept == "notify":
        return _notice_given(low, i)
    if concept == "resign":
        return _gives_up_post(low, i)
    if concept == "transfer":
        return _moved_across(low, i)
    return True


def _gives_up_post(low: list[str], i: int) -> bool:
    """Whether a word of the "resign" family gives up a post: not "quit smoking" (a habit
    stopped) nor "resigned to defeat" (accepted)."""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if low[i].startswith("quit"):
        return not nxt.endswith("ing")
    return not (low[i] == "resigned" and nxt == "to" and i and low[i - 1] in lx.BE_FORMS)


# after a verb of moving, particles that make it another act ("switch off", "move on")
_NOT_MOVED = frozenset({"off", "on", "forward", "forwards", "ahead", "quickly", "fast",
                        "swiftly", "away", "sides"})  # fmt: skip
_ACROSS = frozenset({"to", "from", "into", "onto", "offshore", "abroad", "overseas", "elsewhere"})


def _moved_across(low: list[str], i: int) -> bool:
    """Whether a word of the "transfer" family moves someone or something from one place,
    provider or kind to another: a verb ("can switch patients to another brand", "were moved
    from one ward to another") with "to", "from" or "into" in its clause; not "the move",
    "switch off the pumps", "moved a motion", "move on" or "moved quickly"."""
    if low[i + 1 : i + 2] and low[i + 1] in _NOT_MOVED:
        return False
    if not _verb_use(low, i):
        return False
    for k in range(i + 1, min(len(low), i + 9)):
        if low[k] in _CLAUSE_END:
            return False
        if low[k] in _ACROSS:
            return not _to_a_time(low, k)
    return False


# words of a time or a timetable: "moved to Friday", "switched to a four-day week"
_WHEN = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "week", "weeks", "weekend", "weekends", "month", "year", "day",
                   "days", "date", "morning", "mornings", "afternoon", "evening", "evenings",
                   "night", "nights", "timetable", "schedule", "later", "earlier",
                   "shifts"})  # fmt: skip


def _to_a_time(low: list[str], k: int) -> bool:
    """Whether "to" at ``k`` opens a time or a timetable, not a place ("the match was moved to
    Friday", "the mill moved to a four-day week"): a date changed, nothing moved across."""
    if low[k] != "to":
        return False
    for w in low[k + 1 : k + 5]:
        if w in _CLAUSE_END or w in ("in", "at", "on", "from", "for", "with"):
            return False
        if w in _WHEN or w in lx.MONTHS:
            return True
    return False


_NOTICE_NOUNS = frozenset({"warning", "warnings", "notification", "notifications"})
# verbs whose object a notice is, given or had ("was given no warning", "issued a warning")
_GIVEN = frozenset({"give", "gives", "gave", "given", "giving", "issue", "issued", "issues",
                    "send", "sent", "receive", "received", "receives", "get", "got"})  # fmt: skip


def _notice_given(low: list[str], i: int) -> bool:
    """Whether a word of the "notify" family tells that someone was told: a verb ("had
    informed the council", "was warning residents"), or a notice given, had or denied ("was
    given no warning", "without any notification"); "had ignored warnings" and "a warning sign"
    say nothing of whether anyone was told."""
    if low[i] in _WARN_VERBS:
        return not _forecast(low, i)
    if low[i] not in _NOTICE_NOUNS:
        return True
    prev = low[i - 1] if i else ""
    if low[i] == "warning" and (prev in lx.BE_FORMS or prev in ("not", "n't", "also", "still")):
        return True  # "was warning residents"
    before = low[max(0, i - 3) : i]
    return prev in ("no", "any", "advance", "prior") or any(w in _GIVEN for w in before)


_WARN_VERBS = frozenset({"warn", "warns", "warned"})
_THE = frozenset({"the", "a", "an", "its", "their", "this", "that", "prices", "costs", "it",
                  "they"})  # fmt: skip


def _forecast(low: list[str], i: int) -> bool:
    """Whether "warned" at ``i`` foretells a thing and tells no one ("warned that prices would
    rise", "warned of job losses", "warned the strike would go ahead"): a forecast, no notice
    given. "Warned residents that the road would close" and "was not warned" are notices."""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt in ("that", "of"):
        return True
    return nxt in _THE and any(w in lx.MODALS for w in low[i + 2 : i + 5])


# after "caught", words that make it another verb ("caught fire", "caught up in", "caught off
# guard", "caught in traffic")
_NOT_CAUGHT = frozenset({"in", "on", "up", "fire", "off", "out", "between", "with", "short"})


def _detects(low: list[str], i: int) -> bool:
    """Whether a word of the "detect" family finds a fault: "caught" only in the passive and
    not in another idiom ("was not caught for weeks", not "caught fire", "caught up in")."""
    if low[i] != "caught":
        return not low[i].endswith("ed") or _verb_use(low, i)  # not "the spotted owl"
    j = i - 1
    while j >= 0 and (low[j] in lx.NEGATORS or low[j] in ADVERBS):
        j -= 1
    caught = not (low[i + 1 : i + 2] and low[i + 1] in _NOT_CAUGHT)
    return j >= 0 and low[j] in lx.BE_FORMS and caught


# what is released or withheld when information is ("release the footage", "the report was
# withheld"): not prisoners, water, balloons or a player
_INFORMATION = frozenset({
    "data", "footage", "video", "videos", "recording", "recordings", "report", "reports",
    "document", "documents", "record", "records", "figures", "names", "results", "findings",
    "details", "information", "audit", "file", "files", "emails", "minutes", "transcript",
    "transcripts", "evidence", "study", "list", "letter", "letters", "accounts", "review",
    "photos", "images", "tapes", "memo", "contract", "terms", "budget", "numbers",
})  # fmt: skip


def _about_information(low: list[str]) -> bool:
    """Whether the clause names a piece of information (what a release releases here)."""
    return any(w in _INFORMATION for w in low)


def _freed(low: list[str], i: int) -> bool:
    """ "released from custody", "released on bail", "released 40 tonnes of slurry into the
    river": no publication."""
    if low[i + 1 : i + 2] in (["from"], ["on"]):
        return True
    return "into" in low[i + 1 : i + 8]


_KEPT_BACK = frozenset({"sealed", "secret", "confidential", "private", "classified"})
_HELD_IN = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed", "keep",
                      "keeps", "kept", "be", "is", "are", "was", "were", "been"})  # fmt: skip


def made_public(low: list[str], i: int) -> int:
    """+1 where "make" at ``i`` makes information public ("would make the video public this
    week"), -1 where a verb of staying keeps it back ("the footage will remain sealed"); 0
    otherwise."""
    word = low[i]
    if word in lx.MAKE_FORMS and _about_information(low):
        for k in range(i + 1, min(len(low), i + 6)):
            if low[k] == "public":
                return 1
            if not low[k].isalnum() or low[k] in lx.NEGATORS:
                return 0
        return 0
    if word in _HELD_IN and low[i + 1 : i + 2] and low[i + 1] in _KEPT_BACK:
        return -1 if _about_information(low) else 0
    return 0


# -- a thing left out ---------------------------------------------------------------------

_LEAVE = frozenset({"leave", "leaves", "left", "leaving"})


def leaves_out(low: list[str], i: int) -> bool:
    """Whether "leave out" at ``i`` leaves a thing out of a count or a plan ("the authority's
    number left out compensation payments", "was left out of the deal"): not included."""
    if low[i] not in _LEAVE or low[i + 1 : i + 2] != ["out"] or i == 0:
        return False
    after = low[i + 2 : i + 6]
    if after[:1] and after[0] in _STAYED_OUT:
        return False  # "was left out in the rain", "the food was left out overnight"
    return not set(after[:3]) & _WAYS_OUT  # "left out the back door": a way out, no count


# after "left out", words that make it a thing left outdoors ("left out in the rain") or a
# way taken out ("left out the back door"), not a thing left out of a count
_STAYED_OUT = frozenset({"in", "on", "at", "overnight", "there", "here", "all", "for"})
_WAYS_OUT = frozenset({"door", "doors", "window", "windows", "gate", "gates", "entrance",
                       "exit", "exits", "doorway"})  # fmt: skip


def shape_concepts(low: list[str], i: int) -> list[tuple[str, int]]:
    """Concepts named at ``i`` by a shape whose words name none alone: information made
    public or kept back ("make the video public", "will remain sealed"), a thing left out
    ("the figure left out the payments": not included)."""
    public = made_public(low, i)
    if public:
        return [("release", public)]
    return [("include", -1)] if leaves_out(low, i) else []
