"""The content words two statements share: what a change of position is found by.

A speaker's new words are often in other words than the old ("not one drum of our solvent
leaves the county", weeks later "some of our solvent has been trucked to a plant abroad"),
so that no event joins them in a matter; what ties the two is the thing they are about,
named in both. The modules that find reversals by what an article says
(:mod:`.owned_reversals`, :mod:`.marked_reversals`, :mod:`.recalled_words`,
:mod:`.reported_reversals`) weigh two statements by how many content words they share: the
stems of their words less stopwords, short words, times, figures and the speaker's own names
and role words (a name in both says who spoke, not what about).
"""

from __future__ import annotations

from . import lexicon as lx
from .claim_words import TIME_WORDS
from .claims import Item
from .owned_up import owns_up
from .sides import role_words
from .words import tokens

__all__ = ["asserted_stems", "content_stems", "speaker_words"]


def content_stems(text: str, names: set[str]) -> set[str]:
    """Stems of the content words of ``text``, less times, figures and ``names``."""
    out: set[str] = set()
    for t in tokens(text):
        low = t.lower().strip("'’")
        if not low[:1].isalpha() or low in lx.STOPWORDS or low in names or len(low) < 3:
            continue
        if lx.stem(low) not in TIME_WORDS:
            out.add(lx.stem(low))
    return out


def speaker_words(item: Item) -> set[str]:
    """The words of the speaker's own name and of their role and mention, lower case."""
    return {w.casefold() for w in (item.speaker_name or "").split()} | role_words(item)


def asserted_stems(item: Item, later: bool = False) -> set[str]:
    """Stems of the content words of the statement's asserted clauses, less times, figures
    and the speaker's own names; for the ``later`` statement, not of the clauses that own up
    ("I told patients that had not happened, and I was wrong" says nothing of its own)."""
    names = speaker_words(item)
    out: set[str] = set()
    for c in item.claim.clauses:
        if c.asserted and not (later and owns_up(c.text)):
            out |= content_stems(c.text, names)
    return out
