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

from ..nlp.timex_lexicon import NUMBER_WORDS
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
            modifies = (
                nxt.isalpha()
                and nxt not in lx.STOPWORDS
                and nxt not in _AFTER_OBJECT
                and nxt not in NUMBER_WORDS
            )
            return -1 if modifies else k
        if not (w in _OBJECT_WORDS or w in lx.MONTHS or w[:1].isdigit()
                or (toks[k][:1].isupper() and w.isalpha())):  # fmt: skip
            return -1
    return -1


# words that may follow the object's head and open no noun it modifies
_AFTER_OBJECT = frozenset({"yet", "last", "next", "today", "either", "since", "until", "before",
                           "after", "in", "on", "for", "from", "by", "this", "late", "early",
                           "yesterday", "again", "now", "at", "as", "weeks", "days", "months",
                           "twice", "only", "because", "when", "while", "despite",
                           "without", "within", "over", "during"})  # fmt: skip
# what pay waited for may be waited for to do and still be pay to come ("for their wages to
# arrive"); "waiting for their wages to be reviewed" waits on something else
_TO_COME = frozenset({"arrive", "come", "clear", "land", "reach", "turn"})


def _waited_pay(toks: list[str], low: list[str], start: int) -> bool:
    """Whether what is waited for from ``start`` is pay itself ("for their wages", "for
    their wages to arrive"), not something to be done to it ("for their wages to be
    reviewed", "for the pension to rise")."""
    head = _pay_head(toks, low, start)
    if head < 0:
        return False
    after = low[head + 1 : head + 4]
    if after[:1] != ["to"]:
        return True
    if after[1:3] == ["be", "paid"]:
        return True
    return after[1:2] != [] and after[1] in _TO_COME


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
            if after[:1] == ["for"] and _waited_pay(toks, low, i + 2):
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
        (low[i + 1 : i + 2] == ["for"] and _waited_pay(toks, low, i + 2))
        or low[i + 1 : i + 4] == ["to", "be", "paid"]
    )
