"""A speaker's own act, told in the first person: "I will not resign", "I am stepping down".

Across articles, two statements on one event are linked only when they share a word besides
the event's own (:func:`.cluster.linked_groups`): the event alone does not say that they ask
one question. A person who says "I will not resign" and weeks later "I am stepping down as
head coach" shares no such word, yet speaks of one act, the speaker's own: the subject "I"
names the one who acts, and an act with nothing it happens to (no theme, :mod:`.themes`)
has nothing else that could set the two apart. "We" is not enough (a club's "we" is many
people, and a spokesman's "we" another body than his own "I"), nor is an act done to
something ("I did not sign the lease" and "I signed the contract": two things signed).
"""

from __future__ import annotations

from . import lexicon as lx
from .claims import Item
from .persons import one_person
from .words import tokens

# words between "I" and its verb: auxiliaries, negators, adverbs ("I have never spoken")
_BETWEEN = frozenset({"not", "never", "n't", "no", "longer", "still", "also", "then", "now"})


def _first_person_act(clause: str, word: str) -> bool:
    """Whether ``word`` (an event's verb) in ``clause`` has "I" for its subject."""
    low = [t.lower() for t in tokens(clause)]
    at = next((i for i, t in enumerate(low) if t == word.lower()), None)
    if at is None:
        return False
    k = at - 1
    while k >= 0 and (
        low[k] in _BETWEEN or low[k] in lx.MODALS or lx.is_aux(low, k) or low[k].endswith("ly")
    ):
        k -= 1
    return k >= 0 and low[k] == "i" and (k == 0 or not low[k - 1][:1].isalnum())


# words that lead to the post or body an act is done as or from ("resign as chair", "step
# down from the board"), particles of the verb before it, and words that end that post
_TO_POST = frozenset({"as", "from"})
_PARTICLES = frozenset({"down", "up", "out", "aside", "away", "off"})
_POST_END = frozenset({"in", "on", "at", "after", "before", "because", "and", "but", "with",
                       "effective", "today", "tomorrow", "yesterday", "now", "over",
                       "for"})  # fmt: skip


def _post(clause: str, word: str) -> frozenset[str]:
    """Stems of the post or body that ``word`` (an event's verb) in ``clause`` is done as or
    from ("as chair of the board" -> chair, board); empty where it names none."""
    low = [t.lower() for t in tokens(clause)]
    at = next((i for i, t in enumerate(low) if t == word.lower()), None)
    if at is None:
        return frozenset()
    k = at + 1
    while k < len(low) and low[k] in _PARTICLES:
        k += 1
    if k >= len(low) or low[k] not in _TO_POST:
        return frozenset()
    post: set[str] = set()
    for t in low[k + 1 :]:
        if t in _POST_END or not t[:1].isalnum():
            break
        if t not in lx.STOPWORDS:
            post.add(lx.stem(t))
    return frozenset(post)


def posts(item: Item, key: str) -> frozenset[str]:
    """Stems of the posts or bodies the event ``key`` is done as or from in ``item``."""
    return frozenset(
        w
        for c in item.claim.clauses
        for e in c.events
        if e.key == key
        for w in _post(c.text, e.word)
    )


def two_posts(a: Item, b: Item, key: str) -> bool:
    """Whether ``a`` and ``b`` name each a post or body the act ``key`` is done as or from,
    with no word shared ("as chair", "as treasurer"): two acts, whoever tells them."""
    pa, pb = posts(a, key), posts(b, key)
    return bool(pa and pb and not pa & pb)


def own_act(item: Item, key: str) -> bool:
    """Whether ``item`` tells the event ``key`` as its speaker's own act ("I will not
    resign"), in a clause of its own (not "they said I would resign")."""
    return any(
        _first_person_act(c.text, e.word)
        for c in item.claim.clauses
        for e in c.events
        if e.key == key
    )


def one_own_act(a: Item, b: Item, key: str) -> bool:
    """Whether ``a`` and ``b`` are one person's words on the same act of their own: two
    posts named, with no word shared, are two acts ("I will not step down as chair", "I
    stepped down as treasurer")."""
    return not two_posts(a, b, key) and one_person(a, b) and own_act(a, key) and own_act(b, key)
