"""Scraped text to clean paragraphs: drop boilerplate, read the title, byline, date and credits.

The cleaner works line by line. Every dropped line is kept in ``CleanText.removed`` with the
rule that dropped it, so that a reader can audit what ingestion threw away.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from itertools import pairwise

from ..models import RemovedLine
from .boilerplate import (
    classify_line,
    is_list_header,
    is_teaser,
    parse_meta_line,
    parse_sources_line,
)
from .dates import DateLineKind
from .outlets import is_outlet_name

log = logging.getLogger(__name__)

_INVISIBLE_RE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_GLUED = (
    r"Popular Videos?|Promo Image|Advertisement|ADVERTISEMENT|Read More|READ MORE"
    r"|Related Articles?|Sponsored Content|Image placeholder title"
)
# A junk phrase glued to the end of a line ("...Commons (2)Popular Video") or its start.
_GLUED_TAIL_RE = re.compile(rf"(?:(?<=\S)|(?<=[.!?)\]\"”’]\s))(?P<junk>{_GLUED})\s*$")
_GLUED_HEAD_RE = re.compile(
    r"^(?P<junk>Skip to (?:main )?content|Advertisement|ADVERTISEMENT)(?=\S)"
)
_SENTENCE_END_RE = re.compile(r"[.,;:][\"'”’)]*$")
_ABBREV_END_RE = re.compile(r"\b(?:[A-Z]\.){2,}$")
_TERMINAL_RE = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_SMALL_WORDS_TEXT = """
    a an and as at but by for from in into of on or over the to up vs via with is are
"""
_SMALL_WORDS = frozenset(_SMALL_WORDS_TEXT.split())
_TITLE_SUFFIX_RE = re.compile(r"\s+(?:\||-|–|—|::)\s+(?P<suffix>[^|–—]{2,60})$")
_MAX_TITLE_SCAN = 8
_MENU_SPLIT_RE = re.compile(r"[ \t\u00a0]{2,}|\t")
_COPYRIGHT_HOLDER_RE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(?P<name>[^.,|]{2,60})",
    re.I,
)


@dataclass(frozen=True, slots=True)
class CleanText:
    """The article text of a scraped page, and what was taken out of it.

    Attributes:
        title: The headline, when one was found (never part of ``paragraphs``).
        paragraphs: The article's paragraphs, in order.
        credited_sources: Outlets named in a credits line ("Sources: ..."), in order.
        removed: Every boilerplate line dropped, with the rule that dropped it.
        author: The byline's names, when there was one.
        published: The date line's date (YYYY-MM-DD), when there was one.
        outlet: The outlet named by the masthead or the copyright line, when there was one.
    """

    title: str | None
    paragraphs: list[str]
    credited_sources: tuple[str, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    author: str | None = None
    published: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class _Line:
    text: str
    gap: bool  # a blank or removed line comes before it
    number: int = 0


@dataclass(slots=True)
class _State:
    removed: list[tuple[int, RemovedLine]] = field(default_factory=list)
    number: int = 0  # the line being read

    def drop(self, text: str, reason: str, number: int | None = None) -> None:
        at = self.number if number is None else number
        self.removed.append((at, RemovedLine(text, reason)))

    credits: list[str] = field(default_factory=list)
    author: str | None = None
    dates: list[tuple[DateLineKind, str]] = field(default_factory=list)
    holders: set[str] = field(default_factory=set)  # copyright holders, as _key()s
    outlet: str | None = None


def normalize_line(line: str) -> str:
    """Drop invisible characters and collapse every run of whitespace to one space."""
    return " ".join(_INVISIBLE_RE.sub("", line).split())


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _strip_glued(line: str, state: _State) -> tuple[str, bool, bool]:
    """Cut junk glued to the start or end of a line; say which ends were cut."""
    head = _GLUED_HEAD_RE.match(line)
    if head:
        state.drop(head.group("junk"), "navigation")
        line = line[head.end() :].strip()
    tail = _GLUED_TAIL_RE.search(line)
    if tail and tail.start() > 0:
        state.drop(tail.group("junk"), "promo")
        line = line[: tail.start()].rstrip()
    return line, head is not None, bool(tail and tail.start() > 0)


def _is_spaced_menu(raw_line: str) -> bool:
    """A menu whose items a scraper separated by runs of spaces: "News  Politics  Business"."""
    parts = _MENU_SPLIT_RE.split(raw_line.strip())
    return len(parts) >= 3 and all(
        len(p.split()) <= 3 and not _TERMINAL_RE.search(p) and p[:1].isupper() for p in parts
    )


def _classify(line: str, state: _State) -> str | None:
    names = parse_sources_line(line)
    if names is not None:
        state.credits.extend(n for n in names if n not in state.credits)
        return "credits"
    meta = parse_meta_line(line)
    if meta is not None:
        kind, author, date = meta
        state.author = state.author or author
        if date:
            state.dates.append(date)
        return kind
    reason = classify_line(line)
    if reason == "copyright":
        holder = _COPYRIGHT_HOLDER_RE.match(line)
        if holder:
            state.holders.add(_key(holder.group("name")))
            if is_outlet_name(holder.group("name")):
                state.outlet = state.outlet or holder.group("name").strip()
    return reason


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL_WORDS] or words
    upper = sum(1 for w in content if w[0].isupper() or w[0].isdigit() or not w[0].isalpha())
    return upper / len(content) >= 0.6


def _headline_like(text: str, following: str | None) -> bool:
    words = text.split()
    if not 3 <= len(words) <= 30 or len(text) > 250 or following is None:
        return False
    if _SENTENCE_END_RE.search(text) and not _ABBREV_END_RE.search(text):
        return False
    if text[0].islower() or following[:1].islower():  # a hard-wrapped sentence goes on
        return False
    return _is_title_case(words) or (len(words) <= 20 and len(following) >= len(text))


def _is_label(text: str) -> bool:
    """A short non-sentence line above a headline: a section name or a kicker."""
    return len(text.split()) <= 4 and not _TERMINAL_RE.search(text)


def _clean_title(title: str) -> str:
    m = _TITLE_SUFFIX_RE.search(title)
    if m and (is_outlet_name(m.group("suffix")) or " | " in m.group(0)):
        return title[: m.start()].rstrip()
    return title


def _is_masthead(line: _Line, following: str | None, state: _State) -> bool:
    """A short line above the headline: the outlet's name, a section or a kicker."""
    if not _is_label(line.text):
        return False
    if is_outlet_name(line.text) or _key(line.text) in state.holders:
        state.outlet = state.outlet or line.text
        return True
    return following is not None and _headline_like(following, "")


def _find_title(lines: list[_Line], state: _State) -> str | None:
    for i, line in enumerate(lines[:_MAX_TITLE_SCAN]):
        following = lines[i + 1].text if i + 1 < len(lines) else None
        if not _is_masthead(line, following, state) and _headline_like(line.text, following):
            for label in lines[:i]:
                state.drop(label.text, "navigation", label.number)
            del lines[: i + 1]
            if lines:
                lines[0].gap = True
            return _clean_title(line.text)
        if not _is_label(line.text):
            return None
    return None


def _drop_repeats(lines: list[_Line], title: str | None, state: _State) -> list[_Line]:
    """Remove the title when the page repeats it ("... Promo Image") and repeated paragraphs."""
    title_key = _key(title) if title else None
    seen: set[str] = set()
    kept: list[_Line] = []
    gap = False
    for line in lines:
        key = _key(line.text)
        reason = None
        if title_key and key.startswith(title_key) and len(key[len(title_key) :].split()) <= 4:
            reason = "duplicate_title"
        elif key in seen and len(key.split()) >= 8:
            reason = "duplicate"
        seen.add(key)
        if reason:
            state.drop(line.text, reason, line.number)
            gap = True
            continue
        kept.append(_Line(line.text, line.gap or gap, line.number))
        gap = False
    return kept


def _hard_wrapped(lines: list[_Line]) -> bool:
    """Whether blank lines separate paragraphs whose lines were wrapped at a fixed width."""
    if not any(line.gap for line in lines[1:]):
        return False
    inner = [a.text for a, b in pairwise(lines) if not b.gap]
    longest = max(len(line.text) for line in lines)
    return len(inner) >= 2 and longest <= 100 and sum(len(t) >= 50 for t in inner) > len(inner) / 2


def _paragraphs(lines: list[_Line], join_wrapped: bool) -> list[str]:
    """Join the lines of a hard-wrapped paragraph; every other line is a paragraph of its own."""
    paragraphs: list[str] = []
    blocks = join_wrapped and _hard_wrapped(lines)
    for line in lines:
        if paragraphs and join_wrapped and not line.gap:
            prev = paragraphs[-1]
            wrapped = len(prev) >= 40 and not _TERMINAL_RE.search(prev)
            if blocks or wrapped or line.text[0].islower():
                paragraphs[-1] = f"{prev} {line.text}"
                continue
        paragraphs.append(line.text)
    return paragraphs


def clean_lines(raw: str, *, title: str | None = None, join_wrapped: bool = True) -> CleanText:
    """Clean text whose lines are paragraphs or hard-wrapped pieces of them.

    Args:
        raw: The scraped text.
        title: The headline when it is known already (HTML metadata, a JSON field); the cleaner
            then only removes its repetitions instead of looking for one.
        join_wrapped: Join lines that continue a paragraph (plain text); HTML extraction output
            already has one paragraph per line.

    Returns:
        The clean text, see :class:`CleanText`.
    """
    state = _State()
    lines: list[_Line] = []
    gap = True
    teasers = False  # inside a "Most read" list of teaser headlines
    for number, raw_line in enumerate(raw.splitlines()):
        state.number = number
        if _is_spaced_menu(raw_line):
            state.drop(normalize_line(raw_line), "navigation")
            gap = True
            continue
        text, cut_head, cut_tail = _strip_glued(normalize_line(raw_line), state)
        if not text:
            gap = True
            continue
        gap = gap or cut_head  # the cut junk separated this line from the one before
        reason = _classify(text, state)
        if reason is None and teasers and is_teaser(text):
            reason = "promo"
        teasers = (teasers and reason == "promo") or is_list_header(text)
        if reason is not None:
            state.drop(text, reason)
            gap = True
            continue
        lines.append(_Line(text, gap, number))
        gap = cut_tail
    found = normalize_line(title) if title else _find_title(lines, state)
    lines = _drop_repeats(lines, found, state)
    published = next((d for kind, d in state.dates if kind == "published"), None)
    if published is None and state.dates:
        published = state.dates[0][1]
    removed = tuple(r for _, r in sorted(state.removed, key=lambda item: item[0]))
    for r in removed:
        log.debug("removed %s line: %r", r.reason, r.text)
    return CleanText(
        title=found or None,
        paragraphs=_paragraphs(lines, join_wrapped),
        credited_sources=tuple(state.credits),
        removed=removed,
        author=state.author,
        published=published,
        outlet=state.outlet,
    )


def clean_scraped_text(raw: str, *, title: str | None = None) -> CleanText:
    """Clean the text of a scraped news page.

    Drops navigation, image captions and placeholders, promo and video teasers, share prompts,
    cookie and newsletter notices, copyright footers and credits lines; reads the title, the
    byline, the date line and the outlets credited in a "Sources:" line.

    Args:
        raw: The page's text, one paragraph per line or per blank-line-separated block.
        title: The headline when it is known already; see :func:`clean_lines`.

    Returns:
        The clean text. It never raises; an input with nothing left has no paragraphs.

    Example:
        >>> clean = clean_scraped_text("Menu\\n\\nBridge Opens in May\\n\\nIt opens in May.")
        >>> clean.title, clean.paragraphs
        ('Bridge Opens in May', ['It opens in May.'])
    """
    return clean_lines(raw, title=title, join_wrapped=True)
