"""Which sense a word is used in, for the events of a clause: the key of a word (a
nominalization in -ment takes its verb's), and homographs that stem alike but name no event
("fires" the noun is not "fired", "close" the adjective is not "shut", "close the gap" is no
closure, "above" only after a verb of level)."""

from __future__ import annotations

from . import lexicon as lx
from .derivation import verb_root
from .families import FAMILY_KEYS
from .family_senses import family_sense
from .giving import money_key
from .predicates import ASPECT, TIME_WORDS, modifies_next

# verbs that end the event named by the -ing form after them ("stop charging": not charge;
# "would end fishing on the bank": no fishing)
HALT = frozenset({"stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "halt",
                   "halts", "halted", "quit", "end", "ends", "ended"})  # fmt: skip
# words in "-ing" that name no doing ("will end during the summer", "end following the review")
_NOT_DOINGS = frozenset({"during", "following", "morning", "evening", "including", "pending",
                         "according", "regarding", "concerning", "something", "nothing",
                         "anything", "everything", "spring", "thing",
                         "notwithstanding"})  # fmt: skip


def halts_doing(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` ends the doing named right after it ("stop charging", "would
    end fishing"), not a time or a phrase after it ("will end during the summer")."""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    return low[i] in HALT and nxt.endswith("ing") and nxt not in _NOT_DOINGS


# "close" as an adjective ("too close to call", "a deal was close"), not "shut"
_DEGREE = frozenset({
    "too", "very", "so", "as", "quite", "extremely", "fairly", "really", "is", "are", "was",
    "were", "be", "been", "'s", "getting", "came", "come",
})  # fmt: skip


def _listed_forms() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    words = [w for ws in lx.SYNONYMS.values() for w in ws]
    words += [w for pos, neg in lx.ANTONYMS.values() for w in (*pos, *neg)]
    for w in words:
        forms.setdefault(lx.stem(w), set()).add(w)
    return forms


_LISTED = _listed_forms()


# -ment nouns whose stem is not their verb
_NOT_VERBS = frozenset({"depart", "apart", "compart", "seg", "docu", "instru", "experi", "ele"})


def event_stem(word: str) -> str:
    """The key of a word: its stem; a nominalization in -ment takes its verb's ("agreement"
    and "agreed" name one event)."""
    able = able_verb(word)
    if able:
        return lx.stem(able)  # "refundable": what can be refunded, the refund's event
    verb = word[:-4]
    if (
        word.endswith("ment")
        and len(word) > 8
        and word not in _LISTED.get(lx.stem(word), ())
        and verb not in _NOT_VERBS  # "department" names no "depart" event
    ):
        return lx.stem(verb)
    return money_key(verb_root(lx.stem(word)))  # "legislation" and "legislate": one act


# adjectives in -able or -ible that do not say their verb's event can be done: "the damage
# was considerable" is no consideration, "the cuts are reasonable" no reason given
_NOT_ABLE = frozenset({
    "considerable", "reasonable", "comfortable", "remarkable", "suitable", "valuable",
    "favorable", "favourable", "vulnerable", "respectable", "agreeable", "sizable",
    "sizeable", "fashionable", "memorable", "admirable", "desirable", "honorable",
    "honourable", "miserable", "formidable", "sensible", "responsible", "knowledgeable",
    "inevitable", "charitable", "hospitable", "veritable", "probable", "comparable",
    "seasonable", "personable", "questionable", "objectionable", "impressionable",
})  # fmt: skip


def able_verb(word: str) -> str:
    """The verb of an adjective in -able or -ible that says its event can be done
    ("refundable" -> "refund", "reliable" -> "rely", "reversible" -> "reverse"), or "" for
    another word; a short stem ("notable", "capable", "visible") is no verb of its own."""
    if not word.endswith(("able", "ible")) or not word.isalpha() or word in _NOT_ABLE:
        return ""
    rest = word[:-4]
    if len(rest) < 4 or rest.startswith("un"):
        return ""
    if rest.endswith("i"):
        return rest[:-1] + "y"
    return rest if rest.endswith("e") else rest + "e"


# nouns of a directive: with "to" and a verb after them ("no order to halt the works") they
# name what "ordered them to halt the works" does, not a purchase ("an order for buses")
_DIRECTIVE_NOUNS = frozenset({"order", "orders"})


def directive_noun(low: list[str], i: int) -> bool:
    """Whether the noun at ``i`` is a directive to act: "order" before "to" and a verb."""
    after = low[i + 2] if i + 2 < len(low) else ""
    return (
        low[i] in _DIRECTIVE_NOUNS
        and low[i + 1 : i + 2] == ["to"]
        and after.isalpha()
        and after not in lx.STOPWORDS
    )


def concept_sense(low: list[str], i: int, st: str) -> bool:
    """Whether ``low[i]`` names its concept, not a homograph that stems alike: the noun
    "fires" is not "fired" (listed only as verb forms), the adjective "close" is not "shut"."""
    word = low[i]
    forms = _LISTED.get(st, set())
    if (
        word not in forms
        and not word.endswith(("ed", "ing"))
        and forms
        and all(f.endswith(("ed", "ing")) for f in forms)
        and not directive_noun(low, i)
    ):
        return False
    if word == "back":
        return _backs(low, i)  # "bring the stock back", "come back": a particle, not support
    family = lx.CONCEPTS.get(st, ("", 0))[0]
    if family in FAMILY_KEYS and not family_sense(low, i, family):
        return False
    if names_a_worker(low, i):
        return False  # "police community support officers": a kind of worker, no support
    if word.endswith("ing") and modifies_next(low, i):
        prev = low[i - 1] if i else ""
        if not (prev in lx.AUXILIARIES or prev in lx.MODALS or prev in HALT
                or lx.stem(prev) in ASPECT):  # fmt: skip
            return False  # "its normal 8 p.m. closing time", "opening day": a modifier
    if word in ("above", "below"):
        return i > 0 and (low[i - 1] in _LEVEL_VERBS or low[i - 1] in lx.NEGATORS)
    if word == "close":
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if prev in _DEGREE or nxt in ("to", "call", "race", "contest", "vote", "second"):
            return False
    # "close the gap", "closing a $9 million shortfall": made up, not shut
    return not (lx.CONCEPTS.get(st) == ("open", -1) and _closes_a_gap(low, i))


# nouns of people at work that a word of a concept can name the kind of ("support officers",
# "release workers"): the word is then part of a noun, not a verb
_WORKERS = frozenset({"officer", "officers", "worker", "workers", "staff", "assistant",
                      "assistants", "volunteers", "volunteer"})  # fmt: skip


def names_a_worker(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` names a kind of worker with the noun after it ("community
    support officers will cover the crossings"), after a plain singular noun or at the
    start; not a verb with its object after a subject ("families support volunteers", "we
    support staff") or a modal, negator or "to" ("will support officers")."""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt not in _WORKERS:
        return False
    if i == 0:
        return True
    prev = low[i - 1]
    return (
        prev.isalpha()
        and not prev.endswith("s")
        and prev not in lx.STOPWORDS
        and prev not in lx.PRONOUNS
        and prev not in lx.MODALS
        and prev not in lx.AUXILIARIES
        and prev not in lx.NEGATORS
        and prev != "to"
    )


# particles after "back" that make it a verb of motion or of retreat ("will not back down")
_BACK_PARTICLES = frozenset({"down", "off", "away", "out", "up", "into", "to", "from", "in",
                             "on", "home"})  # fmt: skip


def _backs(low: list[str], i: int) -> bool:
    """Whether "back" at ``i`` is the verb of support: right after a modal, a negator, "to"
    or a subject pronoun ("will not back the bill", "we back the plan"), and with no
    particle after it ("would not back down" is a retreat)."""
    prev = low[i - 1] if i else ""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt in _BACK_PARTICLES:
        return False
    return prev in lx.MODALS or prev in lx.NEGATORS or prev in ("i", "we", "they")


# what is closed by making it up or finishing it, not by shutting it
_GAPS = frozenset({
    "gap", "gaps", "shortfall", "shortfalls", "deficit", "deficits", "hole", "loophole",
    "loopholes", "divide", "deal", "sale", "lead", "distance", "books", "chapter", "case",
})  # fmt: skip


def _closes_a_gap(low: list[str], i: int) -> bool:
    """Whether the verb at ``i`` has a gap for its object ("close the budget gap", "closing a
    $9.4 million shortfall"): the gap word heads the object, the last word before a
    preposition, a stop or the clause end ("close the lead smelter at Ardle" shuts a smelter)."""
    head = ""
    for w in low[i + 1 : i + 7]:
        if w in _OBJECT_ENDS or w in lx.MONTHS or w in TIME_WORDS or not _in_phrase(w):
            return head in _GAPS
        head = w
    return i + 7 >= len(low) and head in _GAPS  # the clause ends within reach


# words that end the object noun phrase after "close"
_OBJECT_ENDS = frozenset({"and", "but", "or", "by", "without", "with", "because", "at", "in",
                          "on", "of", "for", "to", "from", "between", "that", "which", "who",
                          "after", "before", "within", "next", "last", "this", "until",
                          "so", "as", "than", "if", "when", "while", "down", "up",
                          "entirely", "completely", "permanently", "quickly"})  # fmt: skip


def _in_phrase(word: str) -> bool:
    """A word that can stand inside a noun phrase: a word, a number or a currency sign."""
    return word.replace("'", "").replace("-", "").isalnum() or word[:1].isdigit() or word in "$£€"


# verbs after which "above" and "below" say where a level is ("is above the safe limit")
_LEVEL_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "remain", "remains",
                          "remained", "stay", "stays", "stayed", "fell", "rose", "fall",
                          "rise", "kept", "still"})  # fmt: skip


# words after "step down" that leave it intransitive, a resignation ("stepped down as chair",
# "will step down in May", "stepped down amid the row"); a noun or a determiner there makes it
# "reduce" ("stepping down production", "step down its inspections")
_AFTER_STEP_DOWN = frozenset({
    "as", "at", "in", "on", "after", "effective", "amid", "over", "following", "before", "by",
    "when", "if", "and", "but", "or", "because", "until", "unless", "to", "immediately", "now",
    "soon", "later", "early", "next", "last", "this", "within", "once", "while", "since", "so",
    "yet", "either", "too", "voluntarily",
})  # fmt: skip
# what one steps down from when one resigns ("stepped down from the board")
_OFFICES = frozenset({
    "office", "post", "posts", "role", "roles", "board", "boards", "position", "positions",
    "job", "jobs", "title", "presidency", "chairmanship", "leadership", "seat", "cabinet",
    "committee", "council", "helm", "bench", "government", "party",
})  # fmt: skip


def steps_down_from_office(low: list[str], i: int) -> bool:
    """Whether "step down" (the verb at ``i``, "down" after it) leaves an office: nothing or
    an adverbial after it ("stepped down in May", "stepped down as chair"), or "from" a post
    ("stepped down from the board"); not "stepping down production" or "stepped down from
    the stage"."""
    after = low[i + 2 : i + 6]
    if not after or not _in_phrase(after[0]):
        return True  # the clause ends or a stop follows: "will step down."
    first = after[0]
    if first == "from":
        return any(w in _OFFICES for w in after[1:])
    return (
        first in _AFTER_STEP_DOWN
        or first in lx.MONTHS
        or first in TIME_WORDS
        or first.endswith("ly")
        or first[:1].isdigit()
    )


_VOTE = lx.stem("vote")
# words after "vote on" that give its day, not the thing voted on ("voted on Tuesday")
_VOTE_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "day", "night", "morning", "evening", *lx.MONTHS})  # fmt: skip


def vote_held(low: list[str], i: int, key: str) -> str:
    """The key of a vote told as held on a thing ("the council will vote on Harborline"):
    whether a vote takes place, not how anyone votes, so it does not answer "I will vote
    against Harborline" (``key`` with ``-held``). Any other word keeps ``key``."""
    if key != _VOTE or low[i + 1 : i + 2] != ["on"] or i + 2 >= len(low):
        return key
    if "how" in low[:i]:
        return key  # "has not decided how he will vote on the rink": for or against it
    nxt = low[i + 2]
    if nxt in ("the", "that", "this") and i + 3 < len(low):
        nxt = low[i + 3]  # "on the 28th", "on that day"; "on the expansion" is the thing
    if nxt in _VOTE_DAYS or nxt[:1].isdigit() or not nxt[:1].isalpha():
        return key  # "voted on Tuesday to approve it": a day
    return key + "-held"
