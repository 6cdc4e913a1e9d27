"""Whether a statement was made in its article's headline.

A headline ("No lifeguards on beaches this summer, trust warns") is the editors' short form of
what someone said; the article's body gives the speaker's own words. When a disagreement can
be shown either way, the body's words are the better evidence. A headline is the article's
first paragraph when that is one short line with no closing full stop.
"""

from __future__ import annotations

from .claims import Item

_MAX_WORDS = 25  # longer than this, a first paragraph is a lead sentence


def in_headline(item: Item) -> bool:
    """Whether ``item``'s statement is made in the article's headline (see the module)."""
    sentence = item.statement.sentence
    if sentence is None or sentence.start != 0:
        return False
    line = sentence.text.strip()
    return (
        "\n" not in line
        and sentence.text.rstrip(" ").endswith("\n")
        and not line.endswith((".", "!"))
        and len(line.split()) <= _MAX_WORDS
    )
