"""Which cues gold annotators mark, and how often: the data behind ``nlp/cue_data.py``.

A cue such as "has repeatedly called for" is reduced to its *cue lemma*, "call for": the
lemmas (lowercased) of its words as tagged in context, without punctuation and without the
auxiliaries, particles (negation, infinitival "to"), adverbs and weekdays at its edges (the
verb group's entourage that the guidelines put into the cue), unless nothing else is left.
"according to" keeps its surface form. Cues made only of punctuation (a colon before a quote)
are counted as ``punctuation`` but have no lemma.

Regenerate the table (development time only; PolNeAR is read, never copied)::

    python -m onrecord.evaluation.cue_stats ../shared/eval/polnear/data/train \\
        > src/onrecord/nlp/cue_data.py
"""

from __future__ import annotations

import json
import sys
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..errors import ModelNotFound
from .brat import Extent, GoldDocument, load_gold

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

CueCategory = Literal["verb", "noun", "preposition", "multiword", "punctuation", "other"]

_ENTOURAGE_POS = {"AUX", "ADV", "PART", "PUNCT", "SPACE"}
# "said Tuesday": the day belongs to the cue span but not to the cue
# fmt: off
_TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "tomorrow", "tonight", "now", "later", "earlier",
}
# fmt: on
_KEEP_SURFACE = {"according"}  # spaCy lemmatizes it to "accord", which no one writes
_CATEGORY: dict[str, CueCategory] = {
    "VERB": "verb",
    "NOUN": "noun",
    "PROPN": "noun",
    "ADP": "preposition",
}


@dataclass(frozen=True, slots=True)
class CueCounts:
    """How often each cue lemma occurs, and how the occurrences split by category."""

    lemmas: Counter[str]
    categories: Counter[CueCategory]

    def top(self, n: int) -> list[str]:
        """The ``n`` most frequent cue lemmas; ties are broken alphabetically."""
        return [k for k, _ in sorted(self.lemmas.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def cue_lemma(tokens: Sequence[Token]) -> tuple[str, CueCategory]:
    """The cue lemma of the tokens of one cue span, and its category.

    Returns:
        ``("", "punctuation")`` for punctuation-only cues, otherwise the lemma and ``verb``,
        ``noun``, ``preposition``, ``multiword`` or ``other``.
    """
    words = [t for t in tokens if t.pos_ not in ("PUNCT", "SPACE") and not t.is_punct]
    if not words:
        return "", "punctuation"
    kept = _strip_entourage(words) or words
    lemma = " ".join(
        t.text.lower() if t.text.lower() in _KEEP_SURFACE else t.lemma_.lower() for t in kept
    )
    if len(kept) > 1:
        return lemma, "multiword"
    return lemma, _CATEGORY.get(kept[0].pos_, "other")


def _strip_entourage(words: list[Token]) -> list[Token]:
    """Drop auxiliaries, particles, adverbs and time words at the edges of a cue."""
    start, end = 0, len(words)
    while start < end and _is_entourage(words[start]):
        start += 1
    while end > start and _is_entourage(words[end - 1]):
        end -= 1
    return words[start:end]


def _is_entourage(token: Token) -> bool:
    return token.pos_ in _ENTOURAGE_POS or token.text.lower() in _TIME_WORDS


def count_cues(docs: Iterable[GoldDocument], nlp: Language) -> CueCounts:
    """Tag every gold text with ``nlp`` and count the cue lemmas of its attributions."""
    lemmas: Counter[str] = Counter()
    categories: Counter[CueCategory] = Counter()
    docs = list(docs)
    disabled = [p for p in ("parser", "ner") if p in nlp.pipe_names]
    with nlp.select_pipes(disable=disabled):
        for gold, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
            for attribution in gold.attributions:
                if not attribution.cue:
                    continue
                lemma, category = cue_lemma(_tokens(doc, attribution.cue))
                categories[category] += 1
                if lemma:
                    lemmas[lemma] += 1
    return CueCounts(lemmas, categories)


def _tokens(doc: Doc, extent: Extent) -> list[Token]:
    tokens: list[Token] = []
    for start, end in extent:
        span = doc.char_span(start, end, alignment_mode="expand")
        tokens += span if span is not None else []
    return tokens


def load_tagger(model: str | None = None) -> Language:
    """The spaCy pipeline whose tags and lemmas define cue lemmas."""
    import spacy

    from ..config import default_model

    name = model or default_model()
    try:
        return spacy.load(name, exclude=["ner"])
    except OSError as e:
        raise ModelNotFound(name) from e


def render_table(counts: CueCounts, n: int = 300) -> str:
    """``nlp/cue_data.py``: the ``n`` most frequent cue lemmas as a Python tuple."""
    top = counts.top(n)
    total = sum(counts.categories.values())
    breakdown = ", ".join(f"{k} {v / total:.1%}" for k, v in counts.categories.most_common())
    about = (
        f"Made by ``python -m onrecord.evaluation.cue_stats``: the {len(top)} most frequent of "
        f"{len(counts.lemmas)} cue lemmas over {total} cues, most frequent first. Cue categories: "
        f"{breakdown}. Only cue words, lemmatized and lowercased; no article text. "
        "Do not edit by hand."
    )
    lines = [
        '"""The most frequent cue lemmas of PolNeAR train (first annotator per article).',
        "",
        *textwrap.wrap(about, width=96),
        '"""',
        "",
        "# fmt: off",
        "POLNEAR_TOP_CUES: tuple[str, ...] = (",
        *(f"    {json.dumps(lemma)},  # {counts.lemmas[lemma]}" for lemma in top),
        ")",
        "# fmt: on",
        "",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m onrecord.evaluation.cue_stats GOLD [N]``: print the cue table."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    counts = count_cues(load_gold(args[0]), load_tagger())
    sys.stdout.write(render_table(counts, int(args[1]) if len(args) > 1 else 300))
    return 0


if __name__ == "__main__":
    sys.exit(main())
