"""What an event is about (its theme), to tell apart two questions that share a verb.

"Lumetra had notified all affected users" and "the company had not notified her office" name
one event (``notify``) of two different things; "the offer was a 2 percent raise" and "class
sizes would not increase" name one concept (``rise``) of two different things. Neither pair
is a contradiction, and nothing else in a clause says so: the speakers, the time and the
entities agree. The theme is the thing the event happens to:

* the object of an active verb ("notified <her office>", "would double <night-time noise>");
* the subject of a passive, an intransitive or a predicative one ("<no records> were
  taken", "<class sizes> would not go up", "<the port> would remain open", "<the offer> is a
  5 percent raise").

The clause also says whether the event is a settled past occasion (:func:`settled_past`).

Only common content words count, stemmed: names are compared as entities (:mod:`.claims`),
and numbers, pronouns, quantifiers and times say nothing about what the thing is, save that a
sum of money is money, whether its unit is a word ("14 million pounds") or a sign ("$640,000"):
"returned the unspent $640,000" and "had not returned any of the money" meet. An empty theme
(a pronoun, a count, an event that is itself the subject) compares with anything.
"""

from __future__ import annotations

from . import lexicon as lx
from .accounts import accounts_owner
from .asked_for import acts, request_spans
from .blamed import caused_be
from .contact import reported_to
from .noun_themes import is_noun_event, noun_theme
from .objects import noun_after
from .passed_on import passed_to
from .recipients import received_at
from .trust import trust_placed
from .visits import came_to, visited_place
from .wages import receives_pay
from .whereabouts import STAY_FORMS, goes_from
from .words import tokens, word_at

# forms of "be" (also :mod:`.figures`: "the raise was 2 percent")
BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"})
# words after a verb that open no object: the verb is intransitive ("rise by", "close next year")
_NO_OBJECT = frozenset({
    "in", "on", "at", "by", "for", "from", "to", "into", "over", "under", "after", "before",
    "during", "since", "until", "with", "without", "within", "about", "again", "next", "last",
    "this", "soon", "later", "today", "tomorrow", "yesterday", "and", "but", "or", "if", "unless",
    "when", "while", "because", "as", "than", "that", "so", "then", "there", "here", "up", "once",
    "down", "out", "off", "back", "ahead", "forward", "away", "anymore", "either", "too",
})  # fmt: skip
# words that open a clause of its own after the verb
_RELATIVE = frozenset({"who", "which", "that", "because", "while", "when", "whose", "where"})
# where a noun phrase ends (also used by :mod:`.figures` to read the noun a figure measures)
NP_END = frozenset({
    "in", "on", "at", "by", "for", "from", "to", "into", "over", "under", "after", "before",
    "during", "since", "until", "with", "without", "about", "and", "but", "or", "if", "that",
    "which", "who", "because", "while", "as", "than", "when", "unless", "through", "across",
})  # fmt: skip
# words that say how much or which, not what
_NOT_THEME = frozenset({
    "none", "all", "any", "some", "every", "each", "more", "most", "many", "few", "several",
    "much", "less", "fewer", "both", "either", "neither", "other", "another", "percent",
    "per", "cent", "million", "billion", "thousand", "hundred", "dozen", "half", "third",
    "quarter", "thousands", "millions", "billions", "hundreds", "dozens", "year", "years",
    "month", "months", "week", "weeks", "day", "days", "night", "time", "times", "next",
    "single",  # "every single day", "not a single crash": how many, not what
    "full", "entire", "whole",  # "roll back the full increase": how much of the increase
    "last", "first", "own", "new", "about", "around", "nearly", "almost", "least",
    "quoted",  # the placeholder of words quoted inside a quote (:func:`.claims.parse_claim`)
    # amounts in words: "at least two of the liver injuries" is about the injuries
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "score", "handful", "majority",
    "minority", "rest", "remainder", "part", "share",
    # parts of a whole: "a sample of 2,000 recordings was used" is about the recordings
    "sample", "portion", "fraction", "proportion", "subset", "batch", "bulk", "number",
    # times: "will not hire substitute teachers this spring" is about teachers
    "spring", "summer", "autumn", "winter", "weekend", "morning", "afternoon", "evening",
    "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})  # fmt: skip
_PARTICIPLE_ENDINGS = ("ed", "en", "wn")
_IRREGULAR_PARTICIPLES = frozenset({
    "shut", "cut", "sold", "held", "made", "paid", "built", "sent", "kept", "left", "lost",
    "won", "put", "set", "hit", "told", "found", "brought", "bought", "met", "spent", "struck",
})  # fmt: skip


def theme_of(clause: str, word: str) -> frozenset[str]:
    """Stemmed content words of what the event named by ``word`` in ``clause`` happens to;
    for an asking, also of whom it asks and what for (:mod:`.asked_for`), light verbs left out
    ("asked him to go" asks for nothing we can compare)."""
    toks = tokens(clause)
    low = [t.lower() for t in toks]
    at = word_at(toks, low, word)
    if at is None:
        return frozenset()
    theme = _theme(toks, low, at, word)
    if not theme and is_noun_event(low, at):
        theme = noun_theme(toks, low, at)  # "parking <at the hospital>" (:mod:`.noun_themes`)
    if (whom := reported_to(toks, low, at) or passed_to(toks, low, at)) is not None:
        # "reported the spill to the agency": the notice is the agency's, the report the spill's
        theme |= _content(toks[whom[0] : whom[1]], low[whom[0] : whom[1]], whom[0])
    spans = request_spans(low, at)
    for start, end in spans:
        # "a crowd-management plan" shares "plan" with "the crowd plan"
        words = {
            lx.stem(p) if "-" in w else w
            for w in _content(toks[start:end], low[start:end], start)
            for p in w.split("-")
        }
        theme |= words - _LIGHT_STEMS if acts(low, spans) else words
    return theme


_LIGHT_STEMS = frozenset(lx.stem(w) for w in lx.LIGHT_VERBS)
# endings of nouns ("compensation", "admission"), to tell "pay compensation" from a verb whose
# subject comes before it
_NOUN_ENDINGS = ("tion", "sion")
# words of those endings that are also verbs ("councillors sanction the works")
_TION_VERBS = frozenset({
    "sanction", "question", "function", "mention", "petition", "auction", "position",
    "commission", "pension", "station", "caution", "condition", "ration", "motion", "section",
    "partition", "audition", "envision", "provision", "requisition", "reposition",
})  # fmt: skip
# pronouns that are the subject of the verb after them ("we question the figures")
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they"})


def _verb_after_subject(toks: list[str], low: list[str], at: int) -> bool:
    """Whether the -tion word at ``at`` is the verb of its clause, right after its subject: a
    plural noun, a name or a pronoun ("Harnwick councillors sanction the works", "residents
    openly question the figures", "we question them")."""
    if low[at] not in _TION_VERBS:
        return False
    k = at - 1
    if k > 0 and low[k].endswith("ly"):
        k -= 1  # "residents openly question"
    prev = low[k]
    if prev in _SUBJECT_PRONOUNS or (k > 0 and toks[k][:1].isupper()):
        return True
    plain = lx.LIGHT_VERBS | lx.PAY_FORMS | lx.REPORT_VERBS
    return prev.endswith("s") and not prev.endswith("ss") and prev not in plain


def _after_a_verb(prev: str) -> bool:
    """Whether the word before a noun may be the verb it is the object of: a word, not "be",
    an auxiliary, a modal, a negator or "to" ("did not function" is a verb's own group)."""
    return (
        prev.isalpha()
        and prev not in BE
        and prev not in lx.AUXILIARIES
        and prev not in lx.MODALS
        and prev not in lx.NEGATORS
        and prev != "to"
    )


def _theme(toks: list[str], low: list[str], at: int, word: str) -> frozenset[str]:
    if (owner := accounts_owner(low, at)) is not None:
        return _accounts_theme(toks, low, *owner)  # "the council has lost money on <parks>"
    if (placed := trust_placed(toks, low, at)) is not None:
        return _trust_theme(toks, low, *placed)  # "has confidence in <its chair>"
    if goes_from(toks, low, at):  # "<the name> is coming off the stand": a stay denied
        return subject_of(toks, low, at)
    if came_to(toks, low, at):  # "came to <the village>": the place, as "visited" has it
        start, end = visited_place(toks, low, at)
        return _content(toks[start:end], low[start:end], start)  # a name: none to compare
    if receives_pay(toks, low, at):  # "<eleven players> have not received their wages"
        return subject_of(toks, low, at)
    if (copula := caused_be(low, at)) >= 0:  # "<the ban> is the direct result of leaks"
        return subject_of(toks, low, copula)
    if (given := received_at(low, at)) is not None:  # "<four nurses> were given notice"
        return subject_of(toks, low, given)
    # the verb's own clause: "notified customers <who were affected>" has no auxiliary of its own
    cut = next((k for k in range(at + 1, len(low)) if low[k] in _RELATIVE), len(low))
    first_aux = next(
        (i for i, t in enumerate(low[:cut]) if lx.is_aux(low, i) or (t in lx.MODALS and t != "to")),
        cut,
    )
    if at < first_aux and first_aux < cut:
        return frozenset()  # the event is (in) the subject: "no strike would go ahead"
    if _nominal(low, at):
        be = next((j for j in range(at - 1, -1, -1) if low[j] in BE), None)
        return subject_of(toks, low, be) if be is not None else frozenset()
    if (
        at
        and low[at].endswith(_NOUN_ENDINGS)
        and _after_a_verb(low[at - 1])
        and not _verb_after_subject(toks, low, at)
    ):
        return frozenset()  # "will not pay compensation": a noun, the object of another verb
    if low[at] in lx.PHRASAL_CONCEPTS:
        return subject_of(toks, low, at - 1)  # "class sizes would go up": the verb is "go"
    subject = subject_of(toks, low, at)
    if _passive(low, at):
        return subject
    nxt = at + 1
    while nxt < len(low) and low[nxt].endswith("ly") and low[nxt] not in ("only",):
        nxt += 1
    if low[nxt : nxt + 1] == ["further"] and not noun_after(
        low[nxt + 1] if nxt + 1 < len(low) else ""
    ):
        nxt += 1  # "prices fell further in May": an adverb, not what fell
    if low[nxt : nxt + 1] and low[nxt] in _PARTICLES and _opens_np(low, nxt + 1):
        nxt += 1  # "shut down the plant", "called off the strike": the object follows
    elif (
        low[nxt : nxt + 1]
        and low[nxt] in _VOTED_ON
        and low[at] in _VOTES
        and _opens_np(low, nxt + 1)
    ):
        nxt += 1  # "never voted on the merger", "voted for the trial": what the vote was on
    if (
        low[nxt : nxt + 1]
        and low[nxt] in lx.PRONOUNS
        and low[nxt + 1 : nxt + 2]
        and (low[nxt + 1] in _PARTICLES)
    ):
        return frozenset()  # "rolling it back": the pronoun's thing, unknown here
    if (
        nxt >= len(low)
        or (not low[nxt][:1].isalnum() and low[nxt] not in _CURRENCY_SIGNS)
        or low[nxt] in _NO_OBJECT
        or (low[nxt] == "enough" and low[at - 1 : at] and low[at - 1] in BE)
    ) and not _demonstrative_object(low, nxt):  # "the silt is clean enough": the silt
        # intransitive: "class sizes would not increase next year"; a verb of no concept
        # with its object left out ("the bank did not notify until June") names its agent,
        # not what it happens to: unknown
        return subject if _said_of_subject(word) else frozenset()
    if _demonstrative_object(low, nxt):
        nxt += 1  # "dropped that idea": the object's noun follows the determiner
    end = next((j for j in range(nxt, len(low)) if low[j] in NP_END or (not low[j][:1].isalnum()
                and low[j] not in ("'s", "'") and low[j] not in _CURRENCY_SIGNS)),
               len(low))  # fmt: skip
    obj = _content(toks[nxt:end], low[nxt:end], nxt)
    if not obj and _said_of_subject(word):
        return subject  # a measure, no object: "revenue fell 12 percent"
    if obj == _JOBS and word.lower() in ("lose", "loses", "lost", "losing") and subject:
        return obj | subject  # "no teacher will lose their job": the teachers ("lay off
        # teachers") as well as the jobs ("cut 40 jobs")
    return obj


def _accounts_theme(toks: list[str], low: list[str], verb: int, on: int) -> frozenset[str]:
    """The theme of money made or lost (:mod:`.accounts`): what it was made or lost on ("lost
    money on <the car parks>"), else the body whose accounts they are, the verb's subject
    ("<the museum> has been in surplus")."""
    if on >= 0:
        end = next((j for j in range(on, len(low)) if low[j] in NP_END
                    or not low[j][:1].isalnum()), len(low))  # fmt: skip
        venture = _content(toks[on:end], low[on:end], on)
        if venture:
            return venture
    return subject_of(toks, low, verb)


def _trust_theme(toks: list[str], low: list[str], holder: int, whom: int) -> frozenset[str]:
    """The theme of trust placed in someone (:mod:`.trust`), as of the verb "support" it
    stands for: whom it is placed in ("has full confidence in <its chair>"), else, for a name
    or a pronoun there, the subject that holds it ("<the nurses> have lost confidence in Dr
    Hale")."""
    end = next((j for j in range(whom, len(low)) if low[j] in NP_END or low[j] == "to"
                or not low[j][:1].isalnum()), len(low))  # fmt: skip
    return _content(toks[whom:end], low[whom:end], whom) or subject_of(toks, low, holder)


_JOBS = frozenset({lx.THEME_STEMS[lx.stem("job")]})
# concepts of verbs whose subject is their agent even with no object ("the bank did not
# notify until June", "the tenants will sue"): it is not what the event happens to
_AGENT_CONCEPTS = frozenset({"notify", "sue"})


# verbs whose subject, with no object, is what changes ("results have not improved", "the
# ferries will run"), as the object is with one ("improved its results", "running a ferry
# line"): their theme is that subject, not a doer left unread
_CHANGES_OF_STATE = frozenset(
    lx.stem(w) for w in ("improve", "worsen", "deteriorate", "recover", "run", "change")
)


def _said_of_subject(word: str) -> bool:
    """Whether a verb of a concept with no object is said of its subject ("class sizes would
    not increase"): not a verb of :data:`_AGENT_CONCEPTS`. A stay is its subject's ("the
    statues will stay in Morrow" is about the statues, not the players who stay in a hotel)."""
    if word.lower() in STAY_FORMS or lx.stem(word) in _CHANGES_OF_STATE:
        return True
    concept = lx.CONCEPTS.get(lx.stem(word))
    return concept is not None and concept[0] not in _AGENT_CONCEPTS


def _demonstrative_object(low: list[str], j: int) -> bool:
    """Whether "that" at ``j`` is a determiner of the verb's object, a noun that ends the
    clause ("have dropped that idea,"), not the opening of a clause ("said that fares rose")."""
    if low[j : j + 1] != ["that"] or j + 1 >= len(low) or not low[j + 1].isalpha():
        return False
    after = low[j + 2] if j + 2 < len(low) else ""
    return not after or not after[:1].isalnum() or after in NP_END


_VERB_GROUP = (
    lx.MODALS
    | lx.AUXILIARIES
    | lx.NEGATORS
    | lx.LIGHT_VERBS
    | {"still", "also", "now", "already", "yet"}  # "has not yet been granted": no subject
)
_SUBJECT_STOP = lx.REPORT_VERBS | lx.BELIEFS | {"that", "which", "who", "whether", "if"}
_DETERMINERS = frozenset({
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "no", "every", "each",
})  # fmt: skip


def subject_of(toks: list[str], low: list[str], at: int) -> frozenset[str]:
    """The subject of the verb at ``at``: the words before its verb group, back to a
    determiner that opens them, or to another verb ("riders must know <the bridge> will
    reopen": the bridge, not the riders).

    A subject with a prepositional phrase is its head ("no workers at the Tarn company": the
    workers); a second predicate ("the unit has 22 midwives and is fully staffed") has the
    first one's subject."""
    k = at
    while k > 0 and (low[k - 1] in _VERB_GROUP or low[k - 1].endswith("ly")
                     or low[k - 2 : k] == ["no", "longer"]):  # fmt: skip
        k -= 1  # "the board could no longer support": the board
    if k > 1 and k < at and low[k - 1] in ("and", "but", "or"):
        first = next((j for j in range(k - 2, 0, -1) if low[j] in _VERB_GROUP), None)
        if first is not None:
            return subject_of(toks, low, first)
    start = k
    while start > 0:
        w = low[start - 1]
        number = w == "," and low[start - 2 : start - 1] != [] and low[start - 2][:1].isdigit()
        if w in _VERB_GROUP or w in _SUBJECT_STOP:
            break
        if not (w[:1].isalnum() or w in ("'", "'s") or number):
            break
        start -= 1
        if w in _DETERMINERS:
            if start > 1 and low[start - 1] in _OF_PHRASE and low[start - 2][:1].isalpha():
                start -= 1  # "workers at | the company": go on to the head before it
                continue
            break
    head = next((j for j in range(start + 1, k) if low[j] in _OF_PHRASE), k)
    words = _content(toks[start:head], low[start:head], start)
    if not words and head < k and low[head] == "of":  # "thousands of mail ballots"
        end = next((j for j in range(head + 1, k) if low[j] in _OF_PHRASE), k)
        words = _content(toks[head + 1 : end], low[head + 1 : end], head + 1)
    if not words:  # "The Pinecrest Municipal Pool will stay closed": the name's head noun
        heads = [lx.stem(w) for w in low[start:head] if w in PLACE_HEADS]
        words = frozenset(heads[-1:])
    return words


# common nouns that end the names of places and facilities ("Elm Street", "Corrow Bridge")
PLACE_HEADS = frozenset({
    "street", "road", "avenue", "bridge", "pool", "library", "school", "hospital", "park",
    "station", "plant", "mill", "factory", "center", "centre", "airport", "port", "harbour",
    "harbor", "dam", "river", "lake", "tunnel", "stadium", "museum", "clinic", "depot",
    "quarry", "mine", "hall", "market", "terminal", "highway", "railway", "runway",
    "reservoir", "line", "ferry", "arena", "academy", "college", "university",
})  # fmt: skip


# prepositions that attach a phrase to the noun before them ("workers at the plant")
_OF_PHRASE = frozenset({"at", "of", "in", "for", "from", "on", "with"})
# particles of phrasal verbs ("shut down", "call off"): the object comes after them
_PARTICLES = frozenset({"down", "off", "up", "out", "back"})
_VOTES = frozenset({"vote", "votes", "voted", "voting"})
# prepositions after a vote that open the motion voted on ("voted for <the extended trial>")
_VOTED_ON = frozenset({"on", "for", "against"})


def _opens_np(low: list[str], j: int) -> bool:
    """Whether a noun phrase starts at ``j`` (a determiner, or a plain word that is no
    preposition or time): "shut down <the plant>", not "went up <to the house>"."""
    if j >= len(low):
        return False
    w = low[j]
    return w in _DETERMINERS or (w[:1].isalpha() and w not in _NO_OBJECT and w not in NP_END)


def _passive(low: list[str], at: int) -> bool:
    """A participle after a form of "be" ("were taken", "had not been altered")."""
    word = low[at]
    if not (word.endswith(_PARTICIPLE_ENDINGS) or word in _IRREGULAR_PARTICIPLES):
        return False
    j = at - 1
    while j >= 0 and (low[j] in lx.NEGATORS or low[j].endswith("ly") or low[j] in ("still",)):
        j -= 1
    return j >= 0 and low[j] in BE


def _nominal(low: list[str], at: int) -> bool:
    """An event named by a noun after a determiner or an amount ("a 5 percent raise"): the
    predicate of "be" ("the offer is a raise") has its subject for theme; any other nominal
    ("no agreement with any club") has none we can read."""
    prev = low[at - 1] if at else ""
    return prev in lx.NOMINAL_INTRO or prev in ("percent", "cent") or prev[:1].isdigit()


# signs of a sum of money: a sum so written names money, as "pounds" or "dollars" do
# (:data:`.lexicon.THEME_SYNONYMS`): "returned the unspent $640,000" / "returned the money"
_CURRENCY_SIGNS = frozenset({"$", "£", "€"})
_MONEY = lx.THEME_STEMS[lx.stem("money")]


def _content(toks: list[str], low: list[str], start: int) -> frozenset[str]:
    """Stemmed common words of a span (from ``start``: a capital after it is a name)."""
    words = set()
    whom = False  # a plural noun before a sum: the one paid ("pay the contractors $40,000")
    for i, (t, w) in enumerate(zip(toks, low, strict=True), start):
        if w in _CURRENCY_SIGNS:
            if not whom:
                words.add(_MONEY)  # "$640,000" is money, as "640,000 dollars" is (its unit)
            continue
        if not w[:1].isalpha() or w in lx.STOPWORDS or w in lx.PRONOUNS or w in lx.NEGATORS:
            continue
        if w in _NOT_THEME or w in lx.MONTHS or (i and t[:1].isupper()):
            continue  # an amount, a time, a name
        st = lx.stem(w.strip("'"))
        words.add(lx.THEME_STEMS.get(st, st))
        whom = whom or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))
    return frozenset(words)


def content_words(toks: list[str], low: list[str], start: int) -> frozenset[str]:
    """Stemmed common words of a span, as a theme has them (also :mod:`.notice_topics`)."""
    return _content(toks, low, start)


# auxiliaries of a past (also :mod:`.contradictions`: words that tell a past)
PAST = frozenset({"was", "were", "had", "did", "been"})
# negation by the quantity of the theme ("no records were taken", "none of the fires"), not
# of the verb ("had not received"): it speaks of a whole occasion, not of what is still to come
QUANTIFIER_NEGATORS = frozenset({"no", "none", "nothing", "nobody", "noone", "neither"})


def settled_past(clause: str, word: str, negators: tuple[str, ...], key: str = "") -> bool:
    """Whether the clause tells a past occasion of the event that later words cannot undo.

    A past event that happened ("records had been accessed", "the batteries caused fires") is
    settled, and so is one denied of a whole occasion ("no records were taken", "none of the
    fires had been caused by the battery"). A verb denied ("the county had not received an
    application", "the council did not approve it") may still be to come: it is not settled,
    nor is anything said "now" or "yet" ("had now filed"), which marks a change, nor a state
    (``key`` in :data:`.lexicon.STATES`: "the bridge was closed" is told of each day; a
    progressive, "the plant was producing steel", is one too)."""
    if key in lx.STATES:
        return False
    low = [t.lower() for t in tokens(clause)]
    at = next((i for i, t in enumerate(low) if t == word.lower()), None)
    if at is None or any(w in ("now", "yet", "so", "still", "anymore") for w in low):
        return False
    if low[at].endswith("ing"):
        return False  # "the reactor was operating": a state on that day, not an occasion
    if any(w in lx.FUTURE for w in low):
        return False
    group = []
    k = at
    while k > 0 and (low[k - 1] in _VERB_GROUP or low[k - 1].endswith("ly")):
        k -= 1
        group.append(low[k])
    simple = low[at].endswith("ed") or low[at] in lx.SIMPLE_PAST  # "the manager told us"
    past = bool(PAST & set(group)) or (not group and simple)
    return past and all(n in QUANTIFIER_NEGATORS for n in negators)


# for :mod:`.agents`, which reads the doer of the same verbs
is_nominal = _nominal
is_passive = _passive
