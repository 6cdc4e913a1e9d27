"""Whether a name names a person or a body or place, from the words the article sets round it.

The NER often types an unfamiliar name wrongly: a councillor as an organization ("Imran
Castell", "Alison Tranter"), a place or a business as a person ("Visit Rennick Coast",
"Church Lane"). The syntax around the name says more than its letters:

* a name set off by a role noun ("Imran Castell, regional manager for Pennant Parking,") or
  by a relative "who" ("Alison Tranter, who lives in Heron Walk,") is a person's;
* a known first name right before a name the NER typed as a people ("Gwen" before its
  "Tallis") makes the two one person's name;
* a name of no known first name, gender or role that the article uses as a place ("in
  Skelwick Bay", "near Church Lane") or as the body an office belongs to ("chief executive of
  Visit Rennick Coast") is no one a "he" or "she" can stand for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .gender import is_first_name

__all__ = ["PERSON_ROLES", "body_or_place", "first_name_before", "set_off_as_person", "trade_name"]

# nouns for a person by office, trade or tie, which head an apposition set off after a name
PERSON_ROLES = frozenset(
    "manager executive director chair chairman chairwoman chairperson spokesman spokeswoman "
    "spokesperson secretary officer leader head chief president founder councillor councilor "
    "mayor minister member engineer nurse doctor lawyer solicitor barrister adviser advisor aide "
    "assistant economist analyst consultant resident researcher scientist teacher farmer "
    "accountant architect pilot organiser organizer campaigner volunteer coordinator treasurer "
    "trustee inspector superintendent commissioner principal headteacher dean professor "
    "lecturer surveyor hydrologist ecologist biologist geologist planner mother father wife "
    "husband daughter son neighbour neighbor friend colleague student parent grandmother "
    "grandfather mp".split()
)
# offices a body has: "chief executive of X" makes X a body
_OFFICES = frozenset(
    "executive director chair chairman chairwoman chairperson chief head president secretary "
    "manager member spokesman spokeswoman spokesperson leader officer founder treasurer "
    "trustee".split()
)
# prepositions whose object is a place, not a person ("in Skelwick Bay", "near Church Lane")
_PLACE_PREPS = frozenset(
    "in near across along around throughout outside inside within".split()
)  # fmt: skip


# words that end a business's name, not a person's ("Its adviser, Corvale Consulting,")
_TRADE_WORDS = frozenset(
    "services consulting consultants energy engineering group ltd inc plc llc co corp limited "
    "partners associates holdings freight logistics solutions systems capital ventures "
    "industries technologies media chemicals advisory trust international resources "
    "properties construction transport haulage foods pharmaceuticals laboratories labs "
    "insurance finance investments analytics research enterprises motors airlines "
    "developments homes estates utilities power water partnership agency".split()
)


def trade_name(toks: list[Token]) -> bool:
    """Whether a name ends as a business's does ("Marlow Freight Services", "Northmere
    Energy")."""
    return toks[-1].lower_.rstrip(".") in _TRADE_WORDS


def set_off_as_person(span: Span) -> bool:
    """Whether the name ``span`` is set off by a comma and a role noun or a "who" that make it
    a person's ("Imran Castell, regional manager for ...", "Alison Tranter, who lives ...")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    if doc[span.end + 1].lower_ == "who":
        return True
    return any(
        c.dep_ == "appos" and c.i > span.end and c.pos_ == "NOUN" and c.lower_ in PERSON_ROLES
        for c in span.root.children
    )


def first_name_before(tok: Token) -> bool:
    """Whether a known first name, in no entity of its own, stands right before ``tok``: a
    people's name never follows one, so the NER's "Tallis" (a people) after "Gwen" is the
    surname of a person, "Gwen Tallis"."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return (
        prev.pos_ == "PROPN" and prev.is_title and not prev.ent_type_ and is_first_name(prev.text)
    )


def body_or_place(doc: Doc, name: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether a name of no known first name, gender or role is used as a place or as the body
    an office belongs to, in one of its ``mentions`` (character spans in ``doc``)."""
    parts = name.split()
    if not parts or is_first_name(parts[0]):
        return False
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and _place_or_body_object(span.root):
            return True
    return False


def _place_or_body_object(root: Token) -> bool:
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in _PLACE_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in _OFFICES
