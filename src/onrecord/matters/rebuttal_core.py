"""The claim a denial names, told before with the same subject and verb and other trimmings.

"Fairclough denied that the service had stopped paying the team's fuel costs", weeks after
the team's leader said "The ambulance service has stopped paying for our fuel"; "Ostrowski
denied that the council had backed down under pressure from owners", after "The council has
backed down because it knows it would lose in court". The reporter's words for the claim add
what the owner's words lack or put otherwise (an owner's "our" is "the team's"; a reason the
denier disputes), so the claim's words are not mostly in the owner's statement, and its theme
("the team's fuel costs") is not the owner's ("for our fuel"): :func:`.rebuttals._stated_by_other`
and :mod:`.claim_holders` find nothing. Yet the core of the claim is there: its subject, its
event said the same way round, and one more of its things.

:func:`core_stated` is the last resort of a denial that names no owner ("denied that ...",
"rejected suggestions that ..."): of the statements of other speakers told before the denial
(earlier in its article, or in an earlier report of its story), the one

* whose words open on the claim's subject (:func:`.rebuttal_paraphrase.opening`: "the
  service" / "The ambulance service"), a subject besides the words that name the rebutter;
* that asserts one of the claim's events with the claim's polarity, on no condition, and
  names none of them the other way round ("The service has not stopped paying" is the
  denier's side);
* that holds two of the claim's content words at least (besides names, times, figures and
  the events' words), the subject among them, none of them right after a negator: "the
  council has approved the budget" is no claim that "the council had approved the plan",
  nor "met with residents, not the developer" that it "had met with the developer".

The most words shared first, then the rebuttal's own article, then the latest told.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import lexicon as lx
from .claim_words import DENIED_SHARED, content_terms, same_stance, says_otherwise
from .claims import Claim, Item
from .rebuttal_paraphrase import opening
from .said_days import said_earlier
from .words import tokens


def core_stated(
    me: Item,
    items: list[Item],
    named: Claim,
    stories: Mapping[str, frozenset[str]] | None = None,
    skip: Item | None = None,
) -> int | None:
    """The index of the statement of another speaker told before ``me`` that states the
    core of the claim ``named`` (its subject, an event the same way round and one more of
    its things), None when there is none. ``skip``: the rebuttal's own sentence's item;
    ``stories``: article -> its names (:func:`.stories.story_names`), for earlier reports."""
    events = {(e.key, e.polarity) for c in named.clauses if c.asserted for e in c.events}
    text = named.clauses[0].text if named.clauses else ""
    subject = opening(text) & content_terms(named)
    wanted = content_terms(named)
    if not events or not subject or named.conditional:
        return None
    best: tuple[tuple[int, bool, str, int], int] | None = None
    for j, other in enumerate(items):
        if other.speaker in (None, me.speaker) or other is skip or other.sentence == me.sentence:
            continue
        here = other.article == me.article
        if here and other.statement.content.start >= me.statement.content.start:
            continue  # later in the article: a reply to the denial, not what it denies
        if not here and not _reported_before(other, me, stories):
            continue
        said = other.claim
        if said.rebutted or said.conditional or says_otherwise(said, named):
            continue
        if not same_stance(said, named) or not _asserts(said, events):
            continue
        if not subject & opening(other.statement.content.text):
            continue  # another subject: "the council" is not "the councillors' group"
        shared = wanted & set(said.terms) - _denied_words(other.statement.content.text)
        if len(shared) < DENIED_SHARED:
            continue
        rank = (len(shared), here, other.said or "", other.statement.content.start)
        if best is None or rank > best[0]:
            best = (rank, j)
    return best[1] if best else None


def _asserts(said: Claim, events: set[tuple[str, int]]) -> bool:
    """Whether a statement asserts one of ``events`` (key, polarity) in a clause of its own."""
    return any((e.key, e.polarity) in events for c in said.clauses if c.asserted for e in c.events)


# how many words after a negator it denies ("not the developer", "no new homes")
_NEGATED_REACH = 3


def _denied_words(text: str) -> set[str]:
    """The stems of the words a negator puts right after it denies ("met with residents, not
    the developer": ``develop``)."""
    low = [w.lower() for w in tokens(text)]
    return {lx.stem(w) for k, w in enumerate(low) if w.isalpha()
            and any(lx.negating(v) for v in low[max(0, k - _NEGATED_REACH) : k])}  # fmt: skip


def _reported_before(other: Item, me: Item, stories: Mapping[str, frozenset[str]] | None) -> bool:
    """Whether ``other`` was told in an article of an earlier day of the denial's story (one
    that shares a name with the denial's article)."""
    if other.article == me.article or not (other.said and me.said) or stories is None:
        return False
    theirs, mine = stories.get(other.article, frozenset()), stories.get(me.article, frozenset())
    return said_earlier(other.said, me.said) and bool(theirs & mine)
