"""Clause cues read by :mod:`.claims`: an option weighed ("looking at paying for it") and
what someone heard from others ("relieved to hear the school would stay open"). The
speaker's own plan told in the progressive ("we are closing Ferncliff") is
:func:`.finite.planned_progressive`."""

from __future__ import annotations

import re
from itertools import pairwise

from . import lexicon as lx
from .learned_elsewhere import first_was

# an option weighed, not a decision: "the club is looking at paying for the road itself"
CONSIDERING = re.compile(r"\blook(?:s|ed|ing)? (?:at|into) \w+ing\b")


_HEAR = frozenset({"hear", "hears", "heard"})


def hearsay(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is "hear" with a clause for its object: what someone else said
    ("relieved to hear the school would stay open", "we heard that the plant is closing"),
    not a hearing ("the court heard arguments on Monday")."""
    if low[i] not in _HEAR or first_was(low, i, i + 1):
        return False  # "the first we heard of it was a post": a notice denied, no hearsay
    after = low[i + 1 : i + 7]
    stop = next((k for k, w in enumerate(after) if w in (",", ";", "and", "but", "or")), None)
    after = after[:stop]
    return after[:1] == ["that"] or any(
        (w in lx.MODALS and w not in ("to", "not", "n't", "never")) or w in _FINITE_BE
        for w in after
    )


_FINITE_BE = frozenset({"is", "are", "was", "were", "'s", "'re"})


# words that open a question embedded in a clause ("how he will vote", "when it will reopen")
_WH = frozenset({"how", "what", "when", "where", "which", "who", "whom", "whose", "why"})
# words whose embedded question is open however they are used: "asked how", "unclear when"
_ASKING = frozenset({
    "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "unclear",
    "unsure", "uncertain", "undecided", "unknown",
})  # fmt: skip
# verbs of a choice still to make, in the base form or the progressive: "will decide when"
_CHOOSING = frozenset({"decide", "deciding", "determine", "determining", "consider",
                       "considering", "weigh", "weighing"})  # fmt: skip
# words of knowing or choosing that leave the question open only when denied: "has not decided
# how", "does not know when", "is not sure what", "had no idea how", "declined to say which"
_KNOWING = frozenset({
    "decided", "determined", "know", "knows", "knew", "known", "sure", "certain", "clear",
    "idea", "say", "said", "explain", "explained", "specify", "specified", "disclose",
    "disclosed", "reveal", "revealed", "confirm", "confirmed", "tell", "told", "indicate",
    "indicated", "settled",
})  # fmt: skip
_DECLINED = frozenset({"declined", "refused", "unable", "yet", "declines", "refuses"})
# words that may stand between the verb and its question ("asked the board how")
_BRIDGE_STOPS = frozenset({",", ";", ".", "that", "and", "but", "or", "because", "if"})


def open_question(low: list[str]) -> int:
    """Where a question embedded in the clause opens, or -1: the wh-word after a verb that
    leaves it open ("has not decided how he will vote on the repairs", "is unclear when the
    plant will reopen", "the board will decide which bid to take"). Its events are asked,
    not asserted. A verb that answers it ("she knows when it closes", "the council decided
    how to pay") asserts them, and so does a question of why asked with no denial ("asked why
    the trust had paid"); "if" and "whether" are read as conditions elsewhere."""
    for i, w in enumerate(low):
        if w not in _ASKING and w not in _CHOOSING and w not in _KNOWING:
            continue
        wh = next((k for k in range(i + 1, min(len(low), i + 5)) if low[k] in _WH), -1)
        if wh < 0 or any(t in _BRIDGE_STOPS or t in lx.MODALS for t in low[i + 1 : wh]):
            continue
        before = low[max(0, i - 4) : i]
        denied = any(lx.negating(t) or t in _DECLINED for t in before)
        if denied or ((w in _ASKING or w in _CHOOSING) and low[wh] != "why"):
            return wh  # "asked why the trust had paid": the asker takes the payment as done
    return -1


# after "until", words that open a time ("not until March", "until the end of 2027", "until
# next spring") rather than an event; the first set is a time by itself
_TIME_ALONE = frozenset({
    "today", "tomorrow", "tonight", "then", "now", "later", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "end", "spring", "summer", "autumn", "fall",
    "winter", "yesterday", "recently",
})  # fmt: skip
_TIME_OPENERS = frozenset({"next", "late", "early", "mid", "the", "this", "that", "at",
                           "after", "further", "least", "its", "their", "last"})  # fmt: skip
_TIME_NOUNS = frozenset({"end", "start", "beginning", "middle", "spring", "summer", "autumn",
                         "fall", "winter", "year", "month", "week", "weekend", "quarter",
                         "season", "term", "day", "notice"})  # fmt: skip


_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "or", "."})


def delayed_until(low: list[str]) -> bool:
    """Whether a denial is bounded by an event ("we will not be paid in full until the job is
    done", "the plant will not close until a buyer is found"): it says when, not whether;
    the event will come once the other has. A denial bounded by a time ("will not reopen
    until 2027") still denies it for all time before: that is no condition."""
    for i, w in enumerate(low):
        if w not in ("until", "till"):
            continue
        start = max((k for k in range(i) if low[k] in _CLAUSE_BREAKS), default=-1)
        if not any(t in lx.NEGATORS for t in low[start + 1 : i]):
            continue  # "not safe today, and it will stay closed until ...": another clause
        if _state_now(low[start + 1 : i]):
            continue  # "the river is not safe until we know what is in it": not safe now
        after = low[i + 1 : i + 4]
        if not after or after[0][:1].isdigit() or after[0] in lx.MONTHS:
            continue
        if after[0] in _TIME_ALONE:
            continue
        if after[0] in _TIME_OPENERS and any(
            t in _TIME_NOUNS or t in lx.MONTHS or t[:1].isdigit() for t in after[1:]
        ):
            continue  # "until the end of 2027", "until next spring"
        return True
    return False


# the present of "be", and words that put a clause ahead of the day it is said
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "isn't", "aren't"})
_AHEAD = frozenset({"will", "would", "'ll", "wo", "shall", "going", "gonna"})
# words after "be" that tell a plan, not a state ("is not scheduled to reopen until ...")
_PLANNED = frozenset({"scheduled", "set", "due", "expected", "planned", "slated", "likely"})


def _state_now(low: list[str]) -> bool:
    """Whether a denied clause tells a state of the day it is said: the present of "be", no
    word of the future, and no plan after it ("is not safe", "are not open"; not "is not
    closing", "is not due to reopen" or "is not to reopen", which tell a plan)."""
    if set(low) & _AHEAD:
        return False
    at = next((k for k, t in enumerate(low) if t in _PRESENT_BE), -1)
    if at < 0:
        return False
    rest = [t for t in low[at + 1 :] if t not in lx.NEGATORS]
    # "is not closing", "is not due to reopen", "is not to reopen": a plan
    return bool(rest) and not (rest[0].endswith("ing") or rest[0] in _PLANNED or rest[0] == "to")


def concessive_if(low: list[str]) -> bool:
    """Whether every "if" of the clause is concessive ("even if the result was not good
    enough", "as if") or only stresses a limit (:func:`_if_at_all`): the clause around it is
    asserted, not conditioned."""
    ifs = [i for i, w in enumerate(low) if w == "if"]
    return bool(ifs) and all((i and low[i - 1] in ("even", "as")) or _if_at_all(low, i)
                             for i in ifs)  # fmt: skip


def _if_at_all(low: list[str], i: int) -> bool:
    """Whether the "if" at ``i`` opens a tail after a comma that only stresses how little the
    clause before it grants: "if at all" ("rarely, if at all"), or "if" and a pronoun with the
    clause's own verb again, then "at all" ("The bus comes once an hour, if it comes at all").
    The speaker asserts the clause; no condition. "If it is at all possible, ..." and "will
    reopen in May, if the council pays at all" set conditions."""
    if not i or low[i - 1] != ",":
        return False
    rest = low[i + 1 :]
    if rest[:2] == ["at", "all"]:
        return True
    if rest[2:4] != ["at", "all"] or rest[0] not in lx.PRONOUNS:
        return False
    return lx.stem(rest[1]) in {lx.stem(w) for w in low[: i - 1]}


# verbs of a guess about what is or will be: "I expect it to pass", "we believe the dam is
# sound". A plan or an intention ("we plan to close it") commits the speaker; a guess does not.
_GUESSES = frozenset({
    "think", "thinks", "believe", "believes", "expect", "expects", "expected", "anticipate",
    "anticipates",
})  # fmt: skip
# words before a guess word that make it no verb of the clause: "higher than expected", "as
# expected", "the expected closure", "is expected to" (an expectation no one owns, read apart)
_NOT_GUESSING = frozenset({"than", "as", "the", "a", "an", "its", "their", "his", "her", "our",
                           "is", "are", "was", "were", "be", "been", "being"})  # fmt: skip


def guesses(low: list[str]) -> list[str]:
    """The verbs of a guess in a clause ("I expect Harborline to pass", "the company expected
    the committee to approve it", "we don't think it will close"): the speaker's estimate, not
    a commitment, so the clause is hedged. A guess at the speaker's own act, not denied, tells
    an intention ("I think we'll meet with him", "we expect to file in May")."""
    return [w for i, w in enumerate(low)
            if w in _GUESSES and (i == 0 or low[i - 1] not in _NOT_GUESSING)
            and not _own_intent(low, i)]  # fmt: skip


_SELF = frozenset({"i", "we"})
_WILL = frozenset({"will", "'ll", "would", "'d", "shall", "are", "'re", "am", "'m"})


def _own_intent(low: list[str], i: int) -> bool:
    """Whether the guess at ``i`` is about the speaker's own act and not denied: "we" or "I"
    with a modal within four words after it ("I think it's expected we'll meet"), or "to" and
    a verb after it with "we" or "I" for its subject ("we expect to file")."""
    if any(lx.negating(w) for w in low[max(0, i - 3) : i]):
        return False  # "I don't expect we'll still be here": a doubt, not a plan
    after = low[i + 1 : i + 6]
    if any(w in _SELF and nxt in _WILL for w, nxt in pairwise(after)):
        return True
    subject = next((w for w in reversed(low[:i]) if not w.endswith("ly")), "")
    return low[i + 1 : i + 2] == ["to"] and subject in _SELF


# forms of "be", "have" and "get" before a participle: "is being provided", "had provided"
_PARTICIPLE_AUX = lx.BE_FORMS | frozenset({"has", "have", "had", "having", "'s", "'ve", "get",
                                           "gets", "got", "already", "also"})  # fmt: skip


def participle_provided(toks: list[str]) -> bool:
    """Whether every "provided" of a clause is the verb's participle ("the same care is being
    provided elsewhere", "had provided the figures"), not the conjunction of a condition
    ("provided the council agrees", "provided that it pays"): a participle states a fact."""
    low = [t.lower() for t in toks]
    at = [i for i, w in enumerate(low) if w == "provided"]
    return bool(at) and all(i and low[i - 1] in _PARTICIPLE_AUX for i in at)


def no_longer_able(low: list[str], i: int) -> bool:
    """Whether "could" at ``i`` is followed by "no longer" ("the board could no longer support
    him"): an ability lost is told as a fact, not a possibility weighed."""
    return low[i] == "could" and low[i + 1 : i + 3] == ["no", "longer"]
