"""Pay received or waited for: "has not received a penny of his wages" answers "was he paid?".

Being paid is told from either end: the payer pays ("the club paid the players"), the paid are
paid ("every player has been paid"), or the paid receive their pay ("eleven players have not
received their January wages") or are still waiting for it ("four of them are still waiting
for their wages"). The last two name the key of "paid" (:data:`PAY`), so that the owner's
"every player has been paid" and the union's "eleven have not received their wages" meet in
one matter:

* a verb of receiving ("receive", "get") whose object is headed by a word of pay ("wages",
  "salary", "pay", "payment") is the event, denied by a negator of its verb group ("have not
  received") or of its object ("received no wages");
* "waiting for" pay ("are still waiting for their wages") or "waiting to be paid" says the
  pay has not come: the event denied. A denied wait ("nobody is waiting for wages") says
  nothing here.

Left alone: pay named as a modifier ("received a pay rise", "got a pay offer": a rise, an
offer), a noun of pay that is not the object's head ("received a letter about their wages"),
and waiting for anything else ("still waiting for the report").
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

# the key of "paid" (``lexicon.stem("paid")``)
PAY = lx.stem("paid")
_RECEIVE = frozenset({"receive", "receives", "received", "receiving", "get", "gets", "got",
                      "gotten", "getting"})  # fmt: skip
_WAIT = frozenset({"wait", "waits", "waited", "waiting"})
# nouns of pay: the head of what is received or waited for
_PAY_NOUNS = frozenset({"wage", "wages", "pay", "salary", "salaries", "payment", "payments",
                        "paycheck", "paychecks", "paycheque", "paycheques", "pension",
                        "pensions"})  # fmt: skip
# words of the object before its head ("a penny of their January wages", "any of the money")
_OBJECT_WORDS = frozenset({"a", "an", "the", "their", "his", "her", "its", "our", "my", "your",
                           "any", "all", "no", "full", "penny", "cent", "of", "this", "that",
                           "last", "monthly", "weekly", "back", "outstanding", "unpaid",
                           "single", "whole", "latest"})  # fmt: skip
# words of the verb group between a negator and the verb ("have not yet received")
_GROUP = lx.AUXILIARIES | lx.MODALS | frozenset({"yet", "even", "ever", "still", "actually"})


def _pay_head(toks: list[str], low: list[str], start: int) -> int:
    """Where the noun of pay heading the object that opens at ``start`` stands ("<a penny of
    their January wages>"), or -1: only determiners, quantities, months and names before it,
    and no noun after it that it modifies ("a pay rise")."""
    for k in range(start, min(len(low), start + 8)):
        w = low[k]
        if w in _PAY_NOUNS:
            nxt = low[k + 1] if k + 1 < len(low) else ""
            modifies = nxt.isalpha() and nxt not in lx.STOPWORDS and nxt not in _AFTER_OBJECT
            return -1 if modifies else k
        if not (w in _OBJECT_WORDS or w in lx.MONTHS or w[:1].isdigit()
                or (toks[k][:1].isupper() and w.isalpha())):  # fmt: skip
            return -1
    return -1


# words that may follow the object's head and open no noun it modifies
_AFTER_OBJECT = frozenset({"yet", "last", "next", "today", "either", "since", "until", "before",
                           "after", "in", "on", "for", "from", "by", "this"})  # fmt: skip


def _denied(low: list[str], i: int) -> tuple[str, ...]:
    """The negator of the verb group before ``low[i]`` ("have not received"), if any."""
    k = i - 1
    while k >= 0 and low[k] in _GROUP and low[k] not in lx.NEGATORS:
        k -= 1
    if k >= 0 and (low[k] in lx.NEGATORS or low[k] == "n't"):
        return (low[k],)
    return ()


def pay_events(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """:data:`PAY` where pay is received or waited for, with its polarity (see the module)."""
    for i, word in enumerate(low):
        if word in _RECEIVE:
            head = _pay_head(toks, low, i + 1)
            if head < 0:
                continue
            negs = _denied(low, i) + tuple(w for w in low[i + 1 : head] if w == "no")
            return (Event(PAY, toks[i], -1 if negs else 1, negs),)
        if word in _WAIT and not _denied(low, i):
            after = low[i + 1 : i + 4]
            if after[:1] == ["for"] and _pay_head(toks, low, i + 2) >= 0:
                return (Event(PAY, toks[i], -1, (word,)),)
            if after[:3] == ["to", "be", "paid"]:
                return (Event(PAY, toks[i], -1, (word,)),)
    return ()


def receives_pay(toks: list[str], low: list[str], i: int) -> bool:
    """Whether ``low[i]`` receives or waits for pay (:func:`pay_events`): the event is told
    of its subject, the paid, as a passive "were paid" is."""
    if low[i] in _RECEIVE:
        return _pay_head(toks, low, i + 1) >= 0
    return low[i] in _WAIT and (
        (low[i + 1 : i + 2] == ["for"] and _pay_head(toks, low, i + 2) >= 0)
        or low[i + 1 : i + 4] == ["to", "be", "paid"]
    )
