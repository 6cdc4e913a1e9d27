"""A relative or wh word that opens the clause of a cue is the first piece of its content.

``the vote, which Ruiz said was a mistake``, ``what the mayor described as a fresh start``,
``the bridge, which the council has vowed to rebuild``: the word stands for what was said of,
and fills a place in the reported words (the subject of "was a mistake", the object of
"rebuild"). The guidelines keep it and leave its antecedent out (``the man who the judge
accused of breaking the rules``: "who" + "of breaking the rules", "the man" out, since taking
it would resolve the pronoun). The parse often hangs the word on the cue verb, not on the
reported clause, so the content read off the clause starts after the cue; this pass puts the
word back in front, as a piece of its own. On PolNeAR's train split the annotators have it 12
times where the content lacked it, against 2 where they leave it out.

A relative ``that`` is read where the content is found (``attribution.py``); the ones the
parse hangs on the cue verb, like ``where`` and ``when`` (which say where or when as often as
what), the annotators mark both ways, and they stay out. So does ``what`` before a naming verb
(``what Ruiz called "a disgrace"``: 6 with it, 5 without; the name alone is the older
reading), a relative word that is the speaker (``officials, who said the plan ...``: the
source), one whose clause has no subject of its own between the word and its cue, and one
that belongs to neither the cue verb nor the reported words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .attribution import Attribution
from .cues import NAMING_VERBS
from .offsets import trim

_WH_TAGS = frozenset({"WDT", "WP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def with_relative_word(doc: Doc, a: Attribution, text: str) -> None:
    """Make the relative word that opens ``a``'s cue clause the first piece of its content
    (see the module's docstring); ``a`` is left as it is when the frame differs."""
    word = _relative_word(doc, a)
    if word is None:
        return
    piece = trim(text, word.idx, word.idx + len(word.text))
    if piece[1] <= piece[0] or piece[1] > a.content[0]:
        return
    a.parts = (piece, a.content)
    a.content = (piece[0], a.content[1])


def _relative_word(doc: Doc, a: Attribution) -> Token | None:
    if a.kind == "direct" or a.parts or a.cue_token is None or a.cue is None:
        return None
    verb = doc[a.cue_token]
    start, end = a.content
    if start < verb.idx + len(verb.text):
        return None  # the content does not follow its cue
    word = verb.left_edge
    if word.tag_ not in _WH_TAGS or word.lower_ == "that" or word.idx >= a.cue[0]:
        return None
    if word.lower_ == "what" and verb.lemma_.lower() in NAMING_VERBS:
        return None  # "what Ruiz called a disgrace": the name alone, as often as not
    if a.source is not None and word.idx >= a.source[0]:
        return None
    if not (word.head.i == verb.i or start <= word.head.idx < end):
        return None  # the word belongs to another clause
    if not any(c.dep_ in _SUBJECTS and word.i < c.i < verb.i for c in verb.children):
        return None  # "officials, who said ...": the word is the speaker
    return word
