"""Rebuttals: explicit language that links a statement to the one it answers.

"pushed back on Sanders' statement", "disputed the mayor's timeline", "contradicting the
official stance of the White House": the cue (``lexicon.REBUTTAL``) names a target, and the
rebutting statement is linked to the target's closest statement (BM25 over the claimed words),
even within one sentence. A denial that names only the claim ("denied that the city had
ignored warnings") is linked to the statement of another speaker in the article that makes
that claim (most of its words, and no event of it the other way round).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import partial

from . import lexicon as lx
from .claim_holders import claim_holder
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
from .claims import Claim, Clause, Item, parse_claim
from .cluster import BM25, Matter, context_terms
from .contradictions import Contradiction, Evidence, contradiction_id, ordered_pair
from .events import Event
from .rebuttal_cues import denial_that, negated_cue
from .rebuttal_replies import bare_sentences, not_item, reply_after
from .rebuttal_targets import claim_by, whose
from .retold import replace_then, same_occasion, told_before
from .set_before import set_before
from .sides import GENERIC_TARGET
from .themes import theme_of
from .words import tokens


def find_rebuttals(
    items: list[Item], matters: list[Matter], texts: Mapping[str, str] | None = None
) -> list[Contradiction]:
    """Statements whose sentence rebuts another speaker, linked to that speaker's statement
    (``texts``, article -> its title and text: also the rebutter's words after a rebuttal
    sentence that holds no statement, :func:`.rebuttal_replies.bare_sentences`)."""
    if not items:
        return []
    terms = [context_terms(it) for it in items]
    index = BM25(terms)
    known = _words_by_speaker(items)
    matter_of = {p.item.key: m.id for m in matters for p in m.positions}
    out: dict[tuple[str, str], Contradiction] = {}
    told_by = [(i, it) for i, it in enumerate(items) if it.speaker is not None]
    bare = [(-1, it) for it in bare_sentences(items, texts or {})]
    for by, told in told_by + bare:  # the rebutter's words: in the cue's sentence, or next
        for m in lx.REBUTTAL.finditer(told.sentence):
            i, it = by, told
            if negated_cue(m, told.sentence):
                continue  # "did not dispute the mayor's timeline": no rebuttal
            if by < 0:  # a sentence with no statement: the rebutter's words after it
                k = reply_after(told, items, m, _target_words(_owner(m)), known)
                if k is None:
                    continue
                i, it = k, items[k]
            denied, end = _denied_claim(m, told.sentence, it.said), m.end()
            if denied is not None:  # "denied that the city had ignored warnings": no one named
                best = _stated_by_other(i, items, terms, denied)
                if best is None:  # its owner's words told before, in this article or another
                    elsewhere = partial(_denied_elsewhere, me=it, claim=denied)
                    best = claim_holder(it, items, denied, accept=elsewhere)
                if best is None:  # the claim in other words, set just before the denial
                    best = set_before(i, items, denied, set(), known,
                                      _disputed(it.claim.clauses, denied))  # fmt: skip
            else:
                owner, at = _owner(m), None if m["object"] else whose(m["target"], m["cue"])[1]
                end = end if at is None else m.start("target") + at  # "Y's finding |that ..."
                if (owned := claim_by(told.sentence, m.start("target"))) is not None:
                    (owner, end), at = owned, 0  # "the claim by Y, the club's treasurer, |that"
                target = _target_words(owner)
                if not target:
                    continue
                if _is_named_claim(it, end):  # the owner's claim: the rebutter's words follow
                    k = reply_after(it, items, m, target, known)
                    if k is None or not target & known.get(it.speaker or "", set()):
                        continue
                    i, it = k, items[k]
                after = told.sentence[end:]
                claims = m["object"] or at is not None
                named, reply = _named_claim(after, it.said) if claims else (None, "")
                claimed = list(named.terms) if named else []
                # only a statement that can be the claim named: the best one that qualifies
                accept: Callable[[Item], bool] | None = None
                if named is not None:
                    said = (*it.claim.clauses, *parse_claim(reply).clauses)
                    accept = partial(_states, named=named, said=said)
                topic = _topic_terms(after) if m["object"] and named is None else set()
                if topic:  # "disputed the university's figures on the deficit"
                    accept = partial(_on_topic, topic=topic)
                if told is not it:  # not the claim as the rebuttal sentence reports it
                    accept = partial(not_item, item=told, then=accept)
                if len(target) > 1:
                    named_by = {sp: len(target & w) for sp, w in known.items()}
                    most = max(named_by.values(), default=0)
                    accept = partial(_named_most, named_by=named_by, most=most, then=accept)
                best = _best_target(i, items, index, terms, known, target, claimed, accept,
                                    named)  # fmt: skip
                if best is None and named is not None:  # the claim in other words, told before
                    retold = partial(_states, named=named, said=said, before=it)
                    if told is not it:
                        retold = partial(not_item, item=told, then=retold)
                    accept = retold if len(target) < 2 else replace_then(accept, retold)
                    best = _best_target(
                        i, items, index, terms, known, target, claimed, accept, named
                    )
                if best is None and named is not None:  # an owner no speaker's words name
                    best = claim_holder(it, items, named, target, known)
                if best is None and named is not None and (told is it or by < 0):  # set before
                    best = set_before(i, items, named, target, known, _disputed(said, named))
                if best is not None and claimed and _not_before(items[best], it):
                    first = _said_before(i, items, terms, known, target, claimed, accept, named)
                    best = best if first is None else first
            if best is not None and items[best] is not told:  # not the claim as reported
                other = items[best]
                found = _rebuttal(it, other, told.sentence[m.start() : end].strip(), matter_of)
                out.setdefault(ordered_pair(it.key, other.key), found)
    return list(out.values())


def _rebuttal(it: Item, other: Item, cue: str, matter_of: dict[str, str]) -> Contradiction:
    """The rebuttal of ``other`` by ``it``: surer within one article."""
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
    return Contradiction(
        contradiction_id("rebuttal", it.key, other.key), "rebuttal", Evidence.of(it),
        Evidence.of(other), confidence, matter_of.get(it.key) or matter_of.get(other.key),
        cue, f"{it.speaker_name} rebuts {other.speaker_name} ({cue!r}, {evidence})",
    )  # fmt: skip


def _disputed(said: Iterable[Clause], claim: Claim) -> frozenset[str]:
    """The events of a denied claim that the denier's own words (``said``) name."""
    own = frozenset(e.key for c in said if c.asserted for e in c.events)
    return own & claim.event_keys()


def _denied_claim(m: re.Match[str], sentence: str, said: str | None) -> Claim | None:
    """The claim a cue denies without naming whose it is ("denied that <claim>", "rejected
    suggestions that <claim>")."""
    target = m["target"]
    if not denial_that(m, sentence):
        return None
    that = re.search(r"\bthat\s+", target, re.IGNORECASE)
    return parse_claim(target[that.end() :] if that else target, said=said)


def _stated_by_other(i: int, items: list[Item], terms: list[list[str]], claim: Claim) -> int | None:
    """The statement in the same article, by another speaker, that states the claim ``items[i]``
    denies ("denied that the city had ignored warnings": "the city ignored warnings for months",
    said by a councilwoman): one of the claim's events with the same polarity and the same
    theme (what it happens to: "raise taxes" is not "raise fees"), and most of the claim's
    content words besides names, times and the event's own word, never only one."""
    me = items[i]
    wanted = content_terms(claim)
    events = [(c, e) for c in claim.clauses for e in c.events]
    best: tuple[float, int] | None = None
    for j, other in enumerate(items):
        if j == i or other.article != me.article or other.speaker in (None, me.speaker):
            continue
        if other.claim.rebutted or not any(c.asserted for c in other.claim.clauses):
            continue
        if events and not any(_same_event(c, e, other.claim) for c, e in events):
            continue  # not the event denied, or not of the same thing
        shared = len(wanted & set(terms[j]))
        if shared < DENIED_SHARED or shared < len(wanted) / 2:
            continue
        score = shared / len(wanted)
        if best is None or score > best[0]:
            best = (score, j)
    return best[1] if best else None


def _denied_elsewhere(other: Item, me: Item, claim: Claim) -> bool:
    """Whether ``other``, of another article than the denial ``me``, asserts one of the
    denied claim's events of the same theme (:func:`_same_event`; "raise taxes" is not "raise
    fees"); within one article, :func:`_stated_by_other` has answered."""
    events = [(c, e) for c in claim.clauses for e in c.events]
    if other.article == me.article:
        return False
    return not events or any(_same_event(c, e, other.claim) for c, e in events)


def _same_event(clause: Clause, event: Event, other: Claim) -> bool:
    """Whether ``other`` asserts ``event`` (of ``clause``) with its polarity, of the same
    theme: "the council met with the developer" against "the council met with residents"
    is another meeting."""
    theme = theme_of(clause.text, event.word)
    named = False
    for c in other.clauses:
        if not c.asserted:
            continue
        for e in c.events:
            if e.key != event.key:
                continue
            named = True
            if e.polarity != event.polarity or not theme <= theme_of(c.text, e.word):
                continue
            if clause_terms(clause) - {lx.stem(event.word.lower())} <= clause_terms(c):
                return True  # all its words in the one clause: "met with residents, not the
                # developer" does not say the council met with the developer
    if named:
        return False
    # no event read from the words ("The depot ignored the complaints for a year"): its verb
    # and every word of the theme must be there
    return lx.stem(event.word.lower()) in other.terms and theme <= set(other.terms)


def _owner(m: re.Match[str]) -> str:
    """Whom a rebuttal cue's target names ("the fire marshal's", "Mayor Lund")."""
    return str(m["target"]) if m["object"] else whose(m["target"], m["cue"])[0]


def _target_words(phrase: str) -> set[str]:
    words = {t.lower().strip("'’") for t in tokens(phrase)}
    return {w for w in words if w and w[0].isalnum() and w not in GENERIC_TARGET}


# where a claim named after a cue ends: a clause of the rebutter's own after a comma ("...,
# saying ...", "..., and ...", "..., citing a study that ...")
_CLAIM_END = re.compile(r",\s+(?:saying|adding|arguing|noting|and|but|\w+ing)\b|[;:.]\s|$")
# a participle clause inside the claim, closed by a comma before the claim's verb ("that the
# fire station, serving three villages, will close"): the claim goes on past it
_INNER_PARTICIPLE = re.compile(r",\s+(?!saying|adding|arguing|noting)\w+ing\b[^,;:.]*,\s+(\S+)")


def _claim_end(text: str, pos: int = 0) -> int:
    """Where a claim named in ``text`` from ``pos`` ends (:data:`_CLAIM_END`), past any
    participle clause of its own subject that a comma closes before a finite verb."""
    while True:
        m = _CLAIM_END.search(text, pos)
        if m is None:
            return len(text)
        inner = _INNER_PARTICIPLE.match(text, m.start())
        if inner is None or not _finite(inner.group(1).lower()):
            return m.start()
        pos = inner.start(1)


def _finite(word: str) -> bool:
    """Whether ``word`` can open a claim's verb group ("will", "has", "closed")."""
    return word != "to" and (word in lx.MODALS or word in lx.AUXILIARIES or word.endswith("ed"))


def _is_named_claim(item: Item, end: int) -> bool:
    """Whether the statement is the claim a rebuttal names ("... pushed back on Y's statement
    that <this>, saying ..."), extracted on its own: the rebuttal is not its speaker's (unless
    its cue is the rebuttal itself, :func:`.rebuttal_cues.rebutted_cue`)."""
    st = item.statement
    if st.sentence is None or item.claim.rebutted:
        return False
    at = st.content.start - st.sentence.start
    rest = item.sentence[end:]
    m = re.match(r"\s*(?:that|of)\s+", rest)
    if m is None:
        return False
    return end <= at < end + _claim_end(rest, m.end())


def _named_claim(after: str, said: str | None = None) -> tuple[Claim | None, str]:
    """The claim a rebuttal names ("... claim that <this>, saying ...") and the words after it
    (the rebutter's): its terms find the target's statement of it when the rebutting words
    share none of its terms."""
    m = re.match(r"\s*(?:that|of)\s+", after)
    if m is None:
        return None, ""
    text = after[m.end() :]
    cut = _claim_end(text)
    reply = re.sub(r"^[,;:.\s]*(?:(?:saying|adding|arguing|noting|and|but)\s+)?", "", text[cut:])
    return parse_claim(text[:cut], said=said), reply


def _states(
    target: Item, named: Claim, said: tuple[Clause, ...], before: Item | None = None
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
    # the claim told in other words, of the same time ("the closure had been settled in
    # January" / "this was decided in January"): the time names the occasion in dispute, and
    # two content words besides names and times name the thing ("the bridge budget" is no
    # "bridge reopening")
    shared = content_terms(named) & set(target.claim.terms)
    told = told_before(target, before) and same_occasion(target, named)
    times = bool(_times(named) & _times(target.claim)) or told
    return times and len(shared) >= DENIED_SHARED


def _times(claim: Claim) -> frozenset[tuple[int, int]]:
    return frozenset().union(*(c.times for c in claim.clauses))


def _words_by_speaker(items: list[Item]) -> dict[str, set[str]]:
    """The words that name each speaker, in any of their statements' names, roles and
    mentions: a role given once names every statement of its speaker ("County Fire Marshal
    Ruth Ingersoll" once, "Ingersoll said" after, is the fire marshal each time)."""
    words: dict[str, set[str]] = {}
    for it in items:
        if it.speaker is not None:
            words.setdefault(it.speaker, set()).update(_speaker_words(it))
    return words


def _named_most(
    other: Item, named_by: dict[str, int], most: int, then: Callable[[Item], bool] | None
) -> bool:
    """Whether ``other``'s speaker is named by ``most`` of the target's words (in any of
    their statements' names, roles and mentions), the most any speaker is ("the fire
    marshal's finding": the county fire marshal, not a fire management officer who shares
    one word), and ``then`` accepts it."""
    if other.speaker is None or named_by.get(other.speaker, 0) < most:
        return False
    return then is None or then(other)


def _speaker_words(item: Item) -> set[str]:
    text = " ".join([item.speaker_name or "", *item.roles])
    if item.statement.speaker.mention is not None:
        text += " " + item.statement.speaker.mention.text
    return {t.lower().strip("'’") for t in tokens(text) if t[0].isalnum()} - GENERIC_TARGET


def _best_target(
    i: int,
    items: list[Item],
    index: BM25,
    terms: list[list[str]],
    known: dict[str, set[str]],
    target: set[str],
    claimed: list[str] | None = None,
    accept: Callable[[Item], bool] | None = None,
    named: Claim | None = None,
) -> int | None:
    """The target speaker's statement most like the rebutting one, or like the claim the
    rebuttal names ("pushed back on Y's statement that <claim>"), and of the claim's doer
    (:func:`.claim_subjects.same_doer`); same sentence first. The
    target's speaker is one ``target`` names (``known``: speaker -> the words that name them);
    a statement of another article is one with an event, said no later."""
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
        if other.article != me.article and (not other.claim.events or _later(other, me)):
            continue
        bonus = 2.0 if other.sentence == sentence else 1.0 if other.article == me.article else 0.0
        before = bonus == 1.0 and other.statement.content.start < me.statement.content.start
        if bonus == 1.0 and not before:
            bonus = 0.5  # a rebuttal answers what was said before it, more often than after
        sim = index.similarity(_unnamed(terms[i], target), i, j)
        if claimed:
            sim = max(sim, _overlap(claimed, terms[j]))
        if named is not None and same_doer(named, other.claim):
            sim += 0.5  # "that <the council> supported it": the council's words of it
        if bonus < 2.0 and sim < 0.05 and not (before and other.claim.events):
            continue  # earlier in the article, the target's claim needs no word in common
        scored.append((bonus + sim, j))
    return max(scored)[1] if scored else None


# "figures on the deficit", "account of the meeting": what the thing rebutted is about
_TOPIC = re.compile(r"\s*(?:on|about|of|over|for)\s+(?!that\b)([^,.;:]{1,60})", re.IGNORECASE)


def _topic_terms(after: str) -> set[str]:
    """The content stems of the topic a rebuttal's object names ("the university's figures on
    the deficit": ``deficit``), none when the object has no topic ("disputed her account,
    saying ..."). A claim named with "that" or "of" is read by :func:`_named_claim` first."""
    m = _TOPIC.match(after)
    if m is None:
        return set()
    return {lx.stem(w.lower()) for w in tokens(m.group(1)) if w[:1].isalpha()
            and w.lower() not in lx.STOPWORDS and not w[:1].isupper()}  # fmt: skip


def _on_topic(other: Item, topic: set[str]) -> bool:
    """Whether a statement speaks of a rebuttal's topic: one of its content words."""
    return bool(topic & set(other.claim.terms))


def _unnamed(terms: list[str], target: set[str]) -> list[str]:
    """A rebutting statement's terms without the words that name its target: "disputed the
    university's figures on the deficit" is not like a statement about a university building
    because the university is named in both."""
    named = target | {lx.stem(w) for w in target}
    return [t for t in terms if t not in named]


def _not_before(target: Item, me: Item) -> bool:
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


def _said_before(
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
        elif not (other.said and me.said and other.said[:10] < me.said[:10]):
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


def _overlap(query: list[str], doc: list[str]) -> float:
    """Share of the query's distinct terms found in ``doc``."""
    q = set(query)
    return len(q & set(doc)) / len(q) if q else 0.0
