"""One act told by other verbs: the general words of news that name an act another key already
stands for, read where their sense is that act. "Will not reduce the number of visitors" lowers
an amount as "will cut visitor numbers" does (:func:`.cut_sense.reduced_amount`). A meeting is
a talk, so whoever has not spoken to someone has not met them: "nobody has spoken to the
school" denies the meeting that "we met the head teacher" asserts (``meet``; "talks" and "talk"
already name it), and keeps its own key too, so that "I never spoke to the broadcaster" still
meets "I did speak to Ms Crane". Only the denial is read so: "I have spoken to the company"
tells of a call or a word, not of a meeting, and keeps its own key alone. To ring or phone
someone is to call them ("we rang the county council" meets "there was no call"; ``call`` as
:mod:`.contact` reads "called the town"), and to put a thing up for sale is to sell it ("will
put the centre up for sale" against "we will not sell the centre"; ``sell``).
"""

from __future__ import annotations

from .caused_acts import caused_act
from .cut_sense import reduced_amount
from .negation import is_negated, negators_of
from .sales import SELL, for_sale

MEET = "meet"
CALL = "call"
# the telephone's verbs: a call made to whom follows ("rang the council", "phoned us")
_RING = frozenset({"ring", "rings", "rang", "ringing", "phone", "phones", "phoned", "phoning",
                   "telephone", "telephones", "telephoned", "telephoning"})  # fmt: skip
# what opens the one called ("rang the council", "phoned us", "rang every parent")
_CALLED = frozenset({"the", "a", "an", "our", "their", "his", "her", "its", "my", "your",
                     "every", "each", "us", "them", "him", "me", "you", "anyone", "nobody",
                     "everyone"})  # fmt: skip
# a bell or an alarm rings, no call ("rang the bell", "rang alarm bells")
_BELLS = frozenset({"bell", "bells", "alarm", "alarms", "changes"})
_PUT = frozenset({"put", "puts", "putting"})
# "speak" names a talk only with whom: "spoke to the crew", "speaking with parents"; "spoke
# at the rally", "spoke out", "spoke about it" name none
_SPEAK = frozenset({"speak", "speaks", "spoke", "spoken", "speaking"})
_WITH_WHOM = frozenset({"to", "with"})
# an audience spoken to is told, not met ("speaking to reporters", "spoke to the press")
_AUDIENCES = frozenset({"reporters", "journalists", "press", "media", "audience", "crowd"})


def act_in_other_words(low: list[str], i: int, first_aux: int) -> tuple[str, int] | None:
    """The (key, sign) of the act the word at ``i`` names in other words, or None; the
    clause's first auxiliary ``first_aux`` tells whether the word is denied."""
    if low[i] in _SPEAK and low[i + 1 : i + 2] and low[i + 1] in _WITH_WHOM:
        if _AUDIENCES.intersection(low[i + 2 : i + 4]):
            return None
        return (MEET, 1) if is_negated(negators_of(low, i, first_aux), i, first_aux) else None
    if low[i] in _RING and low[i + 1 : i + 2] and low[i + 1] in _CALLED:
        return None if _BELLS.intersection(low[i + 1 : i + 4]) else (CALL, 1)
    if low[i] in _PUT and for_sale(low, i + 1):
        return (SELL, 1)  # "will put Chandlers Walk up for sale"
    return reduced_amount(low, i)


def also_named(low: list[str], i: int, st: str, key: str, negated: bool) -> list[tuple[str, int]]:
    """The (key, polarity) of the events the word at ``i`` (stem ``st``, read as ``key``) names
    besides its key: the act of a causative verb or the damage of a harm
    (:func:`.caused_acts.caused_act`), and the talk itself of a talk denied as a meeting
    ("has never spoken to the broadcaster": ``speak`` as well as ``meet``)."""
    if key == MEET and negated and low[i] in _SPEAK:
        return [(st, -1)]
    return caused_act(st, negated)
