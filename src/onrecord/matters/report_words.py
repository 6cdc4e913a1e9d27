"""Report words that report nothing: "called for" (a demand), "told to" and "told us not to"
(an order), "told about" a thing (a notice given), a claim or a report that is only a
thing the clause is about ("the report was published"), and a report the speaker cites as
evidence ("our own reports show lice above the limit"): what it shows, the speaker states."""

from __future__ import annotations

from .dismissals import told_of
from .instructions import order_to
from .lexicon import STOPWORDS


def reports_nothing(low: list[str], i: int) -> bool:
    """``calling`` as in "called for" or "called out" is not a report; nor is "told to" (an
    order); nor is a claim or a report that is a thing the clause is about ("will consider
    the trust's repatriation claim", "the report was published"): the noun with nothing it
    reports after it (a verb "claims" has its clause next: "claims the mill will close")."""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if low[i] in REPORT_NOUNS and (not nxt[:1].isalnum() or nxt in _AFTER_REPORT_NOUN):
        return True
    if low[i] in REPORT_NOUNS and _after_preposition(low, i):
        return True  # "paid 84,000 pounds in claims last year": a noun, what the sum went on
    if nxt in _EVIDENTIAL and _cited_report(low, i):
        return True  # "the engineers' report confirms that ...": evidence cited, no hearsay
    if told_of(low, i) and not any(w in ("that", "to") for w in low[i + 1 :]):
        return True  # "was told about the deaths": a notice, no words reported
    if nxt == "out" and "that" not in low[i + 2 :]:
        return True  # "the team was called out 96 times": sent for, no words reported
    return nxt in ("for", "on", "off", "to") or order_to(low, i) >= 0  # "told us not to go"


def _after_preposition(low: list[str], i: int) -> bool:
    """Whether the claim or report word at ``i`` is a noun after a preposition, itself or as
    the head of a compound ("in claims", "in pothole claims", "on safety reports"), with no
    content after it: a verb never stands there, and "in claims that ..." still reports."""
    if low[i + 1 : i + 2] == ["that"] or i == 0:
        return False
    if low[i - 1] in _PREPOSITIONS:
        return True
    prev = low[i - 1]
    return i > 1 and low[i - 2] in _PREPOSITIONS and prev.isalpha() and prev not in STOPWORDS


# prepositions before a noun "claims" or "reports" ("in claims", "of compensation claims")
_PREPOSITIONS = frozenset({"in", "on", "of", "for", "from", "against", "about", "over",
                           "into", "with", "under"})  # fmt: skip


def _cited_report(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a report one can cite: a single "report", or reports owned or
    named definitely ("our own reports", "Nordvik's own reports", "the reports"). Bare or
    media-qualified reports ("media reports show", "press reports confirmed") are other
    people's accounts: hearsay."""
    if low[i] == "report":
        return True
    if low[i] != "reports" or not i:
        return False
    j = i - 1 if low[i - 1] != "own" else i - 2
    return j >= 0 and (low[j] in _OWNERS or low[j] in ("'s", "'"))


REPORT_NOUNS = frozenset({"claim", "claims", "report", "reports"})
# words after "claim" or "report" that show a noun with no content of its own
_AFTER_REPORT_NOUN = frozenset({
    "for", "against", "by", "from", "in", "on", "and", "or", "but", "was", "is", "were", "are",
    "had", "has", "have", "will", "would", "could", "might", "may", "should", "to", "with",
    "at", "before", "after", "until", "because", "if", "when",
})  # fmt: skip
# determiners that own or name reports definitely ("our own reports", "the reports")
_OWNERS = frozenset({"the", "these", "those", "our", "their", "its", "his", "her", "my", "your"})
# verbs of evidence after a report noun: the report is the speaker's evidence, and what it
# shows is the speaker's own claim ("Nordvik's own reports show ...", "a report found ...")
_EVIDENTIAL = frozenset({
    "show", "shows", "showed", "shown", "confirm", "confirms", "confirmed", "prove", "proves",
    "proved", "found", "finds",
})  # fmt: skip
