"""What the speaker's own paper said is the speaker's claim: "'Our report said the harbour
wall could give way at any time,' said Tobias Renwick. Hilde Corran disputed Renwick's
account that the report had warned of an imminent collapse." The owner's words read as
reported ("our report said"), but a report, letter or survey of "our" or "my" is its
speaker's position, so the rebuttal answers it
(:func:`onrecord.matters.rebuttal_adjacent.own_source`). The story is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.rebuttal_adjacent import own_source
from onrecord.matters.rebuttals import find_rebuttals

from .builders import Said, article_of

_CLAIM = "Renwick's account that the report had warned of an imminent collapse"
_REBUT: Said = ("c", "Hilde Corran", f"Hilde Corran disputed {_CLAIM}.", _CLAIM, "disputed")


def _owner(words: str) -> Said:
    return ("o", "Tobias Renwick", f'"{words}," said Tobias Renwick.', words, "said")


def _targets(*said: Said) -> list[str]:
    items: list[Item] = article_of(*said)[0]
    return sorted(c.b.statement for c in find_rebuttals(items, []))


def test_our_report_said_is_the_owners_claim() -> None:
    ours = _owner("Our report said the harbour wall could give way at any time")
    assert _targets(ours, _REBUT) == ["o"]


def test_someone_elses_paper_stays_reported() -> None:
    """ "The council's report said ..." is what another party wrote: not the owner's claim."""
    theirs = _owner("The council's report said the harbour wall could give way at any time")
    assert _targets(theirs, _REBUT) == []


def test_own_source_reads_a_first_person_paper_only() -> None:
    assert own_source("Our structural survey said the wall was failing")
    assert own_source("My letter warned that the wall was failing")
    assert not own_source("Their survey said the wall was failing")
    assert not own_source("Our engineers said the wall was failing")
