"""A contrast clause that holds a report of its own is not part of the content before it.

``61 percent said the rent rise was unfair, while 30 percent said it was overdue``: the parser
hangs the ``while`` clause on the reported clause, so the first statement's content ran on
through the second report, and the second, its cue inside that content, was dropped as
nested. The guidelines annotate no attribution inside another's content and give every
attribution one cue: each speaker's words are a content of their own. PolNeAR's train split
agrees: no gold content there holds another gold cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_verbs import complement, is_cue_verb

# Conjunctions that set one clause against another rather than say when it happened.
_CONTRAST_MARKS = frozenset({"while", "whereas"})
# Subjects that name nobody: ", while it is said that ...", ", while there is ...".
_NOBODY = frozenset({"it", "there", "this", "that", "what", "which"})


def own_report(clause: Token) -> bool:
    """Whether ``clause`` is a contrast clause, set off by a comma or semicolon and opened by
    ``while`` or ``whereas``, whose verb reports a clause of its own and has a subject of its
    own (``, whereas her rival said it was too low``). Not a clause of time (``said it would
    stay open while the council reviewed its budget``: no comma), one with no report
    (``, while the council has cut its budget``), nor a participle with no subject (``,
    while admitting the budget was tight``: the speaker's own aside)."""
    if clause.dep_ != "advcl" or not is_cue_verb(clause):
        return False
    doc = clause.doc
    mark = doc[clause.left_edge.i]
    if mark.dep_ != "mark" or mark.head != clause or mark.lower_ not in _CONTRAST_MARKS:
        return False
    if mark.i == 0 or doc[mark.i - 1].text not in (",", ";"):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > clause.i or subj.lower_ in _NOBODY:
        return False
    return complement(clause) is not None
