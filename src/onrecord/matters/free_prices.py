"""A thing given at no price: "children will get in free", "parking is free of charge", "there
will be no charge for the club" say that nobody pays, the denial of "families will pay 6 pounds
a session". News tells a price dropped or brought in both ways, so the two meet on the key of
paying ("pay"), with the opposite sign.

Only the senses of price count. "Free" is a price after a verb of getting in or using a thing
("get in free", "children travel free", "for free"), after "be" with a priced subject ("entry
will be free") or before "of charge"; not liberty ("walked free from court", "will fly free",
"is free to compete"), not a thing before a noun ("free school meals", "free and fair
elections" name the meals and the vote) and not "free from" or "free of" a harm. "Charge" is
a price denied only as "no charge" before what it is for ("no charge for the club"), not the
police's ("held without charge", "no charge in the case", "no charges were brought").

A price frozen does not rise: "the standing charge will be frozen until 2037" denies "the
standing charge will rise again in April" as "will not rise" would. Only a price, charge or
pay that heads the subject of "frozen" or the object of "freeze" is frozen so ("will freeze
parking fees", "council tax will be frozen"); not "the pipes froze", "froze the tax refunds" or
"the card he used to pay the bills was frozen". Plain Python over tokens, no model.
"""

from __future__ import annotations

from . import lexicon as lx

PAY = lx.stem("pay")

# verbs of getting, going or using a thing that "free" after them prices ("travel free",
# "park free"); not liberty ("walked free", "fly free", "leave free", "broke free")
_PRICED_VERBS = frozenset({
    "travel", "travels", "travelled", "traveled", "travelling", "traveling", "park", "parks",
    "parked", "parking", "ride", "rides", "rode", "riding", "enter", "enters", "entered",
    "entering", "visit", "visits", "visited", "visiting", "use", "uses", "used", "using",
    "borrow", "borrows", "borrowed", "attend", "attends", "attended", "swim", "swims", "swam",
    "eat", "eats", "ate", "dine", "dines", "dined", "play", "plays", "played",
})  # fmt: skip
# nouns of a thing had at a price that "be free" prices ("entry will be free"); not "free" of
# a person or a people ("the defendants are free", "a free and fair vote")
_PRICED_NOUNS = frozenset({
    "entry", "entrance", "admission", "parking", "travel", "transport", "ticket", "tickets",
    "tuition", "meals", "visit", "visits", "rides", "prescriptions", "park", "parks",
})  # fmt: skip
# words after a priced "free" or "no charge": the clause ends, or what it is for or with whom
_AFTER = frozenset({",", ";", ":", ".", "and", "but", "with", "for", "on", "at", "until",
                    "in", "during", "every", "each", "this", "next", "from"})  # fmt: skip
# the pronouns that open a clause after "for free and" ("work for free and we pay the rest")
_PERSONS = frozenset({"i", "we", "you", "he", "she", "they", "it"})
# what a priced "free from" runs from ("free from May"), not a harm ("free from debt")
_DATES = frozenset(lx.MONTHS) | frozenset({
    "today", "tomorrow", "now", "next", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})  # fmt: skip
# words that open a phrase after a noun, before the verb of its clause ("entry to the museum")
_PREPOSITIONS = frozenset({"of", "on", "at", "in", "for", "to", "from", "with", "under",
                           "across", "near", "by", "over", "about"})  # fmt: skip
_CLAUSE_END = frozenset({",", ";", ":", ".", "and", "but", "because", "while", "which", "who",
                         "that", "when", "if"})  # fmt: skip
# words that open a time after an object ("freeze fees next year", "until 2037")
_TIMES = frozenset({"until", "till", "next", "this", "last", "since", "during", "before",
                    "after", "from", "when", "now"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his",
                          "her", "my", "your", "any", "no", "every", "each", "some"})  # fmt: skip


def _subject_head(low: list[str], verb: int) -> str:
    """The head of the subject of the verb group that ends at ``verb`` (its auxiliaries,
    modals and negators read back): the word before that group, or before the first phrase
    hung on the subject ("the standing charge on Carnhill heating will": "charge"; "entry to
    the museum will": "entry"); "" when none stands in the clause."""
    k = verb
    while k > 0 and (low[k - 1] in lx.MODALS or lx.is_aux(low, k - 1)):
        k -= 1
    head = k - 1
    for j in range(k - 1, max(-1, k - 13), -1):
        if low[j] in _CLAUSE_END:
            break
        if low[j] in _PREPOSITIONS and j > 0 and low[j - 1] not in _CLAUSE_END | _DETERMINERS:
            head = j - 1  # "the prices of bread will": the prices
    return low[head] if 0 <= head < len(low) and low[head] not in _CLAUSE_END else ""


def _object_head(low: list[str], verb: int) -> int:
    """Where the head of the object after ``verb`` stands, or -1: the last word of the phrase
    before a preposition, a time or the clause's end ("will freeze its parking fees for two
    years": "fees"; "froze the tax refunds": "refunds")."""
    head = -1
    for k in range(verb + 1, min(len(low), verb + 6)):
        if low[k] in _CLAUSE_END | _PREPOSITIONS | _TIMES:
            break
        head = k
    return head


def free_priced(low: list[str], i: int) -> tuple[int, int]:
    """The sign of paying that the word at ``i`` gives and the last word of its phrase, or
    (0, -1): -1 for a priced "free" ("get in free", "free of charge", "for free", "children
    travel free", "entry will be free"), +1 for the "charge" of "no charge for the club" (its
    negator denies it, as "no" denies any event). "Without charge" and "no charge in the case"
    are the police's charge, never a price."""
    word = low[i]
    after = low[i + 1] if i + 1 < len(low) else "."
    before = low[i - 1] if i else ""
    if word == "free":
        if low[i + 1 : i + 3] == ["of", "charge"]:
            return -1, i + 2
        dated = after == "from" and (low[i + 2 : i + 3] or [""])[0] in _DATES
        if after not in _AFTER or (after == "from" and before != "in" and not dated):
            return 0, -1  # "free to compete", "free from harm", "free school meals"
        joined = low[i + 2] if i + 2 < len(low) else "."
        if after in ("and", "or") and before == "for" and joined not in _DETERMINERS | _PERSONS:
            return 0, -1  # "called for free and fair elections": "free" names the vote
        if before in ("in", "for"):
            return -1, i  # "get in free", "will be done for free"
        if before in _PRICED_VERBS and (i < 2 or low[i - 2] not in _DETERMINERS):
            return -1, i  # "will travel free", "children under five travel free"
        if before in lx.BE_FORMS and _subject_head(low, i - 1) in _PRICED_NOUNS:
            return -1, i  # "entry to the museum will be free"
        return 0, -1
    if word == "charge" and before == "no" and after in _AFTER - {"from", "in"}:
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
        return i if _subject_head(low, i - 1) in PRICE_NOUNS else -1
    if word not in _FREEZE or before in _NOT_VERB or before in PRICE_NOUNS:
        return -1  # "the freeze", "a price freeze"
    head = _object_head(low, i)  # "will freeze its parking fees", not "froze the tax refunds"
    return head if head >= 0 and low[head] in PRICE_NOUNS else -1


# the forms of "pay" that pay more from now on; a past "paid more" compares no price over time
_PAY_FORMS = frozenset({"pay", "pays", "paying"})
# what "pay" takes to pay more: "more", "a penny more", "a single penny more", "extra"
_MORE = (["more"], ["a", "penny", "more"], ["a", "single", "penny", "more"], ["extra"])
# words after "pay more" that end it: the clause, or what is paid for, to whom, since when
_AFTER_MORE = frozenset({",", ";", ":", ".", "and", "but", "in", "for", "from", "to", "on",
                         "at", "under", "this", "next", "because", "when", "if"})  # fmt: skip
# the words of a share ("30 per cent of their income", "a third of it"), no price
_SHARE = frozenset({"cent", "percent", "%", "half", "third", "quarter", "fifth", "tenth"})


def pay_more(low: list[str], i: int) -> int:
    """Where "pay more" ends when the verb at ``i`` pays more for a thing ("no trader will pay
    more in rent", "will not pay a penny more", "households will pay extra for water"), or -1:
    a rise of its price. "Pay more attention" pays no price, a past "paid more" no rise, and
    "pay more than 12 pounds" is a level paid; only "no one will pay more than 36 pounds"
    caps a price, no rise past it (not a share: "never pay more than 30 per cent of")."""
    if low[i] not in _PAY_FORMS:
        return -1
    for more in _MORE:
        end = i + 1 + len(more)
        if low[i + 1 : end] == more:
            after = low[end] if end < len(low) else "."
            if after == "than":
                return end - 1 if _capped(low, i, end + 1) else -1
            return end - 1 if after in _AFTER_MORE else -1
    return -1


def _capped(low: list[str], verb: int, amount: int) -> bool:
    """Whether "pay more than" at ``verb`` is denied in its clause ("no member of staff will
    pay more than 36 pounds") of an amount that is no share of something."""
    start = next((k + 1 for k in range(verb - 1, -1, -1) if low[k] in _CLAUSE_END), 0)
    if not any(lx.negating(w) for w in low[start:verb]):
        return False
    share = range(amount, min(len(low) - 1, amount + 5))
    return not any(low[k] in _SHARE and low[k + 1] == "of" for k in share)
