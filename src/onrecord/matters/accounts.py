"""Money made or lost: a body's accounts told by a phrase rather than one word.

"The college has lost money every year" and "we have been in surplus for three years" answer
one question (does it make money?), though "lost" alone names a defeat (:data:`.lexicon.
ANTONYMS` "win"), "money" names nothing, and "surplus" and "deficit" are each a key of their
own. Four phrases also name the key ``profit`` (which "made a profit" and "never turned a
profit" already name): losing or making money or cash ("has lost money", "made money last
year") and being in surplus or in deficit ("we have been in surplus", "the trust is in
deficit"); "lost money" is then no defeat. The event's word is the noun ("money", "surplus"),
whose theme is left to the clause's subject. The key is a scale: a denied loss ("did not lose
money", "is not in deficit") may be breaking even, no surplus, and names only its own end
(``profit-down``, as "rise" and "rise-down", :func:`.scales.scalar_events`); a denied gain
("is not in surplus", "did not make money") is no profit.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event
from .sums_lost import made_loss, made_profit, told_sum

__all__ = ["PROFIT", "accounts_owner", "with_accounts"]

# the key of the concept: what "made a profit" names (its stem)
PROFIT = lx.stem("profit")
_MONEY = frozenset({"money", "cash"})
# words that may stand between the verb and "money": how much ("more money", "a lot of money")
_AMOUNT = frozenset({"more", "much", "less", "some", "a", "lot", "of", "little", "serious",
                     "real", "good"})  # fmt: skip
# "in surplus" / "in deficit": the state of the accounts
_STATES = {"surplus": 1, "deficit": -1}
_WIN = "win"


def with_accounts(low: list[str], events: tuple[Event, ...]) -> tuple[Event, ...]:
    """``events`` with the money made or lost that the clause's words ``low`` tell, and
    without the defeat a lost sum of money was read as."""
    added: list[Event] = []
    losing: set[str] = set()
    for i, w in enumerate(low):
        sign, verb = _sign(low, i)
        if not sign:
            continue
        if verb >= 0 and low[verb] in lx.LOSE_FORMS:
            losing.add(low[verb])
        negs = tuple(t for t in low[:i] if t in lx.NEGATORS)
        if negs and sign < 0:
            added.append(Event(PROFIT + "-down", w, -1, negs))  # perhaps breaking even
        else:
            added.append(Event(PROFIT, w, -1 if negs else sign, negs))
    if not added or any(e.key == PROFIT for e in events):
        return events
    kept = tuple(e for e in events if not (e.key == _WIN and e.word.lower() in losing))
    return (*kept, added[0])


def accounts_owner(low: list[str], at: int) -> tuple[int, int] | None:
    """For money made or lost, or a state of the accounts, at ``at`` ("has lost <money>",
    "has been in <surplus>"): the index of the verb whose subject keeps the accounts, and
    where what the money was made or lost on begins ("lost money on <the car parks>", "made
    money from <room hire>"; -1 for none), or None for no such reading. A loss on one venture
    is not the body's accounts: "the council has lost money on the car parks" and "the museum
    has been in surplus" are two bodies' accounts, and "lost money on one contract" is no
    answer to "made money overall"."""
    sign, verb = _sign(low, at)
    if not sign:
        return None
    if verb < 0:
        verb = at - 2  # the verb before "in surplus": "has been", "remains", "is not"
        while verb > 0 and low[verb] in lx.NEGATORS:
            verb -= 1
        return (verb, -1) if verb >= 0 else None
    on = at + 1 if low[at + 1 : at + 2] in (["on"], ["from"]) else -1
    return verb, on + 1 if on >= 0 else -1


def _sign(low: list[str], i: int) -> tuple[int, int]:
    """(-1 for a loss named by the noun at ``i``, +1 for a gain, 0 for neither; the index of
    the verb that loses or makes it, -1 for none)."""
    word = low[i]
    if word in _STATES and i and low[i - 1] == "in":
        return _STATES[word], -1
    told = told_sum(low, i) or made_loss(low, i) or made_profit(low, i)
    if told:
        return told
    if word not in _MONEY:
        return 0, -1
    k = i - 1
    while k >= 0 and k >= i - 4 and low[k] in _AMOUNT:
        k -= 1
    if k < 0:
        return 0, -1
    verb = low[k]
    return (-1 if verb in lx.LOSE_FORMS else 1 if verb in lx.MAKE_FORMS else 0), k
