"""A visit told by a verb of motion and its place: "came to Tessford" is "visited Tessford".

"Nobody from the council has come to Marlow Green" and "our officers have visited every
house in Marlow Green" answer one question (did anyone from the council go there?), though
"come" names nothing alone. "Come", "go" or "been" followed by "to" and a place (a name, or a
noun phrase a determiner opens) names the key of "visit". Not read: a motion to a state or an
end ("came to an agreement", "go to war", "came to power", "went to court"), nor "come to"
with a verb ("came to see"), nor a future or plan ("is going to", "go to the polls"), nor a
thing handed over ("the money went to the hospital", "the contract went to a local firm").
Its theme (:mod:`.themes`) is the place, as the object of "visited" is (none for a name,
which is compared as an entity).
"""

from __future__ import annotations

from . import lexicon as lx

__all__ = ["VISIT", "came_to", "visited_place"]

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


# things that "go to" someone or somewhere by being given, not by travelling there
_HANDED = frozenset({
    "money", "funds", "funding", "cash", "proceeds", "profits", "revenue", "grant", "grants",
    "contract", "contracts", "award", "prize", "title", "job", "jobs", "seat", "seats", "vote",
    "votes", "share", "shares", "ball", "case", "matter", "issue", "bill", "decision",
    "complaint", "complaints", "appeal", "question", "credit", "donation", "donations", "tax",
    "rent", "fee", "fees", "savings", "land", "site", "work", "order", "orders",
})  # fmt: skip


def _mover(low: list[str], i: int) -> str:
    """The word right before the verb group of the verb of motion at ``i``: the head of its
    subject ("the money <went>", "nobody from the council has <come>")."""
    k = i - 1
    while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS or low[k] in lx.NEGATORS
                      or low[k].endswith("ly")):  # fmt: skip
        k -= 1
    return low[k] if k >= 0 else ""


def visited_place(toks: list[str], low: list[str], i: int) -> tuple[int, int]:
    """Where the place of the visit told at ``i`` ("came to <the village>") begins and ends."""
    k = i + 2
    end = k
    while (
        end < len(low)
        and (low[end].isalnum() or low[end] == "'s")
        and (end == k or low[end] not in lx.STOPWORDS)
    ):
        end += 1
    return k, end


def came_to(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the verb of motion at ``i`` tells a visit to a place ("has come to Marlow
    Green", "went to the village", "had been to the site")."""
    if low[i] not in _MOTION or low[i + 1 : i + 2] != ["to"] or i + 2 >= len(low):
        return False
    if low[i] in ("going", "gone") and i and low[i - 1] in lx.BE_FORMS:
        return False  # "is going to": a plan
    if _mover(low, i) in _HANDED:
        return False  # "the money went to the hospital": given, no one came
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
