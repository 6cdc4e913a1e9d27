"""Sums a verb gives a thing: what it costs, or what it takes to run it.

"The ferry costs 90,000 pounds a year" and "the board needs 150,000 pounds a year to run the
ferry" give one quantity, the running cost of the ferry, two values; neither names a noun the
figure measures ("a 5 percent raise", "14 fires"), so :mod:`.figures` reads no figure in them
without this module. The thing whose cost it is: the verb's subject ("the ferry costs"), or
what the sum runs ("needs ... to run the ferry", "it costs ... to run the ferry"): a sum that
the subject is said to need is its running cost only when the sentence says what it runs.

A sum is money: a currency ("90,000 pounds"), or, after "cost", a bare number ("costs 1.2
million a year"); "needs 12 to run the ferry" may count crew, and is no sum. A sum given for a
time ("cost 80,000 pounds last year", "in 2025") is a quantity of that time, apart from an
undated one ("costs 90,000 a year"). Not read: what it costs someone ("costs the council
40,000"), a share ("pays 40,000 of the cost"), or a sum asked for (:mod:`.figures`' demands).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .incomes import INCOME, income_verb, source_of

_CURRENCIES = frozenset({"$", "€", "£"})
# the verb that gives a sum its thing: "the ferry costs", "needs ... to run the ferry"
_COST = frozenset({"cost", "costs", "costing"})
_NEED = frozenset({"need", "needs", "needed", "require", "requires", "required"})
# what a sum runs ("to run the ferry"): the thing is then a running service
_RUN = frozenset({"run", "operate", "maintain", "keep", "fund", "staff", "provide", "deliver"})
# words between the verb and the sum that bound or soften it ("costs about 90,000")
_BOUND_WORDS = frozenset({"at", "least", "most", "more", "less", "than", "over", "under",
                          "about", "around", "nearly", "almost", "roughly", "approximately",
                          "some", "just", "only", "upwards", "of", "up", "to", "below",
                          "above", "in", "excess", "an", "estimated", "no"})  # fmt: skip
# quotation marks round a quoted sum ("would cost "about 50,000 pounds""): no word of it
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})
# words that end a noun phrase (what is run, what costs)
_NP_STOP = frozenset({",", ".", ";", ":", "and", "but", "or", "for", "in", "on", "at", "from",
                      "with", "by", "until", "since", "because", "if", "when", "while", "so",
                      "than", "to", "each", "every", "a", "an", "per"})  # fmt: skip
# words of a phrase that say how much or how it is, not which thing ("all the", "only")
_HOW_MANY = frozenset({"all", "both", "each", "every", "any", "some", "only", "just", "even",
                       "also", "still", "now", "so"})  # fmt: skip
# nouns of a part of a thing, before its phrase: "half the lane", "part of the roof"
_PARTS = frozenset({"half", "part", "parts", "section", "stretch", "third", "quarter",
                    "portion", "length"})  # fmt: skip
# stop words that do not tell one thing of a class from another ("the very bridge")
_NOT_KIND = frozenset({"very", "same", "such", "own", "whole", "entire", "actual"})
# words that close what a sum runs: "to keep the museum <open>"
_COMPLEMENTS = frozenset({"open", "running", "going", "afloat", "alive", "operating"})
# adverbs inside the verb group ("will now cost", "would still cost")
_VERB_ADVERBS = frozenset({"now", "still", "also", "already", "just", "only", "even", "then"})
# what a gerund's object is made by the act, after it ("putting the roof right", "making the
# pier safe"): no part of the thing's name
_RESULTS = frozenset({"right", "safe", "good", "ready", "watertight", "sound", "secure",
                      "usable", "back"}) | _COMPLEMENTS  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "this",
                          "these", "those", "all", "every", "each"})  # fmt: skip
# a service in general ("the service costs"): what another says is run, in a story of one
# service; a named one ("the bus service") is its own thing
GENERIC_SERVICES = frozenset({lx.stem("service")})
# the mark of a thing that is run (:func:`sum_of`): it matches a service in general
RUN_MARK = "~run"
_CLAUSE_WORDS = frozenset({"that", "which", "who", "what", "whatever", "there", "where",
                           "whether", "if", "how"})  # fmt: skip
_TIMES = frozenset({"last", "this", "next", "previous", "current", "coming"})
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
                           "hundred", "thousand", "million", "billion"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sum:
    """A sum a verb gives: the thing whose cost it is, its unit and when it is given for."""

    thing: frozenset[str]  # stems, with :data:`RUN_MARK` for a thing that is run
    unit: str  # "¤" (a sum), with its rate: "¤/year" for "90,000 pounds a year"
    currency: str  # "£", "$", "€", or "" where the figure names none ("costs 1.2 million")
    when: str  # "when last year", "when 2025", or "" for a sum of no stated time
    qualifiers: frozenset[str] = frozenset()  # the thing's other words ("new": the new bridge)
    act: str = ""  # what the sum is the cost of doing ("build", "run"), "" where not told
    kind: str = "cost"  # or :data:`.incomes.INCOME`, money taken in ("earned 2 million")


def sum_of(toks: list[str], low: list[str], start: int, end: int, unit: str) -> Sum | None:
    """The sum told by the figure at ``start:end`` (its :class:`.figures.Figure` unit: "£",
    "£/year", "count/year", ""), when a verb of cost governs it: "the ferry costs 90,000
    pounds a year", "the board needs 150,000 pounds a year to run the ferry"."""
    currency, _, rate = unit.partition("/")
    money = currency in _CURRENCIES
    if not money and currency not in ("", "count"):
        return None  # a percent, an amount with cents
    if money and (taker := income_verb(low, start)) is not None:
        source = source_of(low, end)  # "our research earned 2 million pounds": its income
        earner = subject_words(toks, low, taker)
        return Sum(earner | source, "¤" + (f"/{rate}" if rate else ""), currency, "",
                   source or earner, "", INCOME)  # fmt: skip
    verb = start - 1
    while verb >= 0 and (low[verb] in _BOUND_WORDS or low[verb] in _QUOTES):
        verb -= 1  # "costs no more than 85 pounds", "would cost "about 50,000 pounds"
    if verb < 1 or (low[verb] not in _COST and low[verb] not in _NEED):
        return None
    if low[verb] in _NEED and not money:
        return None  # "needs 12 to run the ferry": twelve crew, perhaps
    subject, sub_mods = _subject(toks, low, verb)
    purpose, pur_mods = _purpose(low, end)
    mods = sub_mods
    if low[verb] in _NEED:
        if not purpose:
            return None  # "needs 150,000 pounds to survive": no thing whose cost it is
        thing, mods = purpose, pur_mods
    elif subject and not (subject <= GENERIC_SERVICES and not sub_mods):
        thing = subject
    elif subject:
        thing = subject | {RUN_MARK}  # "the service costs": a service, run by someone
    else:
        thing, mods = purpose, pur_mods  # "it costs 90,000 pounds a year to run the ferry"
    if not thing:
        return None
    when = " ".join(w for w in (_when(low), _part(low, verb)) if w)
    return Sum(thing, "¤" + (f"/{rate}" if rate else ""), currency if money else "",
               f"when {when}" if when else "", mods, _act(low, end))  # fmt: skip


def _part(low: list[str], verb: int) -> str:
    """ "part" when the thing before the verb is a part of a thing ("removing <half the lane>
    will cost", "repairing part of the roof costs"): the cost of a part is a quantity apart
    from the cost of the whole ("removing the lane will cost"), as a sum spent so far is."""
    k = verb - 1
    while k >= 0 and low[k] not in _DETERMINERS and low[k] not in _NP_STOP:
        k -= 1
    if k < 1 or low[k] not in _DETERMINERS:
        return ""
    before = low[k - 2 : k] if low[k - 1] == "of" else low[k - 1 : k]
    return "part" if before and before[0] in _PARTS else ""


def subject_words(toks: list[str], low: list[str], verb: int) -> frozenset[str]:
    """Stems of the head and names of the noun phrase before the verb at ``verb`` (the thing
    a sum belongs to: "the ferry costs", "our research earned"; none for a pronoun)."""
    return _subject(toks, low, verb)[0]


def _subject(toks: list[str], low: list[str], verb: int) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the noun phrase right before the verb: its head with the names in it ("The
    Evening Hour costs": evening, hour), and apart from them its other words ("the new
    bridge": new), which tell one thing of a class from another ("the old bridge"); none
    for a pronoun ("it costs"), nor for a phrase that is not opened by a determiner, a name
    or the clause ("whatever it costs")."""
    k = verb - 1
    while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS or low[k].endswith("ly")
                      or low[k] in _VERB_ADVERBS):  # fmt: skip
        k -= 1  # "the extension will now cost"
    words: list[int] = []
    while k >= 0 and low[k] not in _DETERMINERS and low[k] not in _NP_STOP:
        if not toks[k][:1].isalnum() or low[k] in lx.PRONOUNS or low[k] in _CLAUSE_WORDS:
            return frozenset(), frozenset()  # "it", "which", "that": no thing told here
        if _word(low[k]) and low[k] not in _NUMBER_WORDS and low[k] not in _HOW_MANY:
            words.append(k)  # "the new bridge": bridge, and new apart; "the clean-up"
        k -= 1
    gerund = k > 0 and low[k] in _DETERMINERS and low[k - 1].endswith("ing")
    if gerund and len(words) > 1 and low[words[0]] in _RESULTS:
        words = words[1:]  # "putting the roof right will cost": the roof
    return _head_and_modifiers(toks, low, words[::-1])


def _word(w: str) -> bool:
    """A word, hyphened or not ("bridge", "clean-up"), not a number or a mark."""
    return w.replace("-", "").isalpha()


def _purpose(low: list[str], end: int) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of what the sum runs: "to run <the four ferries>" after the figure, its head
    (with :data:`RUN_MARK`) and apart its other words ("the ferry's <cafe>": ferry)."""
    k = end
    if low[k : k + 1] != ["to"] or k + 1 >= len(low) or low[k + 1] not in _RUN:
        return frozenset(), frozenset()
    k += 2
    words: list[int] = []
    while k < len(low) and low[k] not in _NP_STOP and low[k] not in _COMPLEMENTS:
        w = low[k]
        if w.isalpha() and w not in lx.STOPWORDS and w not in _NUMBER_WORDS:
            words.append(k)
        k += 1
    thing, mods = _head_and_modifiers(low, low, words)
    return (thing | {RUN_MARK}, mods) if thing else (frozenset(), frozenset())


def things_apart(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two things that share :data:`RUN_MARK` and nothing else are two: "run the
    ferry" and "run the library" are two services; only a service in general ("the service
    costs") is either."""
    if mine & theirs != {RUN_MARK}:
        return False
    return not (mine - {RUN_MARK} <= GENERIC_SERVICES or theirs - {RUN_MARK} <= GENERIC_SERVICES)


def _head_and_modifiers(
    toks: list[str], low: list[str], at: list[int]
) -> tuple[frozenset[str], frozenset[str]]:
    """(the head's stem with those of the names, the other words' stems) of the phrase
    whose content words are at ``at``, in order: its last word is its head."""
    if not at:
        return frozenset(), frozenset()
    at = [k for k in at if k == at[-1] or toks[k][:1].isupper() or low[k] not in _NOT_KIND]
    if low[at[-1]] in lx.STOPWORDS:
        return frozenset(), frozenset()
    head = {lx.stem(low[at[-1]])}
    names = {lx.stem(low[k]) for k in at[:-1] if toks[k][:1].isupper()}
    mods = {lx.stem(low[k]) for k in at[:-1] if not toks[k][:1].isupper()}
    return frozenset(head | names), frozenset(mods)


def _act(low: list[str], end: int) -> str:
    """What the sum is the cost of doing: "costs 40 million pounds <to build>", "9 pounds <to
    enter>" (a verb of running is one act: "to run", "to operate"), or "" where none is
    told. The cost of building a thing and of running it, or of entering it, are two sums."""
    if low[end : end + 1] != ["to"] or end + 1 >= len(low) or not low[end + 1].isalpha():
        return ""
    verb = low[end + 1]
    return "run" if verb in _RUN else lx.stem(verb)


def when_of(low: list[str]) -> str:
    """The time a clause gives its sum, as :class:`Sum` keeps it ("when 2025"), or ""."""
    when = _when(low)
    return f"when {when}" if when else ""


def _when(low: list[str]) -> str:
    """The time the clause gives its sum ("last year", "in 2025"), or "" for none; "so far"
    for a sum spent until now ("has cost 3 million pounds so far", "to date"), a part of
    what the thing will cost."""
    for k, w in enumerate(low):
        nxt = low[k + 1] if k + 1 < len(low) else ""
        if (w, nxt) in (("so", "far"), ("to", "date")) or w == "already":
            return "so far"
        if w in _TIMES and nxt in ("year", "season", "month", "summer", "winter", "budget"):
            return f"{w} {nxt}"
        if w in ("in", "for") and len(nxt) == 4 and nxt.isdigit() and nxt[:2] in ("19", "20"):
            return nxt
    return ""
