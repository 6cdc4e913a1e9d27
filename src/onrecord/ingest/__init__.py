"""Stage 1, ingestion: files, folders, stdin, text and HTML to clean articles.

>>> from onrecord.ingest import load_article
>>> article = load_article("Ms. Vela said the bridge would open in May.", published="2024-03-02")
>>> article.text, article.published
('Ms. Vela said the bridge would open in May.', '2024-03-02')
"""

from __future__ import annotations

from ..config import DEFAULT_MAX_BYTES
from .article import article_from_text, article_id
from .decode import decode_bytes
from .html import article_from_html
from .language import is_english
from .load import SUFFIXES, load_article, read_articles
from .outlets import KNOWN_OUTLETS, canonical_outlet, is_outlet_name
from .text import CleanText, clean_scraped_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "KNOWN_OUTLETS",
    "SUFFIXES",
    "CleanText",
    "article_from_html",
    "article_from_text",
    "article_id",
    "canonical_outlet",
    "clean_scraped_text",
    "decode_bytes",
    "is_english",
    "is_outlet_name",
    "load_article",
    "read_articles",
]
