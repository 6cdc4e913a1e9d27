"""A thing given at no price: "children will get in free", "parking is free of charge", "there
will be no charge for the club" say that nobody pays, the denial of "families will pay 6 pounds
a session". News tells a price dropped or brought in both ways, so the two meet on the key of
paying ("pay"), with the opposite sign.

Only the senses of price count. "Free" is a price after a verb of getting in or using a thing
("get in free", "will travel free", "for free") or before "of charge"; not liberty ("walked
free from court", "is free to compete", "broke free"), not a thing before a noun ("free school
meals" names the meals, whatever they cost) and not "free from" or "free of" a harm. "Charge" is
a price denied only as "no charge" or "without charge" before what it is for ("no charge for
the club"), not "no charges were brought".

A price frozen does not rise: "the standing charge will be frozen until 2037" denies "the
standing charge will rise again in April" as "will not rise" would. Only a price, charge or
pay is frozen so ("will freeze parking fees", "council tax will be frozen"); not "the pipes
froze" or "froze his account". Plain Python over tokens, no model.
"""

from __future__ import annotations

from . import lexicon as lx

PAY = lx.stem("pay")

# verbs whose "free" is liberty, not a price ("walked free", "set them free", "broke free")
_LIBERTY = frozenset({
    "walk", "walks", "walked", "walking", "go", "goes", "went", "gone", "going", "set", "sets",
    "setting", "break", "breaks", "broke", "broken", "breaking", "run", "runs", "ran",
    "running", "roam", "roams", "roamed", "roaming", "feel", "feels", "felt", "get", "gets",
    "got", "let", "lets", "stay", "stays", "stayed", "remain", "remains", "remained",
})  # fmt: skip
# words after a priced "free" or "no charge": the clause ends, or what it is for or with whom
_AFTER = frozenset({",", ";", ":", ".", "and", "but", "with", "for", "on", "at", "until",
                    "in", "during", "every", "each", "this", "next", "from"})  # fmt: skip
# words before the verb of a priced "free" ("will travel free", "can always park free"); not a
# form of "be", whose next word is no verb ("is debt free", "are duty free")
_BEFORE_VERB = (
    lx.MODALS | lx.AUXILIARIES | frozenset({"to", "always", "still", "also", "now"})
) - lx.BE_FORMS


def free_priced(low: list[str], i: int) -> tuple[int, int]:
    """The sign of paying that the word at ``i`` gives and the last word of its phrase, or
    (0, -1): -1 for a priced "free" ("get in free", "free of charge", "for free"), +1 for the
    "charge" of "no charge for the club" (its negator denies it, as "no" denies any event)."""
    word = low[i]
    after = low[i + 1] if i + 1 < len(low) else "."
    before = low[i - 1] if i else ""
    if word == "free":
        if low[i + 1 : i + 3] == ["of", "charge"]:
            return -1, i + 2
        if after not in _AFTER or (after == "from" and before != "in"):
            return 0, -1  # "free to compete", "free of debt", "free school meals"
        if before in ("in", "for"):
            return -1, i  # "get in free", "will be done for free"
        verb_before = low[i - 2] if i >= 2 else ""
        if before and before not in lx.BE_FORMS | _LIBERTY and verb_before in _BEFORE_VERB:
            return -1, i  # "will travel free", "can always park free"
        return 0, -1
    if word == "charge" and before in ("no", "without") and after in _AFTER - {"from"}:
        return 1, i  # "there will be no charge for the club"
    return 0, -1


RISE = "rise"
_FREEZE = frozenset({"freeze", "freezes", "froze", "freezing"})
# verbs after which "frozen" is a state held ("will stay frozen")
_HELD = frozenset({"stay", "stays", "stayed", "remain", "remains", "remained", "kept", "keep"})
# words before a "freeze" that make it a noun ("the freeze", "its freeze", "this freeze")
_NOT_VERB = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "its",
        "their",
        "our",
        "his",
        "her",
        "my",
        "your",
        "any",
        "no",
        "of",
        "for",
        "on",
    }
)
# the nouns of a price, a charge or a pay that a freeze holds where it is
PRICE_NOUNS = frozenset({
    "charge", "charges", "fee", "fees", "fare", "fares", "rent", "rents", "price", "prices",
    "tax", "taxes", "bill", "bills", "rate", "rates", "cost", "costs", "levy", "levies",
    "tariff", "tariffs", "toll", "tolls", "premium", "premiums", "subscription",
    "subscriptions", "tuition", "pay", "wage", "wages", "salary", "salaries",
})  # fmt: skip
_CLAUSE_END = frozenset({",", ";", ":", ".", "and", "but", "because", "while", "which", "who",
                         "that", "when", "if"})  # fmt: skip


def price_frozen(low: list[str], i: int) -> int:
    """Where the freeze at ``i`` ends when it holds a price, or -1: no rise. "Frozen" after
    "be", "stay" or "remain" holds the price its subject names ("the standing charge will be
    frozen until 2037"); the verb holds the price that is its object ("will freeze parking
    fees"). The noun ("the freeze", "a price freeze") and "frozen" before a noun ("no frozen
    product") name the freeze, no rise of anything; a frozen pipe or account is no price."""
    word = low[i]
    before = low[i - 1] if i else ""
    if word == "frozen":
        if before not in lx.BE_FORMS | _HELD:
            return -1
        for k in range(i - 2, max(-1, i - 9), -1):  # "the standing charge will be frozen"
            if low[k] in _CLAUSE_END:
                break
            if low[k] in PRICE_NOUNS:
                return i
        return -1
    if word not in _FREEZE or before in _NOT_VERB or before in PRICE_NOUNS:
        return -1  # "the freeze", "a price freeze"
    for k in range(i + 1, min(len(low), i + 5)):  # "will freeze its parking fees"
        if low[k] in _CLAUSE_END:
            break
        if low[k] in PRICE_NOUNS:
            return k
    return -1


_PAY_FORMS = frozenset({"pay", "pays", "paid", "paying"})
# what "pay" takes to pay more: "more", "a penny more", "a single penny more", "extra"
_MORE = (["more"], ["a", "penny", "more"], ["a", "single", "penny", "more"], ["extra"])
# words after "pay more" that end it: the clause, or what is paid for, to whom, since when
_AFTER_MORE = frozenset({",", ";", ":", ".", "and", "but", "in", "for", "than", "from", "to",
                         "on", "at", "under", "this", "next", "because", "when", "if"})  # fmt: skip


def pay_more(low: list[str], i: int) -> int:
    """Where "pay more" ends when the verb at ``i`` pays more for a thing ("no trader will pay
    more in rent", "will not pay a penny more", "households will pay extra for water"), or -1:
    a rise of its price. "Pay more attention" pays no price."""
    if low[i] not in _PAY_FORMS:
        return -1
    for more in _MORE:
        end = i + 1 + len(more)
        if low[i + 1 : end] == more:
            after = low[end] if end < len(low) else "."
            return end - 1 if after in _AFTER_MORE else -1
    return -1
