"""Which statement a rebuttal answers: of the target's statements, the one that can be the
claim the rebuttal names (:func:`states`), most like the rebutting words or the claim
(:func:`best_target`), and the target's own earlier statement of it (:func:`said_before`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lexicon as lx
from .claim_subjects import same_doer
from .claim_words import (
    DENIED_SHARED,
    clause_terms,
    content_terms,
    holds_most,
    holds_words,
    same_stance,
    says_otherwise,
)
from .claims import Claim, Clause, Item
from .cluster import BM25
from .retold import same_occasion, told_before
from .said_days import said_earlier
from .stories import same_story
from .words import tokens


def states(
    target: Item,
    named: Claim,
    said: tuple[Clause, ...],
    before: Item | None = None,
    me: Item | None = None,
) -> bool:
    """Whether the target's statement can be the claim named: it names one of the claim's
    events (when the claim has any), and the one in dispute when the rebutting words name
    one of them too ("disputed Y's claim that the increase would be modest, saying it was not
    modest": Y's "noise will increase" is not that claim).

    "disputed Y's claim that the district could not afford more" is not answered by Y's "the
    district would keep schools open", which only shares "district"; when the claim itself
    was not extracted as Y's words, there is no pair. A claim in other words counts when it
    names the same time as the target's statement and shares two of its content words."""
    keys = named.event_keys()
    if says_otherwise(target.claim, named):
        return False  # "denied Y's claim that the firm sold data": Y's "it never sold any"
    if not keys:  # no event read from the claim: one of its content words, at least
        wanted = content_terms(named)
        return not wanted or bool(wanted & set(target.claim.terms))
    own = {e.key for c in said if c.asserted for e in c.events}
    disputed = keys & own or keys
    if disputed & target.claim.event_keys() or holds_words(target.claim, named):
        return True
    if not target.claim.events:  # no event read from its words: most of the claim's words
        return holds_most(target.claim, named)
    if me is not None and own_words(target, me) and holds_things(target.claim, named):
        return True  # the owner's own words with another verb: "the felling was about widening
        # the road" / "the council wants these trees gone so it can widen the road"
    # the claim told in other words, of the same time ("the closure had been settled in
    # January" / "this was decided in January"): the time names the occasion in dispute, and
    # two content words besides names and times name the thing ("the bridge budget" is no
    # "bridge reopening")
    shared = content_terms(named) & set(target.claim.terms)
    told = told_before(target, before) and same_occasion(target, named)
    times = bool(_times(named) & _times(target.claim)) or told
    return times and len(shared) >= DENIED_SHARED


# of the words that name a claim's things (besides its events), the share one clause of a
# statement with another event must hold to state it
_THINGS_HELD = 2 / 3


def holds_things(said: Claim, named: Claim) -> bool:
    """Whether one plain clause of a statement holds most of the words of a claim besides its
    events, names and times (two at least): the claim in its owner's own words with another
    verb ("the felling was about widening the road" / "the council wants the trees gone so it
    can widen the road", a wish told as the claim's cause). The clause denies nothing: "there
    will be no extension without a tender" is no claim that "the extension would save money"."""
    wanted = content_terms(named)
    least = max(DENIED_SHARED, _THINGS_HELD * len(wanted))
    return any(all(e.polarity > 0 for e in c.events)
               and len(wanted & clause_terms(c)) >= least for c in said.clauses)  # fmt: skip


def own_words(target: Item, me: Item) -> bool:
    """Whether a statement is its speaker's own words (quoted, not the reporter's account of
    them) told before the rebuttal ``me``: earlier in its article, or in an article of an
    earlier day. A quote after the rebuttal is a reply to it."""
    if target.statement.kind != "direct":
        return False
    if target.article == me.article:
        return target.statement.content.start < me.statement.content.start
    return said_earlier(target.said, me.said)


def _times(claim: Claim) -> frozenset[tuple[int, int]]:
    return frozenset().union(*(c.times for c in claim.clauses))


def named_most(
    other: Item, named_by: dict[str, int], most: int, then: Callable[[Item], bool] | None
) -> bool:
    """Whether ``other``'s speaker is named by ``most`` of the target's words (in any of
    their statements' names, roles and mentions), the most any speaker is ("the fire
    marshal's finding": the county fire marshal, not a fire management officer who shares
    one word), and ``then`` accepts it."""
    if other.speaker is None or named_by.get(other.speaker, 0) < most:
        return False
    return then is None or then(other)


def best_target(
    i: int,
    items: list[Item],
    index: BM25,
    terms: list[list[str]],
    known: dict[str, set[str]],
    target: set[str],
    claimed: list[str] | None = None,
    accept: Callable[[Item], bool] | None = None,
    named: Claim | None = None,
    stories: dict[str, frozenset[str]] | None = None,
) -> int | None:
    """The target speaker's statement most like the rebutting one, or like the claim the
    rebuttal names ("pushed back on Y's statement that <claim>"), and of the claim's doer
    (:func:`.claim_subjects.same_doer`); same sentence first; of a claim the rebuttal names on
    no condition, a statement on none. The target's speaker is one
    ``target`` names (``known``: speaker -> the words that name them); a statement of another
    article is one with an event, said no later, of the same story (``stories``: article ->
    its names, :func:`.stories.same_story`): "the association" of a bus bill is not the riders'
    association a cycling federation answers."""
    me = items[i]
    sentence = me.sentence
    scored: list[tuple[float, int]] = []
    for j, other in enumerate(items):
        if j == i or other.speaker is None or other.speaker == me.speaker:
            continue
        if not target & known[other.speaker]:
            continue
        if accept is not None and not accept(other):
            continue  # the target never said the claim named (only its words are shared)
        if named is not None and not named.conditional and other.claim.conditional:
            # "if the council gave us a lease, ...": no claim that the council did; a hedge
            # binds nothing ("the council wants to sell the field" is often the claim rebutted)
            continue
        if other.article != me.article and (not other.claim.events or _later(other, me)):
            continue
        if not same_story(stories, other, me):
            continue
        bonus = 2.0 if other.sentence == sentence else 1.0 if other.article == me.article else 0.0
        before = bonus == 1.0 and other.statement.content.start < me.statement.content.start
        if bonus == 1.0 and not before:
            bonus = 0.5  # a rebuttal answers what was said before it, more often than after
        sim = index.similarity(_unnamed(terms[i], target), i, j)
        if claimed:
            sim = max(sim, _weighted_overlap(claimed, terms[j], index.idf))
        if named is not None and same_doer(named, other.claim):
            sim += 0.5  # "that <the council> supported it": the council's words of it
        if bonus < 2.0 and sim < 0.05 and not (before and other.claim.events):
            continue  # earlier in the article, the target's claim needs no word in common
        scored.append((bonus + sim, j))
    return max(scored)[1] if scored else None


# "figures on the deficit", "account of the meeting": what the thing rebutted is about
_TOPIC = re.compile(r"\s*(?:on|about|of|over|for)\s+(?!that\b)([^,.;:]{1,60})", re.IGNORECASE)


def topic_terms(after: str) -> set[str]:
    """The content stems of the topic a rebuttal's object names ("the university's figures on
    the deficit": ``deficit``), none when the object has no topic ("disputed her account,
    saying ..."). A claim named with "that" or "of" is read by :func:`_named_claim` first."""
    m = _TOPIC.match(after)
    if m is None:
        return set()
    return {lx.stem(w.lower()) for w in tokens(m.group(1)) if w[:1].isalpha()
            and w.lower() not in lx.STOPWORDS and not w[:1].isupper()}  # fmt: skip


def on_topic(other: Item, topic: set[str]) -> bool:
    """Whether a statement speaks of a rebuttal's topic: one of its content words."""
    return bool(topic & set(other.claim.terms))


def _unnamed(terms: list[str], target: set[str]) -> list[str]:
    """A rebutting statement's terms without the words that name its target: "disputed the
    university's figures on the deficit" is not like a statement about a university building
    because the university is named in both."""
    named = target | {lx.stem(w) for w in target}
    return [t for t in terms if t not in named]


def not_before(target: Item, me: Item) -> bool:
    """Whether the statement a rebuttal was linked to is no earlier than the rebuttal: its
    own sentence, or later in the article (a reply to the rebuttal, not what it answers)."""
    if target.sentence == me.sentence:
        return True
    return (
        target.article == me.article and target.statement.content.start > me.statement.content.start
    )


def _later(other: Item, me: Item) -> bool:
    """Whether ``other`` was said on a later day than ``me``: no statement it answers."""
    return bool(other.said and me.said and other.said[:10] > me.said[:10])


# of the named claim's terms, an earlier statement must hold this share to be its original
_ORIGINAL_SHARE = 0.6


def said_before(
    i: int,
    items: list[Item],
    terms: list[list[str]],
    known: dict[str, set[str]],
    target: set[str],
    claimed: list[str],
    accept: Callable[[Item], bool] | None,
    named: Claim | None = None,
) -> int | None:
    """The target's own earlier statement of the claim a rebuttal names, earlier in the
    article or in an article from before: "Lorna Baptiste, the authority's spokesperson, said
    all participants had been informed", then "Salcombe pushed back on the authority's
    statement that all participants had been informed". The claim as the rebuttal reports it
    is the rebutter's paraphrase; the statement it answers is the evidence a reader checks.
    None when no earlier statement holds most of the claim's words, or when it says the claim
    the other way round or only on a condition (:func:`same_stance`)."""
    me = items[i]
    best: tuple[float, int] | None = None
    for j, other in enumerate(items):
        if other.speaker in (None, me.speaker) or other.sentence == me.sentence:
            continue
        if other.article == me.article:
            if other.statement.content.start >= me.statement.content.start:
                continue  # later in the article: not what the rebuttal answers
        elif not said_earlier(other.said, me.said):
            continue  # another article: only one from before the rebuttal
        if not target & known.get(other.speaker or "", set()):
            continue
        if accept is not None and not accept(other):
            continue
        if named is not None and not same_stance(other.claim, named):
            continue
        share = _overlap(claimed, terms[j])
        if share >= _ORIGINAL_SHARE and (best is None or share >= best[0]):  # ties: the latest
            best = (share, j)
    return best[1] if best else None


def _weighted_overlap(query: list[str], doc: list[str], idf: dict[str, float]) -> float:
    """Share of the query's distinct terms found in ``doc``, each weighed by how few
    statements hold it: of "the change was about wellbeing", the statement that speaks of
    wellbeing, not one that says "that will not change", holds most of the claim."""
    q = set(query)
    top = max(idf.values(), default=1.0)
    total = sum(idf.get(t, top) for t in q)
    return sum(idf.get(t, top) for t in q & set(doc)) / total if total else 0.0


def _overlap(query: list[str], doc: list[str]) -> float:
    """Share of the query's distinct terms found in ``doc``."""
    q = set(query)
    return len(q & set(doc)) / len(q) if q else 0.0
