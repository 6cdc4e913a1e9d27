"""Which organization of the article a generic noun stands for ("the ministry", "the firm").

A description of a body resolves to the organization the article has named that it fits:

* by a word of its name: "the ministry" is the article's Health Ministry, "the union" its
  Dorvale Teachers Union;
* a noun of business ("the company", "the firm") by a name that ends as a business's does
  ("Islands Ferry Co.", "Marlow Freight Services");
* else, for a definite noun of business, by being the last organization named before it that
  is of that kind: "Brimley Logistics announced layoffs. The firm said ...". An organization
  is of another kind when its name holds a word of a public or members' body ("Harbor
  Authority", "Democratic Party") or an apposition calls it something that is no business
  ("Citizens for Clean Water, an advocacy group"); one called a business ("Brimley, a
  freight company") or called nothing, with a name of no other kind, may be the company.

When no organization fits, the caller keeps the bare noun ("company") as its own entity: an
unnamed body is better left unnamed than given a wrong name.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .entities import ORG_WORDS, EntityDraft, EntityTable

__all__ = ["body_of_kind", "org_matches"]

_COMPANY_NOUNS = frozenset("company firm operator carrier business corporation".split())
_COMPANY_SUFFIX = re.compile(r"\b(?:Co|Inc|Corp|Ltd|LLC|Company|Group|Corporation|Holdings)\.?$")
# endings a business's name has more often than a public body's ("Marlow Freight Services")
_TRADE_SUFFIX = re.compile(
    r"\b(?:Services|Industries|Enterprises|Technologies|Systems|Airlines|Pharmaceuticals"
    r"|Motors|Foods)$"
)
# a group of people of one kind ("Bus Users' Group", "Residents' Association Group",
# "Tenants Action Group"): its members' plural, owned, or a campaign's word before "Group";
# no company
_MEMBERS_GROUP = re.compile(
    r"\b(?:[A-Z][a-z]+s ?['’]|Action|Campaign|Support|Pressure|Community|Friends)\s+Group\.?$"
)
# words of a public body's or a members' body's name ("Department of Social Services"): no
# company, however its name ends
_PUBLIC_BODY = frozenset(
    "department ministry agency authority council board commission office bureau union "
    "association administration county city state federal national".split()
)
# words of an organization's name that make it a body of another kind than a business: the
# public and members' bodies', and the other words of bodies (party, court, police, school)
_OTHER_KIND = (
    (_PUBLIC_BODY | ORG_WORDS)
    - _COMPANY_NOUNS
    - {
        "inc",
        "inc.",
        "corp",
        "corp.",
        "group",
        "bank",
        "fund",
        "network",
    }
)
# what an apposition calls a business ("Brimley Logistics, a freight company")
_BUSINESS_NOUNS = _COMPANY_NOUNS | frozenset(
    "maker manufacturer producer retailer supplier contractor developer chain airline "
    "bank insurer lender startup conglomerate subsidiary brand".split()
)


def org_matches(noun: str, name: str) -> bool:
    """ "the ministry" fits "Health Ministry"; "the company" fits "Islands Ferry Co." and a
    name that ends as a business's does ("Marlow Freight Services")."""
    words = name.lower().replace("’", "'").split()
    if noun in words:
        return True
    if noun not in _COMPANY_NOUNS:
        return False
    if _COMPANY_SUFFIX.search(name) and not _MEMBERS_GROUP.search(name):
        return True
    return bool(_TRADE_SUFFIX.search(name)) and not _PUBLIC_BODY & set(words)


def body_of_kind(table: EntityTable, head: Token) -> EntityDraft | None:
    """The organization of the article that the noun at ``head`` describes, or None.

    A name that fits the noun wins (its last such organization named before ``head``, else
    the first named after it); a definite noun of business with no such name falls back on
    the last organization named before it that may be a business."""
    noun = head.lemma_.lower()
    best: EntityDraft | None = None
    for ent in table.entities:
        if ent.type == "organization" and org_matches(noun, ent.name):
            earlier = any(s < head.idx for s, _e in ent.mentions)
            if earlier or best is None:
                best = ent
    if best is not None or noun not in _COMPANY_NOUNS or not _definite(head):
        return best
    return _last_business(table, head)


def _definite(head: Token) -> bool:
    """ "the firm", "the company": a body the reader has met; not "a firm", "its company"."""
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    return len(dets) == 1 and dets[0].lower_ == "the"


def _last_business(table: EntityTable, head: Token) -> EntityDraft | None:
    """The organization last named before ``head`` that may be a business, if any."""
    best: tuple[int, EntityDraft] | None = None
    for ent in table.entities:
        if ent.type != "organization" or not _may_be_business(table, ent):
            continue
        last = max((s for s, _e in ent.mentions if s < head.idx), default=-1)
        if last >= 0 and (best is None or last > best[0]):
            best = (last, ent)
    return best[1] if best is not None else None


def _may_be_business(table: EntityTable, ent: EntityDraft) -> bool:
    """Whether the organization may be the company a later "the company" means: no word of
    another kind of body in its name, not a members' group, and, where an apposition says
    what it is, called a business there."""
    words = set(ent.name.lower().replace("’", "'").split())
    if words & _OTHER_KIND or _MEMBERS_GROUP.search(ent.name):
        return False
    spans = [table.doc.char_span(s, e, alignment_mode="expand") for s, e in ent.mentions]
    if any(t.ent_type_ in _PLACES for sp in spans if sp is not None for t in sp):
        return False  # "its Quillan depot": a place the table keeps as a body
    called = _called([sp for sp in spans if sp is not None])
    return not called or bool(called & _BUSINESS_NOUNS)


# the NER's labels of places and peoples, which the entity table may keep as organizations
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _called(spans: list[Span]) -> set[str]:
    """The nouns that appositions on the organization's mentions call it ("a freight
    company": "company")."""
    out: set[str] = set()
    for span in spans:
        for t in span:  # the parser may hang it on the name's last word ("for Clean Water")
            for c in t.children:
                if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= span.end:
                    out.add(c.lemma_.lower())
    return out
