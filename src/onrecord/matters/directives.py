"""What a directive asks for: "the agency ordered Corvane to stop pumping", "the judge told the
council to reopen the library". The event in its complement is what someone wants done, not
what is or will be: a demand, as "Corvane should stop pumping" is."""

from __future__ import annotations

# verbs that direct someone to act, in their usual forms
_DIRECTING = frozenset({
    "order", "orders", "ordered", "ordering", "instruct", "instructs", "instructed",
    "instructing", "direct", "directs", "directed", "directing", "urge", "urges", "urged",
    "urging", "ask", "asks", "asked", "asking", "tell", "tells", "told", "telling", "require",
    "requires", "required", "requiring", "compel", "compels", "compelled", "demand",
    "demands", "demanded", "demanding",
})  # fmt: skip
# what ends the reach of a directive before the event
_BREAKS = frozenset({",", ";", ":", ".", "and", "but", "because", "while", "although", "which",
                     "who", "that"})  # fmt: skip
# how far back from the event a directive may stand ("ordered the mine's owner, Corvane
# Minerals, to stop pumping" is cut by its commas)
_REACH = 8


def directed(low: list[str], at: int) -> bool:
    """Whether the event at ``at`` lies in the "to" complement of a directive before it:
    "ordered Corvane <to> stop pumping" (the event "pumping"), "asked residents <to> leave";
    not "told reporters the mine would close" (no "to": a report) nor "was ordered closed"."""
    seen_to = False
    for k in range(at - 1, max(-1, at - 1 - _REACH), -1):
        w = low[k]
        if w in _BREAKS:
            return False
        if w == "to":
            seen_to = True
        elif w in _DIRECTING:
            return seen_to
    return False
