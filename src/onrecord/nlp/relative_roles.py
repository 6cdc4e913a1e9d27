"""A person's role told in a relative clause: "Morag Sinclair, who chairs the parish council,".

English introduces a speaker by what they do as often as by a title: "Ana Ruiz, who chairs
Elmbridge Community Council," says what "Ana Ruiz, chair of Elmbridge Community Council," says.
The verb of holding a post, with the body it is held in as its object, names the role as the
post's noun "of" the body ("chair of Elmbridge Community Council"), so that what the body
holds ("The community council supports the plan") is read as told by its own voice, as an
apposition's role is (:func:`onrecord.nlp.entities.collect_roles`).

Only the verbs whose subject holds a post in their object ("chairs", "leads", "heads",
"runs", "directs", "manages"), in a clause whose subject is "who" and that hangs on the
name itself; not what a person did once ("who founded the club", "who sued the council"),
which names no post they hold now, nor things run or managed ("who runs marathons"). The
body is the object's own name: its head with its determiner, compounds, modifiers,
possessive and "of" phrase ("the board of the Orbury Trust"), not another prepositional
phrase, which names other bodies ("who leads the campaign against Harwick Council's plan"
is "leader of the campaign").
"""

from __future__ import annotations

from spacy.tokens import Token

# the verbs of holding a post, by the noun of the post they name
POST_VERBS = {
    "chairs": "chair",
    "leads": "leader",
    "heads": "head",
    "runs": "head",
    "directs": "director",
    "manages": "manager",
}
# verbs whose plural object is things done, not a body ("who runs marathons")
_THINGS_DONE = frozenset({"runs", "manages"})
# what hangs on a body's name without being part of it ("the campaign against ...")
_NOT_THE_NAME = frozenset({"prep", "acl", "relcl", "appos", "cc", "conj", "punct", "advmod"})


def relative_roles(head: Token) -> list[str]:
    """The roles relative clauses on the name whose head is ``head`` give it: "who chairs
    the Tarn Valley Union" -> "chair of the Tarn Valley Union"."""
    out = []
    for clause in head.children:
        post = POST_VERBS.get(clause.lower_)
        if clause.dep_ != "relcl" or post is None or clause.i < head.i:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            continue
        body = [c for c in clause.children if c.dep_ == "dobj"]
        if not body or body[0].pos_ not in ("NOUN", "PROPN"):
            continue
        if clause.lower_ in _THINGS_DONE and body[0].tag_ == "NNS":
            continue
        words = sorted(_name(body[0]), key=lambda t: t.i)
        out.append(f"{post} of " + " ".join(t.text for t in words).replace(" 's", "'s"))
    return out


def _name(token: Token) -> list[Token]:
    """The words of the body's name whose head is ``token``: all below it but what hangs
    on it without naming it, save an "of" phrase ("the board of the Orbury Trust")."""
    out = [token]
    for c in token.children:
        if c.dep_ == "case" or c.text in ("'", "'s"):
            out.append(c)  # "Harwick Council's"
        elif c.dep_ not in _NOT_THE_NAME or (c.dep_ == "prep" and c.lower_ == "of"):
            out.extend(_name(c))
    return out
