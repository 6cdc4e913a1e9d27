"""A speaker's earlier words that an article sets beside their new ones.

News tells a change of position by reporting the old words next to the new, the old in the
past perfect: '"The ferry will stop at Dunmore from May," the harbour master said. In March,
she had said that no ferry would call there this year.' The old and the new are often in
other words (no event joins "will stop at Dunmore" and "no ferry would call there"), so no
matter holds the two; but the writer has set them side by side, and that is the reversal.

The old words are a statement whose cue reports a saying in the past perfect ("had said",
"had told the board", "had previously insisted"), not dated in the article's own days (a
date of its own, "In March", "On Feb. 10", lies before them; with none, the past perfect and
the first report below tell that the words came before), asserted and certain (not "had said
it would close if ..."), and not an agreement ("as she had said in March", "had already
said"). They must echo what the
speaker said in an earlier article of the story (the same speaker, before this article, one
statement sharing most words with them), and that statement is the earlier side: the
speaker's own words as first reported. The new words are the same speaker's, in the same
article within a few sentences of the old, not dated before them, asserted and certain,
sharing two content words or more with the old words or the first report; of several, the
one sharing most, then the first in the article (the new position leads, details follow).

Not a reversal: the old and the new words naming one event the same way ("had said the
application would be lodged in April" and "the application was lodged on Monday": the next
step of one plan), another speaker's words reported ("Vance had said ..." beside Orr's own
words), two statements sharing only a name or a time (one place, two questions), old words
with no first report they echo, nor a pair already shown as a reversal.
"""

from __future__ import annotations

import re

from .claims import Item
from .contradictions import Contradiction
from .persons import one_person
from .reversal_checks import one_step, said_surely
from .shared_words import content_stems
from .stories import same_story

# a saying in the past perfect: the words were said before the time the article tells of
_LOOKED_BACK = re.compile(
    r"\bhad\s+(?:\w+ly\s+|\w+\s+\w+ly\s+)?(?:said|told|insisted|promised|claimed|stated|"
    r"maintained|assured|pledged|vowed|written|argued|announced|predicted)\b",
    re.IGNORECASE,
)
# the old words agreed with, not taken back: "as she had said", "had already said", "again"
_AGREED = re.compile(r"\b(?:as|already|again|repeated|confirm\w*)\b", re.IGNORECASE)
# how far (characters) from the old words the new may stand: the same paragraph or the next
_BEFORE, _AFTER = 500, 500
# how many content words the new words must share with the old: one alone, the place the
# whole story is about ("Kessock"), does not make two statements one question
_SHARED = 2
# how sure before :mod:`.confidence` sets it (see :mod:`.owned_reversals`: no matter joins)
_CONFIDENCE = 0.6


def reported_reversals(
    items: list[Item],
    found: list[Contradiction],
    stories: dict[str, frozenset[str]] | None = None,
) -> list[Contradiction]:
    """Reversals an article tells by setting a speaker's earlier words beside their new ones
    (``found``: those already reported; a statement shown in a reversal is not paired again)."""
    shown = {s for c in found if c.kind == "reversal" for s in (c.a.statement, c.b.statement)}
    by_article: dict[str, list[Item]] = {}
    for it in items:
        by_article.setdefault(it.article, []).append(it)
    out: list[Contradiction] = []
    for old in items:
        article = by_article[old.article]
        published = _latest(article)
        if old.speaker is None or old.key in shown or not looks_back(old, published):
            continue
        earlier = _first_told(old, items, stories, published)
        if earlier is None or earlier.key in shown:
            continue  # the old words as the article reports them, with nothing they echo
        new = _new_words(old, earlier, article)
        if new is None or new.key in shown or one_step(earlier, new) or one_step(old, new):
            continue
        why = f"{new.speaker_name}'s earlier words are reported beside the new ones"
        out.append(Contradiction.reversal(earlier, new, _CONFIDENCE, why))
        shown |= {earlier.key, old.key, new.key}
    return out


def looks_back(it: Item, published: str | None) -> bool:
    """Whether ``it`` reports its speaker's earlier words: told in the past perfect, not dated
    by its own words on or after the article's day ``published``, certain, and not agreed
    with."""
    cue = it.statement.cue
    sent = it.statement.sentence
    if cue is None or not _told_before(it) or _AGREED.search(cue.text):
        return False
    if sent is not None:
        before = sent.text[: max(0, cue.start - sent.start)]
        if _AGREED.search(" ".join(before.split()[-4:])):
            return False  # "As Orr had said in March, ..."
    date = it.statement.date
    if date is not None and date.basis != "published" and not _before(date.value, published):
        return False  # "had said on Monday", the article's own week
    return said_surely(it)


def _told_before(it: Item) -> bool:
    """Whether the statement's cue is a saying in the past perfect ("had told the board")."""
    return it.statement.cue is not None and bool(_LOOKED_BACK.search(it.statement.cue.text))


def _before(a: str | None, b: str | None) -> bool:
    """Whether date ``a`` falls wholly before date ``b`` (either may be a month: "2031-03")."""
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def _new_words(old: Item, first: Item, article: list[Item]) -> Item | None:
    """The speaker's new words that ``old`` is set beside, if any stand out."""
    words = _terms(old) | _terms(first)
    at = old.statement.content.start
    scored: list[tuple[tuple[int, int], Item]] = []
    for it in article:
        where = it.statement.content.start - at
        if (
            it is old
            or not -_BEFORE <= where <= _AFTER
            or it.speaker is None
            or not one_person(it, old)
            or _before(it.said, old.said)
            or _told_before(it)
            or not said_surely(it)
        ):
            continue
        shared = len(words & _terms(it))
        if shared >= _SHARED:
            scored.append(((shared, -it.statement.content.start), it))
    scored.sort(key=lambda s: s[0], reverse=True)
    return scored[0][1] if scored else None


def _latest(article: list[Item]) -> str | None:
    """The latest day a statement of the article was made: the article's own."""
    return max((it.said for it in article if it.said and len(it.said) == 10), default=None)


def _first_told(
    old: Item,
    items: list[Item],
    stories: dict[str, frozenset[str]] | None,
    published: str | None,
) -> Item | None:
    """The speaker's statement in an earlier article that ``old`` reports, if one stands out
    (``published``: the day of ``old``'s article)."""
    own = _terms(old)
    scored: list[tuple[int, Item]] = []
    for it in items:
        if (
            it.article == old.article
            or it.speaker is None
            or not _before(it.said, published)
            or not one_person(it, old)
            or not same_story(stories, it, old)
            or _told_before(it)
        ):
            continue
        shared = len(own & _terms(it))
        if shared:
            scored.append((shared, it))
    scored.sort(key=lambda s: s[0], reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _names(it: Item) -> set[str]:
    return {w.casefold() for w in (it.speaker_name or "").split()}


def _terms(it: Item) -> set[str]:
    return content_stems(it.statement.content.text, _names(it))
