"""A plain present verb between its subject and its object: "the council pays the operator",
"the report upholds none of the complaints".

:func:`.events.events_of` reads a verb after a modal, an auxiliary, "to", a negator or a
subject pronoun, and a plain past one by its shape (:func:`.finite.finite_past`); a plain
present verb after a noun ("the permit sets a limit") named no event, so a claim told in the
present tense, the commonest tense of a claim about how things stand, joined no matter. A
bare word in ``-s`` is as often a plural noun as a verb, so it is read as a verb only by its
shape, as the past is:

* it follows a short subject that opens the clause: a determiner or a name, then at most
  three words that can end a noun phrase ("the county council", "every session", "Halvard");
* an object opens right after it: a determiner, a quantifier, a number (in figures or in
  words), "nothing" or an object pronoun ("pays us", "upholds none of", "pays forty", "sets a
  limit"); "this/last/next" or "some" before a time opens a time instead ("rents this year
  rose", "farmers some years lose money").

A quantifier that floats after a plural noun is no object: in "the parish councils all voted"
and "the ward members each receive 40 pounds" the word in "-s" is the subject, and after "all"
or "both" the plain verb that follows is read ("the Harle tenants all pay rent": pay).

Not a verb so: a verb of saying, believing or showing, whose object is a clause ("the report
shows the ward ...": the clause is the report's, not the speaker's), a form in "-ss", "-us",
"-is" ("the business", "the bus", "the analysis"), and any word after such a verb or a verb
of being or having in the clause. A trailing "..., the report says" is split off before
(:mod:`.claims`), as it is from a past or a modal verb's clause.

A plain plural verb has no "-s" to show it; after a plural noun that heads a subject opening
the clause (:func:`plural_present`: "wheelchair users in Tolbury wait more than an hour",
"around 80 riders a day use the towpath") a bare word before an object is the verb, since a
noun that modifies another stands before it in the singular ("cycle trips", not "cycles
trips").
"""

from __future__ import annotations

from ..nlp.timex_lexicon import NUMBER_WORDS
from . import lexicon as lx
from .finite import OBJECT_OPENERS, TIME_NOUNS, before_adverbs

__all__ = ["PAST_FORMS", "finite_present", "plural_present"]

# words that may open the subject of a plain present verb
_OPENERS = frozenset({"the", "a", "an", "every", "each", "no", "our", "their", "its", "this",
                      "that", "his", "her", "my", "your"})  # fmt: skip
# words that cannot stand inside that subject ("that" and "no" may open it: "that trust")
_NOT_IN_SUBJECT = frozenset({",", ";", ":", "to", "who", "which", "that", "of", "for", "from",
                             "in", "on", "at", "by", "with", "and", "or", "but", "is", "are",
                             "was", "were", "be", "been", "has", "have", "had", "not", "if",
                             "than", "as", "when", "where", "while"})  # fmt: skip
# words that open the verb's object: the openers a past verb takes (:mod:`.finite`), less the
# comparatives, with "none", "nothing", object pronouns and number words ("pays forty")
_OBJECT = (
    (OBJECT_OPENERS - {"both", "more", "fewer", "less"})
    | {"none", "nothing", "us", "them", "him", "me"}
    | {w for w in NUMBER_WORDS if " " not in w}
)
# quantifiers that also float after a plural subject ("the tenants all pay rent")
_FLOATING = frozenset({"all", "each", "both"})
# words that open a time rather than an object: "rents this year rose", "some years lose"
_TIME_OPENERS = frozenset({"this", "last", "next", "some", "each", "every", "all"})
_TIMES = TIME_NOUNS | {"time"} | {w + "s" for w in TIME_NOUNS | {"time"}}
# present verbs whose object is a clause or a belief, and verbs of being and having
_CLAUSE = frozenset({"shows", "suggests", "argues", "notes", "admits", "fears", "means",
                     "seems", "appears", "knows", "hopes", "wants", "needs", "thinks",
                     "believes", "expects", "denies", "warns", "accepts", "agrees", "finds",
                     "states", "adds", "explains", "reveals", "confirms", "says", "claims",
                     "insists", "tells", "reports", "does", "has", "is", "was", "goes",
                     "makes", "takes", "gets", "gives", "puts", "sees", "looks", "feels",
                     "includes", "contains", "costs"})  # fmt: skip
_MAX_SUBJECT = 4


def finite_present(toks: list[str], low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a plain present verb between its subject and its object, by
    shape alone (see the module)."""
    if any(w in lx.REPORT_VERBS or w in _CLAUSE for w in low[:i]):
        return False
    if _floated(toks, low, i):
        return True  # "the Harle tenants all pay rent"
    word = low[i]
    if not _s_form(word) or word in _CLAUSE or word in lx.REPORT_VERBS or word in lx.BELIEFS:
        return False
    if not _subject(toks, low, before_adverbs(low, i)):
        return False
    k = i + 1
    while k < len(low) and low[k].endswith("ly"):
        k += 1
    return k < len(low) and _object_opens(low, k)


def _s_form(word: str) -> bool:
    """Whether ``word`` has the shape of a present verb in "-s" (or of a plural noun)."""
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word.isalpha()
    )


def _subject(toks: list[str], low: list[str], j: int) -> bool:
    """Whether ``low[: j + 1]`` is a short subject that opens the clause (see the module)."""
    if j < 0 or j + 1 > _MAX_SUBJECT or not low[j].isalpha() or low[j] in lx.STOPWORDS:
        return False
    subject = low[: j + 1]
    if subject[0] == "that" and subject[1] in _OPENERS:
        return False  # "that the trust pays": a clause of another verb's
    inside = subject[1:] if subject[0] in _OPENERS else subject
    if any(w in _NOT_IN_SUBJECT or w in lx.MODALS for w in inside):
        return False
    return subject[0] in _OPENERS or toks[0][:1].isupper()


def _object_opens(low: list[str], k: int) -> bool:
    """Whether an object opens at ``low[k]``, after a verb in "-s": not a time ("rents this
    year rose"), "no longer", nor a quantifier that floats after a plural noun."""
    word, after = low[k], low[k + 1] if k + 1 < len(low) else ""
    if (word in _TIME_OPENERS and after in _TIMES) or (word, after) == ("no", "longer"):
        return False
    if word in _FLOATING and _verb_after(low, k):
        return False  # "the parish councils all voted": the noun's quantifier, then its verb
    return word in _OBJECT or word[:1].isdigit()


def _verb_after(low: list[str], k: int) -> bool:
    """Whether the word after the quantifier at ``k`` is a verb with its own object or a
    past form ("all voted", "each receive 40 pounds", "all pay rent"), not the quantifier's
    noun ("all the costs", "each of", "all schools", "each member of")."""
    verb = low[k + 1] if k + 1 < len(low) else ""
    if not verb.isalpha() or verb in lx.STOPWORDS or verb in _OBJECT or verb.endswith("s"):
        return False
    if verb.endswith("ed"):
        return True
    after = low[k + 2] if k + 2 < len(low) else ""
    return (
        after in _OBJECT or after[:1].isdigit() or (after.isalpha() and after not in lx.STOPWORDS)
    )


def _floated(toks: list[str], low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a plain verb after a plural subject and its floating quantifier
    ("the Harle tenants all pay rent", "the wards both oppose the levy"). Not after "each":
    "pays each member 40 pounds" has the same shape, and "member" is no verb."""
    if i < 2 or low[i - 1] not in ("all", "both") or not _s_form(low[i - 2]):
        return False
    if low[i].endswith(("s", "ed")) or not _verb_after(low, i - 1):
        return False
    return _subject(toks, low, i - 2)


# plural nouns without "-s" that can head the subject of a plain plural verb
_PLURALS = frozenset({"people", "children", "men", "women", "police"})
# words that may open a counted plural subject ("around 60 cyclists", "most families")
_COUNT_OPENERS = frozenset({"around", "about", "some", "nearly", "almost", "over", "most",
                            "many", "few", "all", "only", "just", "at", "least", "up", "to",
                            "fewer", "more", "than", "local"})  # fmt: skip
# a rate after the subject's noun: "60 cyclists a day use ..."
_RATE = frozenset({"a", "per", "each", "every"})
_RATE_NOUNS = frozenset({"day", "week", "month", "year", "night", "hour", "weekend"})
# plain plural forms of the verbs :data:`_CLAUSE` holds in "-s": a clause, a belief, being,
# having or a light verb follows them, not an object that is an event's
_CLAUSE_PLURAL = frozenset({"show", "suggest", "argue", "note", "admit", "fear", "mean", "seem",
                            "appear", "know", "hope", "want", "need", "think", "believe",
                            "expect", "deny", "warn", "accept", "agree", "find", "state", "add",
                            "explain", "reveal", "confirm", "say", "claim", "insist", "tell",
                            "report", "do", "have", "are", "were", "go", "make", "take", "get",
                            "give", "put", "see", "look", "feel", "include", "contain", "cost",
                            "like", "love", "hate", "worry", "remember", "understand",
                            "estimate", "predict", "call", "consider", "describe", "reckon",
                            "suspect", "doubt", "dispute", "question", "hear", "read", "ask",
                            "urge", "wonder"})  # fmt: skip
# words of place that look like a bare verb after a plural noun ("beavers inside the fence")
# and particles or quantifiers after a verb in "-s" ("pays back", "draws several hundred")
_NOT_VERB = lx.LONG_PREPOSITIONS | {"inside", "outside", "beyond", "behind", "near", "beside",
                                    "underneath", "throughout", "along", "around", "round",
                                    "past", "via", "aboard", "above", "below", "under", "onto",
                                    "into", "off", "down", "up", "out", "over", "aside", "back",
                                    "away", "apart", "together", "ahead", "forward", "several",
                                    "many", "few", "most", "much", "ago", "once", "twice",
                                    "again", "often", "always", "never", "still", "also",
                                    "now", "then", "later", "earlier"}  # fmt: skip
# past forms without "-ed" (a plain past verb is read by :func:`.finite.finite_past`)
PAST_FORMS = frozenset({"fell", "rose", "came", "went", "found", "saw", "made", "drew", "grew",
                   "took", "gave", "ran", "sat", "stood", "told", "said", "left", "felt", "got",
                   "won", "lost", "met", "kept", "built", "brought", "held", "sent", "paid",
                   "sold", "bought", "began", "broke", "chose", "drove", "knew", "led", "meant",
                   "spent", "stole", "threw", "wrote", "heard", "became", "fought",
                   "taught", "thought", "caught", "ate", "flew", "forgot", "hid", "rang",
                   "sang", "spoke", "swam", "woke", "wore"})  # fmt: skip


def plural_present(toks: list[str], low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a plain plural present verb after a plural subject that opens
    the clause and before its object: "Wheelchair users in Brindmoor <wait> more than an
    hour", "around 60 cyclists a day <use> the section", "council tenants <pay> the levy".

    The subject's head is a plural noun ("-s", or "people", "children"), after at most a
    count and three more words; between it and the verb may stand a rate ("a day", "per
    week") or a place named after "in", "at" or "from" ("in Brindmoor"). The verb is a bare
    form (no "-s", "-ed", "-ing", "-ly"), not a verb of saying, believing, being or having
    (:data:`_CLAUSE_PLURAL`), and an object opens after it as after a verb in "-s", or
    "more than" / "fewer than" a figure ("wait more than an hour")."""
    word = low[i]
    if not _bare_verb(toks, low, i) or any(
        w in lx.REPORT_VERBS or w in _CLAUSE or w in _CLAUSE_PLURAL for w in low[:i]
    ):
        return False
    head = _plural_head(toks, low, i)
    if head < 0 or not _counted_subject(toks, low, head):
        return False
    k = i + 1
    if k >= len(low) or word in _CLAUSE_PLURAL:
        return False
    if low[k] in ("more", "fewer", "less") and low[k + 1 : k + 2] == ["than"]:
        return True
    return _object_opens(low, k)


def _bare_verb(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the word at ``i`` has the shape of a bare verb, not a noun in the plural, a
    participle, an adverb, a name or a word of the closed classes."""
    word = low[i]
    return (
        len(word) >= 3
        and word.isalpha()
        and toks[i][:1].islower()
        and not word.endswith(("s", "ed", "ing", "ly"))
        and word not in lx.STOPWORDS
        and word not in lx.NEGATORS
        and word not in lx.MODALS
        and word not in lx.REPORT_VERBS
        and word not in lx.BELIEFS
        and word not in _NOT_VERB
        and word not in PAST_FORMS
        and not lx.is_aux(low, i)
    )


def _plural_head(toks: list[str], low: list[str], i: int) -> int:
    """Where the plural noun that heads the subject of the verb at ``i`` stands: just before
    it, or before a rate ("a day") or a named place ("in Brindmoor") that follows it; -1
    if none."""
    j = i - 1
    if j >= 2 and low[j] in _RATE_NOUNS and low[j - 1] in _RATE:
        j -= 2  # "cyclists a day use"
    elif j >= 2 and toks[j][:1].isupper() and low[j - 1] in ("in", "at", "from"):
        j -= 2  # "users in Brindmoor wait"
    elif (
        j >= 3
        and toks[j][:1].isupper()
        and toks[j - 1][:1].isupper()
        and low[j - 2] in ("in", "at", "from")
    ):
        j -= 3  # "residents in Upper Harrow pay"
    if j < 0:
        return -1
    w = low[j]
    if w in _TIMES:
        return -1  # "three weeks ago", "some years lose"
    if w in _PLURALS or (_s_form(w) and w not in lx.STOPWORDS and toks[j][:1].islower()):
        return j
    return -1


def _counted_subject(toks: list[str], low: list[str], head: int) -> bool:
    """Whether ``low[: head + 1]`` is a short subject that opens the clause: a count or a
    determiner at most, and at most three words before the plural noun ("wheelchair users",
    "around 60 cyclists", "the council's tenants")."""
    before = low[:head]
    words = [w for w in before if w not in _COUNT_OPENERS and w not in _OPENERS]
    if len(words) > 3:
        return False
    for n, w in enumerate(before):
        if w in ("whose", "which", "who") or (w == "that" and n > 0):
            return False  # "whose deputies enforce ...", "noting that drivers pay ...": a
            # clause inside another, not one the subject opens
        if w in _COUNT_OPENERS or w in _OPENERS or w[:1].isdigit() or w in NUMBER_WORDS:
            continue
        if w in _NOT_IN_SUBJECT or w in lx.MODALS or w in lx.NEGATORS:
            return False
        if not w.replace("-", "").replace("'", "").isalpha():
            return False
        if _s_form(w) or (w.endswith("ed") and len(w) > 4):
            return False  # "the licence allows beavers ...": a verb before the plural noun
    return True
