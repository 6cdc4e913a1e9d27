"""HTML and SVG built on the server: highlighted article text and small charts.

Every piece of text goes through :func:`markupsafe.escape`; the results are ``Markup`` so
that Jinja2 does not escape them twice. Charts use SVG attributes, never inline styles, so the
Content-Security-Policy can forbid them.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

from markupsafe import Markup, escape

Row = Mapping[str, object]

STANCE_COLOURS = {"yes": "#1b7f5b", "no": "#c2372b", "hedged": "#c98a00", "unclear": "#7b8494"}
# a span of the same statement that also lies inside another: the innermost kind wins
_PRIORITY = {"speaker": 3, "cue": 2, "content": 1}


def _spans(statements: Iterable[Row], size: int) -> list[tuple[int, int, str, int]]:
    out: list[tuple[int, int, str, int]] = []

    def add(start: object, end: object, kind: str, sid: int) -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
            out.append((start, end, kind, sid))

    for st in statements:
        sid = int(st["id"])  # type: ignore[call-overload]
        parts = st.get("content_parts") or []
        if isinstance(parts, list) and parts:
            for p in parts:
                if isinstance(p, Mapping):
                    add(p.get("start"), p.get("end"), "content", sid)
        else:
            add(st.get("content_start"), st.get("content_end"), "content", sid)
        add(st.get("cue_start"), st.get("cue_end"), "cue", sid)
        add(st.get("speaker_start"), st.get("speaker_end"), "speaker", sid)
    return out


def describe(st: Row) -> str:
    """One line about a statement: speaker, date and conduit (a tooltip)."""
    bits = [str(st.get("speaker") or st.get("speaker_text") or "Unnamed speaker")]
    if st.get("date"):
        bits.append(f"said {st['date']}")
    if st.get("conduit"):
        bits.append(f"via {st['conduit']}")
    return " · ".join(bits)


def highlight(text: str, statements: Sequence[Row]) -> Markup:
    """The article text with each statement's speaker, cue and content in its own ``<mark>``."""
    spans = _spans(statements, len(text))
    by_id = {int(st["id"]): st for st in statements}  # type: ignore[call-overload]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    pieces: list[str] = []
    for a, b in itertools.pairwise(cuts):
        covering = [sp for sp in spans if sp[0] <= a and sp[1] >= b]
        chunk = escape(text[a:b])
        if not covering:
            pieces.append(str(chunk))
            continue
        _, _, kind, sid = max(covering, key=lambda sp: (_PRIORITY[sp[2]], sp[0] - sp[1]))
        ids = " ".join(str(i) for i in sorted({sp[3] for sp in covering}))
        tip = escape(describe(by_id[sid]))
        pieces.append(
            f'<mark class="hl hl-{kind}" data-st="{sid}" data-all="{ids}" '
            f'title="{tip}" tabindex="0">{chunk}</mark>'
        )
    return Markup("".join(pieces))


def mark_terms(text: str, query: str | None) -> Markup:
    """``text`` escaped, with each word of ``query`` (case-insensitive, as a prefix) marked."""
    words = [re.escape(w) for w in (query or "").split() if w.strip()]
    if not words:
        return Markup(escape(text))
    pattern = re.compile(r"\b(" + "|".join(words) + r")\w*", re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [str(escape(text[last : m.start()])), f'<mark class="term">{escape(m[0])}</mark>']
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


def parse_day(value: object) -> datetime.date | None:
    """A date from an ISO value of any granularity (``2024``, ``2024-03``, ``2024-03-05``)."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value or ""))
    if not m:
        return None
    try:
        return datetime.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def _ticks(lo: datetime.date, hi: datetime.date, n: int = 5) -> list[datetime.date]:
    span = max((hi - lo).days, 1)
    return [lo + datetime.timedelta(days=round(span * i / (n - 1))) for i in range(n)]


def _label(d: datetime.date) -> str:
    return f"{d.day} {d:%b %Y}"


def timeline_svg(statements: Sequence[Row], *, width: int = 1100) -> Markup:
    """Statements on a matter by date (x) and speaker (one lane each), dots coloured by stance.

    Each speaker's name takes the colour of their latest stance; each dot links to the
    statement in its article.
    """
    dated = [(parse_day(st.get("date")), st) for st in statements]
    points = [(d, st) for d, st in dated if d is not None]
    if not points:
        return Markup('<p class="empty">No dated statements to draw.</p>')
    lanes: dict[str, list[tuple[datetime.date, Row]]] = {}
    for d, st in sorted(points, key=lambda p: p[0]):
        lanes.setdefault(str(st.get("speaker") or "Unnamed speaker"), []).append((d, st))
    left, right, top, lane_h = 190, 48, 18, 40
    height = top + lane_h * len(lanes) + 44
    lo, hi = points[0][0], points[0][0]
    for d, _ in points:
        lo, hi = min(lo, d), max(hi, d)
    if lo == hi:
        lo, hi = lo - datetime.timedelta(days=3), hi + datetime.timedelta(days=3)
    span = (hi - lo).days

    def x(d: datetime.date) -> float:
        return left + (width - left - right) * (d - lo).days / span

    out = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="Statements by date and stance">'
    ]
    axis_y = top + lane_h * len(lanes) + 6
    for t in _ticks(lo, hi):
        out.append(
            f'<line x1="{x(t):.1f}" y1="{top - 6}" x2="{x(t):.1f}" y2="{axis_y}" '
            'stroke="#e6e2da" stroke-width="1"/>'
            f'<text x="{x(t):.1f}" y="{axis_y + 18}" text-anchor="middle" class="tick">'
            f"{escape(_label(t))}</text>"
        )
    for i, (name, items) in enumerate(lanes.items()):
        y = top + lane_h * i + lane_h / 2
        latest = str(items[-1][1].get("stance") or "unclear")
        colour = STANCE_COLOURS.get(latest, STANCE_COLOURS["unclear"])
        short = name if len(name) <= 24 else name[:23] + "…"
        out.append(
            f'<line x1="{left}" y1="{y}" x2="{width - right}" y2="{y}" stroke="#d9d4ca" '
            'stroke-dasharray="2 4"/>'
            f'<text x="{left - 12}" y="{y + 4}" text-anchor="end" class="lane" '
            f'fill="{colour}"><title>{escape(name)}</title>{escape(short)}</text>'
        )
        for d, st in items:
            stance = str(st.get("stance") or "unclear")
            fill = STANCE_COLOURS.get(stance, STANCE_COLOURS["unclear"])
            tip = escape(f"{name}, {st.get('date')}: {stance} — {st.get('content')}")
            href = escape(f"/articles/{st.get('article_id')}#st-{st.get('id')}")
            out.append(
                f'<a href="{href}"><circle cx="{x(d):.1f}" cy="{y}" r="8" fill="{fill}" '
                f'stroke="#fff" stroke-width="2" class="dot dot-{escape(stance)}">'
                f"<title>{tip}</title></circle></a>"
            )
    out.append("</svg>")
    return Markup("".join(out))


def _chart_open(kind: str, width: int, height: int, label: str) -> str:
    """The ``<svg>`` tag of a chart: an image to assistive technology, named by ``label``, which
    says what the chart shows (its bars are not read one by one)."""
    return (
        f'<svg class="{kind}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(label)}">'
    )


def bars_svg(
    rows: Sequence[tuple[str, int]], *, width: int = 360, href: str = "", title: str = "Counts"
) -> Markup:
    """A horizontal bar per (label, count), the biggest first; ``title`` names what is counted
    ("Statements by outlet"), and with the counts is the chart's accessible name."""
    if not rows:
        return Markup('<p class="empty">None.</p>')
    top = max(n for _, n in rows) or 1
    left, bar_h, gap = 150, 16, 10
    height = len(rows) * (bar_h + gap)
    label = f"{title}: " + ", ".join(f"{name} {n}" for name, n in rows)
    out = [_chart_open("bars", width, height, label)]
    for i, (label, n) in enumerate(rows):
        y = i * (bar_h + gap)
        w = max(2.0, (width - left - 40) * n / top)
        short = label if len(label) <= 22 else label[:21] + "…"
        out.append(
            f'<text x="{left - 8}" y="{y + 12}" text-anchor="end" class="bar-label">'
            f"<title>{escape(label)}</title>{escape(short)}</text>"
            f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="3" fill="#2f5d8a"/>'
            f'<text x="{left + w + 6:.1f}" y="{y + 12}" class="bar-n">{n}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def roles_svg(roles: Sequence[Row], *, width: int = 340) -> Markup:
    """Each role as a bar from the first to the last date it was seen."""
    dated = [(r, parse_day(r.get("first_seen")), parse_day(r.get("last_seen"))) for r in roles]
    items = [(r, a, b or a) for r, a, b in dated if a is not None]
    if not items:
        return Markup("")
    lo = min(a for _, a, _ in items)
    hi = max(b for _, _, b in items if b is not None)
    span = max((hi - lo).days, 1)
    left, right, row_h = 130, 8, 26
    height = len(items) * row_h + 24

    def x(d: datetime.date) -> float:
        return left + (width - left - right) * (d - lo).days / span

    label = "Roles over time: " + "; ".join(
        f"{r.get('role')}, {a.isoformat()}" + (f" to {b.isoformat()}" if b and b != a else "")
        for r, a, b in items
    )
    out = [_chart_open("roles", width, height, label)]
    for i, (r, a, b) in enumerate(items):
        assert b is not None
        y = i * row_h
        role = str(r.get("role"))
        short = role if len(role) <= 18 else role[:17] + "…"
        w = max(8.0, x(b) - x(a))
        out.append(
            f'<text x="{left - 8}" y="{y + 14}" text-anchor="end" class="bar-label">'
            f"<title>{escape(role)}</title>{escape(short)}</text>"
            f'<rect x="{x(a):.1f}" y="{y + 3}" width="{w:.1f}" height="14" rx="7" fill="#8a5a2b">'
            f"<title>{escape(role)}: {escape(str(r.get('first_seen')))} – "
            f"{escape(str(r.get('last_seen')))}</title></rect>"
        )
    out.append(
        f'<text x="{left}" y="{height - 4}" class="tick">{escape(_label(lo))}</text>'
        f'<text x="{width - right}" y="{height - 4}" text-anchor="end" class="tick">'
        f"{escape(_label(hi))}</text></svg>"
    )
    return Markup("".join(out))
