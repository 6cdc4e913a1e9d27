"""Gold attributions: read PolNeAR (brat standoff) or its derived JSON Lines into plain records.

Three layouts are accepted by :func:`load_gold`:

* a folder in PolNeAR layout, ``text/<doc>.txt`` + ``attributions/<doc>_<annotator>.ann``
  (a split folder such as ``polnear/data/dev``), or a flat brat folder with ``<doc>.ann`` next
  to ``<doc>.txt``;
* a ``.jsonl`` file in the ``derived/polnear_*.jsonl`` schema;
* a single ``.ann`` (or ``.txt``) file whose partner is next to it or in ``../text/``.

When an article has several annotators, the first ``.ann`` (or JSON record) in sorted order is
kept. Offsets are Python ``str`` offsets into the article text, end exclusive.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import EvaluationError
from ..models import Json

log = logging.getLogger(__name__)

ContentType = Literal["direct", "mixed", "indirect"]
Fragment = tuple[int, int]
Extent = tuple[Fragment, ...]  # sorted fragments; () when the role is absent
Role = Literal["source", "cue", "content"]
ROLES: tuple[Role, ...] = ("source", "cue", "content")

LAYOUT_HELP = (
    "Expected a PolNeAR split folder (text/*.txt and attributions/*.ann, e.g. "
    "polnear/data/dev), a brat folder with <doc>.ann next to <doc>.txt, a derived "
    "polnear_*.jsonl file, or a single .ann file with its .txt."
)

_QUOTES = '"“”'
_T_LINE = re.compile(r"T\d+\t")
_ANNOTATION_LINE = re.compile(r"[TERANM]\d+\t|#")
_DATE_IN_NAME = re.compile(r"^[a-z0-9-]+_(\d{4}-\d{2}-\d{2})_")
_BRAT_ROLES: dict[str, Role] = {"Source": "source", "Cue": "cue", "Content": "content"}


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution relation: source, cue and content extents in the text.

    ``type`` is a quote-mark heuristic (the same as PolNeAR ``derived/``): ``direct`` when the
    content starts and ends with a quote mark, ``mixed`` when it contains one, else ``indirect``.
    """

    source: Extent
    cue: Extent
    content: Extent
    type: ContentType
    id: str = ""

    def role(self, name: Role) -> Extent:
        return self.source if name == "source" else self.cue if name == "cue" else self.content

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "type": self.type,
            **{r: [list(f) for f in self.role(r)] for r in ROLES},
        }


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """An annotated article: its text, publication date and gold attributions."""

    doc_id: str
    text: str
    published: str | None
    attributions: tuple[GoldAttribution, ...]
    annotator: str | None = None

    def to_dict(self) -> Json:
        return {
            "doc_id": self.doc_id,
            "published": self.published,
            "annotator": self.annotator,
            "attributions": [a.to_dict() for a in self.attributions],
        }


def content_type(text: str, content: Extent) -> ContentType:
    """Classify content as direct, mixed or indirect by its quote marks."""
    joined = " ".join(text[s:e] for s, e in content).strip()
    if not any(q in joined for q in _QUOTES):
        return "indirect"
    if joined[0] in _QUOTES and joined[-1] in _QUOTES:
        return "direct"
    return "mixed"


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read gold attributions from a brat folder, a derived ``.jsonl`` or one ``.ann`` file.

    Args:
        path: the folder or file to read (see the module docstring for the layouts).

    Returns:
        One :class:`GoldDocument` per article, sorted by ``doc_id``.

    Raises:
        EvaluationError: the path is missing, in no known layout, or its annotations do not
            match its texts.
    """
    p = Path(path)
    if not p.exists():
        raise EvaluationError(f"Gold corpus {p} does not exist. {LAYOUT_HELP}")
    if p.is_dir():
        docs = _load_folder(p)
    elif p.suffix == ".jsonl":
        docs = _load_jsonl(p)
    elif p.suffix in (".ann", ".txt"):
        ann = p.with_suffix(".ann")
        docs = [_load_ann(ann, _find_text(ann), _published_from_name(_doc_id_of(ann)))]
    else:
        raise EvaluationError(f"Cannot read gold attributions from {p}. {LAYOUT_HELP}")
    log.info("loaded %d gold documents from %s", len(docs), p)
    return sorted(docs, key=lambda d: d.doc_id)


def _load_folder(folder: Path) -> list[GoldDocument]:
    if (folder / "attributions").is_dir() and (folder / "text").is_dir():
        anns, texts = sorted((folder / "attributions").glob("*.ann")), folder / "text"
    else:
        anns, texts = sorted(folder.glob("*.ann")), folder
    if not anns:
        splits = sorted(d.name for d in folder.iterdir() if (d / "attributions").is_dir())
        hint = f" It holds the splits {', '.join(splits)}: pass one of them." if splits else ""
        raise EvaluationError(f"No .ann files found in {folder}.{hint} {LAYOUT_HELP}")
    metadata = _read_metadata([folder / "metadata.tsv", folder.parent / "metadata.tsv"])
    docs: dict[str, GoldDocument] = {}
    for ann in anns:  # sorted: the first annotator of an article wins
        doc_id = _doc_id_of(ann, texts)
        if doc_id in docs:
            log.debug("ignoring %s: %s already has an annotator", ann.name, doc_id)
            continue
        published = metadata.get(doc_id) or _published_from_name(doc_id)
        docs[doc_id] = _load_ann(ann, texts / f"{doc_id}.txt", published)
    return list(docs.values())


def _doc_id_of(ann: Path, texts: Path | None = None) -> str:
    """``<doc>.ann`` or ``<doc>_<annotator>.ann`` -> ``<doc>``, whichever has a text."""
    folders = [texts] if texts else [ann.parent, ann.parent.parent / "text"]
    for candidate in (ann.stem, ann.stem.rsplit("_", 1)[0]):
        if any((f / f"{candidate}.txt").is_file() for f in folders):
            return candidate
    raise EvaluationError(f"No text file found for {ann}. {LAYOUT_HELP}")


def _find_text(ann: Path) -> Path:
    doc_id = _doc_id_of(ann)
    for folder in (ann.parent, ann.parent.parent / "text"):
        if (folder / f"{doc_id}.txt").is_file():
            return folder / f"{doc_id}.txt"
    raise EvaluationError(f"No text file found for {ann}. {LAYOUT_HELP}")  # pragma: no cover


def _published_from_name(doc_id: str) -> str | None:
    m = _DATE_IN_NAME.match(doc_id)
    return m.group(1) if m else None


def _read_metadata(candidates: Iterable[Path]) -> dict[str, str]:
    for path in candidates:
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as f:
                rows = csv.DictReader(f, delimiter="\t")
                return {
                    r["filename"]: r["publication_date"]
                    for r in rows
                    if r.get("filename") and r.get("publication_date")
                }
    return {}


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise EvaluationError(f"Cannot read {path}: {e}. {LAYOUT_HELP}") from e


def _load_ann(ann: Path, txt: Path, published: str | None) -> GoldDocument:
    text = _read(txt).replace("\r\n", "\n")
    spans, events = _parse_ann(_read(ann).replace("\r\n", "\n"), ann)
    attributions = []
    for eid, args in events:
        roles: dict[Role, list[Fragment]] = {"source": [], "cue": [], "content": []}
        for key, tid in args:
            role = _BRAT_ROLES.get(key.rstrip("0123456789"))  # Content2 -> Content
            if role is None:  # the Attribution / Attribution-no-source trigger
                continue
            if tid not in spans:
                raise EvaluationError(f"{ann}: {eid} refers to {tid}, which is not defined.")
            _check_surface(text, spans[tid], tid, ann, txt)
            roles[role].extend(spans[tid][0])
        source, cue, content = (tuple(sorted(roles[r])) for r in ROLES)
        type_ = content_type(text, content)
        attributions.append(GoldAttribution(source, cue, content, type_, eid))
    annotator = ann.stem.rsplit("_", 1)[1] if ann.stem != txt.stem else None
    return GoldDocument(txt.stem, text, published, tuple(attributions), annotator)


def _parse_ann(
    raw: str, ann: Path
) -> tuple[dict[str, tuple[list[Fragment], str]], list[tuple[str, list[tuple[str, str]]]]]:
    """Split an ``.ann`` into its ``T`` spans (fragments, surface) and ``E`` relations."""
    spans: dict[str, tuple[list[Fragment], str]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    last: str | None = None  # the T line a continuation line belongs to
    for n, line in enumerate(raw.split("\n"), 1):
        try:
            if _T_LINE.match(line):
                tid, middle, surface = line.split("\t", 2)
                offsets = middle.split(" ", 1)[1]
                frags = [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))]
                spans[tid], last = (frags, surface), tid
            elif line.startswith("E") and _ANNOTATION_LINE.match(line):
                eid, args = line.split("\t", 1)
                events.append((eid, [_key_value(a) for a in args.split()]))
                last = None
            elif _ANNOTATION_LINE.match(line):
                last = None
            elif last is not None:  # surface text that contains a newline
                frags, surface = spans[last]
                spans[last] = (frags, surface + "\n" + line)
        except ValueError as e:
            raise EvaluationError(f"{ann}, line {n}: not a brat annotation: {line[:60]!r}") from e
    return spans, events


def _key_value(arg: str) -> tuple[str, str]:
    key, sep, value = arg.partition(":")
    if not sep:
        raise ValueError(arg)
    return key, value


def _check_surface(
    text: str, span: tuple[list[Fragment], str], tid: str, ann: Path, txt: Path
) -> None:
    """Offsets must point at the annotated words (whitespace aside), or the text is wrong."""
    frags, surface = span
    if any(s < 0 or e > len(text) or s > e for s, e in frags) or "".join(
        "".join(text[s:e] for s, e in frags).split()
    ) != "".join(surface.split()):
        raise EvaluationError(
            f"{ann}: the offsets of {tid} do not match {txt} (annotated {surface[:40]!r}). "
            "Is this the text the annotations were made on?"
        )


def _load_jsonl(path: Path) -> list[GoldDocument]:
    docs: dict[str, GoldDocument] = {}
    for n, row in _jsonl_rows(path):
        try:
            doc = _doc_from_json(row)
        except (KeyError, TypeError, ValueError) as e:
            raise EvaluationError(f"{path}, line {n}: not a derived PolNeAR record ({e}).") from e
        previous = docs.get(doc.doc_id)
        if previous is None or (doc.annotator or "") < (previous.annotator or ""):
            docs[doc.doc_id] = doc
    if not docs:
        raise EvaluationError(f"{path} holds no records. {LAYOUT_HELP}")
    return list(docs.values())


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    for n, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvaluationError(f"{path}, line {n}: invalid JSON ({e.msg}). {LAYOUT_HELP}") from e
        if not isinstance(row, dict):
            raise EvaluationError(f"{path}, line {n}: expected a JSON object. {LAYOUT_HELP}")
        yield n, row


def _doc_from_json(row: dict[str, object]) -> GoldDocument:
    text = row["text"]
    if not isinstance(text, str):
        raise TypeError("'text' is not a string")
    rows = row["attributions"]
    if not isinstance(rows, list):
        raise TypeError("'attributions' is not a list")
    attributions = []
    for a in rows:
        source, cue, content = (_extent(text, a.get(r) or []) for r in ROLES)
        attributions.append(
            GoldAttribution(source, cue, content, content_type(text, content), str(a.get("id", "")))
        )
    doc_id, date, annotator = row["doc_id"], row.get("date"), row.get("annotator")
    return GoldDocument(
        str(doc_id),
        text,
        str(date) if date else _published_from_name(str(doc_id)),
        tuple(attributions),
        str(annotator) if annotator else None,
    )


def _extent(text: str, parts: list[dict[str, object]]) -> Extent:
    frags = []
    for p in parts:
        start, end = p["start"], p["end"]
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end:
            raise ValueError(f"bad offsets {start!r}..{end!r}")
        if "text" in p and text[start:end] != p["text"]:
            raise ValueError(f"offsets {start}..{end} do not match {p['text']!r}")
        frags.append((start, end))
    return tuple(sorted(frags))
