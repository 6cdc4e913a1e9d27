"""A change of position told by recalling the old words in the writer's own sentence.

News often names the old words in passing, beside the new ones: "Rennick council has put back
its cap, weeks after promising it would start in October", "Gwen Arkwright, who last month
told residents there were no plans for a counter anywhere else", "Last month Hetherington
told the Evening Star that the whole lane would be gone by Christmas". The recalled words are
no statement of their own (no one is quoted; the writer tells them), and the new words may
share little with them ("The lane between the station and Quay Street will stay"), so neither
a matter nor :mod:`.reported_reversals` pairs them; but the writer has set the old words
against the new.

The recalled words follow a dated look back (:data:`_RECALLED`: "weeks after promising",
"a month after saying", "last month ... told", "earlier this year ... said"). They name the
earlier statement: of all statements said before the article in another article of its
story, the one sharing most content words with them, at least :data:`_ECHO` and no tie. The
new words are the same speaker's, in the article, in the paragraph of the look back or the
one after or before it, asserted and certain, not the recalled words themselves, sharing a
content word with the old; of several the one sharing most, then the nearest.

Not a reversal: a look back that agrees ("as promised last month"; no dated look back),
recalled words no earlier statement echoes, new words naming the earlier event the same way
("promised last month to publish the report", then "the report was published on Monday":
the promise kept), nor a statement already shown in a reversal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .claims import Item
from .contradictions import Contradiction
from .persons import one_person
from .reversal_checks import one_step, said_surely
from .shared_words import asserted_stems, content_stems
from .stories import same_story

# not a time inside another phrase: "In a shift from its position last month, the federation
# said it was prepared to settle" tells the new words, not the old
_RECALLED = re.compile(
    r"\b(?:(?:weeks|days|months|a (?:week|month|year)) after (?:promising|saying|insisting|"
    r"vowing|pledging|telling|announcing|declaring)"
    r"|(?:(?<=[.!?\n] )|(?<=\n)|(?<=\bwho ))"  # a sentence or a relative clause opens on it
    r"(?:last|earlier this) (?:month|week|year|spring|summer|autumn|winter),?(?: \w+){0,3} "
    r"(?:had )?(?:told|said|promised|insisted|vowed|pledged))\b(?P<old>[^.;]+)",
    re.IGNORECASE,
)
# where the recalled words end: the writer's next clause ("..., and has changed its mind")
_CLAUSE_END = re.compile(r",\s+(?:and|but|while|although|though)\b")
# how many content words the recalled words must share with the earlier statement
_ECHO = 2
_CONFIDENCE = 0.6


def recalled_reversals(
    items: list[Item],
    found: list[Contradiction],
    stories: dict[str, frozenset[str]] | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[Contradiction]:
    """Reversals an article tells by recalling a speaker's old words in its own sentence
    (``found``: those already reported; ``texts``: each article's title and text)."""
    if not texts:
        return []
    shown = {s for c in found if c.kind == "reversal" for s in (c.a.statement, c.b.statement)}
    by_article: dict[str, list[Item]] = {}
    for it in items:
        if it.statement.sentence is not None:
            by_article.setdefault(it.article, []).append(it)
    out: list[Contradiction] = []
    for article, its in by_article.items():
        text = texts.get(article)
        first = its[0].statement.sentence
        if text is None or first is None:
            continue
        shift = text.find(first.text, max(0, first.start)) - first.start
        if shift < 0:
            continue
        day = max((it.said or "" for it in its), default="")
        for mark in _RECALLED.finditer(text):
            old = _CLAUSE_END.split(mark.group("old"))[0]
            earlier = _echoed(old, its[0], items, stories, day)
            if earlier is None or earlier.key in shown:
                continue
            span = (mark.start() - shift, mark.end() - shift)
            new = _new_words(earlier, old, its, span, _window(text, mark.start(), shift))
            if new is None or new.key in shown or one_step(earlier, new):
                continue
            why = f"the article recalls {new.speaker_name}'s earlier words beside the new ones"
            out.append(Contradiction.reversal(earlier, new, _CONFIDENCE, why))
            shown |= {earlier.key, new.key}
    return out


def _window(text: str, at: int, shift: int) -> tuple[int, int]:
    """The paragraph of ``at`` in ``text`` with the paragraphs before and after it, in the
    article's own places (``shift``: where its text begins in ``text``)."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    n = next((k for k, (a, b) in enumerate(paragraphs) if a <= at < b), 0)
    first, last = paragraphs[max(0, n - 1)], paragraphs[min(len(paragraphs) - 1, n + 1)]
    return first[0] - shift, last[1] - shift


def _echoed(
    old: str,
    one: Item,
    items: list[Item],
    stories: dict[str, frozenset[str]] | None,
    day: str,
) -> Item | None:
    """The statement said before ``day`` in another article of ``one``'s story that the
    recalled words ``old`` echo, if one stands out."""
    scored: list[tuple[int, Item]] = []
    for it in items:
        if (
            it.article == one.article
            or it.speaker is None
            or not it.said
            or it.said >= day
            or not same_story(stories, it, one)
            or not said_surely(it)
        ):
            continue
        shared = len(content_stems(old, set()) & asserted_stems(it))
        if shared >= _ECHO:
            scored.append((shared, it))
    scored.sort(key=lambda s: s[0], reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _new_words(
    earlier: Item, old: str, its: list[Item], mark: tuple[int, int], window: tuple[int, int]
) -> Item | None:
    """The earlier speaker's statement near the look back that the old words are set
    against: the one sharing most words with them, then the nearest."""
    words = asserted_stems(earlier) | content_stems(old, set())
    scored: list[tuple[tuple[int, int], Item]] = []
    for it in its:
        where, end = it.statement.content.start, it.statement.content.end
        if (
            it.speaker is None
            or not one_person(it, earlier)
            or not window[0] <= where < window[1]
            or (where < mark[1] and mark[0] < end)  # the recalled words themselves
            or not said_surely(it)
        ):
            continue
        shared = len(words & asserted_stems(it))
        if shared:
            scored.append(((shared, -abs(where - mark[0])), it))
    scored.sort(key=lambda s: s[0], reverse=True)
    return scored[0][1] if scored else None
