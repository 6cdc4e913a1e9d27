"""The stance of a short report (a headline) toward a claim stated elsewhere.

A headline is a statement by its outlet. It refutes the claim ("hoax", "is not dead", "DHS
rebuffs the claim"), keeps its distance ("reportedly", "Official: ...", "...: CNN", a
question), or asserts the claim's own words. Used to read outlets against each other on one
claim (the Emergent pairs in ``benchmarks/eval_emergent.py``).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .claims import Claim, parse_claim
from .headline_questions import answer_after_question, plain_answer, reported_question
from .stance import Stance
from .words import tokens

# words by which a report refutes the claim it is about ("... is a hoax", "debunked")
REFUTATIONS = frozenset({
    "hoax", "hoaxes", "fake", "false", "debunked", "debunk", "debunks", "myth", "untrue",
    "bogus", "fabricated", "satire", "satirical", "denies", "denied", "deny", "refutes",
    "refuted", "dismisses", "dismissed", "nope", "rejects", "debunking", "hoaxer",
    "rebuffs", "rebuffed", "rebuff", "retracts", "retracted", "retraction", "rubbish",
    "nonsense", "fabrication", "faked", "doubts", "doubt", "doubted", "bullshit", "misleading",
    "duped", "fooled", "prank", "spoof", "parody",
})  # fmt: skip
# words by which a report keeps its distance from the claim (it observes, it does not assert)
DISTANCE = frozenset({
    "reportedly", "allegedly", "apparently", "purportedly", "rumor", "rumors", "rumour",
    "rumoured", "rumored", "claims", "claim", "claimed", "report", "reports", "reported",
    "says", "said", "say", "according", "sources", "source", "may", "might", "could", "possibly",
    "believed", "suspected", "thought", "speculation", "suggests", "appears", "seems", "if",
    "whether", "unconfirmed", "tipped", "expected", "probably", "likely", "rumours", "would",
    "purported", "alleged", "supposedly", "sighting", "spotted", "cites", "citing", "via",
    "told", "tells", "insider", "insiders", "leak", "leaked", "hints", "hint", "hinted",
    "allegations", "accused", "plans", "planning", "considering", "set", "eyes", "mulls",
    "possible", "fear", "fears", "feared", "suspect", "suspects", "purports", "purport",
    "seemingly", "apparent", "emerges", "claiming",
})  # fmt: skip


# phrases by which a report refutes the claim ("rumor put to rest", "not true")
REFUTING_PHRASES = (
    "put to rest", "not true", "isn't true", "is n't true", "inaccurate", "exaggerated",
    "cast doubt", "casts doubt", "no evidence", "not real", "is n't real", "busted",
    "never happened", "did n't happen", "no truth", "shoot down", "shoots down",
    "made up", "not a thing", "raises doubts", "questions whether",
)  # fmt: skip
_PLAIN_NEGATORS = frozenset({"not", "n't", "never", "no"})


def negated_terms(low: list[str], terms: set[str]) -> tuple[str, ...]:
    """A negator right before (within two words) one of the claim's content words:
    "A Fox Did Not Enter the Ward", "There was never a panel ..."; a headline
    that opens with "No," answers the claim."""
    out: list[str] = []
    if low[:2] == ["no", ","]:
        out.append("no")
    for i, w in enumerate(low):
        after = low[i + 1 : i + 3]
        if (
            w in _PLAIN_NEGATORS
            and any(lx.stem(t) in terms for t in after)
            and not (set(after) & (lx.REPORT_VERBS | REFUTATIONS))
        ):
            out.append(w)
    return tuple(out)


_NEG_AUX = frozenset({"is", "are", "was", "were", "did", "has", "had"})


# verbs whose negation affirms ("won't stop confronting", "did not deny")
_NEGATIVE_VERBS = frozenset({
    "stop", "give", "fail", "cease", "end", "quit", "deny", "rule", "back", "hesitate",
})  # fmt: skip


_SEGMENT_ENDS = frozenset({";", ",", ":", "and", "but", "-", "\u2013", "\u2014"})


def negated_predicate(low: list[str], terms: set[str] | None = None) -> tuple[str, ...]:
    """A negated main predicate in an asserted sentence: "The Mayor Is Not the Author", "X Did
    Not Resign", "No He Wasn't", "turns out not to have", "not written by the minister". Not a
    contrast ("in Leeds, not York"), not a question, not a negated refutation ("not fake"),
    and, given the claim's ``terms``, only in a stretch of the headline that names one of them
    ("X found dead; family not informed" does not deny that X is dead)."""
    out: list[str] = []
    for i, w in enumerate(low):
        if w not in ("not", "n't", "never"):
            continue
        if terms is not None:
            start = max((k + 1 for k in range(i) if low[k] in _SEGMENT_ENDS), default=0)
            end = next((k for k in range(i + 1, len(low)) if low[k] in _SEGMENT_ENDS), len(low))
            if not any(lx.stem(t) in terms for t in low[start:end]):
                continue
        before = low[i - 1] if i else ""
        after = low[i + 1 : i + 3]
        if (
            i <= 1  # an imperative ("Don't reset ...")
            or before in (",", "but", "or", "and", "if", "whether")
            or set(after) & (REFUTATIONS | _NEGATIVE_VERBS)  # "not fake", "won't stop"
            or "saying" in low[:i]
        ):
            continue
        rest = low[i:]
        if "?" in rest[: rest.index(".") if "." in rest else len(rest)]:
            continue
        predicate = before in _NEG_AUX or before == "out" or (after and after[0].endswith("ed"))
        if predicate and not set(low[max(0, i - 3) : i]) & ({"you", "i"} | lx.HEDGES):
            out.append(w)
    return tuple(out)


# who a headline relays when it opens "Official: ..." or ends ": CNN": a role, not a name
RELAYED_ROLES = frozenset({
    "rep", "rep.", "congressman", "congresswoman", "lawmaker", "lawmakers", "senator",
    "official", "officials", "intel", "intelligence", "analyst", "analysts", "parent",
    "parents", "witness", "eyewitness", "expert", "experts", "insider", "insiders", "source",
    "sources", "report", "reports", "rumor", "rumors", "paper", "media", "spokesman",
    "spokeswoman", "spokesperson", "aide", "aides", "service", "claim", "claims",
})  # fmt: skip
# all-caps labels that open a headline without naming a source
_LABELS = frozenset({
    "update", "updated", "breaking", "video", "watch", "exclusive", "news", "see", "it", "lol",
    "us", "u.s", "uk", "eu", "un", "op-ed", "photos", "live", "new", "rip", "omg", "wow",
})  # fmt: skip


def relayed(text: str) -> str:
    """The source a headline relays in a short "Source: ..." opening or a ": Source" / "- Source"
    ending, when it is a role ("Official:", ": analyst") or an outlet's acronym ("NYT:",
    "-CNBC"): the outlet passes on someone else's claim rather than asserting it."""
    parts = re.split(r":\s+|\s+[-\u2013\u2014]\s*(?=\S+(?:\s+\S+){0,3}$)", text.strip())
    if len(parts) < 2:
        return ""
    for source in (parts[0], parts[-1]):
        toks = tokens(source)
        if not toks or len(toks) > 4:
            continue
        words = [t.lower().strip(".") for t in toks]
        if words[-1] in RELAYED_ROLES or words[-1] + "." in RELAYED_ROLES:
            return source
        acronym = len(toks) == 1 and toks[0].isupper() and 2 <= len(toks[0]) <= 5
        if acronym and words[0] not in _LABELS:
            return source
    return ""


def claims_own_word(word: str, claim: Claim) -> bool:
    """Whether a distancing ``word`` of a headline is the claim's own, so asserts it: a claim
    that a cat was "believed dead" is asserted by "Buried cat, believed dead, claws back to
    life", one that a country "plans to open" a restaurant by "Leader planning restaurant"."""
    return lx.stem(word) in claim.terms


_DENIALS = frozenset({
    "denies", "denied", "deny", "rejects", "rejected", "dismisses", "dismissed", "refutes",
    "refuted", "rebuffs", "rebuffed",
})  # fmt: skip
# refutations a denial can take as its object: "denies hoax claims", "rejects faking it"
_REFUTED_AS = frozenset({
    "hoax", "hoaxes", "fake", "faked", "faking", "fabricated", "fabricating", "fabrication",
    "prank", "staged", "staging",
})  # fmt: skip


def denied_refutations(low: list[str]) -> frozenset[int]:
    """The positions of a denial and of the refutation it takes as its object within three
    words of one clause ("woman denies surgery hoax claims", "star denies faking the video"):
    denying that the claim is a hoax affirms it, so neither word refutes. "Dismissed as a
    hoax" still refutes: the refutation is what the claim is dismissed as."""
    out: set[int] = set()
    for i, w in enumerate(low):
        if w not in _DENIALS:
            continue
        for k in range(i + 1, min(len(low), i + 4)):
            if low[k] in _SEGMENT_ENDS or low[k] == "as":
                break
            if low[k] in _REFUTED_AS:
                out.update((i, k))
                break
    return frozenset(out)


# words that open a clause whose negation is not the claim's own: "to ensure it doesn't",
# "so it won't", "frustrated with not finding"
_SUBORDINATE = frozenset({
    "ensure", "ensuring", "avoid", "avoiding", "prevent", "so", "lest", "with", "without",
    "of", "for", "about", "after", "before", "by",
})  # fmt: skip


def negative_claim(claim: Claim) -> bool:
    """Whether the claim asserts a negation ("The minister did not resign"), so that a
    refuting headline agrees with it. A negator in a purpose clause ("added a brace to ensure
    it doesn't bend"), after a preposition ("frustrated with not finding work") or opening an
    alternative the claim sets aside ("the First Woman, not the First Lady") is not the
    claim's own: "iFixit debunks the brace claims" refutes such a claim."""
    low = [t.lower() for t in tokens(claim.text)]
    for i, w in enumerate(low):
        if w not in _PLAIN_NEGATORS:
            continue
        start = max((k + 1 for k in range(i) if low[k] in _SEGMENT_ENDS), default=0)
        if i == start > 0 or set(low[start:i]) & _SUBORDINATE:
            continue
        return True
    return False


def noun_set(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is "set" other than as "set to" (which keeps the outlet's distance:
    "Mayor set to resign"): a noun ("a toy set", "on the film set") or a past participle
    ("a record set in 1990"), which hedges nothing."""
    return low[i] == "set" and low[i + 1 : i + 2] != ["to"]


def stance_toward_claim(text: str, claim: Claim) -> Stance:
    """The stance of a short report (a headline) toward a stated claim.

    No: the report refutes the claim (``hoax``, ``fake``, ``denies``, ``not``) or names the
    claim's event with the opposite polarity. Hedged: it keeps its distance (``reportedly``,
    ``claims``, a question). Yes: it asserts the claim's words without either.
    """
    low = [t.lower() for t in tokens(text)]
    lowtext = " ".join(low)
    report = parse_claim(text)
    # a refutation that is itself negated ("is no hoax", "the photos are not fake") or denied
    # ("denies hoax claims") affirms
    denied = denied_refutations(low)
    refuting = tuple(
        w for i, w in enumerate(low)
        if w in REFUTATIONS and i not in denied
        and not set(low[max(0, i - 2) : i]) & _PLAIN_NEGATORS
    )  # fmt: skip
    affirming = tuple(
        w for i, w in enumerate(low)
        if w in REFUTATIONS and (i in denied or set(low[max(0, i - 2) : i]) & _PLAIN_NEGATORS)
    )  # fmt: skip
    refuting += tuple(p for p in REFUTING_PHRASES if p in lowtext)
    # a plain negator refutes only when it negates the claim's own event (the claim's sign
    # counts: "X is not dead" refutes "X is dead"), or a word of the claim right after it
    polarity = {e.key: e.polarity for e in claim.events}
    refuting += tuple(
        n for e in report.events if e.key in polarity and e.polarity != polarity[e.key]
        for n in e.negators or ("opposite",)
    )  # fmt: skip
    refuting += negated_terms(low, set(claim.terms))
    negated = negated_predicate(low, set(claim.terms))
    refuting += tuple(w for w in negated if w not in refuting)
    claim_neg = negative_claim(claim)
    distance = tuple(
        w for i, w in enumerate(low)
        if w in DISTANCE and not claims_own_word(w, claim) and not noun_set(low, i)
    )  # fmt: skip
    if source := relayed(text):
        distance += (source,)
    # a question that names a refutation doubts the claim ("Was the video a hoax?"); a
    # question that weighs both sides ("real or hoax?") does not
    doubting = tuple(w for w in refuting if w in REFUTATIONS)
    if "?" in low and (told := plain_answer(answer_after_question(text), bool(doubting))):
        return told  # a question the headline answers: "Did X resign? Probably not"
    if "?" in low and not reported_question(low):
        if doubting and not claim_neg and not {"or", "whether"} & set(low):
            return Stance("no", 0.8, ("?", *doubting))
        return Stance("hedged", 0.3, ("?",))
    if refuting and not claim_neg:
        return Stance("no", 1.0, refuting)
    if affirming and not claim_neg:
        return Stance("yes", 1.0, affirming)
    if distance:
        return Stance("hedged", 0.3, distance)
    shared = set(report.terms) & set(claim.terms)
    if refuting and claim_neg:
        return Stance("yes", 1.0, refuting)
    if len(shared) >= 2:
        return Stance("yes", 0.8, tuple(sorted(shared)))
    return Stance("unclear")
