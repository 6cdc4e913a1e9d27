"""A thing named by a word for any change of course: "the change", "the move", "the plan".

News names the matter of its story once in full and then by a word that fits any decision:
"Greyhaven Constabulary has not backed the removal of crossing patrols", and in the same
article "the police support the change". The two themes share no word, but "the change"
names no thing of its own: within one article it is the article's change, so the two are
one thing (:func:`names_any_change`, asked by :func:`.contradictions.same_theme`). Across
articles the word names whatever the other story changed, and the themes stay apart; a word
for a change told with words of its own ("the change to the bus lanes") is that change.
"""

from __future__ import annotations

from . import lexicon as lx
from .words import tokens

__all__ = ["names_any_change"]

# the words for any decision or change of course, stemmed ("the move", "the proposals")
_ANY_CHANGE = frozenset(
    lx.stem(w)
    for w in (
        "change", "changes", "move", "moves", "plan", "plans", "decision", "proposal",
        "proposals", "scheme", "idea", "step", "shake-up", "overhaul", "policy",
    )
)  # fmt: skip


# words after the noun that give the change a thing of its own ("the change to the lanes")
_OF_A_THING = frozenset({"to", "of", "for", "on", "at", "in", "from", "by", "over", "about",
                         "that", "which"})  # fmt: skip


def names_any_change(theme: frozenset[str], text: str) -> bool:
    """Whether a theme is only a word for any change ("the change", "the plans"), told in
    ``text`` with nothing after it that names what it changes ("the change to the lanes")."""
    if not theme or not theme <= _ANY_CHANGE:
        return False
    low = [t.lower() for t in tokens(text)]
    at = [k for k, w in enumerate(low) if lx.stem(w) in theme]
    return bool(at) and all(low[k + 1 : k + 2] == [] or low[k + 1] not in _OF_A_THING
                            for k in at)  # fmt: skip
