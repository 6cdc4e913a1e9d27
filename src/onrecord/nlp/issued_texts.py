"""A text its author issues, with a participle that says what it says: "She issued a statement
indicating that ...", "the council approved a resolution condemning ...".

The guidelines choose the sentient source over the artifact and put the artifact in the cue: the
cue runs from the verb of issuing through the text to the participle ("issued a statement
indicating"), and the source is the one who issued it. On train the annotators do so for 38 of
the 46 such participles; the text is the source only where nobody issues it ("a memo
outlining ..." as a subject, "pages outlining ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import CUE_NOUNS

# Verbs by which an author puts out a text ("put out", "send out" with their particle).
_ISSUING = frozenset(
    "issue release put send post publish write draft approve adopt pass author co-author "
    "unveil circulate".split()
)
# Texts beyond the nouns of statement: what is released, published or voted on.
TEXTS = CUE_NOUNS | frozenset(
    "release ad advertisement video email e-mail resolution paper article editorial column "
    "essay op-ed brief petition book study".split()
)


def issuing_verb(participle: Token) -> Token | None:
    """The verb of issuing whose object the participle hangs on ("issued a statement saying":
    "issued"), when the text is one an author puts out and the verb has a subject; else None."""
    if participle.tag_ != "VBG" or participle.dep_ != "acl":
        return None
    text = participle.head
    host = text.head
    if text.dep_ != "dobj" or text.lemma_.lower() not in TEXTS or not host.i < text.i:
        return None
    if host.pos_ != "VERB" or host.lemma_.lower() not in _ISSUING:
        return None
    if not any(c.dep_ == "nsubj" for c in host.children):
        return None  # "a statement issued ... saying", an imperative: nobody named
    return host
