"""Words by which a later statement tells again a past occasion an earlier one denied.

"No records were accessed" and, two weeks later, "records had been accessed" are one breach:
the later words go back to it in the pluperfect or the emphatic past (:func:`goes_back`), with
no word of a later day (:data:`LATER`), or both name the occasion by a noun for one
(:data:`OCCASION_NOUNS`). Used by :func:`.timeframes.one_past_occasion`.
"""

from __future__ import annotations

from . import lexicon as lx


def goes_back(low: list[str]) -> bool:
    """Whether a clause goes back to an occasion already told: the pluperfect ("records had
    been accessed"), or the emphatic past that answers a denial ("water did enter the
    network"; not "as we did two years ago", which points at another time)."""
    if "had" in low:
        return True
    return any(
        w == "did" and k + 1 < len(low) and low[k + 1].isalpha()
        and low[k + 1] not in lx.STOPWORDS and low[k + 1] not in lx.NEGATORS
        and not set(low[max(0, k - 2) : k]) & {"as", "than", "so"}
        for k, w in enumerate(low)
    )  # fmt: skip


# words of a later day than the one denied
LATER = frozenset({"now", "yet", "since", "by", "finally", "eventually", "later", "after",
                   "afterwards", "subsequently", "then"})  # fmt: skip
# nouns that name one occasion, which both statements can tell ("the breach", "the outage")
OCCASION_NOUNS = frozenset(lx.stem(w) for w in (
    "breach", "outage", "attack", "fire", "crash", "accident", "incident", "hack", "leak",
    "collapse", "explosion", "storm", "flood", "shooting", "raid", "derailment", "spill",
    "cyberattack", "blackout",
))  # fmt: skip
