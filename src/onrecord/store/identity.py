"""Cross-article speaker identity: which stored speaker is the "Sanders" of this article?

Within an article the extractor has already resolved each speaker to one canonical name.
Across articles, :class:`Resolver` matches that name against the speakers in the store:

* people share a surname; first names (with initials and nicknames) and middle names must
  agree; roles, organizations and the entities named around them break ties. "Sanders",
  "Sarah Sanders", "Sarah Huckabee Sanders" and "White House Press Secretary Sarah Sanders"
  become one speaker whose canonical name is the fullest seen; "Bernie Sanders" stays apart.
  A bare surname joins a stored person only when the evidence points at one of them;
* organizations and outlets match by normalized name, known aliases and acronyms;
* a speaker without a name, a pronoun ("he") or a description ("officials") is never
  resolved, so it can never merge two people.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from ..models import SpeakerType
from .names import (
    PersonName,
    acronym,
    first_names_match,
    fold,
    is_named,
    middles_match,
    org_key,
    parse_person,
    role_key,
    role_words,
)

log = logging.getLogger(__name__)

ORG_TYPES = ("organization", "outlet")


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity as an article names it: the key the store resolves."""

    name: str
    type: SpeakerType
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Candidate:
    id: int
    name: str
    key: str
    first: str | None
    middle: tuple[str, ...]
    statements: int


class Resolver:
    """Resolves the entities of one article at a time to speaker ids, writing as it goes.

    Args:
        conn: the store's connection; the caller holds the write transaction.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def resolve_article(
        self, mentions: list[Mention], seen: str | None
    ) -> dict[tuple[str, str], int | None]:
        """Resolve every mention of one article; return ``(name, type) -> speaker id``.

        Organizations first, then people with first names, then bare surnames, so that a
        bare "Sanders" can lean on the "Sarah Sanders" of the same article.
        """
        out: dict[tuple[str, str], int | None] = {}
        people: list[tuple[Mention, PersonName]] = []
        context: set[str] = set()
        for m in mentions:
            if not is_named(m.name):
                out[(m.name, m.type)] = None
            elif m.type in ORG_TYPES:
                context.add("o:" + org_key(m.name))
            elif (p := parse_person(m.name)) is not None:
                people.append((m, p))
                context.add("p:" + p.surname)
            else:
                out[(m.name, m.type)] = None
        for m in sorted(
            (m for m in mentions if m.type in ORG_TYPES and is_named(m.name)), key=lambda m: m.name
        ):
            out[(m.name, m.type)] = self._org(m, seen)
        local: dict[str, set[int]] = {}
        people.sort(key=lambda mp: (mp[1].first is None, -len(mp[1].key), mp[0].name))
        for m, p in people:
            ctx = context - {"p:" + p.surname}
            sid = self._person(m, p, ctx, local)
            self._note(sid, m.name, fold(m.name), (*p.roles, *m.roles), seen)
            out[(m.name, m.type)] = sid
            if p.first:
                local.setdefault(p.surname, set()).add(sid)
        return out

    # -- organizations -------------------------------------------------------------------

    def _org(self, m: Mention, seen: str | None) -> int:
        key, acr = org_key(m.name), acronym(m.name)
        row = self.conn.execute(
            "SELECT s.id FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE a.key = ? AND s.type IN ('organization', 'outlet') "
            "ORDER BY s.statements DESC, s.id LIMIT 1",
            [key],
        ).fetchone()
        sid: int | None = row[0] if row else None
        single = " " not in m.name.strip()
        if sid is None and acr:
            for cid, cname in self.conn.execute(
                "SELECT id, name FROM speakers WHERE acronym = ? "
                "AND type IN ('organization', 'outlet') ORDER BY statements DESC, id",
                [acr],
            ):
                if single or _is_acronym(cname):
                    sid = cid
                    break
        if sid is None:
            sid = self._create(m.name.strip(), m.type, key, None, None, acr)
        elif not single:  # prefer the spelled-out name to the acronym
            self.conn.execute(
                "UPDATE speakers SET name = ?, acronym = coalesce(acronym, ?) "
                "WHERE id = ? AND name NOT LIKE '% %' AND upper(name) = name",
                [m.name.strip(), acr, sid],
            )
        self._note(sid, m.name, key, m.roles, seen)
        return sid

    # -- people ----------------------------------------------------------------------------

    def _person(self, m: Mention, p: PersonName, ctx: set[str], local: dict[str, set[int]]) -> int:
        roles = {role_key(r) for r in (*p.roles, *m.roles)} - {""}
        if not p.first and len(local.get(p.surname, ())) == 1:
            return next(iter(local[p.surname]))  # "Sanders" after "Sarah Sanders", same article
        viable = [c for c in self._candidates(p.surname) if _compatible(p, c)]
        pick: _Candidate | None
        if p.first:
            named = [c for c in viable if c.first]
            pick = self._best(p, named, roles, ctx, need_evidence=False)
            if pick is None and not named:
                pick = self._best(p, viable, roles, ctx, need_evidence=False)
        else:
            pick = self._best(p, viable, roles, ctx, need_evidence=len(viable) > 1)
            if pick is None:  # ambiguous: reuse the bare "Sanders" speaker, never a full name
                pick = next((c for c in viable if c.key == p.key), None)
        if pick is None:
            log.debug("new speaker %r", p.display)
            return self._create(p.display, m.type, p.key, p.surname, p.first, None)
        if p.first and _fuller(p, pick):
            log.debug("speaker %d %r is now known as %r", pick.id, pick.name, p.display)
            self.conn.execute(
                "UPDATE speakers SET name = ?, key = ?, first_name = ? WHERE id = ?",
                [p.display, p.key, p.first, pick.id],
            )
        return pick.id

    def _best(
        self,
        p: PersonName,
        cands: list[_Candidate],
        roles: set[str],
        ctx: set[str],
        *,
        need_evidence: bool,
    ) -> _Candidate | None:
        if not cands:
            return None
        scored = sorted(
            ((self._score(p, c, roles, ctx), c) for c in cands),
            key=lambda sc: (-sc[0], -sc[1].statements, sc[1].id),
        )
        top, best = scored[0]
        if len(scored) > 1 and scored[1][0] == top:
            return None
        if top < 0 or (need_evidence and top <= 0):
            return None
        return best

    def _score(self, p: PersonName, c: _Candidate, roles: set[str], ctx: set[str]) -> int:
        score = 0
        if p.first and c.first:
            full = len(p.first) > 1 and len(c.first) > 1
            score += 3 if full else 1
        mine = role_words(sorted(roles))
        theirs = role_words(
            [r for (r,) in self.conn.execute("SELECT key FROM roles WHERE speaker_id = ?", [c.id])]
        )
        if mine and theirs:
            score += 2 if mine & theirs else -2
        if ctx:
            score += min(3, len(ctx & self._context(c.id)))
        return score

    def _context(self, speaker_id: int) -> set[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT s.type, s.surname, s.key FROM mentions b "
            "JOIN speakers s ON s.id = b.speaker_id "
            "WHERE b.article_id IN (SELECT article_id FROM mentions WHERE speaker_id = ? "
            "ORDER BY article_id DESC LIMIT 50) AND b.speaker_id != ?",
            [speaker_id, speaker_id],
        )
        return {("o:" + key) if t in ORG_TYPES else ("p:" + (sur or key)) for t, sur, key in rows}

    def _candidates(self, surname: str) -> list[_Candidate]:
        rows = self.conn.execute(
            "SELECT id, name, key, first_name, statements FROM speakers "
            "WHERE surname = ? AND type NOT IN ('organization', 'outlet')",
            [surname],
        ).fetchall()
        out = []
        for sid, name, key, first, statements in rows:
            words = key.split()
            n_sur = len(surname.split())
            middle = tuple(words[1:-n_sur]) if first else ()
            out.append(_Candidate(sid, name, key, first, middle, statements))
        return out

    # -- writes ------------------------------------------------------------------------------

    def _create(
        self,
        name: str,
        type_: str,
        key: str,
        surname: str | None,
        first: str | None,
        acr: str | None,
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO speakers (name, type, key, surname, first_name, acronym) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [name, type_, key, surname, first, acr],
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _note(
        self, sid: int, alias: str, key: str, roles: tuple[str, ...], seen: str | None
    ) -> None:
        """Count the alias and record each role with the dates it was seen."""
        self.conn.execute(
            "INSERT INTO aliases (speaker_id, alias, key, count) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (speaker_id, key) DO UPDATE SET count = count + 1",
            [sid, alias.strip(), key],
        )
        for role in dict.fromkeys(roles):
            rkey = role_key(role)
            if not rkey:
                continue
            self.conn.execute(
                "INSERT INTO roles (speaker_id, role, key, count, first_seen, last_seen) "
                "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (speaker_id, key) DO UPDATE SET "
                "count = count + 1, "
                "first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen "
                "THEN excluded.first_seen ELSE first_seen END, "
                "last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen "
                "THEN excluded.last_seen ELSE last_seen END",
                [sid, role.strip(), rkey, seen, seen],
            )


def _is_acronym(name: str) -> bool:
    return " " not in name.strip() and name.isupper()


def _compatible(p: PersonName, c: _Candidate) -> bool:
    if p.first and c.first and not first_names_match(p.first, c.first):
        return False
    return not (p.first and c.first and not middles_match(p.middle, c.middle))


def _fuller(p: PersonName, c: _Candidate) -> bool:
    """Whether ``p`` names the person more completely than the stored canonical name."""
    if not c.first:
        return True
    if len(c.first) == 1 and len(p.first or "") > 1:
        return True
    return len(p.key.split()) > len(c.key.split()) and middles_match(p.middle, c.middle)
