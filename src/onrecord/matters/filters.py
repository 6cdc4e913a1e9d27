"""The filters of the stored matters, as SQL conditions shared by the query and the exports.

:func:`onrecord.matters.store.matters` (``onrecord matters``, ``/api/matters``) and the
matters and stances exports (:mod:`onrecord.matters.export`) take the same filters, read the
same way here:

* statement filters (:func:`statement_conditions`), on one statement of the matter: its
  speaker (a name, any alias, or an id), and its date on or after ``since`` / on or before
  ``until``. Together they ask for one statement that meets them all: "matters Reyes spoke
  on in March", not "matters Reyes spoke on, that someone spoke on in March".
* matter filters (:func:`matter_conditions`): words of its question, an id, whether it holds
  a disagreement, and how many statements it has.

A statement's date is the one the analysis gave it (:func:`onrecord.matters.store.said_date`,
:data:`SAID_DATE_SQL`), the date its matter's first and last dates are made of: a statement
whose own date is missing or names only the article's month takes the article's date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store.queries import find_speakers, like_part

if TYPE_CHECKING:
    from ..store import Store

# :func:`onrecord.matters.store.said_date` over the statement ``st`` and its article ``a``
SAID_DATE_SQL = (
    "(CASE WHEN st.date IS NULL OR st.date = '' THEN a.published "
    "WHEN a.published IS NULL OR a.published = '' "
    "OR st.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN st.date "
    "WHEN st.date < substr(a.published, 1, length(st.date)) THEN st.date "
    "ELSE a.published END)"
)

# the rows a statement condition reads: ``st`` and ``a``, for one stance ``s``
STATEMENT_JOIN = (
    "JOIN statements st ON st.id = s.statement_id JOIN articles a ON a.id = st.article_id"
)

Conditions = tuple[list[str], list[object]]


def statement_conditions(
    store: Store,
    *,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Conditions | None:
    """Conditions on one statement (``st``, its article ``a``); None when ``speaker`` names no
    one, so that nothing matches.

    Args:
        speaker: a name (any alias; every speaker it may mean) or a speaker id; empty: none.
        since: its date on or after this ISO date (or prefix).
        until: its date on or before this ISO date; a prefix keeps all of it ("2024-03").
    """
    where: list[str] = []
    args: list[object] = []
    if speaker is not None and str(speaker).strip():
        ids = find_speakers(store, speaker)
        if not ids:
            return None
        where.append(f"st.speaker_id IN ({', '.join('?' * len(ids))})")
        args += ids
    if since:
        where.append(f"{SAID_DATE_SQL} >= ?")
        args.append(since)
    if until:
        where.append(f"{SAID_DATE_SQL} <= ?")
        args.append(until + "\U0010ffff")
    return where, args


def matter_conditions(
    *,
    search: str | None = None,
    matter_id: str | None = None,
    disputed: bool = False,
    min_statements: int | None = None,
) -> Conditions:
    """Conditions on a matter ``m``.

    Args:
        search: words that must all occur in its question (any case of ASCII letters, a word
            may be part of one: "bridge" finds "bridges"); ``%`` and ``_`` are taken as typed.
        matter_id: only this matter.
        disputed: only matters with a contradiction, reversal or rebuttal stored.
        min_statements: only matters with at least this many statements (with any stance).
    """
    where: list[str] = []
    args: list[object] = []
    for word in (search or "").split():
        where.append("m.question LIKE ? ESCAPE '\\'")
        args.append(like_part(word))
    if matter_id:
        where.append("m.id = ?")
        args.append(matter_id)
    if disputed:
        where.append("EXISTS (SELECT 1 FROM contradictions c WHERE c.matter_id = m.id)")
    if min_statements:
        where.append("m.yes + m.no + m.hedged + m.unclear >= ?")
        args.append(min_statements)
    return where, args


def matter_where(
    store: Store,
    *,
    speaker: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    matter_id: str | None = None,
    disputed: bool = False,
    min_statements: int | None = None,
) -> Conditions | None:
    """Every condition on a matter ``m``: the statement filters as "one statement of it meets
    them all"; None when ``speaker`` names no one."""
    said = statement_conditions(store, speaker=speaker, since=since, until=until)
    if said is None:
        return None
    where, args = [], []
    if said[0]:
        # not correlated: read once, from the speaker's statements by their index
        where.append(f"m.id IN (SELECT s.matter_id FROM stances s {STATEMENT_JOIN} "
                     f"WHERE {' AND '.join(said[0])})")  # fmt: skip
        args += said[1]
    own = matter_conditions(
        search=search, matter_id=matter_id, disputed=disputed, min_statements=min_statements
    )
    return where + own[0], args + own[1]


def sql_where(where: list[str]) -> str:
    """`` WHERE a AND b``, or nothing for no condition."""
    return f" WHERE {' AND '.join(where)}" if where else ""
