"""The author behind a text named as a source: "according to a statement released Wednesday by
the union", "a report published by the Halvard Institute found", "a letter signed by the
teachers' union said", "a statement from the union", "the union's statement said".

PolNeAR's annotators mark the whole phrase as the source (the text with its participle and
agent), and so does onrecord's source span; but the one who speaks through the text is its
author, named inside the phrase, and that author is the statement's speaker. The author is:

* the agent of a participle of issuing on the text ("released ... by X", "signed by X",
  "conducted by X"), the phrase's own word for who put the text out;
* the object of "from" on the text ("a statement from X"), not a time ("a report from May");
* the text's possessor ("X's statement"), not a time ("last year's report").

A text with none of these stays unresolved, as before: "a statement said" names nobody.
Someone who only passed the text on ("cables later released by WikiLeaks") is read as its
author too; the participle does not tell the two apart, and issuing is the usual sense.
"""

from __future__ import annotations

from spacy.tokens import Token

from .issued_texts import TEXTS

__all__ = ["text_author"]

# texts an author puts out, beyond the nouns of statement: filings, polls, documents
_AUTHORED = TEXTS | frozenset(
    "document filing survey poll transcript excerpt excerpts cable lawsuit complaint motion "
    "analysis review notice presentation proposal".split()
)
# participles by which an author puts a text out ("released by", "signed by")
_AUTHORING = frozenset(
    "issue release publish sign write send post draft author co-author prepare file conduct "
    "circulate submit deliver".split()
)
_TIMES = frozenset({"DATE", "TIME"})


def text_author(head: Token) -> Token | None:
    """The head of the author's phrase inside a source phrase headed by a text (``head``),
    or None when ``head`` is no text or names no author."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _AUTHORED:
        return None
    for c in head.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _AUTHORING:
            agent = _agent(c)
            if agent is not None:
                return agent
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and _names_someone(obj):
                return obj
        if c.dep_ == "poss" and _names_someone(c) and c.pos_ != "PRON":
            return c
    return None


def _agent(participle: Token) -> Token | None:
    """The object of the participle's "by" ("released Wednesday by the union": "union")."""
    for c in participle.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and _names_someone(obj):
                return obj
    return None


def _names_someone(tok: Token) -> bool:
    """A noun or name that can be an author: not a time ("a report from May")."""
    return tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.ent_type_ not in _TIMES
