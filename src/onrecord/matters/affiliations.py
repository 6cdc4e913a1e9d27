"""The body a speaker is introduced with: "Dominic Hethersett, of Oxendale Fire and Rescue
Service, said ...".

News names a speaker's organisation in an apposition after the name, with "of" and the
body's capitalised name ("Leah Okonjo, of the Ashcombe Teachers' Union"), as often as in a
role before it ("union secretary Leah Okonjo"). The role is read with the statement; the
apposition is not, so "disputed the fire service's finding that ..." named no speaker of the
article, though its reporter had said whose service it was. :func:`affiliation_words` reads the
apposition from each article's text and gives the words of the body's name to the speaker
of that name in that article, as words that name them (:func:`.rebuttals.words_by_speaker`).

Only "of" opens a body: "Kieran Bright, from Holmfield" names where he lives, and "X, of
Holmfield" is rare beside "X, of the Holmfield Residents' Association". The body's name is
its capitalised words, with the small words that join them ("and", "of", "for"), up to the
comma, full stop or verb that ends the apposition.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .claims import Item
from .sides import GENERIC_TARGET
from .words import tokens

_CAP = r"[A-Z][\w'’&-]*"
# "Dominic Hethersett, of Oxendale Fire and Rescue Service," / "..., of the Media Union."
_OF_BODY = re.compile(
    rf"\b(?P<name>{_CAP}(?:\s+{_CAP})+),\s+of\s+(?:the\s+)?"
    rf"(?P<body>{_CAP}(?:\s+(?:(?:and|of|for|on|&)\s+)?{_CAP})*)(?=\s*[,.;:]|\s+[a-z])"
)
# words of a body's name that name no body in particular
_JOINING = frozenset({"and", "of", "for", "on", "&"})


def affiliation_words(items: list[Item], texts: Mapping[str, str]) -> dict[str, set[str]]:
    """Speaker -> the lower-case words of the body each is introduced with in an article of
    ``texts`` (article -> its text): the speaker of that article whose name is the one before
    the apposition, or ends on its last word."""
    out: dict[str, set[str]] = {}
    by_article: dict[str, dict[str, str]] = {}  # article -> name or last name -> speaker
    for it in items:
        if it.speaker is None or not it.speaker_name or it.statement.speaker.type != "person":
            continue
        names = by_article.setdefault(it.article, {})
        names.setdefault(it.speaker_name.casefold(), it.speaker)
        names.setdefault(it.speaker_name.split()[-1].casefold(), it.speaker)
    for article, names in by_article.items():
        for m in _OF_BODY.finditer(texts.get(article, "")):
            name = m["name"].casefold()
            speaker = names.get(name) or names.get(name.split()[-1])
            if speaker is None:
                continue
            words = {t.lower().strip("'’") for t in tokens(m["body"])}
            out.setdefault(speaker, set()).update(
                w for w in words if w and w not in _JOINING and w not in GENERIC_TARGET
            )
    return out
