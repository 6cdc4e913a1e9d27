"""Outlets named in an article's text: a known outlet, or a name shaped like one ("Valley
Public Radio", "The Harbor Ledger"), not a person whose surname looks like a paper."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..ingest.outlets import canonical_outlet
from .gender import is_first_name

_OUTLET_TAIL = re.compile(
    r"\b(?:Radio|Television|TV|Broadcasting|News|Times|Post|Wire|Gazette|Chronicle|Herald|"
    r"Ledger|Examiner|Courier|Sentinel|Tribune|Journal|Daily|Star|Record|Register|Dispatch|"
    r"Observer|Bulletin|Inquirer|Review|Magazine|Press)$"
)


def outlet_name(span: Span) -> str | None:
    """The outlet a span names: a known outlet, or a name shaped like one ("Valley Public
    Radio", "The Harbor Ledger")."""
    known = canonical_outlet(_with_article(span))
    if known:
        return known
    text = span.text.strip()
    if is_first_name(span[0].text):
        return None  # "John Wire", "Grace Post": a person whose surname looks like a paper
    if len(span) >= 2 and _OUTLET_TAIL.search(text) and all(t.text[:1].isupper() for t in span):
        return _with_article(span)
    return None


def _with_article(span: Span) -> str:
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text == "The":
        return "The " + span.text
    return span.text
