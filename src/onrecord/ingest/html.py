"""HTML pages to articles: trafilatura finds the main text and metadata, then the line cleaner."""

from __future__ import annotations

import codecs
import html as html_lib
import logging
import re
from dataclasses import dataclass

from ..config import DEFAULT_MAX_BYTES
from ..errors import EmptyArticle, EncodingError, MalformedInput, NoArticle
from ..models import Article
from .article import build_article
from .dates import coerce_date, metadata_date, normalize_published
from .decode import decode_bytes, has_visible, invisible_detail, scrub_surrogates
from .limits import check_size
from .text import clean_lines

log = logging.getLogger(__name__)

_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_HTML_START_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title"
    r"|article|div|p|section|main|header|h[1-6])\b",
    re.I | re.S,
)
_MIN_WORDS = 15  # fewer words than this in the main text: a form or an index, not an article
# libxml2's HTML parser keeps 256 levels of elements and drops whatever is nested deeper
_PARSER_DEPTH = 256
_TAG_RE = re.compile(r"</?(?:p|div|br|span|a|html|body|article|h[1-6]|li|ul|script)\b[^>]*>", re.I)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What trafilatura found in a page."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """Tell HTML from plain text by its first tag, or by a handful of tags near the start."""
    head = text[:4096]
    return bool(_HTML_START_RE.match(head)) or len(_TAG_RE.findall(head)) >= 5


# WHATWG Encoding: browsers read a page labelled Latin-1 or ASCII as Windows-1252, whose
# 0x80-0x9F bytes are curly quotes and dashes (Latin-1 has invisible controls there)
_AS_WINDOWS_1252 = frozenset(
    "iso-8859-1 iso8859-1 iso_8859-1 latin1 latin-1 l1 cp819 ibm819 us-ascii ascii "
    "ansi_x3.4-1968 windows-1252 cp1252 x-cp1252".split()
)


def decode_html(
    data: bytes, *, source: str, encoding: str | None = None, declared: str | None = None
) -> str:
    """Decode an HTML page: as UTF-8 (or ``encoding``), else in the charset it declares.

    Args:
        data: The page's bytes.
        source: How to name the page in error messages.
        encoding: The codec given by the user; it wins over everything.
        declared: A charset declared outside the page (an HTTP ``Content-Type``), used when the
            page's own ``<meta>`` declares none.

    Raises:
        EncodingError: Not UTF-8, and no declared charset that decodes it (or an unknown one).
    """
    try:
        return decode_bytes(data, source=source, encoding=encoding)
    except EncodingError as e:
        m = _META_CHARSET_RE.search(data[:4096])
        label = m.group(1).decode("ascii", "replace") if m else declared
        if encoding is not None or not label:
            raise
        codec = label.strip().lower()
        if codec in _AS_WINDOWS_1252:
            codec = "cp1252"
        try:
            codecs.lookup(codec)
        except LookupError:
            raise EncodingError(
                source, f"the page declares the charset {label!r}, which is unknown, and {e.detail}"
            ) from None
        log.info("%s is not UTF-8; decoding it as its declared charset %s", source, label)
        try:
            return decode_bytes(data, source=source, encoding=codec)
        except EncodingError:
            if codec != "cp1252":
                raise
            # five bytes have no Windows-1252 character; browsers keep them as controls
            return decode_bytes(data, source=source, encoding="latin-1")


_REDIRECT_RES = (
    re.compile(r"<meta[^>]+http-equiv\s*=\s*[\"']?refresh[^>]*?url\s*=\s*['\"]?([^\"'>\s]+)", re.I),
    re.compile(r"\blocation(?:\.href)?\s*=\s*[\"']([^\"']+)[\"']"),
    re.compile(r"\blocation\.(?:replace|assign)\(\s*[\"']([^\"']+)[\"']"),
)


def redirect_target(page: str) -> str | None:
    """Where a page without an article sends the browser (a meta refresh or a script setting
    ``location``): the page a crawler saved instead of the article, and the one to fetch."""
    head = page[:20000]
    for rx in _REDIRECT_RES:
        m = rx.search(head)
        if m:
            return m.group(1)
    return None


def nesting_depth(tree: object) -> int:
    """How many levels of elements the parsed page holds on its deepest path."""
    from lxml import etree

    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _too_deep(source: str) -> MalformedInput:
    return MalformedInput(
        source,
        f"the HTML nests its elements more than {_PARSER_DEPTH - 1} levels deep, deeper than "
        "the HTML parser reads: the text below that depth would be lost, so the page is not "
        "read. Such a page has hundreds of unclosed tags (<div>, <font>, <span>) or was made "
        "to break parsers. Repair it (for example: tidy -q -asxhtml PAGE) or save the "
        "article's text as a .txt file, and read that.",
    )


_HIDDEN_RE = re.compile(r"<(script|style|title|head)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)


def page_text(page: str) -> str:
    """A page's text as a reader sees it, roughly: its tags, head, scripts and styles gone and
    its character references read ("&nbsp;", "&#8203;")."""
    return html_lib.unescape(_HIDDEN_RE.sub(" ", page))


def extract_html(html: str, *, url: str | None = None, source: str = "<html>") -> Extracted | None:
    """Run trafilatura on a page; None when it finds no main text.

    Args:
        html: The page.
        url: The page's address, when known (helps the metadata extraction).
        source: How to name the page in error messages.

    Raises:
        MalformedInput: The page nests elements deeper than the parser reads (its deeper text
            would be dropped without a word).
    """
    # A heavy import, needed only for HTML input.
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    tree = load_html(html)  # parsed once here, to see its depth, and handed on
    if tree is None:
        return None
    if nesting_depth(tree) >= _PARSER_DEPTH:
        raise _too_deep(source)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=False,
        deduplicate=False,
    )
    if not isinstance(doc, Document) or not doc.text or not doc.text.strip():
        return None

    def _str(value: object) -> str | None:
        return (value.strip() or None) if isinstance(value, str) else None

    date = coerce_date(doc.date) if isinstance(doc.date, str) else None

    return Extracted(
        text=doc.text,
        title=_str(doc.title),
        author=_str(doc.author),
        date=metadata_date(date, html) if date else None,
        sitename=_str(doc.sitename),
        url=_str(doc.url),
    )


def article_from_html(
    html: str | bytes,
    *,
    source: str = "<html>",
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    id: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Make an article from an HTML page: main text, title, date, outlet, author and URL.

    Args:
        html: The page, as text or bytes.
        source: How to name the input in messages and in ``Article.source``.
        published: Publication date (YYYY-MM-DD); overrides the page's own date.
        title: Overrides the page's title.
        url: Overrides the page's canonical URL.
        outlet: Overrides the page's site name.
        id: The article id; by default the hash of the clean text.
        encoding: The codec of ``html`` bytes when they are not UTF-8.
        max_bytes: Refuse pages larger than this.

    Raises:
        NoArticle: The page has no article body.
        EmptyArticle: The page is empty.
        MalformedInput: The page nests elements deeper than the HTML parser reads.
        BinaryInput, EncodingError, InputTooLarge, NotEnglish, UsageError: See :func:`load_article`.
    """
    if published:
        published = normalize_published(published)
    check_size(html, source=source, max_bytes=max_bytes)
    page = (
        decode_html(html, source=source, encoding=encoding)
        if isinstance(html, bytes)
        else scrub_surrogates(html)
    )
    if not page.strip():
        raise EmptyArticle(source, "the page is empty; there is no article text to read.")
    found = extract_html(page, url=url, source=source)
    if found is None:
        shown = page_text(page)
        if shown.strip(" \t\r\n\f\v") and not has_visible(shown):  # &nbsp;, &#8203; alone
            raise EmptyArticle(source, invisible_detail(shown, "the page's text"))
        target = redirect_target(page)
        if target:
            raise NoArticle(
                source,
                f"this HTML page only redirects to {target}; save that page instead, or let "
                "the crawler follow redirects.",
            )
        raise NoArticle(
            source,
            "no article body was found in this HTML page (only navigation, forms or scripts). "
            "Check that it is an article page, not an index or a login page.",
        )
    clean = clean_lines(found.text, title=title or found.title, join_wrapped=False)
    words = sum(len(p.split()) for p in clean.paragraphs)
    if 0 < words < _MIN_WORDS:
        raise NoArticle(
            source,
            f"the page's main text is only {words} word(s), not an article body. Check that it is "
            "an article page, not an index, a form or a login page.",
        )
    return build_article(
        clean,
        source=source,
        published=published or found.date,
        title=title or found.title,
        url=url or found.url,
        outlet=outlet or found.sitename,
        id=id,
        author=found.author,
        empty=NoArticle,
    )
