"""Verbs that bring a state about: the act, beside the state it leaves.

"The runoff killed the trout" tells two things: the trout are dead (``alive``, -1) and the
runoff is what killed them. "Our runoff did not kill the trout" denies only the second: the
fish may be dead of another cause. So an asserted form of such a verb, listed under the state's
concept, names the act's own key too, and the bare verb denied names the act alone: "did not
kill" answers "killed", and not "187 dead fish were collected".
"""

from __future__ import annotations

from . import lexicon as lx

# stems of verbs that a concept lists for the state they cause ("killed": not alive)
_CAUSATIVE = frozenset({lx.stem("kill")})
# harms that are a damage and more: "a fifth of the mosaic was destroyed" tells that it was
# damaged, as "the blasting has cracked 40 homes" does, so either meets "has not been damaged
# in any way"; denied they say nothing of damage ("was not destroyed": it may be damaged)
DAMAGE = lx.stem("damage")
_DAMAGING = frozenset(lx.stem(w) for w in ("destroyed", "wrecked", "smashed", "cracked",
                                           "demolished", "gutted", "vandalised",
                                           "vandalized"))  # fmt: skip


def caused_act(stem: str, negated: bool) -> list[tuple[str, int]]:
    """The (key, polarity) of the act beside its state, for an asserted causative verb of
    stem ``stem`` ("killed the trout": ``kill``, +1), or the damage an asserted harm tells
    ("destroyed": ``damag``, +1); none for another word or a denied one."""
    if negated:
        return []
    return [(stem, 1)] if stem in _CAUSATIVE else [(DAMAGE, 1)] if stem in _DAMAGING else []


def entailed_damage(key: str, word: str) -> bool:
    """Whether the event ``key`` read from ``word`` is only the damage a harm tells
    ("cracked": ``damag``): a frame that denies the harm ("it is not true that the dam had
    cracked") does not deny that damage, so the frame drops it rather than turning it round."""
    return key == DAMAGE and lx.stem(word.lower()) in _DAMAGING
