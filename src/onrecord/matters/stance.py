"""The stance of a statement toward a matter: yes, no, hedged or unclear, and why.

A matter is keyed by an event (``meet``, or a concept such as ``open``). The clauses of a
claim that name the event decide: an asserted clause gives yes (the event holds) or no (it is
negated, or its opposite holds); a hedged or conditional one gives hedged; a question or
words reported from someone else decide nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..models import Json
from .claims import Claim

Label = Literal["yes", "no", "hedged", "unclear"]

# how much a speaker commits, by the modality of the deciding clause
CERTAINTY = {"certain": 1.0, "belief": 0.8, "hedged": 0.3, "conditional": 0.3}


@dataclass(frozen=True, slots=True)
class Stance:
    """A statement's answer to a matter, with the words that decided it."""

    label: Label
    certainty: float = 0.0
    words: tuple[str, ...] = ()
    clause: str = ""
    times: frozenset[tuple[int, int]] = frozenset()
    future: bool = False
    entities: frozenset[str] = frozenset()

    @property
    def certain(self) -> bool:
        """Yes or no, asserted (not hedged, not conditional)."""
        return self.label in ("yes", "no") and self.certainty >= 0.8

    def to_dict(self) -> Json:
        return {
            "label": self.label,
            "certainty": self.certainty,
            "words": list(self.words),
            "clause": self.clause,
            "times": [f"{y:04d}-{m:02d}" for y, m in sorted(self.times)],
        }


def stance_of(claim: Claim, key: str) -> Stance:
    """The stance of ``claim`` toward the matter keyed by the event ``key``."""
    decided: list[Stance] = []
    hedged: list[Stance] = []
    for clause in claim.clauses:
        event = next((e for e in clause.events if e.key == key), None)
        if event is None or clause.modality in ("question", "reported"):
            continue
        words = (event.word, *event.negators, *clause.modal_words)
        future = clause.tense == "future"
        if clause.asserted and not claim.conditional:
            label: Label = "yes" if event.polarity > 0 else "no"
            certainty = CERTAINTY[clause.modality]
            decided.append(Stance(label, certainty, words, clause.text, clause.times, future,
                                  clause.entities))  # fmt: skip
        else:
            hedged.append(Stance("hedged", 0.3, words, clause.text, clause.times, future,
                                 clause.entities))  # fmt: skip
    labels = {s.label for s in decided}
    if len(labels) == 1:
        first = decided[0]
        times = frozenset().union(*(s.times for s in decided))
        words = tuple(dict.fromkeys(w for s in decided for w in s.words))
        names = frozenset().union(*(s.entities for s in decided))
        return Stance(first.label, min(s.certainty for s in decided), words, first.clause,
                      times, any(s.future for s in decided), names)  # fmt: skip
    if len(labels) > 1:  # yes and no in one statement: leave it to a reader
        return Stance("unclear", 0.0, tuple(w for s in decided for w in s.words))
    if hedged:
        return hedged[0]
    return Stance("unclear")


# words by which a report refutes the claim it is about ("... is a hoax", "debunked")
REFUTATIONS = frozenset({
    "hoax", "hoaxes", "fake", "false", "debunked", "debunk", "debunks", "myth", "untrue",
    "bogus", "fabricated", "satire", "satirical", "denies", "denied", "deny", "refutes",
    "refuted", "dismisses", "dismissed", "nope", "rejects", "debunking", "hoaxer",
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
})  # fmt: skip


# phrases by which a report refutes the claim ("rumor put to rest", "not true")
REFUTING_PHRASES = (
    "put to rest", "not true", "isn't true", "is n't true", "inaccurate", "exaggerated",
    "cast doubt", "casts doubt", "no evidence", "not real", "is n't real", "busted",
    "never happened", "did n't happen", "no truth",
)  # fmt: skip
_PLAIN_NEGATORS = frozenset({"not", "n't", "never", "no"})


def _negated_terms(low: list[str], terms: set[str]) -> tuple[str, ...]:
    """A negator right before (within two words) one of the claim's content words:
    "A Spider Did Not Burrow Under A Man's Skin", "There was never a panel ..."; a headline
    that opens with "No," answers the claim."""
    from . import lexicon as lx

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


def stance_toward_claim(text: str, claim: Claim) -> Stance:
    """The stance of a short report (a headline) toward a stated claim.

    No: the report refutes the claim (``hoax``, ``fake``, ``denies``, ``not``) or names the
    claim's event with the opposite polarity. Hedged: it keeps its distance (``reportedly``,
    ``claims``, a question). Yes: it asserts the claim's words without either.
    """
    from .claims import parse_claim, tokens

    low = [t.lower() for t in tokens(text)]
    lowtext = " ".join(low)
    report = parse_claim(text)
    # a refutation that is itself negated ("is no hoax", "They're not fake") affirms
    refuting = tuple(
        w for i, w in enumerate(low)
        if w in REFUTATIONS and not set(low[max(0, i - 2) : i]) & _PLAIN_NEGATORS
    )  # fmt: skip
    affirming = tuple(
        w for i, w in enumerate(low)
        if w in REFUTATIONS and set(low[max(0, i - 2) : i]) & _PLAIN_NEGATORS
    )  # fmt: skip
    refuting += tuple(p for p in REFUTING_PHRASES if p in lowtext)
    # a plain negator refutes only when it negates the claim's own event (the claim's sign
    # counts: "X is not dead" refutes "X is dead"), or a word of the claim right after it
    polarity = {e.key: e.polarity for e in claim.events}
    refuting += tuple(
        n for e in report.events if e.key in polarity and e.polarity != polarity[e.key]
        for n in e.negators or ("opposite",)
    )  # fmt: skip
    refuting += _negated_terms(low, set(claim.terms))
    claim_neg = any(t.lower() in ("not", "n't", "no", "never") for t in tokens(claim.text))
    distance = tuple(w for w in low if w in DISTANCE)
    if "?" in low:
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
