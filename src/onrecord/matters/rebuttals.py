"""Rebuttals: explicit language that links a statement to the one it answers.

"pushed back on Sanders' statement", "disputed the mayor's timeline", "contradicting the
official stance of the White House": the cue (``lexicon.REBUTTAL``) names a target, and the
rebutting statement is linked to the target's closest statement (BM25 over the claimed words),
even within one sentence.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .claims import Claim, Item, parse_claim, tokens
from .cluster import BM25, Matter, context_terms
from .contradictions import _GENERIC_TARGET, Contradiction, Evidence, _cid, _pair


def find_rebuttals(items: list[Item], matters: list[Matter]) -> list[Contradiction]:
    """Statements whose sentence rebuts another speaker, linked to that speaker's statement."""
    if not items:
        return []
    terms = [context_terms(it) for it in items]
    index = BM25(terms)
    matter_of = {p.item.key: m.id for m in matters for p in m.positions}
    out: dict[tuple[str, str], Contradiction] = {}
    for i, it in enumerate(items):
        if it.speaker is None:
            continue
        for m in lx.REBUTTAL.finditer(it.sentence):
            target = _target_words(m["target"])
            if not target or _is_named_claim(it, m.end()):
                continue
            named, reply = _named_claim(it.sentence[m.end() :]) if m["object"] else (None, "")
            claimed = list(named.terms) if named else []
            best = _best_target(i, items, index, terms, target, it.sentence, claimed)
            if best is not None and named and not _states(items[best], named, it, reply):
                continue  # the target never said the claim named (only its words are shared)
            if best is None:
                continue
            other = items[best]
            key = _pair(it.key, other.key)
            cue = m.group(0).strip()
            same = other.sentence == it.sentence
            evidence = (
                "within one sentence"
                if same
                else "in the same article"
                if (other.article == it.article)
                else "across articles"
            )
            confidence = 0.9 if same or other.article == it.article else 0.8
            if it.claim.rebutted:
                confidence -= 0.05  # its content is the claim rebutted: the other words show more
            found = Contradiction(
                _cid("rebuttal", it.key, other.key), "rebuttal", Evidence.of(it),
                Evidence.of(other), confidence, matter_of.get(it.key) or matter_of.get(other.key),
                cue, f"{it.speaker_name} rebuts {other.speaker_name} ({cue!r}, {evidence})",
            )  # fmt: skip
            out.setdefault(key, found)
    return list(out.values())


def _target_words(phrase: str) -> set[str]:
    words = {t.lower().strip("'’") for t in tokens(phrase)}
    return {w for w in words if w and w[0].isalnum() and w not in _GENERIC_TARGET}


_CLAIM_END = re.compile(r",\s+(?:saying|adding|arguing|noting|and|but)\b|[;:.]\s|$")


def _is_named_claim(item: Item, end: int) -> bool:
    """Whether the statement is the claim a rebuttal names ("... pushed back on Y's statement
    that <this>, saying ..."), extracted on its own: the rebuttal is not its speaker's (unless
    its cue is the rebuttal itself, :func:`.claims.rebutted_cue`)."""
    st = item.statement
    if st.sentence is None or item.claim.rebutted:
        return False
    at = st.content.start - st.sentence.start
    rest = item.sentence[end:]
    m = re.match(r"\s*(?:that|of)\s+", rest)
    if m is None:
        return False
    stop = _CLAIM_END.search(rest, m.end())
    return end <= at < end + (stop.start() if stop else len(rest))


def _named_claim(after: str) -> tuple[Claim | None, str]:
    """The claim a rebuttal names ("... claim that <this>, saying ...") and the words after it
    (the rebutter's): its terms find the target's statement of it when the rebutting words
    share none of its terms."""
    m = re.match(r"\s*(?:that|of)\s+", after)
    if m is None:
        return None, ""
    text = after[m.end() :]
    end = _CLAIM_END.search(text)
    cut = end.start() if end else len(text)
    reply = re.sub(r"^[,;:.\s]*(?:(?:saying|adding|arguing|noting|and|but)\s+)?", "", text[cut:])
    return parse_claim(text[:cut]), reply


def _states(target: Item, named: Claim, rebutting: Item, reply: str) -> bool:
    """Whether the target's statement can be the claim named: it names one of the claim's
    events (when the claim has any), and the one in dispute when the rebutting words name
    one of them too ("disputed Y's claim that the increase would be modest, saying it was not
    modest": Y's "noise will increase" is not that claim).

    "disputed Y's claim that the district could not afford more" is not answered by Y's "the
    district would keep schools open", which only shares "district"; when the claim itself
    was not extracted as Y's words, there is no pair."""
    keys = named.event_keys()
    said = (*rebutting.claim.clauses, *parse_claim(reply).clauses)
    own = {e.key for c in said if c.asserted for e in c.events}
    disputed = keys & own or keys
    return not keys or bool(disputed & target.claim.event_keys())


def _speaker_words(item: Item) -> set[str]:
    text = " ".join([item.speaker_name or "", *item.roles])
    if item.statement.speaker.mention is not None:
        text += " " + item.statement.speaker.mention.text
    return {t.lower().strip("'’") for t in tokens(text) if t[0].isalnum()} - _GENERIC_TARGET


def _best_target(
    i: int,
    items: list[Item],
    index: BM25,
    terms: list[list[str]],
    target: set[str],
    sentence: str,
    claimed: list[str] | None = None,
) -> int | None:
    """The target speaker's statement most like the rebutting one, or like the claim the
    rebuttal names ("pushed back on Y's statement that <claim>"); same sentence first."""
    me = items[i]
    scored: list[tuple[float, int]] = []
    for j, other in enumerate(items):
        if j == i or other.speaker is None or other.speaker == me.speaker:
            continue
        if not target & _speaker_words(other):
            continue
        if other.article != me.article and not other.claim.events:
            continue
        bonus = 2.0 if other.sentence == sentence else 1.0 if other.article == me.article else 0.0
        sim = index.similarity(terms[i], i, j)
        if claimed:
            sim = max(sim, _overlap(claimed, terms[j]))
        if bonus < 2.0 and sim < 0.05:
            continue
        scored.append((bonus + sim, j))
    return max(scored)[1] if scored else None


def _overlap(query: list[str], doc: list[str]) -> float:
    """Share of the query's distinct terms found in ``doc``."""
    q = set(query)
    return len(q & set(doc)) / len(q) if q else 0.0
