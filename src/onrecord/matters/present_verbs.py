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
* an object opens right after it: a determiner, a quantifier, a number or an object pronoun
  ("pays us", "upholds none of", "sets a limit").

Not a verb so: a verb of saying, believing or showing, whose object is a clause ("the report
shows the ward ...": the clause is the report's, not the speaker's), a form in "-ss", "-us",
"-is" ("the business", "the bus", "the analysis"), and any word after a verb of saying.
"""

from __future__ import annotations

from . import lexicon as lx
from .finite import ADVERBS

__all__ = ["finite_present"]

# words that may open the subject of a plain present verb
_OPENERS = frozenset({"the", "a", "an", "every", "each", "no", "our", "their", "its", "this",
                      "that", "his", "her", "my", "your"})  # fmt: skip
# words that cannot stand inside that subject
_NOT_IN_SUBJECT = frozenset({",", ";", ":", "to", "who", "which", "that", "of", "for", "from",
                             "in", "on", "at", "by", "with", "and", "or", "but", "is", "are",
                             "was", "were", "be", "been", "has", "have", "had", "not", "if",
                             "than", "as", "when", "where", "while"})  # fmt: skip
# words that open the verb's object
_OBJECT = frozenset({"the", "a", "an", "no", "none", "any", "its", "their", "his", "her", "our",
                     "my", "your", "every", "all", "each", "this", "these", "those", "some",
                     "us", "them", "him", "me"})  # fmt: skip
# present verbs whose object is a clause or a belief, and verbs of being and having
_CLAUSE = frozenset({"shows", "suggests", "argues", "notes", "admits", "fears", "means",
                     "seems", "appears", "knows", "hopes", "wants", "needs", "thinks",
                     "believes", "expects", "denies", "warns", "accepts", "agrees", "finds",
                     "states", "adds", "explains", "reveals", "confirms", "says", "claims",
                     "insists", "tells", "reports", "does", "has", "is", "was", "goes",
                     "makes", "takes", "gets", "gives", "puts", "sees", "looks", "feels",
                     "includes", "contains", "costs"})  # fmt: skip
_MAX_SUBJECT = 4
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "morning", "evening", "night", "spring",
                         "summer", "autumn", "winter", "season", "quarter", "time"})  # fmt: skip


def finite_present(toks: list[str], low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a plain present verb between its subject and its object, by
    shape alone (see the module)."""
    word = low[i]
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s")):
        return False
    if not word.isalpha() or word in _CLAUSE or word in lx.REPORT_VERBS or word in lx.BELIEFS:
        return False
    if any(w in lx.REPORT_VERBS or w in _CLAUSE for w in low[:i]):
        return False
    j = i - 1
    while j >= 0 and (low[j] in ADVERBS or (low[j].endswith("ly") and low[j] != "only")):
        j -= 1
    if j < 0 or j + 1 > _MAX_SUBJECT or not low[j].isalpha() or low[j] in lx.STOPWORDS:
        return False
    subject = low[: j + 1]
    if any(w in _NOT_IN_SUBJECT or w in lx.MODALS for w in subject):
        return False
    if subject[0] not in _OPENERS and not toks[0][:1].isupper():
        return False
    k = i + 1
    while k < len(low) and low[k].endswith("ly"):
        k += 1
    if low[k + 1 : k + 2] and low[k + 1] in _TIME_NOUNS:
        return False  # "council rents this year rose": a time, no object
    return k < len(low) and (low[k] in _OBJECT or low[k][:1].isdigit())
