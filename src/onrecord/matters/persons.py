"""Whether two statements are one person's, beyond one speaker record."""

from __future__ import annotations

from .claims import Item


def one_person(a: Item, b: Item) -> bool:
    """Whether two statements are one speaker's: one speaker record, or one full name of a
    person read as a body in one of them ("'...,' Rhiannon Kesteven said at the company's
    office" typed as an organization once)."""
    if a.speaker == b.speaker:
        return True
    name_a, name_b = (a.speaker_name or "").casefold(), (b.speaker_name or "").casefold()
    types = {a.statement.speaker.type, b.statement.speaker.type}
    return name_a == name_b and len(name_a.split()) >= 2 and "person" in types
