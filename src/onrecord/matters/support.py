"""Support verbs: a verb of little meaning whose object noun names the event.

"Has not made any pay offer" denies an offer as "has not offered" does; "would get a full
refund" promises the refund; "we have not had a single bid" denies a bid as "no bid was
received" does; "has never turned a profit" denies the profit that "earned a profit" asserts.
The verb (make, get, give, take, receive, issue, earn, turn; "had" after "have") adds only
who does or undergoes the event. Its object is read when it is new to the clause, introduced
by "a", "an", "any", "no" or "another", so that a definite thing acted on ("got the
message", "took the stand", "made the video public") is left to the clause's other words.
The noun that heads the object (the last of its words, "any pay offer" -> "offer") is the
event; a stance, a quantity or an idiom ("made no secret", "took a look", "had no choice")
names none.
"""

from __future__ import annotations

from . import lexicon as lx
from .predicates import TIME_WORDS

SUPPORT = frozenset({
    "make", "makes", "made", "making", "get", "gets", "got", "gotten", "getting", "give",
    "gives", "gave", "given", "giving", "take", "takes", "took", "taken", "taking", "receive",
    "receives", "received", "receiving", "issue", "issues", "issued", "issuing", "earn",
    "earns", "earned", "earning", "turn", "turns", "turned", "turning",
    # a thing undergone or carried out: "are facing a real shortage", "suffered a power cut",
    # "will not file a lawsuit", "held a meeting", "conducted an inspection"
    "face", "faces", "faced", "facing", "suffer", "suffers", "suffered", "suffering", "file",
    "files", "filed", "filing", "hold", "holds", "held", "holding", "conduct", "conducts",
    "conducted", "conducting", "carry", "carries", "carried", "carrying",
    # a thing set going: "commissioned an independent review", "launched an inquiry"
    "commission", "commissions", "commissioned", "commissioning", "launch", "launches",
    "launched", "launching",
})  # fmt: skip
# support verbs read only with their particle: "carried out an inspection"
_WITH_OUT = frozenset({"carry", "carries", "carried", "carrying"})

# words that open an object new to the clause
_NEW = frozenset({"a", "an", "any", "no", "another"})
# words between the opener and the head that are no nouns of the phrase
_QUANTIFIERS = frozenset({"single", "more", "further", "new", "second", "first", "formal",
                          "full", "final", "written"})  # fmt: skip
# words that open a second object after the first ("gave a homeless man the money")
_OBJECT_OPENERS = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "this",
                             "that", "these", "those", "some", "every", "each", "all"})  # fmt: skip
_TAKE = frozenset({"take", "takes", "took", "taken"})
# a pronoun or a name before the object: "gave them a refund", "earned Orrin a profit"
_RECIPIENTS = frozenset({"them", "him", "her", "us", "me", "you", "anyone", "everyone"})
# nouns that name no event after a support verb: a stance, a quantity, an idiom
_NO_EVENT = lx.BELIEFS | {
    "idea", "intention", "intentions", "choice", "option", "options", "comment", "doubt",
    "doubts", "reason", "time", "chance", "problem", "problems", "role", "say", "right",
    "rights", "look", "chat", "word", "feeling", "sense", "hand", "stake", "point", "lot",
    "number", "way", "need", "secret", "difference", "part", "place", "note", "care", "step",
    "steps", "stand", "living", "break", "turn", "use", "sign", "signal", "hit", "toll",
    "view", "position", "interest", "effort", "attempt", "bit", "few", "case", "mistake",
    "mistakes", "statement", "call", "dent", "beating", "corner", "eye", "shot", "guarantee",
    "average", "total", "half", "third", "quarter", "share", "minute", "moment", "second",
    "hour", "date", "list", "page", "answer", "answers", "response", "reply", "explanation",
}  # fmt: skip
# words that open a time after the object ("made a profit last year")
_TIME_OPENERS = frozenset({"last", "next", "past", "previous", "coming"})
# nouns of a stretch of time after "this", "every" ("made a profit this quarter")
_SPANS = frozenset({"quarter", "season", "spring", "summer", "autumn", "fall", "winter",
                    "weekend", "afternoon", "evening", "time"})  # fmt: skip
# particles that end the object ("had taken 800 megawatts off the system")
_PARTICLES = frozenset({"off", "away", "back", "down", "out", "up", "over", "around"})


def perfect_had(low: list[str], i: int) -> bool:
    """Whether "had" at ``i`` is the participle after "have" ("we have not had a single
    bid", "has had no complaints"): an event undergone, not a thing held."""
    if low[i] != "had":
        return False
    j = i - 1
    while j >= 0 and (low[j] in lx.NEGATORS or low[j] in ("ever", "yet", "already", "still")):
        j -= 1
    return j >= 0 and low[j] in ("have", "has", "'ve")


def support_object(toks: list[str], low: list[str], i: int) -> int:
    """Where the head noun of the new object of the support verb at ``i`` stands ("made any
    pay offer" -> "offer"), or -1 when there is none or it names no event."""
    k = i + 1
    if low[i] in _WITH_OUT:
        if low[k : k + 1] != ["out"]:
            return -1
        k += 1  # "carried out an inspection"
    if k < len(low) and (low[k] in _RECIPIENTS or (toks[k][:1].isupper() and low[k].isalpha())):
        k += 1  # "gave them a refund", "earned Orrin a profit"
    k = _recipient_phrase(toks, low, i, k)  # "will give each driver a grant"
    if k < len(low) and low[k] not in _NEW and _described_bare(toks, low, k):
        k -= 1  # "took independent advice": a bare noun after a word that describes it
    elif k >= len(low) or low[k] not in _NEW:
        return -1
    if low[i] in _TAKE and _it_subject(low, i):
        return -1  # "it took a strike to get it": what was needed, not what was taken
    head = _head(toks, low, k)
    after = low[head + 1] if 0 <= head < len(low) - 1 else ""
    then = low[head + 2] if 0 <= head < len(low) - 2 else ""
    if after in _OBJECT_OPENERS and (then in TIME_WORDS or then in _SPANS or then in lx.MONTHS):
        after = ""  # "made a profit this year": a time, not a second object
    if after in _NEW or after in _OBJECT_OPENERS or after[:1].isdigit():
        return -1  # "gave a homeless man 100": the first is whom it is given
    if head < 0 or low[head] in _NO_EVENT or low[head].endswith("ed"):
        return -1
    return head


# endings of adjectives that describe a bare noun after a support verb ("took independent
# advice", "received public funding", "faced legal action")
_ADJECTIVE_ENDINGS = ("al", "ent", "ant", "ic", "ive", "ous", "ful", "able", "ible", "ary")


def _described_bare(toks: list[str], low: list[str], k: int) -> bool:
    """Whether the object at ``k`` is a bare noun phrase (no article) whose first word is an
    adjective in a usual ending before a noun: "took independent advice" names advice taken,
    as "took an independent review" does a review; a bare noun alone is no such object ("took
    part", "made sense", "take charge" are idioms)."""
    w = low[k]
    return (
        w.endswith(_ADJECTIVE_ENDINGS)
        and len(w) > 4
        and _in_noun_phrase(toks, low, k)
        and k + 1 < len(low)
        and _in_noun_phrase(toks, low, k + 1)
    )


# verbs of giving whose first object is a recipient told by a noun phrase ("will give each
# driver a grant", "gave the school an assurance"): the second object is the event
_GIVE = frozenset({"give", "gives", "gave", "given", "giving"})
# determiners that open such a recipient
_RECIPIENT_OPENERS = frozenset({"each", "every", "the", "all", "their", "its", "our", "his",
                                "her", "those", "these"})  # fmt: skip


def _recipient_phrase(toks: list[str], low: list[str], i: int, k: int) -> int:
    """Where the object after a recipient phrase opens when the verb at ``i`` is "give" and a
    determiner at ``k`` opens one or two nouns followed by a new object ("give each driver a
    grant" -> "a"); ``k`` itself otherwise ("gave the money", "give the school time")."""
    if low[i] not in _GIVE or k >= len(low) or low[k] not in _RECIPIENT_OPENERS:
        return k
    for j in (k + 2, k + 3):
        nouns = range(k + 1, j)
        if j < len(low) and low[j] in _NEW and all(_in_noun_phrase(toks, low, n) for n in nouns):
            return j
    return k


def _it_subject(low: list[str], i: int) -> bool:
    """Whether "it" is the subject of the verb at ``i``, over its auxiliaries and negators
    ("it took", "it did not take", "it would never take")."""
    j = i - 1
    while j >= 0 and (low[j] in lx.NEGATORS or low[j] in lx.MODALS or lx.is_aux(low, j)):
        j -= 1
    return j >= 0 and low[j] == "it"


def _head(toks: list[str], low: list[str], k: int) -> int:
    """The last word of the noun phrase that the determiner at ``k`` opens, or -1."""
    j = k + 1
    while j < len(low) and low[j] in _QUANTIFIERS:
        j += 1
    head = -1
    while j < len(low) and _in_noun_phrase(toks, low, j) and j - k <= 5:
        head = j
        j += 1
    return head


def _in_noun_phrase(toks: list[str], low: list[str], k: int) -> bool:
    """Whether the word at ``k`` can go on a noun phrase: a plain word that is no stop word,
    name, negator, adverb, time or participle."""
    w = low[k]
    if not w.replace("-", "").isalpha() or toks[k][:1].isupper():
        return False
    if w in lx.STOPWORDS or w in lx.NEGATORS or w in lx.PRONOUNS or w in lx.MODALS:
        return False
    if w in TIME_WORDS or w in lx.MONTHS or w in _PARTICLES or w in _TIME_OPENERS:
        return False
    if w.endswith("ly"):
        return False
    return not w.endswith("ing") or w in ("building", "meeting", "hearing", "ruling")


def needless(toks: list[str], low: list[str], i: int) -> int:
    """Where the head noun stands of what "no need for" denies ("there is no need for an
    independent inquiry", "no need for a boil-water notice"): said of a thing to be done, the
    speaker says it will not be; -1 elsewhere ("the need for a review", "no need to")."""
    if low[i] != "need" or not i or low[i - 1] != "no" or low[i + 1 : i + 2] != ["for"]:
        return -1
    k = i + 2
    if k < len(low) and low[k] not in _NEW and _described_bare(toks, low, k):
        k -= 1  # "took independent advice": a bare noun after a word that describes it
    elif k >= len(low) or low[k] not in _NEW:
        return -1
    head = _head(toks, low, k)
    if head < 0 or low[head] in _NO_EVENT or low[head].endswith("ed"):
        return -1
    return head
