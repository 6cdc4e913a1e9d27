"""A visit told by a verb of motion and its place: "came to Tessford" is "visited Tessford".

"Nobody from the council has come to Marlow Green" and "our officers have visited every
house in Marlow Green" answer one question (did anyone from the council go there?), though
"come" names nothing alone. "Come", "go" or "been" followed by "to" and a place (a name, or a
noun phrase a determiner opens) names the key of "visit". Not read: a motion to a state or an
end ("came to an agreement", "go to war", "came to power", "went to court"), nor "come to"
with a verb ("came to see"), nor a future or plan ("is going to", "go to the polls").
"""

from __future__ import annotations

from . import lexicon as lx

__all__ = ["VISIT", "came_to"]

VISIT = lx.stem("visit")
_MOTION = frozenset({"come", "comes", "came", "coming", "go", "goes", "went", "gone", "been"})
_OPENERS = frozenset({"the", "our", "their", "his", "her", "its", "my", "your", "this",
                      "that", "every", "each", "any"})  # fmt: skip
# nouns after "to the" that tell a state, an end or an institution's business, no place visited
_NOT_PLACES = frozenset({
    "end", "conclusion", "point", "rescue", "aid", "polls", "ballot", "vote", "table", "fore",
    "top", "bottom", "surface", "light", "brink", "wire", "dogs", "wall", "courts", "court",
    "tribunal", "police", "press", "media", "board", "committee", "council", "minister",
    "government", "union", "market", "bank", "stage", "same", "decision",
})  # fmt: skip
_NOT_BARE = frozenset({"war", "court", "power", "prison", "jail", "trial", "sleep", "work",
                       "school", "bed", "waste", "press", "print", "pieces", "tender"})  # fmt: skip


def came_to(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the verb of motion at ``i`` tells a visit to a place ("has come to Marlow
    Green", "went to the village", "had been to the site")."""
    if low[i] not in _MOTION or low[i + 1 : i + 2] != ["to"] or i + 2 >= len(low):
        return False
    if low[i] in ("going", "gone") and i and low[i - 1] in lx.BE_FORMS:
        return False  # "is going to": a plan
    k = i + 2
    if toks[k][:1].isupper() and low[k].isalpha() and low[k] not in lx.STOPWORDS:
        return True  # "came to Marlow Green"
    if low[k] in _NOT_BARE or low[k] not in _OPENERS:
        return False  # "went to war", "came to see", "came to an agreement"
    k += 1
    while k < len(low) and low[k].isalpha() and low[k] not in lx.STOPWORDS and k < i + 6:
        if low[k] in _NOT_PLACES:
            return False
        if k + 1 >= len(low) or not low[k + 1].isalpha() or low[k + 1] in lx.STOPWORDS:
            return toks[k][:1].isupper() or not low[k].endswith(("ing", "ion", "ment"))
        k += 1
    return False
