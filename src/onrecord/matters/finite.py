"""Verbs read without an auxiliary before them, and the preposition that turns a verb around.

:func:`.events.events_of` reads an event from a verb after a modal, an auxiliary, "to", a
negator or a subject pronoun, because a bare word is too often a noun or a modifier. A plain
past verb between its subject and its object is a verb all the same: "every household in the
zone received the alert" asserts what "households never received the alert" denies. Without
a tagger, its shape tells it: a past form (``-ed`` or a listed irregular one) after a word
that can end a subject (not a determiner, a preposition or "be") and before a word that opens
an object (a determiner, a quantifier, a number): "the affected households", "injuries caused
by the drug" and "residents who received" are no such verb.

"Voted against the cap" answers "will she vote for the cap?" with no: :func:`against` says
when a preposition turns the verb's answer around.
"""

from __future__ import annotations

import re

from . import lexicon as lx

# adverbs without -ly between a subject and its verb ("had already paid", "never even saw")
ADVERBS = frozenset({"already", "still", "also", "just", "even", "ever", "always", "now", "yet",
                     "once", "then", "again"})  # fmt: skip
# past forms that do not end in -ed and are not also common nouns or present forms
_IRREGULAR_PAST = frozenset({
    "paid", "sold", "bought", "gave", "took", "won", "lost", "met", "kept", "built", "brought",
    "held", "sent", "caught", "spent", "broke", "chose", "drove", "stole", "threw", "knew",
})  # fmt: skip
# words that open an object after a verb
OBJECT_OPENERS = frozenset({
    "the", "a", "an", "no", "any", "its", "their", "his", "her", "our", "my", "your", "every",
    "all", "each", "this", "these", "those", "some", "both", "more", "fewer", "less",
})  # fmt: skip
# words that cannot end the subject of a finite verb just after them
_NOT_SUBJECT_END = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
    "those", "every", "each", "no", "any", "some", "'s", "'", "to", "who", "which", "that",
    "whom", "whose", "where", "when", "if", "as", "than", "by", "with", "of", "for", "from",
    "in", "on", "at", "into", "about", "and", "or", "but", "was", "were", "is", "are", "be",
    "been", "being", "had", "has", "have", "newly", "recently",
})  # fmt: skip
# verbs whose answer "against" turns around: "voted against the cap" is a no to the cap
_AGAINST_VERBS = frozenset({"vote", "votes", "voted", "voting", "rule", "rules", "ruled",
                            "ruling", "decide", "decides", "decided", "deciding"})  # fmt: skip


# verbs that take a clause: the clause after them is not asserted ("denied it paid the fine")
_CLAUSE_VERBS = frozenset({
    "denied", "showed", "shown", "warned", "worried", "learned", "learnt", "estimated",
    "seemed", "appeared", "argued", "suggested", "noted", "acknowledged", "admitted",
    "feared", "expected", "predicted", "insisted", "disputed", "rejected", "questioned",
    "doubted", "wondered", "asked", "claimed", "alleged", "reported", "stated", "added",
    "explained", "indicated", "revealed", "assumed", "guessed", "hinted", "implied",
})  # fmt: skip
# words in -ed that are no past verbs
_NOT_PAST = frozenset({"hundred", "hundreds", "kindred", "sacred", "wicked", "naked", "ragged",
                       "rugged", "beloved", "speed", "breed", "indeed", "agreed-upon"})  # fmt: skip
# after the verb, these open a time, not an object ("staff hired this year will not ...")
_TIME_OPENERS = frozenset({"this", "that", "the", "last", "next", "same", "previous"})
TIME_NOUNS = frozenset({"year", "month", "week", "day", "morning", "evening", "night",
                         "spring", "summer", "autumn", "fall", "winter", "season", "quarter",
                         "same", "previous", "past"})  # fmt: skip


def finite_past(low: list[str], i: int, *, with_object: bool = True) -> bool:
    """Whether ``low[i]`` is a past verb between its subject and its object ("the utility paid
    the deposit"), by shape alone (see the module's docstring). ``with_object=False`` asks
    only for the subject, of a clause already known to hold a verb ("the shelter closed on
    Monday"). A verb after a verb that takes a clause ("denied it paid the fine") is not
    asserted, nor is a participle followed by a time ("staff hired this year")."""
    word = low[i]
    if not ((word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_PAST):
        return False
    if word in lx.REPORT_VERBS or word in lx.BELIEFS or word in _CLAUSE_VERBS:
        return False
    if word in _NOT_PAST or any(w in _CLAUSE_VERBS or w in lx.REPORT_VERBS for w in low[:i]):
        return False
    if (
        low[i + 1 : i + 2]
        and low[i + 1] in _TIME_OPENERS
        and any(w in TIME_NOUNS for w in low[i + 2 : i + 4])
    ):
        return False
    j = before_adverbs(low, i)
    if j < 0:
        return False  # a clause that opens with the word: "Closed the road" is a fragment
    prev = low[j]
    if not prev[:1].isalnum() or prev in _NOT_SUBJECT_END or prev in lx.MODALS:
        return False
    k = i + 1
    while k < len(low) and (low[k].endswith("ly") or _SCORE.fullmatch(low[k])):
        k += 1  # "voted 7-2 against", "voted overwhelmingly for"
    nxt = low[k] if k < len(low) else ""
    if word in _AGAINST_VERBS and nxt in ("against", "for"):
        return True  # "Vell voted against the budget"
    return not with_object or nxt in OBJECT_OPENERS or nxt[:1].isdigit()


_SCORE = re.compile(r"\d+-\d+")


def before_adverbs(low: list[str], i: int) -> int:
    """The index of the last word before ``i`` that is no adverb ("had already paid", "the
    trust quietly pays"): where the verb's subject ends; -1 when none is."""
    j = i - 1
    while j >= 0 and (low[j] in ADVERBS or (low[j].endswith("ly") and low[j] != "only")):
        j -= 1
    return j


def against(low: list[str], i: int) -> bool:
    """Whether "against" after the verb at ``i`` turns its answer around ("voted against",
    "voted 7-2 against", "voted overwhelmingly against")."""
    if low[i] not in _AGAINST_VERBS:
        return False
    k = i + 1
    while k < len(low) and (low[k].endswith("ly") or _SCORE.fullmatch(low[k])):
        k += 1
    return low[k : k + 1] == ["against"]


# words before "who" that make it a question word, not a relative ("asked who would pay")
_WHO_ASKED = frozenset({
    "know", "knows", "knew", "ask", "asks", "asked", "wonder", "wondered", "decide", "decides",
    "decided", "about", "of", "on", "see", "tell", "clear", "unclear", "matter", "whether",
    "and", "or", "but", "than",
})  # fmt: skip


def relative_who(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` opens a restrictive relative clause: "who" right after a noun, with
    no comma ("the people who are driving"). Its verb describes the noun; the statement does
    not assert it ("protects the people who are already driving" says nothing of who drives).
    After a comma ("Ms. Ng, who had denied it") the clause adds a fact: not this."""
    if low[i] in ("that", "which") and (described(low, i) or present_relative(low, i)):
        return True
    if low[i] == "that" and i and low[i - 1] in _QUANTIFIED:
        return True  # "nothing that was deleted had ...": what was deleted is taken as given
    if low[i] == "that" and _perfect_passive_on_noun(low, i):
        return True  # "cannot drain a beck that has been dammed": the damming is not denied
    if low[i] != "who" or i == 0:
        return False
    if i >= 3 and low[i - 3] == "it" and low[i - 2] in ("is", "was", "'s"):
        return False  # "It was Vell who ordered the closure": a cleft, the main clause
    prev = low[i - 1]
    return (
        prev.isalpha()
        and prev not in _WHO_ASKED
        and prev not in lx.REPORT_VERBS
        and prev not in lx.BELIEFS
    )


def _perfect_passive_on_noun(low: list[str], i: int) -> bool:
    """Whether "that" at ``i`` follows a noun opened by an article and opens a perfect passive
    ("a beck that has been dammed", "the lorries that had been loaded"): "that" is the
    relative's subject (a "that" of a reported clause has a subject of its own after it)."""
    return (
        i >= 2
        and low[i - 2] in ("a", "an", "the")
        and low[i - 1].isalpha()
        and low[i - 1] not in lx.STOPWORDS
        and low[i + 1 : i + 2] in (["has"], ["have"], ["had"])
        and low[i + 2 : i + 3] == ["been"]
    )


# pronouns of a quantity that "that" after them restricts ("nothing that was deleted")
_QUANTIFIED = frozenset({"nothing", "none", "nobody", "everything", "anything", "something",
                         "everyone", "anyone", "someone"})  # fmt: skip


def described(low: list[str], i: int) -> bool:
    """Whether "that" or "which" at ``i`` opens a relative clause on a noun phrase that
    opens the clause, with no verb before it, and a past verb right after: "the concern that
    dominated the two-hour meeting" (a writer's gloss on what came before) asserts no meeting."""
    if i < 2 or low[0] not in ("the", "a", "an") or i + 1 >= len(low):
        return False
    if any(w in lx.AUXILIARIES or w in lx.MODALS or w in lx.NEGATORS for w in low[:i]):
        return False
    nxt = low[i + 1]
    return (nxt.endswith("ed") and len(nxt) > 4) or nxt in _IRREGULAR_PAST


_MAIN_BE = frozenset({"is", "are", "was", "were", "will", "would", "has", "have"})


def present_relative(low: list[str], i: int) -> bool:
    """Whether "that" or "which" at ``i`` opens a relative clause in the present on a noun
    phrase that opens the clause, with the main verb after it: "a district that cuts seven
    teachers is not in a better position" denies the position, not the cuts. The word after
    "that" is a verb in -s with an object, not a noun before its own auxiliary ("the fear that
    prices will rise")."""
    if i < 2 or low[0] not in ("the", "a", "an", "any", "every") or i + 2 >= len(low):
        return False
    if any(w in lx.AUXILIARIES or w in lx.MODALS or w in lx.NEGATORS for w in low[:i]):
        return False
    verb, nxt = low[i + 1], low[i + 2]
    if not (verb.isalpha() and len(verb) > 3 and verb.endswith("s")):
        return False
    if verb.endswith(("ss", "us", "is")) or verb in lx.AUXILIARIES:
        return False
    if nxt in lx.AUXILIARIES or nxt in lx.MODALS or nxt in lx.NEGATORS or not nxt.isalpha():
        return False
    return any(w in _MAIN_BE for w in low[i + 3 :])


def relative_span(low: list[str]) -> tuple[int, int] | None:
    """Where the first restrictive relative clause lies: from "who" to where the main clause
    goes on (its auxiliary, or a plain past verb after the relative's own verb and object):
    "Residents <who live near the river> will be evacuated", "Anyone <who can't work the
    bench> will be moved", "Residents <who lost power> received vouchers". None without one."""
    r = next((i for i in range(len(low)) if relative_who(low, i)), None)
    if r is None:
        return None
    j = r + 1
    while j < len(low) and (low[j] in lx.AUXILIARIES or low[j] in lx.MODALS
                            or low[j] in lx.NEGATORS or low[j] in ADVERBS):  # fmt: skip
        j += 1
    for k in range(j + 1, len(low)):
        w = low[k]
        if (w in lx.AUXILIARIES and w != "'s") or (w in lx.MODALS and w != "to" and
                                                  w not in lx.NEGATORS):  # fmt: skip
            return r, k
        if k > j + 1 and ((w.endswith("ed") and len(w) > 4) or w in _IRREGULAR_PAST):
            return r, k
        if w in (",", ";", ":"):
            return r, k
    return r, len(low)


# verbs in -ing after "I am" / "we are" that tell a step decided ("I am not resigning", "we
# are closing the depot"), not a state or an activity going on ("we are losing money")
_DECIDED = frozenset({"closing", "cutting", "resigning", "selling", "shutting", "moving",
                      "cancelling", "canceling", "raising", "building", "leaving", "opening",
                      "reopening", "laying", "scrapping", "dropping", "ending", "stepping",
                      "quitting", "withdrawing", "pulling", "suspending", "axing", "merging",
                      "retiring", "demolishing", "relocating", "halting"})  # fmt: skip
_FIRST_BE = frozenset({"am", "are", "'m", "'re"})
_UNDER_WAY = frozenset({"today", "tonight", "now", "currently", "already"})


def planned_progressive(low: list[str]) -> bool:
    """Whether the clause tells the speaker's own decided step in the progressive ("I am not
    resigning", "we are closing the depot"): a plan, as "I will not resign" is; "we are
    working on it" tells an activity going on, "we are losing money" a state, and "we are
    closing it today" a step under way."""
    if any(w in _UNDER_WAY for w in low):
        return False
    for i, w in enumerate(low[:-2]):
        if w not in ("i", "we") or low[i + 1] not in _FIRST_BE:
            continue
        k = i + 2
        if low[k] in ("not", "n't"):
            k += 1
        verb = low[k] if k < len(low) else ""
        if verb in _DECIDED:
            return True
    return False


# after a past verb, words that open no object but its place, its source or its path ("escaped
# from the tank", "collapsed on Monday"): the verb needs none
_PATH = frozenset({"from", "into", "in", "on", "at", "onto", "through", "across", "over",
                   "out", "off", "away", "down", "up", "after", "during", "overnight",
                   "for"})  # fmt: skip
# object pronouns: a past verb before one is finite ("the board discussed it")
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "us", "me"})


def bare_past(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a clause's past verb with no determiner after it: an object
    pronoun ("the board discussed it"), a bare plural ("the fault affected only engines"), or
    no object but a path ("200 gallons of the solvent escaped from the tank"). Read only in a
    clause with no auxiliary (the caller's), after words that can all be its subject (no
    preposition but "of": "the cap on vehicles licensed in the city" is a participle). A past
    form with a path and another past verb after it is a participle ("wells sampled in April
    showed ..."), one with nothing after it may be one ("the officers involved"), one before
    "by" is passive ("damage caused by the storm"), and one after the clause's verb describes
    its object ("affected engines built in 2022")."""
    if not finite_past(low, i, with_object=False) or _verb_before(low, i):
        return False
    if not _plain_subject(low, i):
        return False
    if _plain_past_after(low, i):
        return _takes_object(low, i)
    k = i + 1
    while k < len(low) and low[k].endswith("ly"):
        k += 1  # "affected only engines", "escaped quickly from"
    return (k < len(low) and low[k] in _PATH) or _takes_object(low, i)


def named_object_past(toks: list[str], low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a past verb whose first object is a name, with a second object or
    a clause after it ("the minister promised Tidewell that subsidy", "the board paid Orrin
    Haulage the full fee"): a name is no object opener by its shape, so :func:`finite_past`
    asks for it here."""
    if not finite_past(low, i, with_object=False):
        return False
    k = i + 1
    while k < len(toks) and k < i + 4 and toks[k][:1].isupper() and toks[k].isalpha():
        k += 1
    return i + 1 < k < len(low) and (low[k] in OBJECT_OPENERS or low[k] == "that")


# prepositions before a past form that make it a participle describing a noun ("the cap on
# vehicles licensed in the city", "a deal valued at $620 million"); "of" may end a subject
# ("200 gallons of the solvent escaped")
_PREPOSITIONS = frozenset({"in", "on", "at", "for", "with", "from", "by", "to", "into",
                           "about", "after", "before", "under", "over", "through", "across",
                           "between", "against", "during", "within", "without", "like",
                           "than", "as"})  # fmt: skip


def _plain_subject(low: list[str], i: int) -> bool:
    """Whether the words before the past form at ``i`` (since the clause's start or its last
    comma) can all be its subject: no preposition but "of" (an amount's "at least" or "about"
    aside), no verb in -ing with its object ("the timing chain fault" is a noun phrase)."""
    for j in range(i - 1, -1, -1):
        w = low[j]
        if w in (",", ";", ":", "and", "but"):
            return True
        after = low[j + 1] if j + 1 < i else ""
        if w in _PREPOSITIONS and after != "least" and not after[:1].isdigit():
            return False  # "at least 5,000 gallons", "about 200 gallons": an amount
        if w.endswith("ing") and len(w) > 4 and after in OBJECT_OPENERS:
            return False  # "capping the number of vehicles licensed": a verb with its object
    return True


def _takes_object(low: list[str], i: int) -> bool:
    """Whether an object pronoun or a bare plural noun follows the past verb at ``i``."""
    k = i + 1
    while k < len(low) and low[k].endswith("ly"):
        k += 1
    nxt = low[k] if k < len(low) else ""
    if nxt in _OBJECT_PRONOUNS:
        return True
    return (
        nxt.isalpha()
        and nxt.endswith("s")
        and not nxt.endswith(("ss", "us", "is"))
        and nxt not in lx.STOPWORDS
        and nxt not in lx.PRONOUNS
        and nxt not in OBJECT_OPENERS
    )


def _plain_past_after(low: list[str], i: int) -> bool:
    """Whether another past form follows the one at ``i`` in the clause, before a comma."""
    for w in low[i + 1 :]:
        if w in (",", ";", ":", "and", "but"):
            return False
        if (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST) or w in _IRREGULAR_PAST:
            return True
    return False


def _verb_before(low: list[str], i: int) -> bool:
    """Whether a past verb of the clause stands before ``i``, since its last comma."""
    for j in range(i - 1, -1, -1):
        if low[j] in (",", ";", ":", "and", "but"):
            return False
        if finite_past(low, j, with_object=False):
            return True
    return False
