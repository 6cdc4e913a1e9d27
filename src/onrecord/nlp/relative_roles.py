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
which names no post they hold now.
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
        words = [t for t in body[0].subtree if not t.is_punct or t.text in ("'", "'s")]
        out.append(f"{post} of " + " ".join(t.text for t in words).replace(" 's", "'s"))
    return out
