"""Where a clause asserts an event: the shapes that make a word its predicate.

Without a tagger, :func:`.events.events_of` reads an event from the words around it: a verb
after a modal, an auxiliary, "to", a negator or a subject pronoun (:func:`predicative`); a
noun after "there will be a" ("there will be a strike"); the noun that an -ing word modifies
("no rolling blackouts"). Some shapes assert none: a predicate that carries no event of its
own names its subject as the event (:func:`light_predicate`: "the strike will go ahead"), and
a nominal event that is the subject of a verb acting on an object is an argument, not a claim
(:func:`argument`: "the cut would cost 600 jobs").
"""

from __future__ import annotations

from . import lexicon as lx
from .finite import ADVERBS

# words before "to" that make the next word a verb ("plans to meet", not "closed to cars")
_TO_VERB = (
    lx.BELIEFS
    | lx.LIGHT_VERBS
    | {
        "going",
        "able",
        "ready",
        "likely",
        "unlikely",
        "decided",
        "agreed",
        "vowed",
        "promised",
        "refused",
        "tried",
        "need",
        "needs",
        "due",
        "set",
        "wants",
        "hopes",
        "hoped",
        "pledged",
        "enough",
    }
)


# subject pronouns: the word after one is a finite verb ("I concede", "we withdraw")
SUBJECTS = frozenset({"i", "we", "he", "she", "they"})


# predicates that carry no event: their subject is the event ("the strike will go ahead")
_LIGHT_PREDICATES = (("go", "ahead"), ("go", "forward"), ("going", "ahead"), ("going", "forward"),
                     ("gone", "ahead"), ("went", "ahead"), ("happen",), ("happening",),
                     ("happened",), ("proceed",), ("proceeding",), ("proceeded",),
                     ("take", "place"), ("taking", "place"), ("taken", "place"))  # fmt: skip


# verbs of onset: with no object, their subject is the event ("the strike will begin")
_ONSET = frozenset({"begin", "begins", "start", "starts"})


def _onset_object(low: list[str], j: int) -> bool:
    """Whether the onset verb before ``j`` has an object or a verb of its own ("will start
    hiring", "will begin repairs", "will begin her second term"): then its subject is no
    event. With none, the clause ends or a time or a place follows ("the strike will begin
    on Monday", "blackouts would begin in February")."""
    nxt = low[j] if j < len(low) else ""
    if not nxt or not nxt[:1].isalnum() or nxt[:1].isdigit():
        return False
    return nxt not in _ONSET_TAIL and nxt not in TIME_WORDS


# words after an onset verb that open no object: a time, a place, a manner
_ONSET_TAIL = frozenset({
    "on", "in", "at", "by", "from", "after", "before", "until", "next", "this", "again",
    "soon", "today", "tomorrow", "tonight", "shortly", "immediately", "when", "once", "as",
    "early", "late", "later", "within", "around", "across", "for", "with", "without",
})  # fmt: skip


def argument(low: list[str], i: int) -> bool:
    """Whether the nominal event at ``i`` ("the cut", "a full closure", "the quarry's
    pumping", a clause-opening gerund "Closing the plant") is the subject of a verb that acts
    on something ("would cost 600 jobs", "did not lower anyone's well", "drained the wells")
    or of an evaluation ("was the right decision"): the clause tells what the event does or
    is, not whether it happens. A verb of aspect or duration ("will continue", "would remain
    in place") keeps the event asserted; "go ahead", "happen" are read before this."""
    near = low[max(0, i - 3) : i]
    gerund = low[0].endswith("ing") and low[0] not in lx.STOPWORDS
    if not (gerund or any(w in _NP_OPENERS or w[:1].isdigit() for w in near)):
        return False
    aux = next((k for k in range(i + 1, len(low)) if (low[k] in lx.AUXILIARIES and low[k] != "'s")
                or (low[k] in lx.MODALS and low[k] != "to" and low[k] not in lx.NEGATORS)),
               len(low))  # fmt: skip
    if aux == len(low):  # no auxiliary: "the cut fell far short", "the pumping drained"
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if lx.stem(nxt) in _KEEPS_EVENT:
            return False
        return nxt in _ACTS_ON or (nxt.endswith("ed") and nxt.isalpha() and len(nxt) > 4)
    k = aux
    while k < len(low) and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS
                            or low[k] in lx.NEGATORS or low[k] in ADVERBS
                            or low[k] == "have" or low[k] in _QUOTE_MARKS):  # fmt: skip
        k += 1  # a quote opened before the verb: 'would "cut the city off"' acts on the city
    if k >= len(low) or k + 1 >= len(low):
        return False
    verb, nxt = low[k], low[k + 1]
    be = low[k - 2] if low[k - 1] in lx.NEGATORS and k >= 2 else low[k - 1]
    if be in _BE_FORMS and verb in ("the", "a", "an", "what"):
        # "the closure was the right decision", "a 38 percent increase is not a business
        # decision"; not "closing it is not an option"
        return not _STANCE_NOUNS & set(low[k + 1 : k + 3])
    if verb in _BE_FORMS or verb in lx.STOPWORDS:
        return False
    if verb in lx.HEDGES or verb in lx.BELIEFS or not verb.isalpha():
        return False
    if lx.stem(verb) in _KEEPS_EVENT:
        return False
    return nxt.isalpha() or nxt in _OBJECT_START or nxt[:1].isdigit()


_QUOTE_MARKS = frozenset({'"', "'", "“", "‘"})
# nouns that make "X is (not) a ..." a stance on X itself ("closing it is not an option")
_STANCE_NOUNS = frozenset({"option", "options", "answer", "solution", "plan", "priority",
                           "goal", "intention", "possibility"})  # fmt: skip
# words within three before a noun that make it a noun phrase's head ("a full closure")
_NP_OPENERS = frozenset({"the", "a", "an", "this", "that", "percent", "'s", "its", "their",
                         "our", "his", "her", "any"})  # fmt: skip
# verbs whose subject stays asserted: the event goes on, stays or ends ("the strike will
# continue", "the closure would remain in place", "the strike ended on Friday")
_KEEPS_EVENT = frozenset(lx.stem(w) for w in (
    "continue", "remain", "stay", "last", "persist", "resume", "proceed", "end", "ended",
    "begin", "began", "start", "started", "stop", "stopped", "happen", "occur", "come", "came",
    "go", "went", "take", "took", "mean", "means", "meant", "enter", "entered", "extend",
    "extended", "drag", "dragged", "spread", "run", "ran",
))  # fmt: skip


_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being"})


_OBJECT_START = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
                           "this", "these", "those", "any", "no", "every", "all", "more",
                           "about", "nearly", "almost"})  # fmt: skip


# plain past verbs whose nominal subject is an argument ("the cut fell far short")
_ACTS_ON = frozenset({"fell", "falls", "cost", "costs", "hit", "hurt", "saved", "helped",
                      "meant", "means", "brought", "left"})  # fmt: skip


def _existential(low: list[str], a: int) -> bool:
    """Whether the article at ``a`` follows "there" and a form of "be" ("there will be a
    strike", "there is going to be a walkout"): its noun is asserted to happen or exist."""
    if a < 2 or low[a - 1] not in ("be", "is", "are", "was", "were", "been"):
        return False
    return "there" in low[max(0, a - 5) : a - 1]


# nouns that "there is a ..." does not assert as an event: a stance, a quantity, a thing
_NOT_THERE = lx.BELIEFS | {
    "lot", "number", "way", "need", "chance", "risk", "lack", "plan", "plans", "possibility",
    "problem", "question", "reason", "sense", "feeling", "view", "hope", "time", "place",
    "good", "real", "big", "small", "new", "few", "little", "very", "clear", "strong",
}  # fmt: skip


# words after which an -ing word before a noun modifies it ("no rolling blackouts")
_HEAD_AFTER = lx.NEGATORS | {"have", "has", "had"}


def light_predicate(low: list[str], aux: int) -> bool:
    """Whether the predicate after the first auxiliary carries no event of its own ("will go
    ahead", "is not going to happen", "will be held"): its subject names the event."""
    if not 0 < aux < len(low):
        return False
    j = aux + 1
    while j < len(low):
        rest = tuple(low[j : j + 2])
        if rest[:1] == ("held",) or any(rest[: len(p)] == p for p in _LIGHT_PREDICATES):
            return True
        if low[j] in _ONSET and not _onset_object(low, j + 1):
            return True  # "rolling blackouts would begin in February": the subject is the event
        if low[j] not in lx.NEGATORS and low[j] not in ("be", "been", "going", "to", "still"):
            return False
        j += 1
    return False


# nouns of an intention whose act follows "of" in -ing ("no intention of withdrawing it"),
# as a plan's follows "to": the intention is the speaker's stance (:data:`.lexicon.BELIEFS`)
INTENTIONS = frozenset({"intention", "intentions"})


def intended_act(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a noun of intention with its act after it ("no intention of
    withdrawing", "our intention to sell"): a stance on what is ahead, as "plans to" is."""
    if low[i] not in INTENTIONS or i + 2 >= len(low):
        return False
    nxt, act = low[i + 1], low[i + 2]
    return (nxt == "of" and act.endswith("ing") and len(act) > 4) or (nxt == "to" and act.isalpha())


def predicative(low: list[str], i: int, word: str) -> bool:
    """A verb after a modal, an auxiliary, ``to`` or a negator; or a nominal event."""
    j = i - 1
    while j >= 0 and (low[j] in ADVERBS or (low[j].endswith("ly") and low[j] not in ("only",))):
        j -= 1
    if j > 0 and low[j - 1 : j + 1] == ["so", "far"]:
        j -= 2  # "had so far received 1,150 complaints"
    prev = low[j] if j >= 0 else ""
    if prev in ("a", "an") and _existential(low, j):
        return word.isalpha() and word not in _NOT_THERE  # "there will be a strike on June 20"
    if prev in SUBJECTS and j == i - 1:
        return len(word) > 2 and word not in lx.AUXILIARIES and word not in lx.MODALS
    if prev == "to":
        return _to_verb_before(low, j) and not word.endswith("s")
    if prev == "of" and j >= 1 and low[j - 1] in INTENTIONS:
        return word.endswith("ing") and len(word) > 4  # "no intention of withdrawing": the act
    if prev == "'s" and not lx.is_aux(low, j) and _owned_in_phrase(low, j):
        return False  # "no commitment to the women's team": a possessive, not "is"
    if prev == "no" and j == i - 1 and _modifies_subject(low, i):
        return False  # "no coach operator has cancelled": the operator is the subject
    if prev in lx.MODALS or prev in lx.AUXILIARIES or prev in lx.NEGATORS:
        if prev in _HEAD_AFTER and modifies_next(low, i):
            return False  # "no rolling blackouts": the event is the noun it modifies
        return len(word) > 2
    if j >= 1 and prev.endswith("ing") and low[j - 1] in _HEAD_AFTER and modifies_next(low, j):
        return word.isalpha()  # "no rolling blackouts": the blackouts, not the rolling
    aspect = i > 0 and lx.stem(low[i - 1]) in ASPECT  # "began building homes": an event
    if not aspect and (word in _NO_EVENT or modifies_next(low, i)):
        return False  # "the wetland section", "staffing ratios": a thing, or a noun's modifier
    if aspect and word.endswith("ing") and word.isalpha():
        return len(word) > 4  # "stopped using the road", "began using": a short doing too
    return word.endswith(("ing", "ment", "tion", "sion")) and len(word) > 5


# prepositions whose object a negated noun before them governs ("no commitment to", "not a
# line about"); not "of", which passes a quantity's denial to its thing ("not one drum of")
_GOVERNING = frozenset({"to", "about", "for", "with", "on", "over", "in", "at", "from", "into",
                        "towards", "against", "between", "among"})  # fmt: skip


def _owned_in_phrase(low: list[str], j: int) -> bool:
    """Whether the "'s" at ``j`` is a possessive whose noun completes a preposition ("no
    commitment to the women's team", "not a single line about the men's side"): the noun is
    a thing owned, not a predicate after "is", and a negator before the preposition is the
    other noun's. The possessor is up to three words back to its determiner, if any."""
    k = j - 1
    while k >= 0 and j - k <= 3 and low[k].isalpha() and low[k] not in lx.STOPWORDS:
        k -= 1
    if k == j - 1:
        return False
    if k >= 0 and low[k] in ("the", "a", "an", "this", "that", "its", "their", "our", "his", "her"):
        k -= 1
    return k >= 0 and low[k] in _GOVERNING


def _to_verb_before(low: list[str], j: int) -> bool:
    """Whether the "to" at ``j`` follows a word that takes a verb after it ("decided to
    build"), directly or across a negator that denies the verb ("decided not to build",
    "agreed never to strike") or a time between them ("agreed in November to sell", "decided
    last week to close")."""
    if j > 0 and low[j - 1] in _TO_VERB:
        return True
    if j > 1 and low[j - 1] in ("not", "never") and low[j - 2] in _TO_VERB:
        return True
    k = j - 1
    while k >= max(0, j - 4) and (low[k] in _TIME_ADJUNCT or low[k] in TIME_WORDS
                                  or low[k] in lx.MONTHS or low[k].isdigit()):  # fmt: skip
        k -= 1
    timed = any(w in TIME_WORDS or w in lx.MONTHS for w in low[k + 1 : j])
    return timed and 0 <= k < j - 1 and low[k] in _TIMED_TO_VERB


# verbs of a decision that may take a time before their "to" ("agreed in November to sell");
# a refusal or a failure across a time is left unread, its negation being read next to it
_TIMED_TO_VERB = frozenset({"agreed", "decided", "promised", "pledged", "vowed"})
# the other words of a time between a verb and its "to" ("agreed on 4 May to sell")
_TIME_ADJUNCT = frozenset({"in", "on", "last", "this", "earlier", "early", "late"})


# nouns in -tion, -ment, -ing that name a thing or a place, not something that happens
_NO_EVENT = frozenset({
    "section", "sections", "station", "stations", "position", "positions", "nation", "nations",
    "portion", "option", "options", "population", "institution", "foundation", "organization",
    "administration", "association", "constitution", "edition", "building", "buildings",
    "department", "apartment", "equipment", "government", "environment", "evening", "morning",
    "ceiling", "clothing", "housing", "parliament", "version", "versions", "division",
    "divisions", "pension", "pensions", "session", "sessions", "mission", "commission",
    "television", "region", "regions", "tuition", "nutrition", "ammunition", "proportion",
    "fraction", "condition", "conditions", "tradition", "traditions", "location", "locations",
    "coalition", "coalitions",
})  # fmt: skip


def modifies_next(low: list[str], i: int) -> bool:
    """A noun in -ing that modifies the next noun ("staffing ratios", "billing cuts"), not an
    event of its own ("the closing was delayed", "the meeting on Tuesday")."""
    if not low[i].endswith("ing") or i + 1 >= len(low):
        return False
    nxt = low[i + 1]
    return (
        nxt.isalpha()
        and nxt not in lx.STOPWORDS
        and nxt not in lx.AUXILIARIES
        and nxt not in lx.MODALS
        and nxt not in lx.NEGATORS
        and not nxt.endswith(("ed", "ly"))
        and nxt not in TIME_WORDS
    )


# endings of agent nouns ("operator", "driver", "chemist", "librarian")
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")
# words with an agent's ending that name no agent: function words, adverbs, comparatives and
# plain nouns ("no consultation whatsoever was held", "no strike either was called")
_NOT_AGENTS = frozenset({
    "whatsoever", "whatever", "whichever", "whoever", "however", "wherever", "whenever",
    "either", "neither", "never", "ever", "whether", "rather", "together", "further",
    "later", "earlier", "sooner", "longer", "after", "under", "over", "other", "others",
    "number", "numbers", "order", "orders", "matter", "matters", "letter", "letters",
    "paper", "papers", "water", "power", "border", "corner", "error", "errors", "factor",
    "sector", "sectors", "major", "minor", "prior", "interior",
    "exterior", "senior", "junior", "superior", "inferior", "former", "latter", "center",
    "centre", "winter", "summer", "october", "november", "december", "september",
})  # fmt: skip


def _modifies_subject(low: list[str], i: int) -> bool:
    """Whether the noun at ``i``, after "no", modifies an agent noun after it, which an
    auxiliary or a modal follows ("no coach operator has cancelled", "no bus driver was
    sacked"): the agent is the subject of that verb, and the noun before it names its kind,
    not an event; a head that is no agent leaves the noun before it an event ("no strike
    action was taken": no strike), and so does a word of an agent's ending that names none
    ("no consultation whatsoever was held", "no strike either was called")."""
    if i + 2 >= len(low):
        return False
    head, verb = low[i + 1], low[i + 2]
    return (
        head.isalpha()
        and head not in lx.STOPWORDS
        and head not in _NOT_AGENTS
        and len(head) > 4
        and head.endswith(_AGENT_ENDINGS)
        and (verb in lx.AUXILIARIES or (verb in lx.MODALS and verb != "to"))
    )


ASPECT = frozenset(lx.stem(w) for w in (
    "stop", "stopped", "keep", "kept", "continue", "continued", "begin", "began", "begun",
    "start", "started", "resume", "resumed", "halt", "halted", "quit", "avoid", "avoided",
    "finish", "finished", "end", "ended",
))  # fmt: skip


TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "tomorrow", "yesterday", "tonight", "week", "month", "year", "night", "morning",
})  # fmt: skip


# predicates that tell how often a kind of event comes, not whether one comes
_FREQUENCY = frozenset({"common", "commonplace", "rare", "widespread", "frequent", "routine",
                        "usual", "unusual", "typical", "uncommon", "rarer"})  # fmt: skip
_ON_THE_WAY = frozenset({"becoming", "become", "becomes", "getting", "growing", "more", "less",
                         "very", "so", "too", "far", "now", "still", "quite", "not"})  # fmt: skip


def generic_kind(low: list[str], i: int, first_aux: int) -> bool:
    """Whether the event named before the clause's verb is told as a kind, by how often it
    comes ("cuts to late-night services were becoming common", "strikes are rare here"), not
    as an occasion that comes or not."""
    if i >= first_aux:
        return False
    k = first_aux
    while k < len(low) and (lx.is_aux(low, k) or low[k] in lx.MODALS or low[k] in _ON_THE_WAY
                            or low[k].endswith("ly")):  # fmt: skip
        k += 1
    return k < len(low) and low[k] in _FREQUENCY


# verbs of going on: with no auxiliary, their subject is an event said to go on
_GOES_ON = frozenset({"continue", "continues", "continued", "resume", "resumes", "resumed"})
# endings of a noun that names an event ("payments", "the inspections", "negotiations")
_EVENT_NOUN = ("ment", "ments", "tion", "tions", "sion", "sions")


def continued_subject(low: list[str], first_verb: int) -> int:
    """Where the subject of a verb of going on stands in a clause with no auxiliary before
    it ("Payments continue as normal", "the negotiations resumed on Monday"): a noun of an
    event, which the clause asserts, as "the strike will continue" does; -1 where there is
    none. With an object or a verb after it ("continued payments", "continue to pay") the
    verb is no state of its subject."""
    k = next((k for k, w in enumerate(low[:first_verb]) if w in _GOES_ON or w in _ONSET_FINITE),
             -1)  # fmt: skip
    if k < 1:
        return -1
    if _onset_object(low, k + 1):
        return -1  # "continued payments", "continue to pay": the verb has its own object
    subject = low[k - 1]
    if not subject.isalpha() or subject in lx.STOPWORDS or subject in _NO_EVENT:
        return -1  # "the government continued": a body, no event
    if low[k] in _ONSET_FINITE:
        # "the levy starts in May" names the levy's event as "the levy will not start in May"
        # does (:func:`light_predicate`), whatever its noun; not a pronoun, an adverb or the
        # object of a preposition ("the fee on lorries starts": the lorries are no event)
        if subject in lx.PRONOUNS or subject in ADVERBS or subject.endswith("ly"):
            return -1
        return subject_head(low, k)
    return k - 1 if subject.endswith(_EVENT_NOUN) else -1


def subject_head(low: list[str], k: int) -> int:
    """Where the head of the subject before the verb at ``k`` stands: the word before it, or
    the noun a prepositional phrase ending there hangs on ("the toll on the Varrow bridge
    will not start": the toll, not the bridge); -1 where the phrase opens the clause with a
    preposition ("on Monday it starts")."""
    j = k - 1
    while j >= 0 and (low[j].isalpha() or low[j] == "'s") and low[j] not in _PP_BEFORE:
        if low[j] in lx.STOPWORDS and low[j] not in _NP_OPENERS and low[j] != "'s":
            break  # "and", "that", "which": the phrase ends before it
        j -= 1
    if j < 1 or low[j] not in _PP_BEFORE:
        return k - 1
    head = low[j - 1]
    if not head.isalpha() or head in lx.STOPWORDS or head in lx.PRONOUNS:
        return -1 if j - 1 == 0 and head in _PP_BEFORE else k - 1
    return j - 1


# onset verbs with no auxiliary before them ("the levy starts", "the strike began")
_ONSET_FINITE = frozenset({"begin", "begins", "began", "start", "starts", "started"})
# prepositions whose object is no subject of the verb after it
_PP_BEFORE = frozenset({"of", "on", "for", "against", "in", "at", "with", "by", "about", "over",
                        "under", "into", "to", "from"})  # fmt: skip
