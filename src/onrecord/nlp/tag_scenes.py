"""The scene a quotation's tag sets: a clause of time or place on the tag verb.

A tag often tells where and when the words were said: ``"A," Ruiz said as she left the hall.
"B."``, ``..., said Ruiz, as the crowd cheered.``, ``..., Ruiz said when asked about the
closure.``, ``..., Ruiz told the hall, where 300 people watched on a screen.``. The people in
such a clause act, but say nothing: the next quotation still goes on the speaker's statement
(PolNeAR's guidelines: "content continuations should be included in the attribution"). A clause
that hands the floor to someone else is no scene: ``before Mayor Reed interrupted her``,
``as Ortega replied``, ``while the crowd chanted``; the next quotation may be theirs.
The scene reaches into the clause's own clauses (``when asked whether Ortega should run``,
``an hour after the papers declared her the winner``), and the speaker's own participle on the
tag sets one too (``, speaking to reporters after the vote``, ``, using a phrase Ortega
coined``): whoever acts or speaks inside it, the next quotation is still the speaker's, unless
a clause inside hands the floor on (``speaking as Ortega shouted``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import SPEECH_VERBS

# Subordinators of a scene at or after the tag: the words still to come are the speaker's.
_SCENE_MARKS = frozenset({"as", "while", "when", "after", "whereupon"})
# Verbs by which someone else takes the floor or makes words of their own heard.
_TURN_VERBS = frozenset(
    "interrupt interject chant shout yell scream boo heckle chime cut counter retort object "
    "sing".split()
)


def in_tag_scene(tok: Token, cue: Token) -> bool:
    """Whether ``tok`` (a subject, a cue) lies in a scene clause on the tag verb ``cue``: an
    adverbial clause of time ('as she sat', 'after the mayor spoke', 'when asked') or a
    'where' clause on a noun the tag verb governs ('told the hall, where 300 watched'), or
    deeper inside one ('when asked whether she wanted Ortega to run', 'speaking to reporters
    after the senator spoke', 'using a term Ruiz coined'): the speaker's own participle
    (no subject of its own) sets a scene too."""
    clause = _clause_of(tok, cue)
    if clause is not None:
        return _is_scene(clause)
    top = _top_clause(tok, cue)
    if top is None:
        return False
    inner = tok if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "advcl" else tok.head
    while inner.i != top.i and inner.dep_ != "advcl":
        inner = inner.head
    return _is_scene(top) and (inner.i == top.i or _is_scene(inner))


def _top_clause(tok: Token, cue: Token) -> Token | None:
    """The adverbial clause on the tag verb ``cue`` that ``tok`` lies inside, however deep
    ('as ... whether she wanted ...'), or None."""
    node = tok
    while node.head.i != node.i and node.head.i != cue.i:
        node = node.head
    return node if node.head.i == cue.i and node.dep_ == "advcl" else None


def _is_scene(clause: Token) -> bool:
    """A clause that sets the scene of a tag, not one that hands the floor to someone else."""
    lemma = clause.lemma_.lower()
    if lemma in _TURN_VERBS:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return True  # 'when asked about the closure': the speaker's own scene
    if clause.dep_ == "advcl":
        marks = [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]
        # the subordinator before an adverb on it: 'shortly after she called'
        mark = next((c.lower_ for c in marks if c.dep_ == "mark"), None) or next(
            (c.lower_ for c in marks), None
        )
        if mark not in _SCENE_MARKS:
            return False
        # someone else speaking while the speaker talks may say the next words; once they
        # have spoken ('after the mayor spoke') the words to come are the speaker's again
        return mark == "after" or lemma not in SPEECH_VERBS
    return lemma not in SPEECH_VERBS


def _clause_of(tok: Token, cue: Token) -> Token | None:
    """The verb of the scene clause ``tok`` belongs to, hanging from ``cue`` or from a noun
    that ``cue`` governs, or None."""
    verb = tok if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("advcl", "relcl") else tok.head
    while verb.dep_ in ("conj",) and verb.head.i != verb.i:
        verb = verb.head  # 'as she sat and listened'
    if verb.dep_ == "advcl" and verb.head.i == cue.i:
        return verb
    if verb.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children
    ):
        noun = verb.head
        owner = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ in ("dobj", "pobj", "dative") and owner.i == cue.i:
            return verb
    return None
