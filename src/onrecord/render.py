"""Render records for people: a plain-text table and Markdown. JSON comes from ``to_dict()``."""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Iterable

from .models import Record, RunReport, Statement

FORMATS = ("json", "jsonl", "table", "md", "timeline")


def to_json(record: Record, *, indent: int | None = 2) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=indent)


def _speaker_label(s: Statement) -> str:
    sp = s.speaker
    if sp.name:
        label = sp.name
    elif sp.mention:
        label = f"({sp.mention.text})"
    else:
        label = "(no source)"
    if sp.type not in ("person", "unknown"):
        label += f" [{sp.type}]"
    return label


def _date_label(s: Statement) -> str:
    return s.date.value if s.date else "-"


_LEARNED_NOTE = "* cued by a verb that learned weights chose (basis: learned)"


def _kind_label(s: Statement) -> str:
    """The statement's kind, starred when learned weights found it (see ``_LEARNED_NOTE``)."""
    return s.kind + ("*" if s.basis == "learned" else "")


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def to_table(record: Record, *, width: int | None = None) -> str:
    """A fixed-width table of statements, headed by the article's title and date."""
    width = width or min(shutil.get_terminal_size((120, 20)).columns, 160)
    a = record.article
    head = [
        f"{a.title or a.source}",
        f"  published: {a.published or 'unknown'}   outlet: {a.outlet or '-'}   "
        f"statements: {len(record.statements)}",
    ]
    if a.credited_sources:
        head.append(f"  credited sources: {', '.join(a.credited_sources)}")
    rows = [("id", "date", "speaker", "kind", "cue", "via", "content")]
    for s in record.statements:
        rows.append(
            (
                s.id,
                _date_label(s),
                _speaker_label(s),
                _kind_label(s),
                s.cue.text if s.cue else "-",
                s.conduit or "-",
                s.content.text,
            )
        )
    fixed = [max(len(r[i]) for r in rows) for i in range(6)]
    fixed[2] = min(fixed[2], 28)
    fixed[4] = min(fixed[4], 16)
    fixed[5] = min(fixed[5], 16)
    content_w = max(30, width - sum(fixed) - 14)
    lines = [*head, ""]
    for r in rows:
        cells = [_clip(r[i], fixed[i]).ljust(fixed[i]) for i in range(6)]
        wrapped = textwrap.wrap(" ".join(r[6].split()), content_w) or [""]
        lines.append("  ".join([*cells, wrapped[0]]))
        pad = " " * (sum(fixed) + 12)
        lines.extend(pad + w for w in wrapped[1:3])
        if len(wrapped) > 3:
            lines[-1] = lines[-1].rstrip() + " …"
    if any(s.basis == "learned" for s in record.statements):
        lines += ["", _LEARNED_NOTE]
    return "\n".join(lines) + "\n"


def to_markdown(record: Record) -> str:
    """Markdown: a heading per article and a table of statements, quotes escaped for tables."""
    a = record.article
    out = [f"## {a.title or a.source}", ""]
    meta = [f"published {a.published or 'unknown'}"]
    if a.outlet:
        meta.append(f"outlet {a.outlet}")
    if a.credited_sources:
        meta.append("credited: " + ", ".join(a.credited_sources))
    out += ["*" + " · ".join(meta) + "*", ""]
    out += ["| id | date | speaker | kind | cue | via | content |", "|---|---|---|---|---|---|---|"]
    for s in record.statements:
        cells = [
            s.id,
            _date_label(s),
            _speaker_label(s),
            _kind_label(s),
            s.cue.text if s.cue else "",
            s.conduit or "",
            " ".join(s.content.text.split()),
        ]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    if any(s.basis == "learned" for s in record.statements):
        out += ["", "\\" + _LEARNED_NOTE]  # escaped: not a list item
    return "\n".join(out) + "\n\n"


def render(records: Iterable[Record], fmt: str) -> Iterable[str]:
    """Yield the text of each record in ``fmt`` (one of :data:`FORMATS`)."""
    for r in records:
        if fmt == "json":
            yield to_json(r) + "\n"
        elif fmt == "jsonl":
            yield to_json(r, indent=None) + "\n"
        elif fmt == "table":
            yield to_table(r) + "\n"
        elif fmt == "timeline":
            from .timeline import build_timeline, render_timeline

            yield f"{r.article.title or r.article.source}\n" + render_timeline(build_timeline([r]))
            yield "\n"
        else:
            yield to_markdown(r)


def report_lines(report: RunReport) -> list[str]:
    """A short summary of a run for stderr."""
    lines = [f"{report.records} article(s), {report.statements} statement(s)"]
    if report.skipped:
        lines[0] += f", {len(report.skipped)} skipped"
        for s in report.skipped:
            lines.append(f"  skipped {s.source}: {s.reason}: {s.detail}")
    return lines
