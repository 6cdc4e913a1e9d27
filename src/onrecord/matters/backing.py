"""Being behind a plan or a person is support for it.

"The council is fully behind this expansion", "the members stand behind their chair" and
"the board threw its weight behind the bid" say what "supports" says, and "is not behind the
scheme", "no longer stands behind her" what "does not support" says: the idiom names the
concept ``support`` (:data:`.lexicon.ANTONYMS`), so a later "the council has not supported
the scheme" answers the same question.

Left alone: "behind" of a place or a time ("the car park is behind the library", "the
project is behind schedule", "behind closed doors", "behind bars"): only a plan, a decision
or a person (a pronoun, or a title and a name) is what one can be behind in support. Nor a
place in a contest ("the Rovers are behind the leaders by two points", "behind the leader in
the polls"), nor the author asked after ("who is behind the plan is unclear").
"""

from __future__ import annotations

from ..nlp.timex_lexicon import NUMBER_WORDS
from . import lexicon as lx
from .event_record import Event

_SUPPORT = "support"
# verbs that stand one behind something: "is behind", "stands behind", "got behind"
_STANDING = lx.BE_FORMS | frozenset({"stand", "stands", "stood", "standing", "get", "gets",
                                     "got", "getting", "weight", "remain", "remains",
                                     "remained"})  # fmt: skip
# words between the verb and "behind" ("is fully behind", "stand firmly behind")
_DEGREE = frozenset({"fully", "firmly", "squarely", "solidly", "right", "wholly", "entirely",
                     "completely", "all", "not", "no", "longer", "still", "now", "very",
                     "much", "four-square", "totally", "100", "per", "cent", "also"})  # fmt: skip
# words that open what is backed
_OPENERS = frozenset({"the", "this", "that", "these", "those", "our", "its", "their", "his",
                      "her", "my", "your", "a", "an", "any"})  # fmt: skip
_PERSONS = frozenset({"him", "her", "them", "us", "me", "you"})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "cllr",
                     "councillor", "professor"})  # fmt: skip
# what one can be behind in support: a plan, a choice or one who leads
_BACKED = frozenset({
    "plan", "plans", "scheme", "schemes", "proposal", "proposals", "bid", "bids", "expansion",
    "project", "campaign", "idea", "move", "deal", "application", "decision", "policy",
    "changes", "reform", "reforms", "merger", "closure", "strike", "motion", "candidate",
    "candidacy", "manager", "chair", "chairman", "chairwoman", "leader", "leadership", "coach",
    "team", "board", "appeal", "redevelopment", "development", "extension", "takeover",
    "offer", "ban", "cuts", "levy", "budget", "approach",
})  # fmt: skip
# what a contest is counted in after "behind the leaders in ..." ("in the polls")
_STANDINGS = frozenset({"polls", "poll", "table", "league", "standings", "race", "rankings"})
# words that ask after the one behind a thing, its author ("who is behind the plan")
_ASKING = frozenset({"who", "what", "whoever"})
# words after which "who is behind" asks rather than relates ("unclear who is behind")
_KNOWING = frozenset({"unclear", "clear", "know", "knows", "known", "ask", "asked",
                      "asking", "wonder", "wondered", "sure", "reveal", "revealed", "find",
                      "out"})  # fmt: skip


def backing_events(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """``support`` with its polarity where the clause stands its subject behind a plan or a
    person ("is fully behind this expansion": +1; "is not behind the scheme": -1)."""
    for i, word in enumerate(low):
        if word != "behind" or not _backed(toks, low, i + 1):
            continue
        k = i - 1
        while k >= 0 and low[k] in _DEGREE:
            k -= 1
        if k < 0 or low[k] not in _STANDING:
            continue
        if low[k] == "weight" and "behind" not in low[k + 1 : i + 1]:
            continue
        if (
            k
            and low[k - 1] in _ASKING
            and (k == 1 or not low[k - 2].isalpha() or low[k - 2] in _KNOWING)
        ) or _contest(low, i + 1):
            continue  # "who is behind the plan", "behind the leaders by two points"
        negs = tuple(w for w in low[:i] if w in lx.NEGATORS)
        sign = -1 if len(negs) % 2 else 1
        return (Event(_SUPPORT, toks[i], sign, negs),)
    return ()


def _contest(low: list[str], j: int) -> bool:
    """Whether what follows the one behind at ``j`` counts a gap in a contest ("the leaders
    by two points", "the leader in the polls", "the leaders on goal difference")."""
    end = next((k for k in range(j, min(len(low), j + 6)) if low[k] in ("by", "in", "on")), -1)
    if end < 0 or end + 1 >= len(low):
        return False
    nxt = low[end + 1 : end + 4]
    if low[end] == "by":
        return nxt[0][:1].isdigit() or nxt[0] in NUMBER_WORDS or nxt[0] in ("a", "one")
    if low[end] == "on":
        return "difference" in nxt or "points" in nxt
    return any(w in _STANDINGS for w in nxt)


def _backed(toks: list[str], low: list[str], j: int) -> bool:
    """Whether what follows "behind" at ``j`` is a plan or a person."""
    if j >= len(low):
        return False
    if low[j] in _PERSONS:
        return True
    if low[j] in _TITLES:
        return j + 1 < len(toks) and toks[j + 1][:1].isupper()
    if low[j] not in _OPENERS:
        return False
    k = j + 1
    while k < len(low) and low[k].isalpha() and low[k] not in _BACKED and k - j <= 3:
        k += 1
    return k < len(low) and low[k] in _BACKED
