"""Derivation: a noun made from a verb names the verb's event.

"Will introduce back-to-work legislation" and "will not legislate" speak of one act, as do
"the expansion" and "will expand", "students were consulted" and "there was no
consultation", "the refusal" and "refused". A clause names its event by a word's stem
(:func:`.senses.event_stem`); here a stem of a deverbal noun is folded back to its verb's, by
the suffix that made the noun:

* ``-ation`` drops its suffix ("consultation" -> "consult"), and a verb in ``-ate`` drops its
  ``-at`` to meet it ("legislat" -> "legisl", as "legislation" -> "legisl"): nothing in the
  spelling tells "consult-ation" from "legislat-ion", so both meet at the shorter root;
* ``-ification`` is a verb in ``-ify`` ("notification" -> "notify");
* ``-tion`` after a consonant drops ``-ion`` ("construction" -> "construct", "inspection"),
  but ``-duction`` is a verb in ``-duce`` ("production" -> "produc", as "produced" is
  stemmed: "product" is a thing), and ``-etion`` a verb in ``-ete`` ("deletion" -> "delet",
  "completion");
* ``-nsion`` is ``-nd`` ("expansion" -> "expand", "extension"), ``-rsion`` is ``-rt``
  ("diversion" -> "divert"), ``-ession`` and ``-ussion`` keep ``-ss`` ("discussion",
  "confession"; "passion" and "mission" are no "pass" or "miss"), and a vowel before
  ``-sion`` takes ``-d`` ("decision" -> "decid", "collision" -> "collid");
* ``-al`` after ``v``, ``s``, ``w`` or ``rr`` is the verb's ("removal" -> "remov",
  "withdrawal", "proposal", "referral");
* ``-ure`` after ``il``, ``art``, ``iz`` or ``os`` is the verb's ("failure" -> "fail",
  "departure", "seizure", "exposure").

A root too short to be a verb's (under four letters: "nation", "donation") is left alone,
and so is a noun whose spelled root is a word of another sense ("pension" and "pending",
"projection" and "project", "provision" and "provide", "combat" and "comb"): the spelling
alone would make one key of two words. Stems of the lexicon's concepts are never touched,
nor nouns whose verb is one: "approval" is often sought ("will not file for approval"),
which approves nothing.
"""

from __future__ import annotations

from . import lexicon as lx
from .particles import particle_noun

# the shortest root kept: "nation" -> "n", "station" -> "st", "tension" -> "ten" are no verbs
_MIN_ROOT = 4
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
# nouns in -ation that name a thing or a state, not their verb's act ("information" is kept
# too vague to make a matter of, :mod:`.cluster`)
_NOT_DEVERBAL = frozenset({"information", "foundation", "population", "situation",
                           "station", "nation", "relation", "organization", "organisation",
                           "corporation", "federation", "generation", "association"})  # fmt: skip
# nouns whose spelled root is a word of another sense: "pension" is no "pending", "tension"
# no "tends", "projection" no "project", "provision" no "provide", "abortion" no "aborted";
# "candidate" is no "candid", "habitat" no "habit"
_OTHER_ROOT = frozenset(lx.stem(w) for w in (
    "pension", "tension", "mansion", "dimension", "portion", "proportion", "abortion",
    "projection", "objection", "contention", "convention", "attention", "mention",
    "profession", "provision", "plantation", "affection", "perfection", "direction",
    "correction", "section", "question", "exception", "distinction", "function", "fiction",
    "auction", "version", "aversion", "occasion", "appropriation", "candidate", "appropriate",
    "climate", "private", "mandate", "habitat", "combat", "format", "democrat", "diplomat",
))  # fmt: skip

# nouns of an act whose verb is spelled otherwise: the noun's stem -> the verb's
_NOUN_VERBS = {lx.stem(noun): lx.stem(verb) for noun, verb in (
    ("lawsuit", "sue"), ("denial", "deny"), ("growth", "grow"), ("sale", "sell"),
    ("delivery", "deliver"), ("merger", "merge"),
)}  # fmt: skip


def verb_root(st: str) -> str:
    """The key that the stem ``st`` (of :func:`.lexicon.stem`) shares with its verb: a
    deverbal noun's verb ("legislation" -> "legisl"), a verb in -ate without it ("legislat"
    -> "legisl"); a stem of a concept of the lexicon, or a noun whose verb is one ("approval":
    "file for approval" approves nothing), as it is; any other stem as it is."""
    if st in _NOUN_VERBS:
        return _NOUN_VERBS[st]  # "will not file a lawsuit" and "will sue": one act
    if particle_noun(st):
        return particle_noun(st)  # "there is no opt-out" and "can opt out"
    if st in lx.CONCEPTS or st in _NOT_DEVERBAL or st in _OTHER_ROOT:
        return st
    verb = _noun_verb(st)
    if verb is not None and len(verb) >= _MIN_ROOT:
        if verb in lx.CONCEPTS or verb + "at" in lx.CONCEPTS:
            return st  # "file for approval" is no approving: a concept's noun keeps its own
        st = verb
    if st.endswith("at") and len(st) - 2 >= _MIN_ROOT and st[-3] in _CONSONANTS | {"u", "i"}:
        return st[:-2]  # "legislat", "negotiat", "evacuat": met by their nouns in -ation
    return st


def _noun_verb(st: str) -> str | None:
    """The verb stem of a deverbal noun's stem, by its suffix, or None."""
    if st.endswith("ification"):
        return st[: -len("ification")] + "ify"
    if st.endswith("ation"):
        return lx.stem(st[: -len("ation")])
    if st.endswith("etion"):
        return st[: -len("ion")]  # "deletion" -> "delet", as "deleted" is stemmed
    if st.endswith("duction"):
        return st[: -len("tion")]  # "production" -> "produc", not the noun "product"
    if st.endswith("tion") and len(st) > 5 and st[-5] in _CONSONANTS:
        return st[: -len("ion")]
    if st.endswith("nsion"):
        return st[: -len("sion")] + "d"
    if st.endswith("rsion"):
        return st[: -len("sion")] + "t"
    if st.endswith(("ession", "ussion")):
        return st[: -len("ion")]
    if st.endswith("sion") and len(st) > 5 and st[-5] in "aeiou":
        return st[: -len("sion")] + "d"
    if st.endswith(("val", "sal", "wal", "rral")):
        return lx.stem(st[: -len("al")]) if st.endswith("rral") else st[: -len("al")]
    if st.endswith(("ilur", "artur", "izur", "osur")):
        return st[: -len("ur")]
    return None
