"""Acts told by a verb and the words after it that the plain verb of the act names alone: a
thing held up is delayed, and a loss paid for is made good.

"Ambulances are being held up on the bypass" answers "the lane has not delayed a single
ambulance": "held up" after a form of "be" or "get" is a delay (``delay``, the key of
"delayed"); with an object after it ("held up a banner", "held up the scheme as a model") it
is no delay, so only the passive counts.

"Would not pay for damage caused by the fire" answers "will compensate every household": "pay
for" a loss ("damage", "losses", "harm") is the payer's making good (``compensate``, the key
of :data:`.families.FAMILY_SYNONYMS`), not a payment for a thing bought; "pay for the
repairs" and "paid the bill" stay a payment (``pay``).

Plain Python over lower-cased tokens; :func:`.act_shapes.act_shape` reads them, so a
negator of the verb denies the act ("no bus was held up", "would not pay for damage").
"""

from __future__ import annotations

from . import lexicon as lx

DELAY = lx.stem("delay")
COMPENSATE = "compensate"

# words between the auxiliary and "held" ("was not held up", "are still held up")
_BETWEEN = lx.NEGATORS | frozenset({"still", "often", "also", "badly"})
# auxiliaries of the passive
_PASSIVE = lx.BE_FORMS | frozenset({"get", "gets", "got", "getting"})


def held_up(low: list[str], i: int) -> int:
    """Where "up" stands when "held" at ``i`` is a passive of "hold up" ("are being held up",
    "was not held up by the works"), or -1: a delay. "Held up a sign" and "the bridge held up"
    are none."""
    if low[i] != "held" or low[i + 1 : i + 2] != ["up"] or not i:
        return -1
    j = i - 1
    while j > 0 and low[j] in _BETWEEN:
        j -= 1
    return i + 1 if low[j] in _PASSIVE else -1


_PAY = frozenset({"pay", "pays", "paid", "paying"})
# losses that one pays for to make them good
_LOSSES = frozenset({"damage", "damages", "loss", "losses", "harm"})
# words that may open the loss
_OPENERS = frozenset({"the", "any", "a", "their", "its", "every", "all", "full"})


def loss_paid(low: list[str], i: int) -> int:
    """Where the loss stands when "pay" at ``i`` makes it good ("would not pay for damage
    caused by the fire", "will pay for any losses"), or -1 ("pay for the repairs", "paid the
    bill")."""
    if low[i] not in _PAY or low[i + 1 : i + 2] != ["for"]:
        return -1
    k = i + 2
    while k < len(low) and k - i <= 4 and low[k] in _OPENERS:
        k += 1
    return k if k < len(low) and low[k] in _LOSSES else -1
