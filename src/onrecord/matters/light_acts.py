"""Acts told by a verb and the words after it that the plain verb of the act names alone: a
thing held up is delayed, and a loss paid for is made good.

"Ambulances are being held up on the bypass" answers "the lane has not delayed a single
ambulance": "held up" after a form of "be" or "get" is a delay (``delay``, the key of
"delayed"); with an object after it ("held up a banner", "held up the scheme as a model") it
is no delay, so only the passive counts, and not one held up as a model or an example ("the
scheme was held up as a model for other councils").

"Would not pay for damage caused by the fire" answers "will compensate every household": "pay
for" a loss ("damage", "losses", "harm") is the payer's making good (``compensate``, the key
of :data:`.families.FAMILY_SYNONYMS`), not a payment for a thing bought; "pay for the
repairs" and "paid the bill" stay a payment (``pay``), and a loss the payers bear themselves
("will have to pay for the damage themselves", "pay for their own losses") is made good by no
one.

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
    if low[j] not in _PASSIVE or _shown_as(low, i + 2):
        return -1
    return i + 1


# what a thing held up as an example is shown as ("held up as the model for the region")
_EXEMPLARS = frozenset({"model", "example", "exemplar", "beacon", "showcase", "template",
                        "blueprint", "symbol", "proof", "evidence"})  # fmt: skip


def _shown_as(low: list[str], k: int) -> bool:
    """Whether "as" at ``k`` names what a thing held up is shown as ("as a model", "as an
    example of good practice"), not a time or a cause ("held up as the lane was closed")."""
    if low[k : k + 1] != ["as"]:
        return False
    after = low[k + 1 : k + 4]
    return bool(after) and (after[0] in ("a", "an") or any(w in _EXEMPLARS for w in after))


# losses that one pays for to make them good
_LOSSES = frozenset({"damage", "damages", "loss", "losses", "harm"})
# words that may open the loss
_OPENERS = frozenset({"the", "any", "a", "their", "its", "every", "all", "full"})
# a loss the payers bear themselves: "pay for the damage themselves", "pay for their own losses"
_OWN_COST = frozenset({"own", "themselves", "himself", "herself", "itself", "ourselves",
                       "yourselves", "yourself", "myself"})  # fmt: skip
# words that end the stretch after the loss in which its bearer is named
_STRETCH_ENDS = frozenset({",", ";", ".", ":", "and", "but", "because", "if", "when", "which"})


def loss_paid(low: list[str], i: int) -> int:
    """Where the loss stands when "pay" at ``i`` makes it good ("would not pay for damage
    caused by the fire", "will pay for any losses"), or -1 ("pay for the repairs", "paid the
    bill")."""
    if low[i] not in lx.PAY_FORMS or low[i + 1 : i + 2] != ["for"]:
        return -1
    k = i + 2
    while k < len(low) and k - i <= 4 and low[k] in _OPENERS | _OWN_COST:
        k += 1
    if k >= len(low) or low[k] not in _LOSSES or _OWN_COST & set(low[i + 2 : k]):
        return -1
    end = next((e for e in range(k + 1, len(low)) if low[e] in _STRETCH_ENDS), len(low))
    return -1 if _OWN_COST & set(low[k + 1 : min(end, k + 8)]) else k
