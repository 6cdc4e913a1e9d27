"""Who a claim says does a thing: the subject of its events.

A rebuttal that names the claim it answers ("disputed Y's suggestion that <the council>
supported the scheme") names its doer too. Of the target's statements that tell the claim's
event, the one whose doer is that one ("<The council> is fully behind this expansion") is the
claim, rather than one of the same event done by another ("the scheme had strong support":
the scheme is no council). Only common words count, stemmed; pronouns and determiners say
nothing of who it is. The doer's statement of another thing ("the county supported the
cycle lanes" for a claim of the plan) is not the claim: what the event is done to must agree
too, where both name it (a plan called two ways, "this expansion" / "the plan", is one).
"""

from __future__ import annotations

from . import lexicon as lx
from .claims import Claim
from .themes import subject_of
from .words import tokens

# words of a subject that name no one: pronouns and quantifiers
_NO_ONE = frozenset({"it", "they", "we", "he", "she", "i", "you", "this", "that", "there",
                     "these", "those", "all", "some", "any", "none", "one"})  # fmt: skip


# the plain words a story calls its plan by: one plan, whichever of them names it
PLAN_WORDS = frozenset(lx.stem(w) for w in (
    "plan", "scheme", "project", "proposal", "expansion", "development", "programme",
    "extension", "redevelopment",
))  # fmt: skip


def event_subjects(claim: Claim) -> dict[str, frozenset[str]]:
    """The stems of the subject of each event of ``claim``'s asserted and reported clauses
    (key -> stems), where its verb's subject names someone or something."""
    out: dict[str, frozenset[str]] = {}
    for clause in claim.clauses:
        toks = tokens(clause.text)
        low = [t.lower() for t in toks]
        for event in clause.events:
            at = next((k for k, w in enumerate(low) if w == event.word.lower()), None)
            if at is None:
                continue
            words = {lx.stem(w) for w in subject_of(toks, low, at)
                     if w.isalpha() and w not in lx.STOPWORDS and w not in _NO_ONE}  # fmt: skip
            if words:
                out[event.key] = out.get(event.key, frozenset()) | frozenset(words)
    return out


def event_objects(claim: Claim) -> dict[str, frozenset[str]]:
    """The stems of the content words after each event of ``claim`` up to the clause's first
    punctuation (key -> stems): what the event is done to, and where and when."""
    out: dict[str, frozenset[str]] = {}
    for clause in claim.clauses:
        low = [t.lower() for t in tokens(clause.text)]
        for event in clause.events:
            at = next((k for k, w in enumerate(low) if w == event.word.lower()), None)
            if at is None:
                continue
            words: set[str] = set()
            for w in low[at + 1 :]:
                if not w.isalpha():
                    break
                if w not in lx.STOPWORDS and w not in _NO_ONE:
                    words.add(lx.stem(w))
            out[event.key] = out.get(event.key, frozenset()) | frozenset(words)
    return out


def same_doer(named: Claim, target: Claim) -> bool:
    """Whether ``target`` tells one of ``named``'s events with a subject that shares a word
    with the named claim's subject of it, done to the same thing where both name it."""
    mine, theirs = event_subjects(named), event_subjects(target)
    done_to, their_done_to = event_objects(named), event_objects(target)
    return any(
        mine[k] & theirs[k]
        and _one_thing(done_to.get(k, frozenset()), their_done_to.get(k, frozenset()))
        for k in mine.keys() & theirs.keys()
    )


def _one_thing(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two events' objects may be one thing: either unnamed, a word shared, or both
    only plan words."""
    return not mine or not theirs or bool(mine & theirs) or (mine | theirs) <= PLAN_WORDS
