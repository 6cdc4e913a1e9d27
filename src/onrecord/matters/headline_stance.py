"""A learned headline stance beside the rules: P(for), P(against), P(observing) of a report.

:func:`~onrecord.matters.reports.stance_toward_claim` answers with one label (certain yes or
no, else nothing), so two outlets are either in contradiction or not. A learned pass gives
each headline three probabilities and each pair of headlines a contradiction confidence, so
pairs can be ranked and a threshold chosen for the precision a reader needs.

Its features are what the rules see (their label and the kind of each deciding word: a
refutation, a refuting phrase, a negator, a distancing word, a question; a relayed source, a
negated word of the claim, a negated predicate) with the headline's lower-cased words and word
pairs and its overlap with the claim's content words. The model is a multinomial logistic
regression fitted by :mod:`onrecord.evaluation.train_stance` (scikit-learn, training only);
here it is a dot product over a JSON table, in plain Python.

The weights derive from research data (the Emergent headlines), so onrecord does not ship
them: ``make stance-weights`` trains them to :func:`default_stance_weights_path`.
:func:`load_stance_weights` finds them (a path given, else ``ONRECORD_STANCE_WEIGHTS``, else
the default place); with no table trained there, a run reads by the rules alone, without an
error. A table asked for by path that is missing, or any table that is malformed, raises
:class:`~onrecord.errors.StanceWeightsError`, whose message says how to make a good one.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..config import data_path, learned_table, read_table
from ..errors import StanceWeightsError
from . import lexicon as lx
from .claims import Claim, parse_claim
from .reports import (
    DISTANCE,
    REFUTATIONS,
    REFUTING_PHRASES,
    negated_predicate,
    negated_terms,
    relayed,
    stance_toward_claim,
)
from .words import tokens

STANCES = ("for", "against", "observing")
ENV_STANCE_WEIGHTS = "ONRECORD_STANCE_WEIGHTS"  # a table's path, or OFF
_WEIGHTS_FILE = "stance_weights.json"
_NEGATORS = frozenset({"not", "n't", "never", "no", "opposite"})


def _kind(word: str) -> str:
    """What sort of deciding word the rules gave as a reason."""
    if word in REFUTATIONS:
        return "refute"
    if word in REFUTING_PHRASES:
        return "phrase"
    if word in _NEGATORS:
        return "neg"
    if word in DISTANCE:
        return "dist"
    return "q" if word == "?" else "other"


def features(headline: str, claim: Claim | str) -> dict[str, float]:
    """The features of ``headline`` read against ``claim``: the rules' label and reasons, the
    rules' cues, the words and word pairs, a question mark, a colon, the claim overlap."""
    claim = parse_claim(claim) if isinstance(claim, str) else claim
    rule = stance_toward_claim(headline, claim)
    low = [t.lower() for t in tokens(headline)]
    terms = set(claim.terms)
    sure = "" if rule.certainty >= 1.0 else f"~{rule.certainty:.1f}"
    out = {f"rule={rule.label}{sure}": 1.0}
    for word in rule.words:
        out[f"why={rule.label}:{_kind(word)}"] = 1.0
    cues = {
        "relayed": bool(relayed(headline)),
        "negterm": bool(negated_terms(low, terms)),
        "negpred": bool(negated_predicate(low, terms)),
        "anyrefute": any(w in REFUTATIONS for w in low),
        "anydist": any(w in DISTANCE for w in low),
    }
    out.update({name: 1.0 for name, on in cues.items() if on})
    for i, word in enumerate(low):
        out[f"w={word}"] = 1.0
        if i + 1 < len(low):
            out[f"b={word}_{low[i + 1]}"] = 1.0
    out["q"] = float("?" in low)
    out["colon"] = float(":" in low)
    content = {lx.stem(t) for t in low if t.isalpha() and t not in lx.STOPWORDS}
    out["overlap"] = len(content & terms) / max(1, len(terms))
    return out


@dataclass(frozen=True, slots=True)
class HeadlineStance:
    """A headline's probabilities of being for, against or observing the claim;
    ``learned`` is False when they are the rules' one label (1.0 on it)."""

    p_for: float
    p_against: float
    p_observing: float
    learned: bool = True

    @property
    def label(self) -> str:
        """The likeliest of ``for``, ``against`` and ``observing`` (in that order on a tie)."""
        probs = (self.p_for, self.p_against, self.p_observing)
        return STANCES[probs.index(max(probs))]


def contradiction_confidence(a: HeadlineStance, b: HeadlineStance) -> float:
    """How likely two outlets contradict each other: one for and the other against the claim,
    either way round (the headlines' stances taken as independent)."""
    return max(a.p_for * b.p_against, a.p_against * b.p_for)


@dataclass(frozen=True, slots=True)
class StanceWeights:
    """A multinomial logistic model: each stance's ``bias`` plus the weights of the features,
    turned into probabilities by a softmax; ``threshold`` is the contradiction confidence at
    or above which a pair is called a contradiction; ``where`` names the file read."""

    biases: dict[str, float]
    weights: dict[str, dict[str, float]]
    threshold: float = 0.5
    where: str = ""

    def stance(self, headline: str, claim: Claim | str) -> HeadlineStance:
        """The probabilities of ``headline``'s three stances toward ``claim``."""
        return self.probabilities(features(headline, claim))

    def probabilities(self, feats: dict[str, float]) -> HeadlineStance:
        """The probabilities of the three stances of a headline with features ``feats``."""
        z = {
            s: self.biases[s] + sum(self.weights[s].get(k, 0.0) * v for k, v in feats.items())
            for s in STANCES
        }
        top = max(z.values())
        e = {s: math.exp(v - top) for s, v in z.items()}
        total = sum(e.values())
        return HeadlineStance(e["for"] / total, e["against"] / total, e["observing"] / total)

    def to_json(self) -> dict[str, object]:
        return {
            "threshold": self.threshold,
            "classes": {s: {"bias": self.biases[s], "weights": self.weights[s]} for s in STANCES},
        }

    @classmethod
    def from_json(cls, data: object, *, where: str = _WEIGHTS_FILE) -> StanceWeights:
        """Read the table :mod:`onrecord.evaluation.train_stance` writes.

        Raises:
            StanceWeightsError: it lacks a ``threshold`` between 0 and 1 or a ``classes``
                section with a finite ``bias`` and ``weights`` for each of the three stances.
        """
        try:
            if not isinstance(data, dict):
                raise TypeError(f"a JSON object, not {type(data).__name__}")
            classes = data["classes"]
            biases = {s: float(classes[s]["bias"]) for s in STANCES}
            weights = {
                s: {str(k): float(v) for k, v in classes[s]["weights"].items()} for s in STANCES
            }
            threshold = float(data["threshold"])
            if not 0.0 < threshold < 1.0:
                raise ValueError(f"threshold {threshold} is not a probability")
            numbers = [*biases.values(), *(w for ws in weights.values() for w in ws.values())]
            if not all(math.isfinite(w) for w in numbers):
                raise ValueError("a weight is not a finite number")
            return cls(biases, weights, threshold, where)
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise StanceWeightsError(_broken(where, repr(e))) from e

    @classmethod
    def from_path(cls, path: str | Path) -> StanceWeights:
        """Read a table from a file.

        Raises:
            StanceWeightsError: the file is missing, is not JSON, or is not a stance table.
        """
        try:
            data = read_table(path)
        except FileNotFoundError as e:
            raise StanceWeightsError(f"No stance weight table at {path}. {_FIXES}") from e
        except ValueError as e:
            raise StanceWeightsError(_broken(str(path), str(e))) from e
        return cls.from_json(data, where=str(path))


_FIXES = (
    "Train one with `make stance-weights` (or `python -m onrecord.evaluation.train_stance "
    f"CSV --out PATH`), point {ENV_STANCE_WEIGHTS} at another table, or set it to 'off' for "
    "the rules alone."
)


def _broken(where: str, why: str) -> str:
    return (
        f"{where} is not a stance weight table ({why}): it needs a 'threshold' between 0 and 1 "
        f"and, under 'classes', a finite 'bias' and 'weights' for each of {', '.join(STANCES)}. "
        f"{_FIXES}"
    )


def rule_stance(headline: str, claim: Claim | str) -> HeadlineStance:
    """The rules' answer as probabilities: certain yes is for, certain no is against, anything
    else observing; two of them contradict with confidence 1 or 0, as the rules do."""
    claim = parse_claim(claim) if isinstance(claim, str) else claim
    rule = stance_toward_claim(headline, claim)
    if rule.certain:
        yes = rule.label == "yes"
        return HeadlineStance(float(yes), float(not yes), 0.0, learned=False)
    return HeadlineStance(0.0, 0.0, 1.0, learned=False)


def headline_stance(
    headline: str, claim: Claim | str, weights: StanceWeights | None
) -> HeadlineStance:
    """The learned stance when there is a table, else the rules'."""
    return weights.stance(headline, claim) if weights is not None else rule_stance(headline, claim)


def default_stance_weights_path() -> Path:
    """Where ``make stance-weights`` writes the table and onrecord looks for it:
    ``$XDG_DATA_HOME/onrecord/stance_weights.json`` (``~/.local/share/onrecord/`` by default)."""
    return data_path(_WEIGHTS_FILE)


def load_stance_weights(setting: str | Path | None = None) -> StanceWeights | None:
    """The learned stance table, or None to read by the rules alone.

    ``setting`` is a path or ``"off"``; when None, ``ONRECORD_STANCE_WEIGHTS`` is read the same
    way, and when that is unset too, the table at :func:`default_stance_weights_path` if one
    was trained there (none there: the rules, no error).

    Raises:
        StanceWeightsError: a table named by path is missing, or a table found is malformed.
    """
    value = str(setting) if setting is not None else os.environ.get(ENV_STANCE_WEIGHTS, "")
    table = learned_table(value, default_stance_weights_path())
    return None if table is None else _cached_table(*table)


@lru_cache(maxsize=4)
def _cached_table(path: str, stamp: int) -> StanceWeights:
    return StanceWeights.from_path(path)
