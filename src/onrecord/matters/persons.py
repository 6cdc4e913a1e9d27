"""Whether two statements are one person's, beyond one speaker record."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from .claims import Item


def one_person(a: Item, b: Item) -> bool:
    """Whether two statements are one speaker's: one speaker record, or one full name of a
    person read as a body in one of them ("'...,' Rhiannon Kesteven said at the company's
    office" typed as an organization once), or a person's surname read as a body in one
    ("Provost Rhiannon Kesteven said ..." kept as "Kesteven", an organization) beside the
    full name in the other, when that person is quoted by full name in the body's own
    article; a body of that one name with no such person beside it is another side
    ("Marlow", a company, is not Ben Marlow quoted elsewhere)."""
    if a.speaker == b.speaker:
        return True
    name_a, name_b = (a.speaker_name or "").casefold(), (b.speaker_name or "").casefold()
    types = {a.statement.speaker.type, b.statement.speaker.type}
    if name_a == name_b and len(name_a.split()) >= 2 and "person" in types:
        return True
    return _surname_of(a, b) or _surname_of(b, a)


def _surname_of(full: Item, short: Item) -> bool:
    """Whether ``short`` is a body named by one word, the surname of the person ``full``
    quoted by full name in ``short``'s article (the extractor's error: "Provost Helena
    Strachan said ..." and then "Strachan said" typed as an organization)."""
    words = (full.speaker_name or "").casefold().split()
    name = (short.speaker_name or "").casefold()
    return (
        full.statement.speaker.type == "person"
        and short.statement.speaker.type == "organization"
        and len(words) >= 2
        and name == words[-1]
        and short.full_name == " ".join(words)
    )


def named_in_full(items: list[Item], texts: Mapping[str, str] | None = None) -> list[Item]:
    """The items, each body named by one word given the full name of the one person of that
    surname named in full in its article (:attr:`Item.full_name`): "Strachan said", typed as
    an organization, in an article that says "Provost Helena Strachan said" is Helena
    Strachan's. The article is its text in ``texts``, or else its statements' sentences and
    speakers."""
    people: dict[str, set[str]] = {}  # surname -> full names of people quoted
    said: dict[str, list[str]] = {}  # article -> its text, or its sentences and speakers
    for it in items:
        words = (it.speaker_name or "").casefold().split()
        if it.statement.speaker.type == "person" and len(words) >= 2:
            people.setdefault(words[-1], set()).add(" ".join(words))
        said.setdefault(it.article, []).extend((it.sentence, it.speaker_name or ""))
    folded: dict[str, str] = {}  # article -> its words, folded once
    out = []
    for it in items:
        name = (it.speaker_name or "").casefold()
        if it.statement.speaker.type == "organization" and name in people and " " not in name:
            if it.article not in folded:
                text = (texts or {}).get(it.article) or "\n".join(said[it.article])
                folded[it.article] = " ".join(text.casefold().split())
            in_article = folded[it.article]
            full = [p for p in people[name] if re.search(rf"\b{re.escape(p)}\b", in_article)]
            if len(full) == 1:
                it = replace(it, full_name=full[0])
        out.append(it)
    return out
