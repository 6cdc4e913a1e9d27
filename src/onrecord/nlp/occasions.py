"""A phrase that closes a report and names the occasion of its words: ``X said the pier was
safe, speaking on Tuesday at a rally``, ``..., writing on Facebook on Monday``, ``..., in an
interview with the Wire on Monday``.

The parser hangs such a phrase on the reported clause's verb (``was``), whose time it is not:
the words were said then, so a time in the phrase dates the cue, in the cue's tense, just as a
leading ``Speaking on Tuesday, X said`` does. Only a phrase set off by a comma after the cue
counts, and only a participle of speaking with no subject of its own or a preposition of
setting before a noun of a medium (``interview``, ``remarks``); a participle of anything else
(``said the plant would shut, ending 300 jobs in May``) tells what the claim is about.
"""

from __future__ import annotations

from spacy.tokens import Token

from .contents import is_medium
from .cue_verbs import is_cue_verb

# Participles that name the occasion of words said ("..., speaking on Tuesday").
OCCASION_VERBS = frozenset(
    "speak talk write testify appear address respond reply answer post tweet brief".split()
)
# Prepositions that open a setting of words said ("..., in an interview on Monday").
_SETTING_PREPS = frozenset("in during".split())
# Subordinators that set a participle's time off from the cue's ("after speaking on Monday").
SHIFTING = frozenset("after before since until till".split())
# The links a time climbs to its phrase ("on Tuesday", "at a rally on Tuesday", "Tuesday").
TIME_LINKS = frozenset("pobj prep npadvmod tmod".split())
# The links from the reported clause up to its cue ("said the pier [was] safe").
_TO_CUE = frozenset("ccomp conj xcomp".split())


def occasion_phrase(time_root: Token) -> Token | None:
    """The participle or preposition of setting that the time at ``time_root`` is an adverbial
    of, through prepositions only; None when there is none."""
    tok = time_root
    for _ in range(6):
        if tok.dep_ not in TIME_LINKS or tok.head == tok:
            return None
        tok = tok.head
        if _speaking_participle(tok) or _setting(tok):
            return tok
    return None


def occasion_cue(phrase: Token) -> Token | None:
    """The cue verb whose occasion ``phrase`` names: the phrase follows a comma and the cue,
    and hangs from the cue or from the clause the cue reports; None otherwise."""
    doc = phrase.doc
    first = phrase.left_edge
    if first.i == 0 or doc[first.i - 1].text != ",":
        return None
    node = phrase.head
    for _ in range(4):
        if is_cue_verb(node) and node.i < first.i:
            return node
        if node.dep_ not in _TO_CUE or node.head == node:
            return None
        node = node.head
    return None


def _speaking_participle(tok: Token) -> bool:
    """A participle of speaking on its own: no subject, no auxiliary, not set off in time."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.lemma_.lower() not in OCCASION_VERBS:
        return False
    if has_own_subject(tok):
        return False
    return not any(c.lower_ in SHIFTING for c in tok.children if c.dep_ in ("mark", "advmod"))


def has_own_subject(tok: Token) -> bool:
    """Whether a participle has a subject or an auxiliary of its own (then it is a clause of its
    own, not a phrase of the cue's occasion)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def _setting(tok: Token) -> bool:
    """A preposition of setting before a noun of a medium ("in an interview")."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ in _SETTING_PREPS
        and any(c.dep_ == "pobj" and is_medium(c) for c in tok.children)
    )
