"""Jobs a new thing brings, told without a verb of making.

:mod:`.figures` reads "the expansion will create 40 new jobs" as a count of jobs added (the
act "add" of :attr:`.figures.Figure.act`), a quantity apart from the jobs a place has ("the
depot employs 300 people"). The other side of a row over the jobs a scheme brings names the
same count in two more shapes:

* jobs called new: "the application lists twelve new posts", "the plan has 40 new jobs" ("new"
  says they are jobs added, whatever the verb);
* people a new thing will employ: "once it is running, the site will employ two people", "the
  centre would employ 300 staff": a thing yet to run employs no one now, and who it will employ
  are the jobs it brings.

Both are then the count "will create 30 jobs" gives, with the verb of making in their words
(:attr:`.figures.Figure.context`), so that the two sides meet though told in other verbs.

Not a count of jobs a place has ("employs 300 people", "will still employ 200 staff after the
cuts", "will continue to employ 40"), nor people of no job ("40 new residents").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import lexicon as lx

if TYPE_CHECKING:
    from .figures import Figure

__all__ = ["jobs_added", "new_jobs"]

_NEW = "new"
_JOB = lx.THEME_STEMS[lx.stem("job")]
_PEOPLE = frozenset({lx.stem("people"), _JOB})
_EMPLOY = frozenset({"employ", "recruit"})
_FUTURE = frozenset({"will", "would", "'ll", "shall"})
# words of the verb group that say the jobs are there already ("will still employ")
_STANDING = frozenset({"still", "continue", "keep", "remain", "only"})
_MADE = lx.stem("create")  # the verb of making, in the figure's words
_WINDOW = 4


def jobs_added(fig: Figure, low: list[str], start: int, head_at: int) -> Figure:
    """``fig`` (a count, its number at ``start``, its noun at ``head_at``) as jobs added when
    its noun is jobs called new, or people a thing will employ; ``fig`` itself otherwise."""
    if fig.act or fig.unit or head_at < start:
        return fig
    stem = lx.THEME_STEMS.get(fig.head, fig.head)
    new = stem == _JOB and _NEW in low[start:head_at]
    if not new and not (stem in _PEOPLE and _will_employ(low, start)):
        return fig
    return replace(fig, head=_JOB, act="add", context=fig.context | {_MADE})


def new_jobs(low: list[str], at: int, *, made: bool) -> bool:
    """Whether "new" at ``at`` opens the noun a figure counts: after a verb of making (``made``:
    "create 700 new jobs"), or before a job noun ("lists twelve new posts")."""
    if low[at : at + 1] != [_NEW]:
        return False
    return made or (at + 1 < len(low) and lx.THEME_STEMS.get(lx.stem(low[at + 1])) == _JOB)


def _will_employ(low: list[str], start: int) -> bool:
    """Whether "will employ" governs the figure at ``start`` ("the site will employ <two>")."""
    k = start - 1
    if k < 1 or low[k] not in _EMPLOY:
        return False
    group = low[max(0, k - _WINDOW) : k]
    return any(w in _FUTURE for w in group) and not any(w in _STANDING for w in group)
