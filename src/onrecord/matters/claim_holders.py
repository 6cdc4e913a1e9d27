"""Who made the claim a rebuttal names, when the rebuttal's words for its owner name no
speaker, or name none at all.

"Osgood rejected the councillor's claim that repair crews had been cut", "the ministry denied
that the subsidy had been cut", "Ansell dismissed suggestions that the club faced a winding-up
petition": the owner is a role or a body ("the councillor", "the union", "the company") that
no speaker's name or role spells, or no one. The claim itself names its owner's statement: a
statement of another speaker, told in the rebuttal's article (before it, or after it: "X
rejected the regulator's finding that ...", then the inspector's own words) or in an article
of the same day or before, that holds most of the claim's words and says it the same
way round. A statement that shares only a word or two of a longer claim is not its owner's
("denied that the council had ignored warnings" is not answered by a statement about the
council's budget): a rebuttal of a claim no one in the corpus made is paired with no one.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial

from . import lexicon as lx
from .claim_words import DENIED_SHARED, clause_terms, content_terms, same_stance, says_otherwise
from .claims import Claim, Item
from .words import tokens

# of a named claim's words (besides names, times and figures), the share its owner's
# statement must hold, in the clauses it asserts: two thirds, two at least
_SHARE = 2 / 3
# a claim with no event read names its predicate by its words: this many at least
_BARE_WORDS = 3
# a statement whose speaker the rebuttal's words for the owner name is preferred
_NAMED_BONUS = 0.25
# and one told in the rebuttal's own article, where the reporter set the two side by side
_SAME_ARTICLE_BONUS = 0.25


def claim_words(claim: Claim) -> set[str]:
    """The words that say which claim it is: its content words besides names, times and
    figures, and its events' own words ("the subsidy had been cut": ``subsidi``, ``cut``)."""
    own = {lx.stem(e.word.lower()) for c in claim.clauses for e in c.events}
    return content_terms(claim) | own


def claim_holder(
    me: Item,
    items: list[Item],
    named: Claim,
    owner: set[str] | None = None,
    known: dict[str, set[str]] | None = None,
    accept: Callable[[Item], bool] | None = None,
) -> int | None:
    """The index in ``items`` of the statement whose speaker made the claim ``named`` that
    ``me`` rebuts, None when no statement holds it.

    ``owner``: the rebuttal's words for the claim's owner ("councillor"); ``known``: speaker
    -> the words that name them. When the owner's words are a speaker's name or the head of
    one of their roles ("Brennan's claim", "the provost's statement" of Provost Ilka Varden),
    only that speaker's statements count: the words name who said it, unless that speaker is
    a body none of whose statements hold the claim (:func:`_bodies`). A word inside a role
    ("the utility's statement", of a spokeswoman "for the utility") or a body no speaker's
    words spell only prefers them: the statement may be the utility's own; a claim with no
    owner ("denied that ...") may be anyone's.

    ``accept``: a further test each statement must pass; a denial with no owner in its own
    article is answered by :func:`.rebuttals._stated_by_other`, so its caller keeps this to
    other articles and to the event of the same theme.

    When the claim names an event ("the service had stopped paying"), the statement must
    name it too: sharing the claim's things without its predicate ("bottles of the syrup
    reached the wholesalers") is another claim about them."""
    wanted = claim_words(named)
    if len(wanted) < DENIED_SHARED:
        return None  # "denied it", "rejected that": too few words to say which claim
    need = max(DENIED_SHARED, math.ceil(_SHARE * len(wanted)))
    events = {(e.key, lx.stem(e.word.lower())) for c in named.clauses for e in c.events}
    if not events and len(wanted) < _BARE_WORDS:
        return None  # "staff were told there were no jobs": two words, no predicate read
    known = known or {}
    bound = _named_by(items, owner or set())
    holder = partial(_holder, me, items, named, wanted, need, events, owner, known, accept)
    found = holder(bound)
    if found is None and bound and _bodies(items, bound):
        found = holder(set())  # "the Friends' claim", told by one who speaks for them
    return found


def _holder(
    me: Item,
    items: list[Item],
    named: Claim,
    wanted: set[str],
    need: int,
    events: set[tuple[str, str]],
    owner: set[str] | None,
    known: dict[str, set[str]],
    accept: Callable[[Item], bool] | None,
    bound: set[str],
) -> int | None:
    """The best statement for :func:`claim_holder` (by the share of the claim's words it
    holds), of the ``bound`` speakers when there are any."""
    own = _body_words(me)
    best: tuple[float, int] | None = None
    for j, other in enumerate(items):
        if other.speaker is None or other.speaker == me.speaker:
            continue
        if bound and other.speaker not in bound:
            continue
        if own & known.get(other.speaker, set()):
            continue  # a speaker of the rebutter's own body ("Ashdene's director"): its side
        before = _told_before(other, me)
        if not before and other.article != me.article:
            continue  # an article of a later day: no claim the rebuttal answers
        if other.claim.rebutted or not any(c.asserted for c in other.claim.clauses):
            continue  # a claim its speaker rejects, or only asks or supposes
        if says_otherwise(other.claim, named) or not same_stance(other.claim, named):
            continue  # the claim the other way round is the rebutter's side
        if accept is not None and not accept(other):
            continue
        if _other_way_round(other.claim, named, wanted):
            continue  # "has not broken the agreement": no event in common, a "not" between
        shared = len(wanted & _asserted_terms(other.claim))
        if shared < need or not _names_event(other.claim, events):
            continue
        score = shared / len(wanted)
        if owner and owner & known.get(other.speaker, set()):
            score += _NAMED_BONUS
        if other.article == me.article and before:
            score += _SAME_ARTICLE_BONUS  # set side by side; one told after only restates it
        if best is None or score >= best[0]:  # ties: the later in the list, the nearer
            best = (score, j)
    return best[1] if best else None


def _bodies(items: list[Item], speakers: set[str]) -> bool:
    """Whether every statement of ``speakers`` is a body's ("the police", "the Friends"): a
    body's claim is often told by a member whose role the article does not spell ("Nell
    Pascoe said ..." of the Harbour Friends), so when the body's own statements do not
    hold the claim, a statement of another speaker that holds it may be the claim's."""
    return all(
        it.statement.speaker.type == "organization" for it in items if it.speaker in speakers
    )


def _named_by(items: list[Item], owner: set[str]) -> set[str]:
    """The speakers whom ``owner`` names by a word of their name or the head of a role
    ("Provost", "the county's fire marshal")."""
    out: set[str] = set()
    for it in items:
        if it.speaker is None or it.speaker in out:
            continue
        heads = {t.lower() for t in tokens(it.speaker_name or "")}
        heads |= {_head(r) for r in it.roles}
        if owner & heads:
            out.add(it.speaker)
    # the same person named another way ("Councillor Dilys Ambrose", then "Cllr Ambrose"):
    # a speaker whose last name is a named speaker's
    names = {it.speaker: (it.speaker_name or "").split() for it in items if it.speaker}
    last = {names[sp][-1].lower() for sp in out if names.get(sp)}
    return out | {sp for sp, words in names.items() if words and words[-1].lower() in last}


# a role that ends on what its holder works for ("spokeswoman for the utility", "secretary of
# the union") is headed by a word before it: its last word names the body, not the person
_OF_A_BODY = frozenset({"of", "for", "at", "with", "in", "to", "on"})


def _head(role: str) -> str:
    """The word a role names its holder by ("County Fire Marshal": ``marshal``), empty when
    the role ends on a body (:data:`_OF_A_BODY`)."""
    words = [t.lower() for t in tokens(role)]
    return "" if not words or _OF_A_BODY & set(words) else words[-1]


def _body_words(me: Item) -> set[str]:
    """The words of a rebutter that is a body ("Ashdene Care Group"): a speaker whose name or
    role spells one of them speaks for it, on the rebutter's side."""
    if me.statement.speaker.type == "person":
        return set()
    return {t.lower() for t in tokens(me.speaker_name or "") if t[:1].isupper()}


def _asserted_terms(said: Claim) -> set[str]:
    """The content words of the clauses a statement asserts: "some staff might be offered
    jobs" does not hold that staff were offered jobs."""
    return set().union(*(clause_terms(c) for c in said.clauses if c.asserted))


def _other_way_round(said: Claim, named: Claim, wanted: set[str]) -> bool:
    """Whether the clause of ``said`` that holds most of a claim's words says it with a
    negation the claim lacks, or lacks one the claim has, when no event of theirs was read
    alike (:func:`.claim_words.says_otherwise` compares the polarity of events read alike)."""
    if named.event_keys() & said.event_keys() or not said.clauses:
        return False
    best = max(said.clauses, key=lambda c: len(wanted & clause_terms(c)))
    return _negated(best.text) != _negated(named.text)


def _negated(text: str) -> bool:
    """Whether ``text`` holds a word of negation ("not", "never", "no")."""
    return any(lx.negating(t.lower()) for t in tokens(text))


def _names_event(said: Claim, events: set[tuple[str, str]]) -> bool:
    """Whether ``said`` names one of the events (key, stem of its word) of a claim: by its
    key or its word; a claim with no event read asks for none."""
    if not events:
        return True
    keys, terms = said.event_keys(), set(said.terms)
    return any(key in keys or word in terms for key, word in events)


def _told_before(other: Item, me: Item) -> bool:
    """Whether ``other`` was told before the rebuttal ``me``: earlier in its article, or in
    another article of the same day or before."""
    if other.article == me.article:
        return other.statement.content.start < me.statement.content.start
    if not (other.said and me.said):
        return False
    return other.said[:10] <= me.said[:10]
