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
"""

from __future__ import annotations

from ..nlp.timex_lexicon import NUMBER_WORDS
from . import lexicon as lx
from .finite import OBJECT_OPENERS, TIME_NOUNS, before_adverbs

__all__ = ["finite_present"]

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
