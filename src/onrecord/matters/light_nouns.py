"""An act told by a verb of doing or of giving and the act's own noun: the noun's verb names it
alone, so the phrase takes that verb's key.

News tells one act both ways. "We will not be running speed checks" and "officers have been
checking speeds" are one act, as are "carried out repairs to the roof" and "repaired the roof",
"did a survey of the bridge" and "surveyed the bridge": a verb of doing ("carry out",
"conduct", "run", "do", "make", "perform", "undertake") with a noun of inspection or work
(:data:`_ACT_NOUNS`) is the noun's verb (``check``, ``repair``, ``survey``; the key that the
plain verb gets, :func:`_verb_key`). Consent given is approval: "never gave the university
permission", "has not given its consent to the new name", "gave the green light", and with no
noun "has agreed to the new name", are the act that "signed off on the arrangement" and
"approved the plan" name (``approve``); the noun of consent keeps its own key too.

The noun must follow its verb within a short noun phrase (a determiner, a name or a word that
describes it: "running speed checks", "gave the university permission"), before any word that
ends the phrase, so "ran the shop before the checks" and "gave evidence about the permission"
name no such act; "passed the checks" or "sought permission" have no verb of doing or giving,
a noun with its own act's verb keeps it ("conducted a review" is already a review), and
"agreed to pay" or "agreed with" give no consent to a thing. The act takes the noun as its word,
so its theme is the noun's ("speed checks" and "checking speeds" meet). Plain
Python over lower-cased tokens; :func:`.act_shapes.act_shape` reads them, so a negator of the
verb denies the act ("will not be running checks", "never gave permission").
"""

from __future__ import annotations

from . import lexicon as lx
from .senses import event_stem

APPROVE = "approve"

# verbs of doing whose object names the act done ("carried out checks", "ran tests")
_DO = frozenset({"conduct", "conducts", "conducted", "conducting", "run", "runs", "ran",
                 "running", "do", "does", "did", "done", "doing", "make", "makes", "made",
                 "making", "perform", "performs", "performed", "performing", "undertake",
                 "undertakes", "undertook", "undertaken", "undertaking"})  # fmt: skip
# "make" also makes a thing so ("make the audit public"): its noun must end the phrase
_MAKE = frozenset({"make", "makes", "made", "making"})
# "carry out": the verb with its particle
_CARRY = frozenset({"carry", "carries", "carried", "carrying"})
# verbs of giving consent ("gave permission", "granted approval")
_GIVE = frozenset({"give", "gives", "gave", "given", "giving", "grant", "grants", "granted",
                   "granting"})  # fmt: skip
# nouns of an act of inspection or work, by the verb that names the act alone
_ACT_NOUNS = {
    "check": "check", "checks": "check", "test": "test", "tests": "test",
    "inspection": "inspect", "inspections": "inspect", "search": "search",
    "searches": "search", "survey": "survey", "surveys": "survey", "patrol": "patrol",
    "patrols": "patrol", "repair": "repair", "repairs": "repair", "audit": "audit",
    "audits": "audit", "raid": "raid", "raids": "raid",
}  # fmt: skip
# verbs that give consent to the thing after "to" ("agreed to the new name")
_AGREE = frozenset({"agree", "agrees", "agreed", "agreeing", "consent", "consents",
                    "consented", "consenting"})  # fmt: skip
# words that open the thing consented to, not a verb ("agreed to the plan", not "agreed to pay")
_OPENERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "this", "these",
                      "that", "those", "any", "every", "each"})  # fmt: skip
# nouns of consent given ("gave its consent", "the go-ahead", "its blessing")
_CONSENT = frozenset({"consent", "permission", "approval", "go-ahead", "blessing"})
# words that end the noun phrase before the noun is reached
_PHRASE_ENDS = frozenset({",", ";", ":", ".", "and", "but", "or", "because", "while", "which",
                          "who", "that", "when", "where", "if", "to", "on", "of", "for", "in",
                          "at", "by", "with", "from", "about", "before", "after", "into",
                          "over", "under", "than", "as", "up", "off"})  # fmt: skip
# the most words between the verb and its noun ("running speed checks", "gave the university
# permission", "carried out more random spot checks")
_REACH = 4


def _verb_key(verb: str) -> str:
    """The event key that the plain verb gets (its concept's key, or its stem)."""
    st = event_stem(verb)
    concept = lx.CONCEPTS.get(st)
    return concept[0] if concept is not None else st


_NOUN_KEYS = {noun: _verb_key(verb) for noun, verb in _ACT_NOUNS.items()}


def _noun_at(low: list[str], k: int, nouns: frozenset[str] | set[str]) -> int:
    """Where the first of ``nouns`` stands in the noun phrase that opens at ``k``, or -1."""
    for j in range(k, min(len(low), k + _REACH)):
        if low[j] in nouns:
            return j
        if low[j] in _PHRASE_ENDS or low[j] in lx.BE_FORMS or not low[j][:1].isalnum():
            return -1
    return -1


def light_noun_act(low: list[str], i: int) -> tuple[str, int, int] | None:
    """The (key, noun's place, last word read) of the act that the verb at ``i`` and the
    noun after it name ("carried out checks": ``check``; "gave its consent": ``approve``), or
    None. A noun of inspection or work is read with its verb; a noun of consent keeps its own
    reading too ("granted planning permission" still names the permission that "no planning
    permission has been granted" denies). "Agreed to the new name" and "consented to the
    plan" give consent with no noun: the key stands at the verb."""
    word = low[i]
    if word in _AGREE and low[i + 1 : i + 2] == ["to"] and low[i + 2 : i + 3]:
        return (APPROVE, i, i + 1) if low[i + 2] in _OPENERS else None
    if word in _GIVE:
        at = _noun_at(low, i + 1, _CONSENT)
        if at < 0 and low[i + 1 : i + 2] and low[i + 1] in _OPENERS:
            at = _green_light(low, i + 2)
        return (APPROVE, at, i) if at >= 0 else None
    if word in _CARRY and low[i + 1 : i + 2] == ["out"]:
        at = _noun_at(low, i + 2, set(_NOUN_KEYS))
    elif word in _DO:
        at = _noun_at(low, i + 1, set(_NOUN_KEYS))
        if at >= 0 and word in _MAKE and not _phrase_ends(low, at + 1):
            return None  # "make the audit public": a thing made so, no act done
    else:
        return None
    return (_NOUN_KEYS[low[at]], at, at) if at >= 0 else None


def _phrase_ends(low: list[str], k: int) -> bool:
    """Whether the noun phrase ends at ``k`` (the clause's end or a word that ends a phrase)."""
    return k >= len(low) or low[k] in _PHRASE_ENDS


def _green_light(low: list[str], k: int) -> int:
    """Where "light" stands in "green light" at ``k``, or -1."""
    return k + 1 if low[k : k + 2] == ["green", "light"] else -1
