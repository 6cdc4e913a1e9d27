"""The claim a rebuttal names, said by its owner in other words before the rebuttal.

"Mulvey rejected Hetherington's claim that ambulances were being delayed" sums up in the
rebutter's (or the reporter's) words what Hetherington had said a few paragraphs before:
"Ambulances are being held back on Wharf Road every day". Neither the claim's event ("delayed"
is not "held back"; "held up" is a delay, :mod:`.light_acts`) nor most of its words are in
the owner's statement, so the tests of
:func:`.rebuttal_choice.states` find nothing; but the owner is named, and what the owner
said before about the claim's things is what the rebuttal answers.

:func:`paraphrased_before` is the last resort of a rebuttal that names its owner: of the
owner's statements told earlier in the rebuttal's article, the one that opens on the claim's
subject and shares the most of the claim's content words besides names, times, figures and
its events' own words (two, or all the claim names), that names no other event than the
claim's (the parser may read none from "are being held back") unless it holds every thing
the claim names, two at least (the claim with another verb: "waiting times would not
suffer" / "Waiting times at the clinic will not get any worse"), negated as the claim is, and
not the claim the other way round. An owner who never spoke of the claim's things is left
unlinked: the rebuttal answers words the articles do not give. An earlier report of the story
counts only with two of the claim's words at least: weeks apart, one word shared is as often
another claim about the same thing ("there will be no extension without a tender" is no claim
that "the extension would save money").
"""

from __future__ import annotations

from collections.abc import Mapping

from . import lexicon as lx
from .claim_words import DENIED_SHARED, content_terms, says_otherwise
from .claims import Claim, Item
from .said_days import said_earlier
from .words import tokens


def paraphrased_before(
    me: Item,
    items: list[Item],
    named: Claim,
    owners: set[str],
    skip: Item | None = None,
    stories: Mapping[str, frozenset[str]] | None = None,
    reply: str = "",
) -> int | None:
    """The index of the statement of one of ``owners`` (the speakers the rebuttal's target
    names) told before ``me`` that states ``named`` in other words, None when there is none.

    Most shared content words first, then a quote in the speaker's own words over the
    reporter's account, then the rebuttal's article, then the latest before the rebuttal.
    ``skip``: the rebuttal's own sentence, whose claim is the rebutter's report of it;
    ``stories``: article -> its names (:func:`.stories.story_names`), for earlier reports;
    ``reply``: the rebutter's words after the claim in its sentence, whose words of the claim
    are the point in dispute ("that the rise would be modest, saying a tenth more was not
    modest"): the statement must hold them."""
    wanted = content_terms(named) - {lx.stem(w) for w in _owner_words(items, owners)}
    if not wanted:
        return None
    need = min(len(wanted), DENIED_SHARED)  # two of its things, or all it names
    named_text = named.clauses[0].text if named.clauses else ""
    about = opening(named_text)
    disputed = set(named.terms) & {lx.stem(w.lower()) for w in tokens(reply)}
    best: tuple[tuple[int, bool, bool, str, int], int] | None = None
    for j, other in enumerate(items):
        if other.speaker not in owners or other is skip or other.speaker == me.speaker:
            continue
        if other.sentence == me.sentence:
            continue
        here = _told_before(other, me)
        if not here and not _reported_before(other, me, stories):
            continue
        if other.claim.rebutted or not any(c.asserted for c in other.claim.clauses):
            continue
        if says_otherwise(other.claim, named):
            continue  # the owner's words the other way round: not the claim rebutted
        if not disputed <= set(other.claim.terms):
            continue  # not the point the rebutter disputes
        if other.claim.event_keys() - named.event_keys() and not _holds_all(wanted, other):
            continue  # another event of the same things: another claim ("the board will
            # vote on the budget" is no claim that "the board had seen the plans")
        if _negated(other.statement.content.text) != _negated(named_text):
            continue  # "the board was never shown the plans": the rebutter's side
        if not about & opening(other.statement.content.text):
            continue  # not of the claim's subject ("the river had recovered" / "The fish
            # deaths have nothing to do with the plant. The river was already low")
        shared = len(wanted & set(other.claim.terms))
        if shared < (need if here else DENIED_SHARED):
            continue  # an earlier report: two of the claim's things at least
        rank = (shared, other.statement.kind == "direct", here, other.said or "",
                other.statement.content.start)  # fmt: skip
        if best is None or rank > best[0]:
            best = (rank, j)
    return best[1] if best else None


def _holds_all(wanted: set[str], other: Item) -> bool:
    """Whether ``other`` holds every one of a claim's content words besides names, times,
    figures and its events' words, two at least: the claim's things all told, with another
    verb ("Renn's claim that waiting times would not suffer" / "Waiting times at the clinic
    will not get any worse"). One thing shared is as often another claim about it ("the
    school had been consulted" / "the school will close")."""
    return len(wanted) >= DENIED_SHARED and wanted <= set(other.claim.terms)


# how many words may open a statement before its verb group
_SUBJECT_WORDS = 6


def opening(text: str) -> set[str]:
    """The stems of the content words that open ``text`` before its first auxiliary or modal
    verb, its subject ("Ambulances are being held back": ``ambul``), none when no such verb
    comes within the first few words ("There will be no extension": "there" names nothing)."""
    words = tokens(text)[: _SUBJECT_WORDS + 1]
    low = [w.lower() for w in words]
    at = next((k for k, w in enumerate(low) if w in lx.AUXILIARIES or w in lx.MODALS), None)
    if at is None:
        return set()
    return {lx.stem(w) for w in low[:at] if w.isalpha() and w not in lx.STOPWORDS}


def _negated(text: str) -> bool:
    """Whether ``text`` holds a word of negation ("not", "never", "no")."""
    return any(lx.negating(w.lower()) for w in tokens(text))


def _owner_words(items: list[Item], owners: set[str]) -> set[str]:
    """The words of the owners' names: "the council's claim that the council ..." names them."""
    return {w.lower() for it in items if it.speaker in owners
            for w in (it.speaker_name or "").split()}  # fmt: skip


def _reported_before(other: Item, me: Item, stories: Mapping[str, frozenset[str]] | None) -> bool:
    """Whether ``other`` was told in an earlier report of the rebuttal ``me``'s story: an
    article of an earlier day that shares a name with the rebuttal's. Two reports that name
    no one, or whose names are unknown, are not known to tell one story."""
    if other.article == me.article or not (other.said and me.said) or stories is None:
        return False
    theirs, mine = stories.get(other.article, frozenset()), stories.get(me.article, frozenset())
    return said_earlier(other.said, me.said) and bool(theirs & mine)


def _told_before(other: Item, me: Item) -> bool:
    """Whether ``other`` was told before the rebuttal ``me``, earlier in its article."""
    return (
        other.article == me.article and other.statement.content.start < me.statement.content.start
    )
