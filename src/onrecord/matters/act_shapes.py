"""One act named by a phrase whose words name another alone: a notice handed in is a
resignation, goods shipped abroad are exported, a claim taken to court is a lawsuit, a sum
found for a body is money given, people who will be back return, a thing had free is not paid
for and a price frozen does not rise (:mod:`.free_prices`), a thing held up is delayed and a
loss paid for is made good (:mod:`.light_acts`), checks run are checking and consent given is
approval (:mod:`.light_nouns`).

Each shape folds its phrase onto the key that the plain word of the act has, so that a
statement made one way meets its denial made the other ("four firefighters have handed in
their notice" / "nobody has resigned"; "has been shipping tablets to Europe" / "not a single
tablet has been exported"; "I will take the ministry to court" / "I will not go to court").

Each shape asks for the words that make it that act and no other: a notice handed in is the
holder's own ("handed in their notice", not "was given notice of the closure", a notice to
someone else); goods are shipped abroad only to a named place or "abroad" ("shipped to
pharmacies" stays in the country); a sum is found for a body ("will find another 60,000
pounds for the theatre", not "police found 60,000 pounds in a car"); a budget is covered
only when it is another's ("will cover the team's budget", not "covered its costs", which
breaks even). Plain Python over tokens, no model.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .free_prices import PAY, RISE, free_priced, pay_more, price_frozen
from .giving import MONEY
from .light_acts import COMPENSATE, DELAY, held_up, loss_paid
from .light_nouns import light_noun_act

RESIGN = "resign"
EXPORT = "export"
SUE = "sue"
RETURN = lx.stem("return")


@dataclass(frozen=True)
class Shape:
    """An act named at a word by a phrase: its key, its sign, and the last word of the
    phrase that is read with it (no event of its own)."""

    key: str
    sign: int
    last: int
    word: int = -1  # the word whose theme the act takes, if not the phrase's first


_HAND = frozenset({"hand", "hands", "handed", "handing", "put", "puts", "putting", "give",
                   "gives", "gave", "giving", "tender", "tenders", "tendered", "tendering",
                   "submit", "submits", "submitted", "submitting"})  # fmt: skip
_OWN = frozenset({"their", "his", "her", "my", "our", "your"})
_NOTICES = frozenset({"notice", "notices", "resignation", "resignations"})


def notice_handed_in(low: list[str], i: int) -> int:
    """Where the notice stands that the verb at ``i`` hands in as the holder's own ("have
    handed in their notice", "gave her notice on Friday", "tendered his resignation"), or -1.
    "Was given notice of the closure" and "handed a notice to the tenants" are notices to
    someone else: no resignation."""
    if low[i] not in _HAND:
        return -1
    k = i + 1
    if low[k : k + 1] == ["in"]:
        k += 1
    if low[k : k + 1] and low[k] in _OWN and low[k + 1 : k + 2] and low[k + 1] in _NOTICES:
        return k + 1
    return -1


_SHIP = frozenset({"ship", "shipped", "shipping", "send", "sent", "sending", "sends"})
_ABROAD = frozenset({"abroad", "overseas"})
_CLAUSE_END = frozenset({",", ";", ":", ".", "and", "but", "because", "while", "which", "who",
                         "where", "when"})  # fmt: skip
_VERB_BEFORE = lx.BE_FORMS | lx.AUXILIARIES | lx.MODALS | lx.NEGATORS | frozenset({"to"})


def shipped_abroad(toks: list[str], low: list[str], i: int) -> int:
    """Where the destination stands of goods the verb at ``i`` ships or sends abroad ("has
    been shipping tablets to Europe", "were sent overseas"), or -1: "to" and a name, or
    "abroad" / "overseas", within the clause. "Shipped to pharmacies" stays in the country,
    and "the ship" and "shipping costs" are nouns."""
    if low[i] not in _SHIP:
        return -1
    if low[i] in ("ship", "send", "shipping", "sending") and not (i and low[i - 1] in _VERB_BEFORE):
        return -1  # "the ship", "shipping costs": no verb
    for k in range(i + 1, min(len(low), i + 9)):
        if low[k] in _CLAUSE_END:
            return -1
        if low[k] in _ABROAD:
            return k
        if low[k] == "to" and k + 1 < len(toks) and toks[k + 1][:1].isupper():
            return k + 1
    return -1


_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})
_GO = frozenset({"go", "goes", "went", "gone", "going"})


def to_court(low: list[str], i: int) -> int:
    """Where "court" stands that a claim is taken to ("will take the ministry to court",
    "will not be going to court"), or -1: a lawsuit, as "will sue" names it. "Appeared in
    court" is a defendant's, no suit brought."""
    if low[i] in _GO and low[i + 1 : i + 3] == ["to", "court"]:
        return -1 if _attends(low, i + 3) else i + 2
    if low[i] not in _TAKE:
        return -1
    for k in range(i + 1, min(len(low), i + 6)):
        if low[k] in _CLAUSE_END:
            return -1
        if low[k : k + 2] == ["to", "court"]:
            return k + 1
    return -1


# what one goes to court for who brings no claim: to watch or speak at another's case
_ATTEND = frozenset({"give", "watch", "see", "hear", "support", "testify", "attend", "face",
                     "answer", "appear", "listen", "report", "sit", "serve",
                     "witness"})  # fmt: skip
_HEARINGS = frozenset({"hearing", "hearings", "trial", "sentencing", "verdict", "inquest",
                       "jury"})  # fmt: skip


def _attends(low: list[str], k: int) -> bool:
    """Whether the words from ``k`` after "went to court" tell a visit, not a claim brought:
    "went to court to give evidence / on Monday to watch the trial", "will go to court for the
    hearing", "goes to court with his son". "Will go to court to stop the sale" is a suit."""
    nxt = low[k : k + 3]
    for j in range(k, min(len(low) - 1, k + 4)):  # past a time: "on Monday to give evidence"
        if low[j] in _CLAUSE_END:
            break
        if low[j] == "to" and low[j + 1] in _ATTEND:
            return True
    if nxt[:1] == ["with"]:
        return True
    return nxt[:1] == ["for"] and any(w in _HEARINGS for w in low[k + 1 : k + 4])


_FIND = frozenset({"find", "finds", "found", "finding"})
_CURRENCY = frozenset({"pounds", "pound", "dollars", "dollar", "euros", "euro", "money",
                       "cash", "funding", "funds"})  # fmt: skip


def money_found(low: list[str], i: int) -> int:
    """Where the money stands that the verb at ``i`` finds for a body ("will find another
    60,000 pounds for the theatre", "found the money for the repairs"), or -1: money given.
    A sum found with no "for" after it ("police found 60,000 pounds in the car") is a
    discovery."""
    if low[i] not in _FIND:
        return -1
    for k in range(i + 1, min(len(low), i + 9)):
        if low[k] == "," and low[k - 1][:1].isdigit() and low[k + 1 : k + 2] != []:
            continue  # "60,000" read as "60", ",", "000"
        if low[k] in _CLAUSE_END:
            return -1
        if low[k] in _CURRENCY or (low[k][:1] in "$£€" and len(low[k]) > 1):
            given = low[k + 1 : k + 2] == ["for"] and not _finding_of(low, k + 2)
            return k if given else -1
    return -1


_FINITE = frozenset({"had", "has", "have", "was", "were", "is", "are", "went"})


def _finding_of(low: list[str], k: int) -> bool:
    """Whether a verb follows the phrase from ``k``: what was found is a clause ("the audit
    found 60,000 pounds for repairs had been wasted"), a finding, no money given."""
    for w in low[k : k + 6]:
        if w in _CLAUSE_END:
            return False
        if w in _FINITE:
            return True
    return False


_COVER = frozenset({"cover", "covers", "covered", "covering"})
_BILLS = frozenset({"budget", "budgets", "cost", "costs", "bill", "bills", "shortfall",
                    "deficit", "wages", "salaries"})  # fmt: skip


def budget_covered(low: list[str], i: int) -> int:
    """Where the budget stands that the verb at ``i`` covers for another ("agreed to cover the
    team's budget", "will cover the cost of the repairs"), or -1: money given. "Covered its
    costs" is a body's own income meeting its costs: no money given."""
    if low[i] not in _COVER or i + 1 >= len(low) or low[i + 1] in _OWN | {"its"}:
        return -1
    for k in range(i + 1, min(len(low), i + 6)):
        if low[k] in _CLAUSE_END:
            return -1
        if low[k] in _BILLS:
            return k
    return -1


_BACK_TO = frozenset({"normal", "square", "work", "basics", "life"})
# "come back" is a return as "be back" is ("the huts will come back to the promenade")
_COME = frozenset({"come", "comes", "came", "coming"})
# what a result comes back as: no return ("the tests came back negative")
_CAME_BACK_AS = frozenset({"positive", "negative", "clear", "clean", "inconclusive", "normal",
                           "empty", "unopened", "with", "around", "round"})  # fmt: skip


def back_again(low: list[str], i: int) -> int:
    """Where "back" stands after "be" or "come" at ``i`` ("will be back in their homes", "the
    festival will be back next August", "the huts will come back to the promenade"), or -1: a
    return. "Back to normal" is a recovery, and "back
    in 2019" or "back then" a time long past."""
    if (low[i] not in lx.BE_FORMS and low[i] not in _COME) or low[i + 1 : i + 2] != ["back"]:
        return -1
    after = low[i + 2] if i + 2 < len(low) else ""
    if low[i] in _COME and after in _CAME_BACK_AS:
        return -1  # "the samples came back clear": a result, no return
    if after == "to" and low[i + 3 : i + 4] and low[i + 3] in _BACK_TO:
        return -1
    if after in ("then", "when") or (
        after == "in" and low[i + 3 : i + 4] and low[i + 3][:1].isdigit()
    ):
        return -1
    return i + 1


def act_shape(toks: list[str], low: list[str], i: int) -> Shape | None:
    """The act that a phrase at ``i`` names in other words than its own, or None."""
    if (at := notice_handed_in(low, i)) >= 0:
        return Shape(RESIGN, 1, at)
    if (at := shipped_abroad(toks, low, i)) >= 0:
        return Shape(EXPORT, 1, i)
    if (at := to_court(low, i)) >= 0:
        return Shape(SUE, 1, at if low[i] in _GO else i)
    if (at := money_found(low, i)) >= 0 or (at := budget_covered(low, i)) >= 0:
        return Shape(MONEY, 1, i)
    if (at := back_again(low, i)) >= 0:
        return Shape(RETURN, 1, at)
    sign, at = free_priced(low, i)  # "will get in free": nobody pays
    if sign:
        return Shape(PAY, sign, at)
    if (at := price_frozen(low, i)) >= 0:  # "fees will be frozen": no rise
        return Shape(RISE, -1, at)
    if (at := pay_more(low, i)) >= 0:  # "will not pay a penny more": no rise
        return Shape(RISE, 1, at)
    if (at := held_up(low, i)) >= 0:  # "ambulances are being held up": a delay
        return Shape(DELAY, 1, at)
    if (at := loss_paid(low, i)) >= 0:  # "would not pay for damage": no amends made
        return Shape(COMPENSATE, 1, at)
    if (act := light_noun_act(low, i)) is not None:  # "ran checks": checked
        return Shape(act[0], 1, act[2], act[1])
    return None
