"""The rebutter's words told after a rebuttal sentence that quotes only the claim it rebuts.

News often gives a rebuttal a sentence of its own and the rebutter's answer in the next one:
"Pocock hit back at Marchbank's claim that residents had been told. "I was at that meeting,"
he said." Extraction reads the first sentence as the owner's claim (Marchbank's, cued by
"claim") and holds no statement of the rebutter there; the rebutting statement is the one
that follows at once, by the speaker the sentence names before its cue ("Pocock", or "he" /
"she"), never the owner.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..models import Span, Speaker, Statement
from . import lexicon as lx
from .claims import Item
from .sides import GENERIC_TARGET
from .words import tokens

# at most this many characters between the rebuttal sentence and its rebutter's words ('He
# said: "' is nine)
_NEXT = 40
_PRONOUNS = frozenset({"he", "she"})


def reply_after(
    claim: Item, items: list[Item], cue: re.Match[str], owner: set[str], known: dict[str, set[str]]
) -> int | None:
    """The index of the rebutter's statement that follows ``claim``, the claim a rebuttal
    sentence names or the sentence itself when it holds no statement (:func:`bare_sentences`;
    ``cue``: the rebuttal cue matched in its sentence; ``owner``: the words that name the
    claim's owner; ``known``: speaker -> the words that name them), None when the next
    statement is not the rebutter's.

    The next statement in the article must begin right after the sentence, with no statement
    between; its speaker is not the owner and is named by the words before the cue ("Angela
    Rowe, the MP for Carnmouth, hit back at ..."), or those words are "he" or "she" and the
    reply brings in no new speaker by name (:func:`_known_before`)."""
    sentence = claim.statement.sentence
    if sentence is None:
        return None
    if any(
        it is not claim and it.article == claim.article and it.sentence == claim.sentence
        for it in items
    ):
        return None  # the rebutter's words are in the sentence ("..., saying ...")
    subject = [t.lower().strip("'’") for t in tokens(claim.sentence[: cue.start()])]
    subject = [t for t in subject if t[:1].isalnum()]
    if not subject:
        return None
    j = next_statement(claim, items)
    if j is None or items[j].speaker in (None, claim.speaker):
        return None
    reply = items[j]
    words = known.get(reply.speaker or "", set())
    if owner & words:
        return None  # the owner answering the rebuttal
    if subject[-1] in _PRONOUNS:  # "He hit back at", "But she hit back at"
        return j if _known_before(reply, claim, items) else None
    return j if (set(subject) - GENERIC_TARGET) & words else None


def _known_before(reply: Item, told: Item, items: list[Item]) -> bool:
    """Whether the reply's speaker can be the "he" or "she" of the rebuttal sentence ``told``:
    the reply does not name its speaker ('..., he said.'), or names one the article has
    named before that sentence; '"...," said Mo Reyes, a neighbour.' brings in a new one."""
    st, at = reply.statement, told.statement.sentence
    if st.sentence is None or at is None:
        return True
    names = {t for t in tokens(reply.speaker_name or "") if t[:1].isupper() and len(t) > 1}
    start, end = st.content.start - st.sentence.start, st.content.end - st.sentence.start
    around = set(tokens(reply.sentence[:start] + " " + reply.sentence[end:]))
    if not names & around:
        return True
    return any(
        it.article == reply.article and (s := it.statement.sentence) is not None
        and s.start < at.start and (it.speaker == reply.speaker or names & set(tokens(it.sentence)))
        for it in items
    )  # fmt: skip


def next_statement(told: Item, items: list[Item]) -> int | None:
    """The index of the statement that follows ``told``'s sentence at once in its article: the
    first whose words begin after that sentence ends, within :data:`_NEXT` characters of it;
    None when there is none that near."""
    sentence = told.statement.sentence
    if sentence is None:
        return None
    after = [
        (it.statement.content.start, j)
        for j, it in enumerate(items)
        if it.article == told.article and it.statement.content.start >= sentence.end
    ]
    if not after:
        return None
    start, j = min(after)
    return j if start - sentence.end <= _NEXT else None


# where a sentence ends: a full stop (or ? !), a closing quote, then a space; not after a title
_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?][\"”’]?(?=\s|$)")
_START = re.compile(r"[.!?][\"”’]?\s+|\n")


def bare_sentences(items: list[Item], texts: Mapping[str, str]) -> list[Item]:
    """The sentences of the articles (``texts``: article -> its title and text) that hold a
    rebuttal cue and no statement ("Castell hit back at the fire service's figure of four
    fires this year."), each as a statement of no one, placed in its article, for
    :func:`reply_after` to find the rebutter's words after it."""
    out: list[Item] = []
    placed: dict[str, list[Item]] = {}
    for it in items:
        if it.statement.sentence is not None:
            placed.setdefault(it.article, []).append(it)
    for article, its in placed.items():
        text = texts.get(article, "")
        first = its[0].statement.sentence
        at = text.find(its[0].sentence) if first is not None else -1
        if at < 0 or first is None:
            continue
        shift = at - first.start  # where the article's text begins in ``text``
        spans = [(s.start, s.end) for it in its if (s := it.statement.sentence) is not None]
        for m in lx.REBUTTAL.finditer(text, shift):
            begin = max((b.end() for b in _START.finditer(text, shift, m.start())), default=shift)
            end = _END.search(text, m.end())
            if end is None or any(a < end.end() - shift and begin - shift < b for a, b in spans):
                continue  # a statement of its own there: read with it
            span = Span(text[begin : end.end()], begin - shift, end.end() - shift)
            st = Statement(f"{article}:{span.start}", "indirect", None, span,
                           Speaker(None, "unknown"), sentence=span)  # fmt: skip
            out.append(Item.of(st, article=article))
    return out


def not_item(other: Item, item: Item, then: Callable[[Item], bool] | None) -> bool:
    """Whether ``other`` is not ``item`` (the claim as a rebuttal sentence reports it, told
    as its owner's) and ``then`` accepts it."""
    return other is not item and (then is None or then(other))
