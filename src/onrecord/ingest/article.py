"""Clean text to :class:`~onrecord.models.Article`: text, paragraph offsets, id, checks."""

from __future__ import annotations

import hashlib
from collections import Counter

from ..errors import EmptyArticle, IngestError, NotEnglish
from ..models import Article
from .dates import normalize_published
from .decode import has_visible, invisible_detail, scrub_surrogates
from .language import is_english
from .text import CleanText, clean_scraped_text

PARAGRAPH_SEPARATOR = "\n\n"


def article_id(text: str) -> str:
    """The first 16 hex digits of the SHA-256 of ``text`` with its whitespace normalized."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _removed_summary(clean: CleanText) -> str:
    if not clean.removed:
        return ""
    counts = Counter(r.reason for r in clean.removed)
    listed = ", ".join(f"{n} {reason}" for reason, n in counts.most_common())
    return f" ({len(clean.removed)} lines were dropped as boilerplate: {listed})"


def build_article(
    clean: CleanText,
    *,
    source: str,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    id: str | None = None,
    author: str | None = None,
    empty: type[IngestError] = EmptyArticle,
) -> Article:
    """Assemble an article from cleaned text and metadata; given values win over found ones.

    Args:
        clean: The cleaned text.
        source: Where the article came from (a path, "<stdin>", "file.jsonl:3").
        published: A publication date (YYYY-MM-DD) that overrides the one found in the text.
        title: A title that overrides the one found in the text.
        url: The article's address.
        outlet: The publishing outlet.
        id: The article id; by default derived from the text.
        author: An author that overrides the byline.
        empty: The error to raise when no paragraph is left.

    Raises:
        EmptyArticle: No paragraph left once boilerplate is removed (or ``empty``).
        NotEnglish: The text does not read as English.
        UsageError: ``published`` is not a YYYY-MM-DD date.
    """
    date = normalize_published(published) if published else clean.published
    paragraphs = [p for p in clean.paragraphs if has_visible(p)]
    if not paragraphs:
        raise empty(
            source,
            "no article text is left once boilerplate is removed"
            f"{_removed_summary(clean)}. Check that the file holds the article itself.",
        )
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    if not is_english(text):
        raise NotEnglish(
            source,
            "the text does not read as English; onrecord extracts statements from English news "
            "only. Leave this file out or translate it first.",
        )
    spans: list[tuple[int, int]] = []
    start = 0
    for p in paragraphs:
        spans.append((start, start + len(p)))
        start += len(p) + len(PARAGRAPH_SEPARATOR)
    return Article(
        id=id or article_id(text),
        source=source,
        text=text,
        title=title or clean.title,
        published=date,
        url=url,
        outlet=outlet or clean.outlet,
        author=author or clean.author,
        language="en",
        credited_sources=clean.credited_sources,
        removed=clean.removed,
        paragraphs=tuple(spans),
    )


def article_from_text(
    text: str,
    *,
    source: str = "<text>",
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    id: str | None = None,
) -> Article:
    """Make an article from plain or scraped text, dropping boilerplate lines.

    Args:
        text: The text, one paragraph per line or per blank-line-separated block.
        source: How to name the input in messages and in ``Article.source``.
        published: Publication date (YYYY-MM-DD); overrides a date line in the text.
        title: The headline; when given, the text is not searched for one.
        url: The article's address.
        outlet: The publishing outlet.
        id: The article id; by default the hash of the clean text.

    Raises:
        EmptyArticle: Nothing but whitespace or boilerplate.
        NotEnglish: The text is not in English.
        UsageError: ``published`` is not a YYYY-MM-DD date.
    """
    if published:
        published = normalize_published(published)
    if not text:
        raise EmptyArticle(source, "the input is empty; there is no article text to read.")
    if not has_visible(text):
        raise EmptyArticle(source, invisible_detail(text, "the input"))
    clean = clean_scraped_text(scrub_surrogates(text), title=title)
    return build_article(
        clean, source=source, published=published, title=title, url=url, outlet=outlet, id=id
    )
