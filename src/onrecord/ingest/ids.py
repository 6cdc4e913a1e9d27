"""One id, one article: a second, different article under an id the batch already used is a
``duplicate_id`` skip, whichever file of the batch it comes from.

An id names one article of a feed: the store (``uid``), the exports (``article_uid``) and the
researcher's own tables join on it. Two texts under one id (a feed's bug, two feeds that
number their articles from 1, or a revised story re-sent) cannot both keep it, and renaming
one would break that join without a word, so the first is kept and the second is skipped,
naming both. The same text again under the same id is let through: the runner reports it as
a ``duplicate`` of the first (or, rerun, as already stored). Articles without an id of their
own take the hash of their text, so two different texts never clash.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..errors import DuplicateId
from ..models import Article, Skipped
from .article import article_id
from .skips import skip

FIX = (
    "Give each article its own id (a revised version, say, 'ID-v2'; or drop the stale "
    "version) and run onrecord ingest again: it reads only the articles it has not stored."
)


def duplicate_id(article: Article, first: str, *, stored: bool = False) -> DuplicateId:
    """The error for ``article``, whose id ``first`` (a source) already gave another text."""
    where = "the id of an article already in the store, from" if stored else "already the id of"
    kept = "it is kept" if stored else "the first is kept"
    return DuplicateId(
        article.source,
        f"its id {article.id!r} is {where} {first}, a different article; {kept}. {FIX}",
    )


def unique_ids(items: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
    """``items``, with each article whose id an earlier article of them gave to a different
    text turned into a ``duplicate_id`` skip that names the first's source."""
    ids: dict[str, tuple[str, str]] = {}  # article id -> (the first source, its text's hash)
    for item in items:
        if isinstance(item, Article):
            digest = article_id(item.text)
            # an id made from the text names no other text: it is not kept, so that a crawl
            # of a million pages without ids of their own keeps nothing here
            if item.id != digest:
                first = ids.setdefault(item.id, (item.source, digest))
                if first[1] != digest:
                    item = skip(duplicate_id(item, first[0]))
        yield item
