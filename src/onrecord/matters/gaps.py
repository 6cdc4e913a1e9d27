"""A gap: how many a body is short of, in whatever words it is counted.

"We are short of eleven deck officers and engineers", "Kelmore is short of three crew at
most", "we are 60 officers short", "the prison is 18 officers below its full complement",
"21 officer posts were vacant" and "the unit has 11 vacancies" all give one quantity, the
number of people or posts missing, and the words that count them differ from speaker to
speaker (officers, crew, posts, vacancies). Each is read as a figure of one quantity, the
gap, so two speakers' gaps meet in one matter of values as two counts of one noun do; the
story, the body named and the rest of the clause still keep two gaps apart as they keep two
counts apart (:meth:`.figures.Figure.same_quantity`).

Read as a gap: a count after "be short of" ("is short of three crew"; not "just short of
2,000 people attended", a bound), a count and its noun before "short" ("60 officers short",
"four short"), a count below a full complement, establishment or strength, a count of
vacancies, and posts said to be vacant or unfilled. Sums and shares are no gap ("fell 2
million pounds short" is money missing, not people).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import lexicon as lx
from .measures import MEASURE_UNITS
from .themes import BE

if TYPE_CHECKING:
    from .figures import Figure

__all__ = ["GAP", "gap_of"]

GAP = "gap"
_SHORT = "short"
# what a body is counted below: "below its full complement"
_FULL = frozenset({"complement", "establishment", "strength"})
_DETS = frozenset({"its", "their", "the", "our", "his", "her"})
_VACANT = frozenset(lx.stem(w) for w in ("vacant", "unfilled"))
_VACANCIES = frozenset(lx.stem(w) for w in ("vacancy", "vacancies"))
# how far after the noun "be vacant" may stand ("posts <on Larkfield> were unfilled")
_NEAR = 5
# nouns of people or posts with no ending of a person's noun
_STAFF = frozenset({
    "staff", "crew", "crews", "people", "personnel", "police", "nurse", "nurses", "gp", "gps",
    "surgeon", "surgeons", "post", "posts", "role", "roles", "position", "positions", "vacancy",
    "vacancies",
})  # fmt: skip
# endings of nouns of a person: officers, doctors, chemists, librarians, consultants,
# students, firemen, midwives, deckhands, lifeguards, medics
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "wive", "wife",
                   "hand", "guard", "medic", "nurse")  # fmt: skip
# words between "be" and "short of", or between "short of" and the count
_ADVERBS = frozenset({"now", "still", "already", "currently", "also"})
_BOUND_WORDS = frozenset({"at", "least", "about", "around", "nearly", "almost", "some", "over",
                          "more", "than", "up", "to", "roughly"})  # fmt: skip


def gap_of(fig: Figure, low: list[str], start: int, end: int, head_at: int) -> Figure:
    """``fig`` (told at ``start:end``, its noun at ``head_at``) as a gap, when its words tell
    one; else ``fig`` itself."""
    noun = head_at - 1 if low[head_at] in (_SHORT, "below") and head_at > end else head_at
    if fig.unit or not _of_staff(low[noun]) or not _is_gap(fig, low, start, end, head_at):
        return fig  # "four points short": points, no gap
    return replace(fig, head=GAP, word="staff short", predicate="", act="",
                   context=fig.context | {GAP})  # fmt: skip


def _of_staff(noun: str) -> bool:
    """Whether ``noun``, the noun a figure counts, names people or posts ("officers",
    "crew", "midwives", "vacancies"), or is no noun ("five short"): points, votes, shots,
    beds or rooms short are counts of their own things, not a gap."""
    if noun in (_SHORT, "below") or noun in _STAFF:
        return True
    if noun in MEASURE_UNITS:
        return False
    return noun.rstrip("s").endswith(_PERSON_ENDINGS)


def _is_gap(fig: Figure, low: list[str], start: int, end: int, head_at: int) -> bool:
    after = max(head_at, end - 1) + 1  # the word after the figure and its noun
    if low[head_at] == _SHORT or low[after : after + 1] == [_SHORT]:
        return True  # "we are 60 officers short", "now four short"
    if low[head_at] == "below" or low[after : after + 1] == ["below"]:
        k = (head_at if low[head_at] == "below" else after) + 1
        if low[k : k + 1] and low[k] in _DETS:
            k += 1
        if low[k : k + 1] == ["full"]:
            k += 1
        return bool(low[k : k + 1]) and low[k] in _FULL  # "18 officers below its complement"
    if fig.head in _VACANCIES or fig.predicate in _VACANT:
        return True  # "11 midwife vacancies", "21 officer posts were vacant"
    for k in range(after, min(after + _NEAR, len(low) - 1)):
        if low[k] in BE and lx.stem(low[k + 1]) in _VACANT:
            return True  # "three nursing posts on Larkfield were unfilled"
        if not low[k].isalpha():
            break
    k = start - 1
    while k >= 0 and low[k] in _BOUND_WORDS:
        k -= 1
    if k < 2 or low[k - 1 : k + 1] != [_SHORT, "of"]:
        return False
    k -= 2
    while k >= 0 and low[k] in _ADVERBS:
        k -= 1
    return k >= 0 and low[k] in BE  # "Kelmore is short of three crew"
