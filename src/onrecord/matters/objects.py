"""Whether a nominal event is asserted where it stands: as the object of a verb ("would fight
the cuts", "offered a 3 percent raise"), as the complement of a preposition ("no satisfaction
in the closure", "a plan of cuts"), or of another thing ("close any other school").

A verb that governs a nominal tells what is done to it, not whether it happens, unless the verb
tells the event's phase ("completed the merger"). :func:`.events.events_of` asks these before it
takes a nominal for the clause's event.
"""

from __future__ import annotations

from . import lexicon as lx
from .predicates import TIME_WORDS, intended_act

# endings of nouns that name an event ("the closing", "the agreement", "the closure")
NOMINAL_ENDINGS = ("ing", "ment", "tion", "sion")

DETERMINERS = frozenset(
    {"the", "its", "their", "his", "her", "our", "those", "these", "any", "this"}
)


# prepositions that make a nominal event the complement of another noun or an adjective
# ("no satisfaction in the closure", "angry about the cuts"): not asserted of itself
PP = frozenset({"in", "about", "over", "with", "at", "of", "from", "on"})


def elsewhere(low: list[str], i: int) -> bool:
    """An event word in another sense ("shut out of the process") or about another thing than
    the one in question ("no plans to close any other school", "open another branch")."""
    nxt = low[i + 1 : i + 3]
    if (nxt[:1] == ["out"] and low[i] not in ("cut", "cuts")) or nxt == ["in", "on"]:
        return True  # a particle that makes another verb of it: "shut out", "closing in on"
    if further(low, i):
        return True
    other = 2 if nxt == ["any", "other"] else 1 if nxt[:1] in (["another"], ["other"]) else 0
    if not other:
        return False
    after = low[i + 1 + other] if i + 1 + other < len(low) else ""
    # "cut another 200 jobs", "close in another month": more of the same, or a time
    return not (after[:1].isdigit() or after in NUMBER_WORDS or after in TIME_WORDS)


# words that make a thing one beyond those in question ("no further closures", "close
# additional branches"): like "another", more of the event, not the one at issue
_FURTHER = frozenset({"further", "additional"})
# ordinals do so after an indefinite ("no second rate increase", "close a third branch"), not
# after "the", which picks one out ("stopped the second line")
_ORDINALS = frozenset({"second", "third", "fourth", "fifth"})
_INDEFINITES = frozenset({"a", "an", "no", "any"})


def _more(low: list[str], k: int) -> bool:
    """Whether the word at ``k`` makes the noun it opens one more of the event."""
    if low[k] in _FURTHER:
        return True
    return low[k] in _ORDINALS and k > 0 and low[k - 1] in _INDEFINITES


def further(low: list[str], i: int) -> bool:
    """An event word for more of it than the one in question: a nominal after "further" or
    "additional" ("no further closures were planned", "additional plant closures"), or a verb
    whose object is ("no plans to close additional branches"). A count after it is more of
    the same ("cut an additional 200 jobs"): that is the event itself."""
    if i >= 1 and _more(low, i - 1):
        return True  # "no further closures"
    if i >= 2 and _more(low, i - 2) and low[i - 1].isalpha():
        return True  # "no further branch closures"
    at = i + 2 if low[i + 1 : i + 2] in (["any"], ["an"], ["the"], ["its"]) else i + 1
    if at >= len(low) or not _more(low, at):
        return False
    after = low[at + 1] if at + 1 < len(low) else ""
    if at == i + 1 and not noun_after(after):
        return False  # an adverb: "prices fell further in May", "will fall further next year"
    return not (after[:1].isdigit() or after in NUMBER_WORDS)


# words after "further" that show it is an adverb of the verb, not a modifier of a noun
_NOT_A_NOUN = frozenset({"than", "and", "or", "but", "as", "to", "by", "for", "into", "after",
                         "before", "since", "until", "during", "next", "last", "this", "still",
                         "again", "yet", "too", "now", "then", "soon", "later", "if", "when",
                         "because", "while", "unless", "though", "although"}) | PP  # fmt: skip


def noun_after(word: str) -> bool:
    """Whether ``word`` after a verb's "further"/"additional" can open the noun it modifies
    ("close further schools", "cut additional 200 jobs"): not a preposition, a time word or
    month, a conjunction or the clause end."""
    if not word or not (word.isalnum() or word[:1].isdigit()):
        return False
    return word not in _NOT_A_NOUN and word not in TIME_WORDS and word not in lx.MONTHS


NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten dozen hundred few".split()
)


def determiner_before(low: list[str], i: int, reach: int = 1) -> int:
    """Where the determiner of the noun ``low[i]`` stands ("the decision"; with ``reach`` 2,
    "the hardest decision"), or -1 when none is within ``reach`` words before it."""
    for j in range(i - 1, i - 1 - reach, -1):
        if j >= 0 and low[j] in DETERMINERS:
            return j
        if j < 0 or not low[j].isalpha() or low[j] in lx.NEGATORS:
            return -1
    return -1


# verbs that with "for" ask for a thing ("called for a ban", "pressed for a raise")
REQUEST = frozenset({"ask", "asks", "asked", "asking", "call", "calls", "called", "calling",
                      "press", "pressed", "pressing", "push", "pushed", "pushing", "demand",
                      "demanded", "lobbied", "lobbying", "campaigned", "hoped", "hoping",
                      "waiting", "waited", "fought", "fighting"})  # fmt: skip


def object_of_verb(low: list[str], i: int, governed: bool, governor: str = "") -> bool:
    """A nominal event after a determiner, governed by a content verb ("fight the cuts",
    "made the hardest decision"); not one whose phase the verb tells ("have begun the
    construction", "completed the merger": asserted)."""
    if asked_for(low, i):
        return True
    if not governed:
        return False
    nominal = low[i].endswith(NOMINAL_ENDINGS)
    viewed = lx.stem(governor) in NOT_HAD  # "supported the depot closure": a view of it
    wide = nominal or viewed or _participle_before(low, i) or _compound_after(low, i, governor)
    d = determiner_before(low, i, 2 if wide else 1)
    if d < 0:
        d = _amount_before(low, i) if viewed else _made_thing(low, i, governor)
    if d < 0:
        return False
    return not (d > 0 and lx.stem(low[d - 1]) in _PHASE)


def _participle_before(low: list[str], i: int) -> bool:
    """Whether a participle that is no event of its own modifies the noun ``low[i]`` ("extend
    the fishing ban", "review the proposed cuts"): the determiner stands two words before
    the noun, and the verb's object is the whole phrase."""
    return (
        i >= 1
        and len(low[i - 1]) > 4
        and low[i - 1].endswith(("ing", "ed"))
        and _modifier(low[i - 1])
    )


def _modifier(word: str) -> bool:
    """Whether ``word`` can modify a noun and names no event of its own ("hosepipe", "new",
    "fishing"; not "strike", "increased", nor a stopword)."""
    return (
        word.isalpha()
        and len(word) > 2
        and word not in lx.STOPWORDS
        and word not in lx.NEGATORS
        and word not in DETERMINERS
        and lx.stem(word) not in lx.CONCEPTS
    )


def _compound_after(low: list[str], i: int, governor: str) -> bool:
    """Whether the noun ``low[i]`` heads a phrase "VERB DET MODIFIER NOUN" right after its
    governing verb ("impose the hosepipe ban", "raise the parking charge", "extend the new
    ban"). The verb must stand just before the determiner, and take no object with a verb or
    state of its own: "did the school close", "keep the lido open", "let the theatre close"
    tell a subject and its verb or state, whose verb is no object of another."""
    return (
        i >= 3
        and low[i - 3] == governor
        and governor not in _SMALL_CLAUSE
        and _modifier(low[i - 1])
    )


# verbs that take an object and its own verb or state ("let the theatre close", "kept the
# council informed", "found the depot closed"): the word after the object is its predicate
_SMALL_CLAUSE = frozenset({
    "let", "lets", "letting", "make", "makes", "made", "making", "see", "sees", "saw", "seen",
    "watch", "watched", "hear", "heard", "help", "helps", "helped", "have", "has", "had",
    "keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "find", "finds", "found",
    "get", "gets", "got", "want", "wants", "wanted", "declare", "declared", "consider",
    "considered",
})  # fmt: skip


def _made_thing(low: list[str], i: int, governor: str) -> int:
    """Where "a"/"an" stands before the noun ``low[i]`` (next to it, or with one modifier
    between: "impose a hosepipe ban", "introduce a new charge"), just after the governing
    verb, or -1: a thing the verb makes or sets, so the verb's event tells whether it comes
    and the noun is its object, as with "the". A light verb has no event of its own ("made a
    decision", "took a break": the noun is the event), and a verb of getting, giving or
    requiring tells the noun's event ("received a raise", "was handed a rise"): -1."""
    if not governor or governor in lx.LIGHT_VERBS or governor in _SMALL_CLAUSE:
        return -1  # "let a school close": a subject and its verb
    if lx.stem(governor) in _GOT:
        return -1
    j = i - 1 if i >= 1 and low[i - 1] in ("a", "an") else i - 2
    if j < 1 or low[j] not in ("a", "an") or low[j - 1] != governor:
        return -1  # "ruled out a reopening": the verb's particle stands between
    return j if j == i - 1 or _modifier(low[i - 1]) else -1


# verbs by which a thing changes hands, befalls someone or is required: the thing is the
# event in question ("received a raise", "was handed a rise", "does not require a
# consultation")
_GOT = frozenset(lx.stem(w) for w in (
    "receive", "received", "win", "won", "gain", "gained", "earn", "earned", "secure",
    "secured", "award", "awarded", "grant", "granted", "give", "gave", "given", "hand",
    "handed", "pay", "paid", "see", "saw", "seen", "suffer", "suffered", "face", "faced",
    "require", "requires", "required",
))  # fmt: skip


# verbs whose "for" object is paid or voted for, not had by saying so
_PAID_FOR = lx.PAY_FORMS | frozenset({"vote", "votes", "voted", "voting", "apply", "applies",
                                      "applied", "applying", "bid", "bidding"})  # fmt: skip


def asked_for(low: list[str], i: int) -> bool:
    """A nominal event that a request verb asks for, or a payment or a vote is for, with or
    without a determiner ("would press for free parking", "called for lower fares", "nobody
    pays for parking"): sought or paid for, neither had nor denied by the clause."""
    for j in range(i - 1, max(i - 5, 0), -1):
        if low[j] == "for":
            return low[j - 1] in REQUEST or low[j - 1] in _PAID_FOR
        if not low[j].isalpha() or low[j] in lx.NEGATORS:
            return False
    return False


# verbs whose object is not had by saying them: offered, sought, opposed, supported, asked
# for ("received a 4 percent raise", "adopted a 3 percent raise" assert theirs; "supported
# the closure", like "opposed the closure", is a view of it, not news that it came)
NOT_HAD = frozenset(lx.stem(w) for w in (
    "offer", "offered", "propose", "proposed", "seek", "sought", "want", "wanted", "consider",
    "considered", "oppose", "opposed", "support", "supported", "favour", "favoured", "favor",
    "favored", "reject", "rejected", "demand", "demanded", "request", "requested", "suggest",
    "suggested", "recommend", "recommended", "ask", "asked", "call", "called", "press",
    "pressed", "push", "pushed", "lobbied", "campaigned", "fought", "hoped", "waiting",
    "waited",
))  # fmt: skip


def _amount_before(low: list[str], i: int) -> int:
    """Where "a"/"an"/"any" stands before an amount and the noun ``low[i]`` ("offered a 3
    percent raise", "opposed any increase"), or -1: an indefinite object, not a negated one
    ("no raise" keeps its negator)."""
    j = i - 1
    while (
        j >= 0
        and i - j <= 4
        and (low[j][:1].isdigit() or low[j] in ("percent", "%", "$", "per", "cent"))
    ):
        j -= 1
    if j >= 0 and (low[j] == "any" or (low[j] in ("a", "an") and j < i - 1)):
        return j
    return -1  # "ruled out a reopening": an article alone is no amount


# verbs that tell where an event stands, so that their object is asserted
_PHASE = frozenset(lx.stem(w) for w in (
    "begin", "began", "begun", "start", "started", "complete", "completed", "finish",
    "finished", "resume", "resumed", "launch", "launched", "announce", "announced",
))  # fmt: skip


def complement(low: list[str], i: int) -> bool:
    """A nominal event that completes a preposition ("in the closure", "of this decision",
    "a detailed plan of cuts")."""
    if i > 1 and low[i - 1] in ("of", "about", "over") and low[i - 2].isalpha():
        # "a plan of cuts", "talk of layoffs", "worries over closure"; not the act an
        # intention names ("no intention of withdrawing": :func:`.predicates.intended_act`)
        return not intended_act(low, i - 2)
    d = determiner_before(low, i)
    return d > 0 and low[d - 1] in PP


def regardless(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` is in "X or no X" ("strike or no strike", "deal or no deal")
    or after "with or without" ("with or without a deal"): whatever comes of it, which says
    neither that it comes nor that it does not."""
    word = low[i]
    if low[i + 1 : i + 4] == ["or", "no", word]:
        return True  # the first "strike" of "strike or no strike"
    if low[max(0, i - 3) : i] == [word, "or", "no"]:
        return True  # the second
    near = low[max(0, i - 4) : i]
    return "without" in near and near[near.index("without") - 2 : near.index("without")] == [
        "with",
        "or",
    ]


# verbs that set a limit on a thing: their object is bounded, not said to come
_LIMIT_FORMS = frozenset({
    "cap", "caps", "capped", "capping", "ban", "bans", "banned", "banning", "limit", "limits",
    "limited", "limiting", "bar", "bars", "barred", "barring", "prohibit", "prohibits",
    "prohibited", "prohibiting", "restrict", "restricts", "restricted", "restricting",
    "freeze", "freezes", "froze", "frozen", "freezing", "outlaw", "outlaws", "outlawed",
    "outlawing",
})  # fmt: skip


def limited(low: list[str], i: int) -> bool:
    """Whether the event noun at ``i`` is the object of a verb that limits it, over only its
    modifiers ("a bill capping annual drug price increases at 10 percent", "a law banning
    branch closures"): a limit set on increases says none will come, or that some may, not
    that one is coming."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if low[j] in _LIMIT_FORMS:
            return True
        if not low[j].isalpha() or low[j] in lx.STOPWORDS or low[j] in lx.NEGATORS:
            return low[j] in ("any", "all") and j > 0 and low[j - 1] in _LIMIT_FORMS
    return False


# words that a negation licenses ("not ... anything"): in a purpose after the event, they show
# that the negation reaches into the purpose
_NPI = frozenset({"anything", "anyone", "anybody", "any", "ever"})


# verbs that take an object and "to" with what they make it do ("ordered staff to leave")
_DIRECTIVES = frozenset(lx.stem(w) for w in (
    "order", "ordered", "instruct", "instructed", "tell", "told", "ask", "asked", "direct",
    "directed", "force", "forced", "allow", "allowed", "permit", "permitted", "authorise",
    "authorised", "authorize", "authorized", "urge", "urged", "pressure", "pressured",
    "persuade", "persuaded", "require", "required", "compel", "compelled",
))  # fmt: skip
# "use": its "to" names the use itself ("was never used to train any model" denies the use
# for training), not a purpose beside an act that happened
_PUT_TO = frozenset({lx.stem("use"), lx.stem("used"), lx.stem("uses"), lx.stem("using")})


def use_purpose(low: list[str], i: int) -> str:
    """The stem of the verb that names the use at ``i`` ("were used to train any model",
    "used the letters to train it": train), or "" where none follows. A use for one end is
    not a use for another: "the funds were never used to buy weapons" and "the funds were used
    to pay staff" both hold."""
    if lx.stem(low[i]) not in _PUT_TO:
        return ""
    b = i - 1
    while b >= 0 and (low[b] in lx.NEGATORS or low[b] in ("ever", "also", "only", "still")
                      or low[b].endswith("ly")):  # fmt: skip
        b -= 1
    if low[i + 1 : i + 2] == ["to"] and (b < 0 or low[b] not in lx.BE_FORMS):
        return ""  # "we used to run three ferries": what was done, no use of anything
    for k in range(i + 1, min(len(low) - 1, i + 7)):
        if not low[k][:1].isalnum():
            return ""
        if low[k] == "to" and low[k + 1].isalpha() and low[k + 1] not in lx.STOPWORDS:
            return lx.stem(low[k + 1])
    return ""


def purpose_denied(low: list[str], i: int) -> bool:
    """Whether a negation before the event at ``i`` denies the purpose after it, not the event:
    "officers do not switch their cameras off to hide anything" (they may switch them off,
    not to hide anything), "we did not close the road to punish anyone". The word the negation
    licenses ("anything") inside the purpose ("to" and a verb) shows its reach; with none
    ("we will not close the road to save money") the event stays denied. After a verb that
    makes someone act ("never ordered anyone to delete any records") the "to" opens what it
    asks of them, not a purpose: the ordering itself is denied; after "use" it names the use
    ("no recording was used to train any model"), which is denied."""
    if lx.stem(low[i]) in _DIRECTIVES or lx.stem(low[i]) in _PUT_TO:
        return False
    for k in range(i + 1, min(len(low) - 1, i + 8)):
        if low[k] in lx.NEGATORS or not low[k][:1].isalnum():
            return False
        if low[k] == "to" and low[k + 1].isalpha() and low[k + 1] not in lx.STOPWORDS:
            return any(w in _NPI for w in low[k + 2 : k + 6])
    return False
