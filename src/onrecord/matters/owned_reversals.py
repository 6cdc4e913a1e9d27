"""A speaker owning up to earlier words of theirs, whatever words those were.

When a speaker says "..., and I was wrong to say otherwise", "I said otherwise in August,
and I was wrong" or "I should have said so sooner", the statement tells its own reversal:
the speaker held the other answer before. The earlier words are often in other words than
the later ones ("not one drum of our solvent leaves the county" weeks before "some of our
solvent has been trucked to a plant abroad, and I was wrong to say otherwise"), so
that no event joins the two in a matter. The owning up names the earlier words; the
statement it takes back is the same speaker's, said on an earlier day in another article of
the story, asserted, and about the same things: of the speaker's earlier statements, the one
sharing most content words with the later one besides times and the speaker's own names (an
event both name counting twice); on a tie, the one said as surely as can be, then the
speaker's own quote; none when two are still alike.

Not a statement that owns up to nothing said (a regret for an act, "we should have issued a
notice"), nor one already shown as a reversal, nor an earlier statement that itself owns up.
"""

from __future__ import annotations

from .claims import Item
from .contradictions import Contradiction
from .days import days_apart
from .owned_up import now_known, owns_up, taken_back
from .persons import one_person
from .shared_words import asserted_stems, content_stems, speaker_words
from .stories import same_story

# how far apart the two statements may be and still be one account corrected
_WITHIN_DAYS = 183
# how sure a reversal the speaker owns up to is before :mod:`.confidence` sets it: the cue is
# explicit, but the earlier statement is chosen by its words alone (on the study sets that
# choice was right 7 times in 9, below what a report at 0.7 or more should hold), so
# :func:`.confidence.confidence_of` takes 0.1 off a reversal no matter joins
_CONFIDENCE = 0.6


def owned_reversals(
    items: list[Item],
    found: list[Contradiction],
    stories: dict[str, frozenset[str]] | None = None,
) -> list[Contradiction]:
    """Reversals that a later statement owns up to (``found``: those already reported; a
    statement shown in one is not paired again)."""
    shown = {s for c in found if c.kind == "reversal" for s in (c.a.statement, c.b.statement)}
    out: list[Contradiction] = []
    for later in items:
        text = later.statement.content.text
        if later.speaker is None or later.key in shown or not owns_up(text):
            continue
        earlier = _taken_back(later, items, stories)
        if earlier is None or earlier.key in shown:
            continue
        days = days_apart(earlier.said, later.said)
        why = f"{later.speaker_name} owned up, {days} days later, to words said before"
        out.append(Contradiction.reversal(earlier, later, _CONFIDENCE, why))
        shown |= {earlier.key, later.key}
    return out


def said_before(
    it: Item, later: Item, stories: dict[str, frozenset[str]] | None, within: int
) -> bool:
    """``it`` is the same person's words in an earlier report of ``later``'s story, at most
    ``within`` days before: what a later statement can take back or change."""
    days = days_apart(it.said, later.said)
    return not (
        it.article == later.article
        or it.speaker is None
        or not days
        or days > within
        or (it.said or "") >= (later.said or "")
        or not one_person(it, later)
        or not same_story(stories, it, later)
    )


def _taken_back(
    later: Item, items: list[Item], stories: dict[str, frozenset[str]] | None
) -> Item | None:
    """The earlier statement the owning up in ``later`` takes back, if one stands out."""
    # "..., and we now know the wall cracked" takes back only what it goes on to say
    known = now_known(later.statement.content.text)
    own = content_stems(known, speaker_words(later)) if known else asserted_stems(later, later=True)
    keys = set(later.claim.event_keys())
    # "I was wrong to say the whole orchard was blighted" names the words it takes back
    named = content_stems(taken_back(later.statement.content.text), speaker_words(later))
    scored: list[tuple[tuple[int, int, bool, bool, int], Item]] = []
    for it in items:
        if (
            not said_before(it, later, stories, _WITHIN_DAYS)
            or not any(c.asserted and c.events for c in it.claim.clauses)
            or owns_up(it.statement.content.text)
        ):
            continue
        shared = len(own & asserted_stems(it))
        if shared:
            # the words named as taken back first (an event of them counting twice); then an
            # event both name counts twice; then the speaker's words as sure as can be
            # ("it was caused by a charger" before "he believed it had another cause"),
            # then a quote before the reporter's account of it, then more words shared
            both = shared + len(keys & set(it.claim.event_keys()))
            sure = all(c.modality == "certain" for c in it.claim.clauses if c.asserted)
            told = len(named & asserted_stems(it)) + len(named & set(it.claim.event_keys()))
            scored.append(((told, both, sure, it.statement.kind == "direct", shared), it))
    scored.sort(key=lambda s: s[0], reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None  # none, or two earlier statements as like it: which one is not told
    return scored[0][1]
