"""Word lists behind claims, stances and rebuttals, kept as data (like ``nlp/cue_data.py``).

Every list is lower case. Multi-word entries are matched on the normalized text before
tokenizing; single words are matched on tokens or on their :func:`stem`.
"""

from __future__ import annotations

import re

from .families import FAMILY_ANTONYMS, FAMILY_SYNONYMS

# fmt: off
NEGATORS = frozenset({
    "not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without",
    "cannot", "noone", "nowhere",
})


def negating(word: str) -> bool:
    """Whether a lowered word denies: a negator, or a contraction in "n't" ("hasn't")."""
    return word in NEGATORS or word.endswith("n't")


def content_word(word: str) -> bool:
    """Whether a lowered word can say what a clause says: a word, not a stopword, an auxiliary,
    a modal or a negator."""
    return (
        word[:1].isalpha()
        and word not in STOPWORDS
        and word not in AUXILIARIES
        and word not in MODALS
        and not negating(word)
    )

# phrases that negate the clause they open or contain
NEGATING_PHRASES = (
    "ruled out", "rules out", "rule out", "ruling out", "far from", "is false", "are false",
)
# weak modality: the speaker does not commit (a hedge)
HEDGES = frozenset({
    "might", "may", "could", "possibly", "possible", "perhaps", "maybe", "probably", "likely",
    "unlikely", "unclear", "uncertain", "hope", "hopes", "hoped", "hopefully", "reportedly",
    "allegedly", "apparently", "purportedly", "rumored", "rumoured", "rumor", "rumors",
    "rumour", "rumours", "speculation", "considering", "weighs", "weighing", "mulls",
    "seems", "appears", "suggests",
    # wishes, not claims: "nobody wants to leave" says nothing of whether they will
    "want", "wants", "wanted", "wish", "wishes", "wished",
    # habits, not one occasion: "receipts were usually signed in the office" says nothing
    # certain about a given receipt ("normally", "generally" also say "as usual", "on the whole")
    "usually", "often", "typically", "sometimes", "occasionally",
})
HEDGE_PHRASES = (
    "it is possible", "it's possible", "not sure", "no clarity", "too early to", "could be",
    "may be", "remains to be seen", "not clear", "hard to say",
    # a commitment withheld says nothing either way: "I can't promise the bridge stays open"
    # (matched on tokens: "can't" is "ca n't")
    "ca n't promise", "cannot promise", "can not promise", "ca n't guarantee",
    "cannot guarantee", "no guarantee", "do n't know", "do not know",
    # what the speaker knows of, not what is: "as far as I know, nothing has been decided"
    "as far as i know", "as far as we know", "as far as i am aware", "as far as we are aware",
    "as far as i 'm aware", "as far as we 're aware", "as far as i can tell",
    "as far as we can tell", "to my knowledge", "to our knowledge",
)
# moderate modality that still asserts (the seed's "I think it's expected we'll meet")
BELIEFS = frozenset({
    "think", "believe", "believes", "expect", "expects", "expected", "anticipate",
    "anticipates", "plan", "plans", "planned", "intend", "intends", "intended", "want",
})
# "once" alone is a time ("would rise once the extension opens", "once again"), not a condition;
# it is one after "only" ("only once the state agrees"), and after "if and" by its "if"
CONDITIONALS = frozenset({"if", "unless", "provided", "whether"})
CONDITIONAL_PHRASES = ("only if", "as long as", "on condition that", "in case", "assuming that",
                       "only once")  # fmt: skip
FUTURE = frozenset({
    "will", "'ll", "would", "shall", "going", "plan", "plans", "planned", "intend", "intends",
    "intended", "expect", "expects", "expected", "anticipate", "soon", "next", "upcoming",
})
# the forms of "be" that open a passive or a state ("were dropped", "is vacant")
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being"})
# the forms of "be", contracted and first-person ones too ("it's about money", "I am")
BE = BE_FORMS | {"'s", "'re", "am"}
# the forms of "lose", "make" and "pay", which several readings look for by their form
LOSE_FORMS = frozenset({"lose", "loses", "lost", "losing"})
MAKE_FORMS = frozenset({"make", "makes", "made", "making"})
PAY_FORMS = frozenset({"pay", "pays", "paid", "paying"})
MODALS = frozenset({
    "will", "'ll", "would", "'d", "shall", "should", "must", "can", "could", "may", "might",
    "wo", "ca", "to", "not", "n't", "never", "gonna",
})
# the words right before a bare verb form that make it a verb, not the noun of the same
# spelling: a modal, "to", a negator, a plural pronoun, a joining word or an adverb of time
# ("will move", "to contact", "we move", "and contact", "then move"; not "the move", "close
# contact")
BEFORE_BARE_VERB = MODALS | frozenset({
    "i", "we", "you", "they", "and", "or", "also", "then", "soon", "finally", "eventually",
    "do", "did", "does", "please", "now",
})  # fmt: skip
AUXILIARIES = frozenset({
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "have", "has",
    "had", "'ve", "do", "does", "did", "going", "get", "gets", "got",
})
# words after which "'s" is "is" or "has" ("it's closing"); after a noun it is a possessive
CONTRACTING = frozenset({"it", "he", "she", "that", "there", "what", "who", "here", "where",
                         "this", "everyone", "nobody", "everything", "nothing"})  # fmt: skip


def is_aux(low: list[str], k: int) -> bool:
    """Whether ``low[k]`` is an auxiliary: "'s" only after a pronoun ("it's closing"), not as a
    possessive ("the district's aid")."""
    if low[k] != "'s":
        return low[k] in AUXILIARIES
    return k > 0 and low[k - 1] in CONTRACTING
# verbs that carry no event of their own: their object or subject is the event
LIGHT_VERBS = frozenset({
    "hold", "holds", "held", "holding", "have", "has", "had", "having", "take", "takes", "took",
    "taking", "make", "makes", "made", "making", "do", "does", "did", "doing", "happen",
    "happens", "happened", "happening", "occur", "occurs", "go", "goes", "went", "gone",
    "get", "gets", "got", "be", "is", "are", "was", "were", "been", "being", "plan", "plans",
    "planned", "planning", "intend", "intends", "intended", "want", "wants", "wanted", "expect",
    "expects", "expected", "anticipate", "think", "believe", "seem", "seems", "continue",
    "keep", "look", "looking", "need", "needs", "try", "tries", "able", "start", "begin",
    "schedule", "scheduled", "confirm", "confirmed", "set", "stay", "stays", "stayed",
    "remain", "remains", "remained", "intention", "intentions",
})
REPORT_VERBS = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "claim", "claims",
    "claimed", "claiming", "report", "reports", "reported", "allege", "alleges", "alleged",
    "insist", "insists", "insisted", "announce", "announced", "write", "wrote", "called",
    "calling",
})
PRONOUNS = frozenset({
    "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "this",
    "that", "these", "those", "one", "ones", "there", "who", "which", "what", "our", "my",
    "his", "its", "their", "your", "anything", "something", "everything", "anyone", "someone",
    "everyone", "nobody", "nothing",
})
STOPWORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by",
    "from", "as", "into", "about", "than", "then", "so", "that", "this", "these", "those",
    "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "not", "no", "yes", "yeah", "now", "very", "just", "also", "too", "up", "out",
    "over", "after", "before", "during", "while", "there", "here", "where", "when", "which",
    "who", "whom", "what", "why", "how", "all", "any", "some", "each", "every", "more", "most",
    "other", "such", "only", "own", "same", "said", "says", "say", "told", "tell", "i", "we",
    "you", "he", "she", "they", "me", "us", "him", "her", "them", "our", "my", "his", "their",
    "your", "'s", "'ll", "n't", "'re", "'ve", "'d", "'m", "if", "because", "until", "through",
    "again", "still", "even", "going", "get", "got", "one", "way", "mr", "ms", "mrs", "dr",
    "new", "news", "regarding", "report", "reports", "video", "photo", "watch",
})
# prepositions that no stop word list holds ("within", "across"): they name no thing
LONG_PREPOSITIONS = frozenset({
    "between", "among", "amongst", "against", "without", "within", "across", "during",
    "despite", "towards", "toward", "amid",
})  # fmt: skip
# determiners and adjectives that introduce a nominal event ("a formal meeting", "no layoffs")
NOMINAL_INTRO = frozenset({
    "a", "an", "the", "no", "any", "formal", "scheduled", "further", "planned", "official",
    "bilateral", "full", "major", "new", "such",
})
EVENT_SUFFIXES = ("ing", "ment", "tion", "sion", "ure", "al", "ance", "ence", "off", "offs")
# clauses that only set the topic ("Regarding a Putin meeting, ..."): joined to the next one
TOPIC_OPENERS = ("regarding", "as for", "in terms of", "as to", "on the question of", "about")
# clauses that limit what follows to what the speaker knows ("As far as I know, ..."): joined
# to the next one, which they hedge (:data:`HEDGE_PHRASES`)
KNOWLEDGE_OPENERS = ("as far as i", "as far as we", "to my knowledge", "to our knowledge")

# Events with an opposite: (concept, +1) for the first group, (concept, -1) for the second.
# General knowledge, not tuned to one story: open/close, win/lose, rise/fall ...
ANTONYMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "open": (("open", "reopen", "reopening", "reopened", "reopens"),
             ("close", "closed", "closing", "closure", "shut", "shutdown", "shuttered")),
    "safe": (("safe", "drinkable", "potable"),
             ("unsafe", "contaminated", "dangerous", "toxic", "boil", "boiling")),
    "win": (("win", "won", "wins", "victory"), ("lose", "lost", "loses", "defeat", "defeated")),
    "rise": (("rise", "rises", "rose", "increase", "increased", "grow", "grew", "raise",
              "double", "doubled", "doubles", "triple", "tripled", "triples", "soar", "soared",
              "surge", "surged"),
             ("fall", "fell", "falls", "decrease", "decreased", "decline", "declined", "drop",
              "dropped", "lower", "lowered", "halve", "halved", "halves", "plunge", "plunged")),
    "approve": (("approve", "approved", "accept", "accepted", "pass", "passed", "sign",
                 "signed"),
                ("reject", "rejected", "veto", "vetoed", "refuse", "refused", "block",
                 "blocked")),
    "true": (("true", "real", "genuine", "authentic", "confirmed"),
             ("false", "fake", "hoax", "bogus", "fabricated", "myth", "untrue", "satire",
              "satirical", "debunked", "doctored", "photoshopped", "staged")),
    "alive": (("alive", "survive", "survived", "survives"),
              ("dead", "die", "died", "dies", "killed")),
    "guilty": (("guilty",), ("innocent",)),
    "legal": (("legal", "allowed", "allow", "permit", "permitted"),
              ("illegal", "ban", "banned", "bans", "prohibit", "prohibited", "forbid")),
    "support": (("support", "supports", "backs", "endorse", "endorsed"),
                ("oppose", "opposes", "opposed")),
    "above": (("above",), ("below",)),  # a level: only after "be" (events.py)
}
# Words that name a concept by an extreme of it ("double" is a large rise): asserted, they
# assert the concept; negated, they do not deny it ("will not double" leaves a rise open), so
# a negated one keeps its own key.
INTENSIVE = frozenset({
    "double", "doubled", "doubles", "triple", "tripled", "triples", "soar", "soared", "surge",
    "surged", "halve", "halved", "halves", "plunge", "plunged",
})
# concepts whose verbs act on a thing put to them, not make one: "will not sign a deal",
# "would support a bill", "concealed a shortfall" tell the event with an indefinite object
# too, where "open a new office" makes a thing that is not the matter's (the families of
# paying back, charging, including and stopping too: "would pay a refund", "charge a fee")
ON_A_PROPOSAL = frozenset({"approve", "support", "hide", "compensate", "charge", "include",
                          "stoppage"})  # fmt: skip
# verbs that end in -ly, which are no adverbs ("will not comply", "did apply for a permit")
LY_VERBS = frozenset({"apply", "comply", "supply", "reply", "rely", "imply", "multiply",
                      "rally", "tally", "ally"})
# concepts that are scales, not two states: denying one end asserts nothing of the other
SCALAR = frozenset({"rise"})
# a verb of motion and a particle that name a concept together ("taxes will go up")
PHRASAL_CONCEPTS: dict[str, tuple[str, int]] = {"up": ("rise", 1), "down": ("rise", -1)}
PHRASAL_VERBS = frozenset({"go", "goes", "went", "gone", "going"})
# concepts that are states more than events ("the bridge was closed" on two dates tells two
# states, not one occasion)
STATES = frozenset({"open", "safe", "alive", "guilty", "legal", "true", "support"})
# Words for one event, folded to one concept.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "jobcut": ("layoff", "layoffs", "lay-off", "lay-offs", "cut", "cuts", "cutting",
               "eliminate", "eliminated", "elimination", "reduction", "reductions",
               "downsizing", "redundancies", "firing", "fired"),
    "meet": ("meet", "meeting", "meetings", "met", "talks", "summit-meeting"),
    "hide": ("hide", "hides", "hid", "hidden", "hiding", "conceal", "conceals", "concealed",
             "concealing"),
}
# ("reduce" is a job cut only with a job noun for its object: :mod:`.events`)
# Nouns that name one thing in news copy: a theme (:mod:`.themes`) written one way matches the
# other ("notified its customers" / "did not notify its clients").
THEME_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("customer", "customers", "client", "clients"),
    ("plant", "plants", "factory", "factories", "mill", "mills", "facility", "facilities"),
    ("worker", "workers", "employee", "employees", "staff", "job", "jobs", "position",
     "positions", "workforce", "post", "posts"),
    ("pay", "wage", "wages", "salary", "salaries"),
    ("vote", "ballot", "referendum"),
    ("budget", "budgets", "spending"),
    ("fee", "fees", "tuition"),
    # sums of money named by their unit ("will not pay a penny" / "will pay 14 million pounds")
    ("money", "cash", "penny", "pennies", "pound", "pounds", "dollar", "dollars", "euro",
     "euros"),
)
# fmt: on
ANTONYMS.update(FAMILY_ANTONYMS)  # the families of the predicates news most often denies
SYNONYMS.update(FAMILY_SYNONYMS)

# the rebuttal cues whose "that"-clause is a claim the speaker rejects ("denied that X",
# "dismissed suggestions that X", "poured scorn on claims that X")
DENYING_VERBS = (
    r"disput(?:ed|es|ing|e)", r"den(?:ied|ies|ying|y)", r"reject(?:ed|s|ing)?",
    r"refut(?:ed|es|ing|e)", r"dismiss(?:ed|es|ing)?", r"(?:hit|hits|hitting) back at",
    r"(?:poured|pours|pouring) scorn on", r"scoff(?:ed|s|ing)? at", r"brush(?:ed|es|ing) aside",
)  # fmt: skip
# rebuttal language: the cue, then the target ("pushed back on Sanders' statement")
REBUTTAL_VERBS = (
    r"pushed back (?:on|against)", r"push(?:es|ing)? back (?:on|against)", *DENYING_VERBS,
    r"contradict(?:ed|s|ing)?", r"rebut(?:ted|s|ting)?", r"challeng(?:ed|es|ing|e)",
    r"took issue with", r"cast doubt on", r"countered", r"contest(?:ed|s|ing)",
)  # fmt: skip
REBUTTAL_OBJECTS = (
    "statement", "statements", "claim", "claims", "account", "assessment", "timeline",
    "stance", "position", "letter", "promise", "assertion", "assertions", "remarks",
    "comments", "report", "reports", "version", r"figure(?=\s+(?:of|for|on)\s)", "figures",
    "description",
    "characterization",
    "suggestion", "allegation", "allegations", "view",
)  # fmt: skip
# ("figure" only of a number or a thing, "the mayor's figure of 300 homes": "the club's most
# senior figure" is a person)
REBUTTAL = re.compile(
    r"\b(?P<cue>" + "|".join(REBUTTAL_VERBS) + r")\s+(?P<target>(?:the\s+)?[^,.;:]{1,80}?)"
    r"(?:\s+(?P<object>" + "|".join(REBUTTAL_OBJECTS) + r")\b|(?=[,.;:]|$))",
    re.IGNORECASE,
)

_MONTH_FORMS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"),
)  # fmt: skip
MONTHS = {m: i for i, names in enumerate(_MONTH_FORMS, start=1) for m in names}
# the twelve full names as a regular-expression alternation ("january|february|...")
MONTH_NAMES = "|".join(names[0] for names in _MONTH_FORMS)
SEASONS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
    "winter": (12, 1, 2),
}

_IRREGULAR = {
    "met": "meet", "lost": "lose", "won": "win", "rose": "rise", "fell": "fall", "grew": "grow",
    "went": "go", "gone": "go", "told": "tell", "said": "say", "held": "hold", "took": "take",
    "made": "make", "died": "die", "dead": "die", "quit": "quit", "shut": "shut", "cut": "cut",
    "layoffs": "layoff", "offs": "off", "risen": "rise", "fallen": "fall", "grown": "grow",
    "paid": "pay", "payment": "pay", "payments": "pay", "sold": "sell", "bought": "buy",
    "gave": "give", "given": "give",
    "kept": "keep", "built": "build", "brought": "bring", "sent": "send",
    "caught": "catch", "broke": "break", "broken": "break", "chose": "choose",
    "chosen": "choose", "drove": "drive", "driven": "drive", "stole": "steal",
    "stolen": "steal", "came": "come",
}  # fmt: skip

# irregular simple pasts of acts done on one occasion, none of them also a present ("cut",
# "shut") or a noun ("dead"): "the manager told us" tells a past occasion as "the manager
# warned us" does; a move on a scale ("rose", "fell") is told of a period, and left out
SIMPLE_PAST = frozenset({
    "told", "said", "met", "spoke", "wrote", "heard", "paid", "sold", "bought", "gave", "sent",
    "brought", "held", "caught", "chose", "stole",
})  # fmt: skip

# irregular past forms whose verb is stemmed as any other word is, so that "have never spoken"
# and "did speak", "was written" and "will write" have one key
_PARTICIPLES = {
    "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "ran": "run",
    "seen": "see", "struck": "strike", "began": "begin", "begun": "begin", "knew": "know",
    "known": "know", "fought": "fight", "sought": "seek", "taught": "teach",
    "became": "become", "froze": "freeze", "frozen": "freeze", "threw": "throw",
    "thrown": "throw", "drew": "draw", "drawn": "draw", "withdrew": "withdraw",
    "withdrawn": "withdraw", "undertook": "undertake", "undertaken": "undertake",
    "swore": "swear", "sworn": "swear", "heard": "hear",
    "understood": "understand", "withheld": "withhold", "upheld": "uphold", "shook": "shake",
}  # fmt: skip


# plurals of nouns in "-u" ("menus"): the "s" is an ending, unlike "bonus", "campus", "status"
_U_PLURALS = frozenset({"menus", "gurus", "emus", "haikus", "tutus", "snafus", "zulus"})


def stem(word: str) -> str:
    """A crude, consistent stem: ``meeting``/``meets``/``met`` -> ``meet``."""
    w = word.lower().strip("'’")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    w = _PARTICIPLES.get(w, w)  # "spoken" is stemmed as "speak", "written" as "write"
    for plural, single in _F_PLURALS:
        if w.endswith(plural):
            w = w[: -len(plural)] + single  # "midwives" is stemmed as "midwife"
            break
    else:
        w = _man_of(w)  # "freshmen" is stemmed as "freshman"
    if w.endswith("us") and w not in _U_PLURALS:
        return w  # "bonus" is whole, as "bonuses" (less "es") is: not "bonu"
    if w.endswith("ss"):
        return w  # "miss" is whole, as "missed" and "misses" (less their ending) are: not "mis"
    if len(w) == 5 and w[-3:] in ("ied", "ies"):
        return w[:2] + "y"  # "dries", "tried", "spies": the verb's "y" ("dry", "try", "spy")
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix in ("ied", "ies"):
                w += "y"
            break
        if suffix == "ing" and w.endswith(suffix) and _short_e_verb(w[: -len(suffix)]):
            return w[: -len(suffix)] + "e"  # "using": the verb "use", as "uses" is; not
            # "used", whose "used to" is a habit ("we used to run ferries"), no use
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    elif w != word.lower() and w[:-1] in _DOUBLED_L:
        w = w[:-1]  # "cancelled", "travelling": British spelling doubles the l of "cancel"
    return w


# roots of two letters that drop a silent "e" before "-ing" ("using", "owing", "axing"):
# a short list, not a spelling rule, so that names and nouns ("Ewing", "icing") stay apart
_SHORT_E_ROOTS = frozenset({"us", "ow", "ax", "ag", "ek"})


def _short_e_verb(rest: str) -> bool:
    """Whether ``rest``, left of a verb's "-ing", is a known verb of two letters and a silent
    "e" ("us" of "using", "ow" of "owing")."""
    return rest in _SHORT_E_ROOTS


# nouns in -f or -fe whose plural ends in -ves: the plural is stemmed as the singular
# ("midwives", "midwife"); not "halves", "shelves", "leaves" or "lives", which are verbs too
_F_PLURALS = (("wives", "wife"), ("knives", "knife"), ("thieves", "thief"), ("wolves", "wolf"),
              ("loaves", "loaf"), ("scarves", "scarf"), ("wharves", "wharf"))  # fmt: skip


def _man_of(w: str) -> str:
    """A plural in "-men" as its singular in "-man" ("freshmen", "firemen", "women", "men");
    not a word whose "-men" follows a vowel other than "e" ("specimen", "abdomen", "acumen",
    "stamen"), which is no plural."""
    if w in ("men", "women"):
        return w[:-2] + "an"
    if len(w) > 5 and w.endswith("men") and w[-4] not in "aiouy":
        return w[:-3] + "man"
    return w


# verbs in -l that British spelling doubles before -ed and -ing ("cancelled", "labelled"):
# their stem is the verb's own, as "canceled" and "cancel" are
_DOUBLED_L = frozenset({
    "cancel", "travel", "label", "model", "fuel", "signal", "total", "channel", "level",
    "control", "compel", "expel", "propel", "patrol", "enrol", "rebel", "repel", "dispel",
    "excel", "quarrel", "counsel", "funnel", "tunnel", "fulfil", "instil", "annul", "impel",
    "distil", "marshal", "shovel", "unravel", "equal", "rival", "dial", "pedal",
})  # fmt: skip


def _concepts() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for concept, words in SYNONYMS.items():
        for w in words:
            table[stem(w)] = (concept, 1)
    for concept, (pos, neg) in ANTONYMS.items():
        for w in pos:
            table.setdefault(stem(w), (concept, 1))
        for w in neg:
            table.setdefault(stem(w), (concept, -1))
    return table


CONCEPTS = _concepts()
# stem -> the stem that stands for its group of :data:`THEME_SYNONYMS`
THEME_STEMS = {stem(w): stem(group[0]) for group in THEME_SYNONYMS for w in group}
