"""Counterfactuals: "the infection alone would not have killed her", "the warning could have
saved the crew". A modal with a perfect ("would have", "could not have") tells what would have
held in another world, not what happened or will happen: the speaker asserts no yes or no on
the event. Reported speech also turns a future perfect into "would have" ("all staff would
have been trained by June"): one bounded by a time ("by June") is a plan, and stays certain.
"Would have to close" is no perfect but an obligation ("have to"), and stays as it was.
"""

from __future__ import annotations

_MODALS = frozenset({"would", "could", "might", "should", "wouldn't", "couldn't", "mightn't",
                     "shouldn't"})  # fmt: skip
_BETWEEN = frozenset({"not", "never", "n't", "still", "probably", "certainly", "surely",
                      "also", "easily", "simply"})  # fmt: skip


def counterfactual(low: list[str]) -> list[str]:
    """The modal perfects of a clause's lowered tokens that make it counterfactual ("would not
    have"), none when a "by" of time follows the verb ("would have finished by June")."""
    out: list[str] = []
    for i, w in enumerate(low):
        if w not in _MODALS:
            continue
        j = i + 1
        while j < len(low) and low[j] in _BETWEEN:
            j += 1
        if j + 1 < len(low) and low[j] == "have" and low[j + 1][:1].isalpha():
            if low[j + 1] == "to":
                continue  # "would have to close": an obligation, no perfect
            if "by" in low[j + 1 :]:
                continue  # "would have been trained by June": a future perfect, reported
            out.append(" ".join(low[i : j + 1]))
    return out
