"""A plan given up and an act failed: the act named after them is denied.

"Has abandoned plans for a meeting" says there will be no meeting, as "will not meet" does;
"scrapped plans to build the depot", "shelved the proposal to close the school" and "dropped
the idea of a merger" deny the building, the closing and the merger. "The firm's failure to
deliver the piles", "their refusal to pay" and "failed to publish the report" deny the
delivery, the payment and the publishing. The act is the word right after "to", or a word of
the noun phrase after "for" or "of"; the verb that gives the plan up names no event of its own
("dropped plans" is no fall). When the act failed is a stopping ("failed to stop the closure",
"refused to block the sale") the thing not stopped goes ahead: its event stays asserted.
"""

from __future__ import annotations

from . import lexicon as lx

# verbs that give a plan up
_GIVE_UP = frozenset({
    "abandon", "abandons", "abandoned", "abandoning", "scrap", "scraps", "scrapped",
    "scrapping", "shelve", "shelves", "shelved", "shelving", "drop", "drops", "dropped",
    "dropping", "ditch", "ditches", "ditched", "ditching", "axe", "axes", "axed", "axing",
})  # fmt: skip
# nouns of a plan
_PLANS = frozenset({"plan", "plans", "idea", "proposal", "proposals", "intention",
                    "intentions"})  # fmt: skip
# nouns and verbs of an act not done: "failure to deliver", "refusal to pay", "failed to
# publish the report" (not published), "refused to pay the fine" (not paid)
_FAILED = frozenset({"failure", "refusal", "inability", "fail", "fails", "failed", "failing",
                     "refuse", "refuses", "refused", "refusing"})  # fmt: skip
# verbs of stopping an act: "failed to stop the closure" denies the stopping, not the closure,
# which goes ahead
_STOPPING = frozenset({
    "stop", "prevent", "block", "halt", "avert", "avoid", "thwart",
})  # fmt: skip
# words between the verb and the plan noun ("abandoned its earlier plans")
_BETWEEN = frozenset({"the", "its", "their", "his", "her", "our", "my", "your", "all", "any",
                      "those", "these", "a", "an", "earlier", "original", "long-standing",
                      "controversial", "previous"})  # fmt: skip
# words of a noun phrase before its head ("plans for a new meeting")
_NP = frozenset({"a", "an", "the", "new", "second", "formal", "joint", "further", "planned",
                 "proposed", "full"})  # fmt: skip


def plan_given_up(low: list[str], i: int) -> int:
    """Where the plan noun stands when the word at ``i`` is a verb that gives it up and the
    plan names its act ("abandoned plans for", "scrapped the idea to", or in the passive
    "plans to sell the depot were scrapped"), or -1."""
    if low[i] not in _GIVE_UP:
        return -1
    j = i - 1
    while j > 0 and low[j] in _BETWEEN_BE:
        j -= 1  # "was never abandoned", "have since been quietly dropped"
    if j >= 0 and low[j] in lx.BE_FORMS:
        return _passive_plan(low, i)
    p = i + 1
    while p < len(low) and p - i <= 3 and low[p] in _BETWEEN:
        p += 1
    if p + 2 < len(low) and low[p] in _PLANS and low[p + 1] in ("to", "for", "of"):
        return p
    return -1


# words between the auxiliary and a passive participle ("was never abandoned")
_BETWEEN_BE = frozenset({"not", "n't", "never", "now", "since", "already", "quietly",
                         "formally", "finally", "effectively", "largely"})  # fmt: skip


def _passive_plan(low: list[str], i: int) -> int:
    """Where the plan noun stands that opens the clause given up in the passive at ``i``
    ("the plan to close the school has been shelved"), or -1 past a clause break ("plans to
    sell it were agreed and the old scheme was scrapped"). A negator between them is the
    clause's own, counted with the verb that gives up ("have not been scrapped": the plan
    stands)."""
    for p in range(i - 2, max(-1, i - 12), -1):
        w = low[p]
        if w in _PLANS and low[p + 1] in ("to", "for", "of"):
            return p
        if w in (",", ";", "and", "but", "that", "which", "who"):
            return -1
    return -1


def given_up(low: list[str], i: int) -> str:
    """The word that gives up or fails the act named at ``i`` ("abandoned" in "abandoned
    plans for a meeting", "failure" in "failure to deliver"), or ""."""
    if i >= 2 and low[i - 1] == "to" and low[i - 2] in _FAILED:
        return low[i - 2]
    for g in list(range(max(0, i - 10), i)) + list(range(i + 1, min(len(low), i + 10))):
        p = plan_given_up(low, g)
        if p < 0 or i <= p + 1 or (g > i and not p < i):
            continue
        if low[p + 1] == "to" and i == p + 2:
            return low[g]
        if low[p + 1] in ("for", "of") and all(w in _NP for w in low[p + 2 : i]):
            return low[g]
    return ""


def failed_stop(low: list[str], i: int) -> bool:
    """Whether the verb at ``i`` stops an act that someone failed or refused to stop ("failed
    to stop the closure", "failure to prevent the sale"): the act goes ahead, so its event is
    not denied with the stopping."""
    return low[i] in _STOPPING and bool(given_up(low, i))
