"""Whether two statements are one person's, beyond one speaker record."""

from __future__ import annotations

from .claims import Item


def one_person(a: Item, b: Item) -> bool:
    """Whether two statements are one speaker's: one speaker record, or one full name of a
    person read as a body in one of them ("'...,' Rhiannon Kesteven said at the company's
    office" typed as an organization once), or a person's surname read as a body in one
    ("Provost Rhiannon Kesteven said ..." kept as "Kesteven", an organization) beside the
    full name in the other."""
    if a.speaker == b.speaker:
        return True
    name_a, name_b = (a.speaker_name or "").casefold(), (b.speaker_name or "").casefold()
    types = {a.statement.speaker.type, b.statement.speaker.type}
    if name_a == name_b and len(name_a.split()) >= 2 and "person" in types:
        return True
    return _surname_of(a, b) or _surname_of(b, a)


def _surname_of(full: Item, short: Item) -> bool:
    """Whether ``short`` is a body named by one word, the surname of the person ``full``."""
    words = (full.speaker_name or "").casefold().split()
    name = (short.speaker_name or "").casefold()
    return (
        full.statement.speaker.type == "person"
        and short.statement.speaker.type == "organization"
        and len(words) >= 2
        and name == words[-1]
    )
