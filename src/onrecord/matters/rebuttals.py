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
from .affiliations import affiliation_words
from .claim_holders import claim_holder
from .claim_words import (
    DENIED_SHARED,
    clause_terms,
    content_terms,
)
from .claims import Claim, Clause, Item, parse_claim
from .cluster import BM25, Matter, context_terms
from .contradictions import Contradiction, Evidence, contradiction_id, ordered_pair
from .events import Event
from .rebuttal_adjacent import adjacent_claim, adjacent_denied
from .rebuttal_answers import answering_terms
from .rebuttal_choice import (
    best_target,
    named_most,
    not_before,
    on_topic,
    said_before,
    states,
    topic_terms,
)
from .rebuttal_core import core_stated
from .rebuttal_cues import denial_that, manner_object, negated_cue
from .rebuttal_paraphrase import paraphrased_before
from .rebuttal_replies import bare_sentences, not_item, reply_after
from .rebuttal_targets import claim_by, whose
from .retold import replace_then
from .set_before import set_before
from .sides import GENERIC_TARGET
from .spoken_for import spoken_for
from .stories import story_names
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
    known = words_by_speaker(items, texts)
    matter_of = {p.item.key: m.id for m in matters for p in m.positions}
    out: dict[tuple[str, str], Contradiction] = {}
    told_by = [(i, it) for i, it in enumerate(items) if it.speaker is not None]
    stories = story_names(items, texts)
    bare = [(-1, it) for it in bare_sentences(items, texts or {})]
    # a rebuttal sentence whose one statement is no one's ("Rigg hit back at the suggestion
    # that the field had always flooded."): the rebutter's words come next, as in a bare one
    bare += [(-1, it) for it in items if it.speaker is None]
    for by, told in told_by + bare:  # the rebutter's words: in the cue's sentence, or next
        for m in lx.REBUTTAL.finditer(told.sentence):
            i, it = by, told
            if negated_cue(m, told.sentence) or manner_object(m):
                continue  # "did not dispute the mayor's timeline", "... in a statement": none
            if by < 0:  # a sentence with no statement: the rebutter's words after it
                k = reply_after(told, items, m, target_words(named_owner(m)), known)
                if k is None:
                    continue
                i, it = k, items[k]
            (denied, reply), end = _denied_claim(m, told.sentence, it.said), m.end()
            if denied is not None:  # "denied that the city had ignored warnings": no one named
                best = _stated_by_other(i, items, terms, denied)
                if best is None:  # its owner's words told before, in this article or another
                    elsewhere = partial(_denied_elsewhere, me=it, claim=denied)
                    best = claim_holder(it, items, denied, accept=elsewhere)
                if best is None:  # the claim in other words, set just before the denial
                    best = set_before(i, items, denied, set(), known,
                                      _disputed(it.claim.clauses, denied),
                                      answering_terms(i, items, reply, told))  # fmt: skip
                if best is None:  # its subject and verb told before, with other trimmings
                    best = core_stated(it, items, denied, stories, told)
                if best is None:  # another speaker's words in the sentence just before
                    best = adjacent_denied(it, items, denied, told)
            else:
                owner, at = named_owner(m), None if m["object"] else whose(m["target"], m["cue"])[1]
                end = end if at is None else m.start("target") + at  # "Y's finding |that ..."
                if (owned := claim_by(told.sentence, m.start("target"))) is not None:
                    (owner, end), at = owned, 0  # "the claim by Y, the club's treasurer, |that"
                target = target_words(owner)
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
                    accept = partial(states, named=named, said=said, me=it)
                topic = topic_terms(after) if m["object"] and named is None else set()
                if topic:  # "disputed the university's figures on the deficit"
                    accept = partial(on_topic, topic=topic)
                if told is not it:  # not the claim as the rebuttal sentence reports it
                    accept = partial(not_item, item=told, then=accept)
                if len(target) > 1:
                    named_by = {sp: len(target & w) for sp, w in known.items()}
                    most = max(named_by.values(), default=0)
                    accept = partial(named_most, named_by=named_by, most=most, then=accept)
                best = best_target(i, items, index, terms, known, target, claimed, accept,
                                    named, stories)  # fmt: skip
                if best is None and named is not None:  # the claim in other words, told before
                    retold = partial(states, named=named, said=said, before=it, me=it)
                    if told is not it:
                        retold = partial(not_item, item=told, then=retold)
                    accept = retold if len(target) < 2 else replace_then(accept, retold)
                    best = best_target(
                        i, items, index, terms, known, target, claimed, accept, named, stories
                    )
                if best is None and named is not None:  # an owner no speaker's words name
                    best = claim_holder(it, items, named, target, known)
                if best is None and named is not None and (told is it or by < 0):  # set before
                    answer = answering_terms(i, items, reply, told)  # his words echo it
                    best = set_before(i, items, named, target, known, _disputed(said, named),
                                      answer)  # fmt: skip
                if best is None and named is not None:  # its owner's earlier words, told otherwise
                    owners = naming_speakers(target, known)
                    best = paraphrased_before(it, items, named, owners, told, stories, reply)
                    if best is None:  # its owner's words just before, no other voice between
                        best = adjacent_claim(it, items, named, owners, told)
                if best is not None and claimed and not_before(items[best], it):
                    first = said_before(i, items, terms, known, target, claimed, accept, named)
                    best = best if first is None else first
                if best is not None and named is not None:  # a body's claim, a person's words
                    best = spoken_for(best, it, told, items, named, known)
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


def _denied_claim(m: re.Match[str], sentence: str, said: str | None) -> tuple[Claim | None, str]:
    """The claim a cue denies without naming whose it is ("denied that <claim>", "rejected
    suggestions that <claim>"), to the clause's end past any object word in it ("claims that
    it ignored its own report"), and the words after it (the denier's, "..., saying ...")."""
    if not denial_that(m, sentence):
        return None, ""
    that = re.compile(r"\bthat\s+", re.IGNORECASE).search(sentence, m.start("target"))
    start = that.end() if that else m.start("target")
    stop = next((k for k in range(start, len(sentence)) if sentence[k] in ",.;:"), len(sentence))
    reply = re.sub(r"^[,;:.\s]*(?:(?:saying|adding|arguing|noting|and|but)\s+)?", "",
                   sentence[stop:])  # fmt: skip
    return parse_claim(sentence[start:stop].strip(), said=said), reply


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


def named_owner(m: re.Match[str]) -> str:
    """Whom a rebuttal cue's target names ("the fire marshal's", "Mayor Lund")."""
    return str(m["target"]) if m["object"] else whose(m["target"], m["cue"])[0]


def naming_speakers(target: set[str], known: Mapping[str, set[str]]) -> set[str]:
    """The speakers most of a rebuttal's target words name (one word at least)."""
    named_by = {sp: len(target & words) for sp, words in known.items()}
    most = max(named_by.values(), default=0)
    return {sp for sp, n in named_by.items() if n and n == most}


def target_words(phrase: str) -> set[str]:
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


def words_by_speaker(
    items: list[Item], texts: Mapping[str, str] | None = None
) -> dict[str, set[str]]:
    """The words that name each speaker, in any of their statements' names, roles and
    mentions: a role given once names every statement of its speaker ("County Fire Marshal
    Ruth Ingersoll" once, "Ingersoll said" after, is the fire marshal each time); with the
    articles' ``texts``, also the body each is introduced with ("Dominic Hethersett, of
    Oxendale Fire and Rescue Service": :mod:`.affiliations`)."""
    words: dict[str, set[str]] = {}
    for it in items:
        if it.speaker is not None:
            words.setdefault(it.speaker, set()).update(_speaker_words(it))
    for speaker, body in affiliation_words(items, texts or {}).items():
        words.setdefault(speaker, set()).update(body)
    return words


def _speaker_words(item: Item) -> set[str]:
    text = " ".join([item.speaker_name or "", *item.roles])
    if item.statement.speaker.mention is not None:
        text += " " + item.statement.speaker.mention.text
    return {t.lower().strip("'’") for t in tokens(text) if t[0].isalnum()} - GENERIC_TARGET
