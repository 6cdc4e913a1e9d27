"""Where a clause inside a clause bounds the reach of a negator.

A negator denies the verb of its own clause. Whether it reaches a clause that verb takes
depends on the verb:

* English moves the denial of a belief up to the verb of believing ("I don't think the rent
  will rise", "we do not expect that the depot will close": the rent will not rise, hedged),
  and a finding, a showing or an acceptance denied leaves its clause denied with it ("the
  records do not show that the council paid", "we do not accept that the wall is unsafe"):
  there the negator keeps reaching the clause, as it always has;
* a verb of disputing or doubting, denied, grants its clause ("nobody disputes that the
  licence was valid", "no one doubts the rent will rise", "we never hid that the pool would
  close"): the negator stops at the verb (:data:`GRANTING`);
* a question or a condition is a clause of its own ("did not say whether the depot would
  close", "will not object if a ramp is built"): the main clause's negator does not reach it.

The other way, a negator inside a clause opened by a subordinator ("cautioned that the city
had not applied", "will sue if the firm does not pay") never reaches an event named before
the subordinator. Plain Python over lower-cased tokens.
"""

from __future__ import annotations

from . import lexicon as lx
from .objects import DETERMINERS

# verbs (and nouns) of disputing, doubting or hiding: denied, they grant the clause they take
GRANTING = frozenset({"dispute", "disputes", "disputed", "disputing", "doubt", "doubts",
                      "doubted", "doubting", "deny", "denies", "denied", "denying", "question",
                      "questions", "questioned", "questioning", "contest", "contests",
                      "contested", "challenge", "challenges", "challenged", "forget", "forgets",
                      "forgot", "forgotten", "hide", "hides", "hid", "hidden", "ignore",
                      "ignores", "ignored", "regret", "regrets", "regretted"})  # fmt: skip
# subordinators that open a question or a condition: a clause of its own either way
_OWN_CLAUSE = frozenset({"whether", "if", "unless"})
# words that open the subject of a clause: after "that" they open a clause ("that the rent
# will rise", "that it had"), where a demonstrative "that" is followed by its noun ("that
# decision"); after a verb of disputing, a clause with no "that" ("doubts the rent will rise")
SUBJECT_OPENERS = DETERMINERS | frozenset({"a", "an", "no", "every", "all", "some", "each",
                                           "i", "we", "you", "he", "she", "it", "they",
                                           "there", "nobody", "nothing", "none",
                                           "everyone", "everything"})  # fmt: skip
# verbs of believing, finding, showing or accepting: denied, they deny the clause they take
# ("we do not believe that he held a licence"); denied, any other verb or adjective leaves
# it as it stands ("were not told that the yard had no permit": none)
CARRYING = lx.BELIEFS | frozenset({"thought", "believed", "show", "shows", "showed", "shown",
                                   "prove", "proves", "proved", "proven", "suggest",
                                   "suggests", "suggested", "indicate", "indicates",
                                   "indicated", "find", "finds", "found", "accept", "accepts",
                                   "accepted", "agree", "agrees", "agreed"})  # fmt: skip


def clause_of(low: list[str], i: int) -> tuple[int, int]:
    """The stretch ``[start, end)`` of ``low`` whose negators can reach the word at ``i``: it
    starts after a subordinator of a clause of its own ("whether", "if", "unless", or "that"
    after a verb of disputing) that opens before ``i``, and ends at one that opens after it,
    or at any "that" that opens a clause ("cautioned that the city had not applied")."""
    start, end = 0, len(low)
    for c in range(len(low)):
        if c < i and _opens_own_clause(low, c):
            start = c + 1
        elif c > i and (_opens_own_clause(low, c) or _opens_that_clause(low, c)):
            if _relative_that(low, c):
                continue  # "the closure <that the trust proposed> is not going to happen"
            end = c
            break
    return start, end


def carries_negation(low: list[str], i: int) -> bool:
    """Whether a negator of the main clause reaches the clause holding ``i``: none opens with
    "that" before it, or the word before that "that" is a verb of believing, finding or
    accepting ("we do not believe that he held ...", not "were not told that ...")."""
    that = max((c for c in range(i) if low[c] == "that"), default=-1)
    return that < 1 or low[that - 1] in CARRYING


def question_before(low: list[str], i: int) -> bool:
    """Whether the clause holding ``i`` is a question ("did not say whether he kept a key"):
    it holds no stance."""
    start, _ = clause_of(low, i)
    return start > 0 and low[start - 1] in ("whether", "if")


# words before "if" that make it open a question, not a condition ("did not say if")
_ASKING = lx.REPORT_VERBS | frozenset({"ask", "asks", "asked", "know", "knows", "knew",
                                       "clear", "unclear", "sure", "confirm", "confirms",
                                       "confirmed", "decide", "decides", "decided", "explain",
                                       "explained", "reveal", "revealed", "disclose",
                                       "disclosed", "wonder", "wondered"})  # fmt: skip


def question_start(low: list[str]) -> int:
    """Where a question inside the clause opens ("did not say whether the pool will close",
    "would not say if"): what it holds is asked, not said, so it holds no stance; the length
    of ``low`` without one. "regardless of whether" and "if" after no verb of asking or
    saying open a condition."""
    for c in range(1, len(low)):
        if low[c] == "whether" and low[c - 1] not in ("of", "regardless"):
            return c
        if low[c] == "if" and low[c - 1] in _ASKING:
            return c
    return len(low)


def _opens_own_clause(low: list[str], c: int) -> bool:
    """Whether a clause that no negator before it reaches opens after ``c``: a question or a
    condition at ``c``, a "that" after a verb of disputing ("nobody disputes that ..."), or a
    verb of disputing at ``c`` with a clause and no "that" ("no one doubts the rent will
    rise")."""
    w = low[c]
    if w in _OWN_CLAUSE:
        return True
    if w == "that":
        return _granted_at(low, c - 1)
    return w in GRANTING and _bare_clause(low, c + 1)


def _granted_at(low: list[str], m: int) -> bool:
    """Whether a verb of disputing stands at ``m``, or before an adverb there ("nobody
    seriously disputes that")."""
    if m > 0 and low[m].endswith("ly") and low[m] not in lx.LY_VERBS:
        m -= 1
    return m >= 0 and low[m] in GRANTING


def _opens_that_clause(low: list[str], c: int) -> bool:
    """Whether "that" at ``c`` opens a clause: a subject follows it ("that the rent", "that
    it"), not its own noun ("that decision")."""
    return low[c] == "that" and low[c + 1 : c + 2] != [] and low[c + 1] in SUBJECT_OPENERS


def _relative_that(low: list[str], c: int) -> bool:
    """Whether "that" at ``c`` opens a relative clause on the noun before it ("the closure
    <that the trust proposed> is not going to happen"): no verb of saying or thinking before
    it, a subject and a past verb after it with no object, then the main clause's auxiliary
    or modal. "that the council did not want went ahead" has its own auxiliary first."""
    before = low[c - 1] if c > 0 else ""
    if not before.isalnum() or _past(before) or before in lx.REPORT_VERBS | CARRYING | GRANTING:
        return False
    verb = next((k for k in range(c + 2, min(c + 6, len(low))) if _past(low[k])), -1)
    if verb < 0 or any(_verb_of(low, k) for k in range(c + 1, verb)):
        return False
    for k in range(verb + 1, min(verb + 5, len(low))):
        if _verb_of(low, k):
            return True
        if low[k] in SUBJECT_OPENERS or not low[k].isalnum():
            return False
    return False


def _past(word: str) -> bool:
    """Whether ``word`` is a past form ("proposed", "told")."""
    return (word.endswith("ed") and len(word) > 4) or word in lx.SIMPLE_PAST


def _verb_of(low: list[str], k: int) -> bool:
    """Whether ``low[k]`` is an auxiliary or a modal."""
    return (low[k] in lx.MODALS and low[k] not in ("to", "not", "n't", "never")) or lx.is_aux(
        low, k
    )


def _bare_clause(low: list[str], k: int) -> bool:
    """Whether a clause with no "that" opens at ``k``: a subject, then its own auxiliary or
    modal within a few words ("the rent will rise", "the council's figures were wrong")."""
    if k >= len(low) or low[k] not in SUBJECT_OPENERS:
        return False
    for j in range(k + 1, min(k + 7, len(low))):
        if _verb_of(low, j):
            return True
        if not (low[j].isalpha() or low[j] == "'s"):
            return False
    return False
