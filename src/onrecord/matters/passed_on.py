"""A piece of information passed on to someone gives them notice, as telling them does.

"The survey was shared with the county council in 2042", "we sent the report to the
regulator" and "the letter was passed to the housing team" each say that the recipient had
the thing, which "the county council was never told about the survey" denies: the key
:data:`.notice.NOTIFY`, besides the verb's own key, with the recipient in its theme. The
thing passed on must be information (a survey, a report, a letter, the photographs): "sent
the patients to Dunlowe", "passed the bill to the senate" for a vote and "shared the prize"
give no one notice, and a thing shared with no recipient ("shared the photos online") tells
no one in particular. "Received" keeps its own key: "we received a letter from the agency"
tells what the receiver heard and from whom, and would meet other ways of learning a thing
("learned about the cracks from a farmer") that it does not answer.
"""

from __future__ import annotations

from . import lexicon as lx
from .contact import party_span

# verbs that pass a thing on, each with the word that opens its recipient
_PASSING = {
    **dict.fromkeys(("share", "shares", "shared", "sharing"), "with"),
    **dict.fromkeys(("send", "sends", "sent", "sending", "pass", "passes", "passed", "passing",
                     "hand", "hands", "handed", "handing", "forward", "forwards", "forwarded",
                     "forwarding", "copy", "copied", "circulate", "circulated", "supply",
                     "supplied", "provide", "provided"), "to"),
}  # fmt: skip
# pieces of information (what a notice carries): not people, money, goods or a bill to vote on
INFORMATION = frozenset({
    "survey", "surveys", "report", "reports", "letter", "letters", "email", "emails", "memo",
    "memos", "findings", "results", "data", "figures", "document", "documents", "file",
    "files", "photographs", "photos", "images", "footage", "video", "recording", "minutes",
    "warning", "warnings", "assessment", "assessments", "inspection", "review", "audit",
    "details", "information", "evidence", "complaint", "complaints", "study", "analysis",
})  # fmt: skip
_SKIP = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "my", "your", "this",
                   "that", "these", "those", "full", "whole", "final", "draft", "same", "every",
                   "any", "no"})  # fmt: skip
_BETWEEN = lx.NEGATORS | {"ever", "never", "not", "already", "also", "first", "only", "then"}


def passed_on(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the verb at ``i`` passes information on to a named recipient ("was shared with
    the county council", "sent the report to the regulator")."""
    return passed_to(toks, low, i) is not None


def passed_to(toks: list[str], low: list[str], i: int) -> tuple[int, int] | None:
    """The span of the recipient of information passed on by the verb at ``i`` ("was shared
    <with the county council>", "sent the report <to the regulator>"), or None."""
    opener = _PASSING.get(low[i])
    if opener is None:
        return None
    if _passive(low, i):
        if not any(x in INFORMATION for x in low[max(0, i - 7) : i]):
            return None
        at = i + 1
    else:
        head = _information_at(low, i + 1)
        if head is None:
            return None
        at = head + 1
        while at < len(low) and at <= i + 8 and low[at] not in (opener, ",", "."):
            at += 1
    if low[at : at + 1] != [opener]:
        return None
    return party_span(toks, low, at + 1)


def _information_at(low: list[str], k: int) -> int | None:
    """The index of the head of an information noun phrase opening at ``k`` ("the 2042
    survey", "a full report"), or None."""
    for j in range(k, min(len(low), k + 4)):
        if low[j] in INFORMATION:
            return j
        kept = low[j] in _SKIP or low[j][:1].isdigit() or low[j].endswith("'s")
        if not kept and (low[j] in lx.STOPWORDS or not low[j].isalpha()):
            return None
    return None


def _passive(low: list[str], i: int) -> bool:
    """Whether the verb at ``i`` is a passive participle ("was shared", "had never been sent")."""
    k = i - 1
    while k >= 0 and (low[k] in _BETWEEN or low[k].endswith("ly")):
        k -= 1
    return k >= 0 and low[k] in lx.BE_FORMS and low[i].endswith(("ed", "sent", "copied"))
