"""Set phrases built on a verb of saying that report nothing.

``That said, the plan may fail.``, ``Having said that, ...``, ``Needless to say, ...``,
``..., to say the least``, ``Truth be told, ...``: the writer's (or the speaker's own)
discourse markers, not a report of anyone's words, so their verb is no cue, although the
parser hangs the rest of the sentence on it as its clause.
"""

from __future__ import annotations

from spacy.tokens import Token

_PUNCT_AFTER = frozenset({",", "—", "–", ":", ";"})


def _opens_clause(tok: Token) -> bool:
    """``tok`` opens its sentence or follows a mark or a conjunction (``But that said,``)."""
    if tok.i == tok.sent.start:
        return True
    before = tok.doc[tok.i - 1]
    return before.is_punct or before.pos_ == "CCONJ" or before.is_quote


def _word(tok: Token, offset: int) -> str:
    i = tok.i + offset
    return tok.doc[i].lower_ if 0 <= i < len(tok.doc) else ""


def discourse_idiom(verb: Token) -> bool:
    """Whether ``verb`` is the verb of a set phrase that reports nothing."""
    low, lemma = verb.lower_, verb.lemma_.lower()
    if lemma not in ("say", "tell"):
        return False
    doc = verb.doc
    after = _word(verb, 1)
    if low == "said" and after in _PUNCT_AFTER:
        prev = doc[verb.i - 1] if verb.i > 0 else None
        # "That said, ..." / "That being said, ..."
        if prev is not None and prev.lower_ == "that" and _opens_clause(prev):
            return True
        if prev is not None and prev.lower_ == "being" and _word(verb, -2) == "that":
            return _opens_clause(doc[verb.i - 2])
    if low == "said" and _word(verb, -1) == "having" and after in ("that", "this", "so"):
        return _word(verb, 2) in _PUNCT_AFTER  # "Having said that, ..."
    if low == "say" and _word(verb, -1) == "to":
        # "Needless to say, ...", "Suffice it to say ...", "..., to say the least", "so to speak"
        if _word(verb, -2) in ("needless", "suffice") or _word(verb, -3) == "suffice":
            return True
        if after == "the" and _word(verb, 2) == "least":
            return True
    if low == "speak" and _word(verb, -1) == "to" and _word(verb, -2) == "so":
        return True
    # "Truth be told, ..."
    return low == "told" and _word(verb, -1) == "be" and _word(verb, -2) == "truth"
