"""The noun a reporting participle hangs on is its source where the noun is the clause's
subject or predicate (``There is no record showing that ...``, ``The share of voters saying
...``, ``He is a mouthpiece saying what ...``) or the subject of an absolute "with" (``with 50
percent saying she is ready``).

A present participle that modifies a noun (a reduced relative clause, "a record [that is]
showing ...") has no subject of its own: the noun is what says, shows or suggests, as the
guidelines have a document or a poll's share for a source. The subject search climbs from such
a participle to the noun and, a noun having no subject, finds none, which left these statements
without a source (on PolNeAR train, 14 such cues are gold's, and gold's source is the noun or
overlaps it in 13).

Not a noun that is the object of a verb or of another preposition: there the participle often
tells what the verb's subject did through the object (``sent out a notice saying``, ``posted
a reply saying``: the issued-text frame, ``issued_texts.py``, or a cue the annotators leave),
or the parser hung it on the nearest noun (``a letter to members saying``, ``a note on the
ruling saying``); of 22 such on train, 4 had the noun for source. Nor
a participle set off by a comma (one on the clause: "..., saying"), nor a pronoun or a date.
"""

from __future__ import annotations

from spacy.tokens import Token

from .subjects import is_pronoun

# the noun's place in its clause where it is the participle's subject by the grammar
_SUBJECT_PLACES = frozenset({"nsubj", "nsubjpass", "attr", "appos", "ROOT"})
_NOUN_TAGS = frozenset({"NOUN", "PROPN", "NUM"})
_SETTING_ENTS = frozenset({"DATE", "TIME"})


def participle_noun(verb: Token) -> Token | None:
    """The noun the present participle ``verb`` modifies, standing for its source (see the
    module's docstring), or None when ``verb`` is no such participle."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    if noun.i >= verb.i or noun.pos_ not in _NOUN_TAGS or is_pronoun(noun):
        return None
    if noun.ent_type_ in _SETTING_ENTS or verb.doc[verb.i - 1].is_punct:
        return None
    absolute = noun.dep_ == "pobj" and noun.head.lower_ == "with"  # "with 50 percent saying"
    return noun if noun.dep_ in _SUBJECT_PLACES or absolute else None
