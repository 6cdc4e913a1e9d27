"""Sides: which speakers speak for one another.

A spokeswoman and her company, a chief executive and the company his role names, a union and
its president are one side: their words against each other are no contradiction
(:func:`affiliated`), and their disagreements with others are grouped as one
(:func:`speaker_sides`). A role ties a speaker to a body only through a word of the body's
name; a kind of body ("company", "group") names no one body.
"""

from __future__ import annotations

from .claims import Item
from .words import tokens

# words of a rebuttal's target or a speaker's role that name no one ("the official stance of
# the ..."): shared with :mod:`.rebuttals`, which matches targets to speakers
GENERIC_TARGET = frozenset({
    "the", "a", "an", "of", "'s", "s", "'", "official", "its", "his", "her", "their", "own",
    "earlier", "latest", "recent", "new",
})  # fmt: skip


# what kind of body a name is: "the company's chief executive" does not say which company
# ("Northmere Grid Company" or another one of the story)
_BODY_KINDS = frozenset({
    "company", "companies", "corporation", "corp", "inc", "co", "ltd", "llc", "plc", "group",
    "holdings", "firm",
})  # fmt: skip
# words of a role or a mention too general to tie a speaker to an organization
_GENERIC_ROLE = GENERIC_TARGET | frozenset({
    "state", "city", "county", "federal", "national", "spokesman", "spokeswoman",
    "spokesperson", "president", "chief", "director", "officer", "secretary", "department",
    "executive", "head", "member", "for", "at", "and", "on", "in", "to", "who", "which",
    "about", "local", "representative", "mr", "ms", "mrs", "dr",
    # people described in bulk, shared by unrelated bodies ("represents library workers" and
    # the "Dock Workers Union")
    "workers", "employees", "staff", "members", "residents",
    *_BODY_KINDS,
})  # fmt: skip


def _own_name(item: Item) -> set[str]:
    """The words that name the speaker's body: a kind of body ("company") only when it is all
    the name there is (a speaker known as "the company")."""
    words = _name_words(item)
    return words - _GENERIC_ROLE or words & _BODY_KINDS


def _name_words(item: Item) -> set[str]:
    return {t.lower().strip("'’.") for t in tokens(item.speaker_name or "") if t[0].isalnum()}


def role_words(item: Item) -> set[str]:
    text = " ".join(item.roles)
    if item.statement.speaker.mention is not None:
        text += " " + item.statement.speaker.mention.text
    words = {t.lower().strip("'’.") for t in tokens(text) if t[0].isalnum()}
    return words - _name_words(item) - (_GENERIC_ROLE - _BODY_KINDS)


def affiliated(a: Item, b: Item) -> bool:
    """Whether one speaker speaks for the other (a name word in the other's role or mention:
    "Halvorsen Paper Co." and "Halvorsen spokeswoman Diane Castellane")."""
    na, nb = _own_name(a), _own_name(b)
    if na & role_words(b) or nb & role_words(a):
        return True
    return (_unnamed_company(a) and _company_voice(b)) or (
        _unnamed_company(b) and _company_voice(a)
    )


_SPOKES = ("spokes", "press officer")
_COMPANY = frozenset({
    "company", "firm", "employer", "business", "corporation", "manufacturer", "maker",
    "operator", "retailer", "group", "owner", "airline", "bank", "carrier", "insurer",
    "automaker", "chain", "utility", "developer", "mill", "plant", "lender", "publisher",
    "brewer", "supplier", "contractor", "producer", "studio", "network", "distributor",
})  # fmt: skip
# a company's officers, who speak for it as its spokesperson does ("Greyline's managing
# director")
_OFFICERS = ("chief executive", "managing director", "chief operating officer")
# bodies a spokesperson's or an officer's role may name that are no company (a charity's
# or a housing association's chief executive speaks for it), and a rival, another company
_PUBLIC = frozenset({
    "union", "council", "police", "ministry", "department", "government", "city", "county",
    "state", "mayor", "campaign", "party", "office", "prosecutor", "prosecutors", "court",
    "agency", "board", "authority", "charity", "trust", "association", "society", "foundation",
    "hospital", "school", "university", "college", "institute", "federation", "chamber",
    "rival", "rivals", "competitor",
})  # fmt: skip


def _unnamed_company(item: Item) -> bool:
    """A company known only as "the company" ("the company said it would cut 140 jobs")."""
    name = (item.speaker_name or "").lower()
    return item.statement.speaker.type == "organization" and name in _COMPANY


def _company_voice(item: Item) -> bool:
    """A spokesperson or a chief officer whose role names no public body ("Halvorsen
    spokeswoman", "the firm's managing director"): beside "the company" of a story on the same
    matter, most likely its voice."""
    roles = [r.lower() for r in item.roles]
    if not any(s in r for r in roles for s in (*_SPOKES, *_OFFICERS)):
        return False
    return not any(w in _PUBLIC for r in roles for w in r.replace("'s", "").split())


# titles before a name, which tie no one to anyone ("Cllr Ravi Sandhu", "Cllr Tibbs, its chair")
_TITLES = frozenset({"cllr", "councillor", "sir", "dame", "prof", "professor", "rev", "hon"})
# the kinds of body a name or a role can hold: "the council's cabinet member" does not say
# which council, and "Ashenford Borough Council" is not the "Ashenford Market Traders'
# Association" its chair speaks for
_KINDS = _BODY_KINDS | (_PUBLIC - {"rival", "rivals", "competitor"}) | frozenset({
    "forum", "club", "alliance", "coalition", "district", "borough", "commission", "service",
})  # fmt: skip


def _tied(name: set[str], role: set[str], together: bool) -> bool:
    """Whether a speaker's role ties them to the body whose name's words are ``name``: a
    word of the name in the role, where only a word for a kind of body ("council") ties
    speakers of one article (``together``; the council of another story is another one), and
    never when each names a kind the other lacks (a place's council and the place's traders'
    association, or its cycle forum, are two bodies)."""
    shared = name & role
    if not shared:
        return False
    if shared <= _KINDS:
        return together
    return not ((name & _KINDS) - role and (role & _KINDS) - name)


def speaker_sides(items: list[Item]) -> dict[str, str]:
    """Statement key -> its side: speakers who speak for one another (:func:`affiliated`,
    through :func:`_tied`) are one side ("Halvorsen Paper Co.", its spokeswoman and its chief
    executive)."""
    names: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    label: dict[str, str] = {}
    articles: dict[str, set[str]] = {}
    for it in items:
        if it.speaker is None:
            continue
        names.setdefault(it.speaker, set()).update(_own_name(it) - _TITLES)
        roles.setdefault(it.speaker, set()).update(role_words(it) - _TITLES)
        articles.setdefault(it.speaker, set()).add(it.article)
        label.setdefault(it.speaker, (it.speaker_name or it.speaker).casefold())
    parent = {k: k for k in names}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    speakers = sorted(names)
    for x, a in enumerate(speakers):
        for b in speakers[x + 1 :]:
            together = bool(articles[a] & articles[b])
            if _tied(names[a], roles[b], together) or _tied(names[b], roles[a], together):
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    side = {k: label[find(k)] for k in names}
    return {it.key: side[it.speaker] for it in items if it.speaker is not None}


def pair_sides(
    a: tuple[str, str | None], b: tuple[str, str | None], sides: dict[str, str]
) -> tuple[str, str]:
    """The sides of two statements ((key, speaker) each), sorted, for grouping a disagreement
    between them: each one's side in ``sides`` (default its speaker; a reversal, one
    speaker's, keeps its side: :func:`.grouping.group_key`). Two speakers of one side who
    still disagree are joined only through a third one (a solicitor for a coach, the coach
    employed by a federation, the federation's chief executive): their own names then, so that
    their disagreement is not grouped with every other one among that side's speakers."""
    own = [((speaker or "").casefold(), sides.get(key, (speaker or "").casefold()))
           for key, speaker in (a, b)]  # fmt: skip
    (na, sa), (nb, sb) = own
    if sa == sb and na != nb:
        return min(na, nb), max(na, nb)
    return min(sa, sb), max(sa, sb)
