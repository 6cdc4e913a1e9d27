"""Questions and requests a speaker puts, whose content is not a clause.

* ``X asked the mayor about the delay`` / ``X asked about the delay``: the question is about
  the object of "about".
* ``X asked for a recount`` / ``X asked the court for a stay``: the request is the object of
  "for".
* ``X asked a question about the levy`` / ``X asked the panel two questions``: the question
  itself.

A question or a request is something its asker commits to in words, so PolNeAR's annotators
mark it like any other attribution (the guidelines keep a question's own words, question mark
and all, as content). :mod:`.questions` reads the one asked ("was asked about", "Asked about
the delay, X said"); this module reads the one who asks. The asker must be named: a subject
that can speak, not a thing, a relative or an empty "it" ("the form asks for a signature",
"the emails asking about ...", "a rule that asks for ..."), and the clause rules and the
intention rules come first ("asked whether ...", "asked the council to act").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution import Attribution, verb_attribution
from .cue_verbs import cue_tokens
from .offsets import doc_text, span_offsets, trim
from .subjects import NOT_STANCE_SOURCES, addressed, speaker_like, subject_of

# The prepositions that bring in what is asked about or asked for.
_ASKED_PREPS = frozenset({"about", "for"})
# Nouns that are the question itself when they are what is asked.
_QUESTION_NOUNS = frozenset({"question"})
# Subjects that name no asker: relatives, empty pronouns, negatives.
_NO_ASKER = NOT_STANCE_SOURCES | frozenset({"who", "whom", "nobody", "none"})


def find_asks(sent: Span, qidx: list[int], taken: set[int]) -> list[Attribution]:
    """Questions and requests of ``sent`` put by the subject of "ask", on verbs no earlier rule
    took (``taken``: token indices already cues)."""
    text = doc_text(sent.doc)
    out: list[Attribution] = []
    for tok in sent:
        if tok.i in taken or qidx[tok.i] >= 0 or tok.pos_ != "VERB":
            continue
        if tok.lemma_.lower() != "ask" or addressed(tok) or _bare_participle(tok):
            continue  # "was asked about it", "when asked about it": the one asked
        frame = _asked_frame(tok)
        if frame is None:
            continue
        subj = subject_of(tok)
        if subj is None or subj.lower_ in _NO_ASKER or qidx[subj.i] >= 0:
            continue
        if not speaker_like(subj):
            continue  # "the regulation asks for a signature": a thing asks nothing
        cue, content = frame
        start, end = trim(text, *span_offsets(content))
        if end - start < 2 or start <= tok.idx < end:
            continue
        out.append(
            verb_attribution(
                tok,
                subj,
                (sent.start_char, sent.end_char),
                qidx,
                kind="indirect",
                content=(start, end),
                cue=cue,
                label="question",
            )
        )
    return out


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary of its own ("Ruiz said, asked about the ban"), or a
    clause opened by "when", "if" or "after" with no subject ("When asked about the ban, Ruiz
    said"): the one it hangs on was asked, and asked nothing."""
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    # "When asked about the ban, Ruiz said": read as a past tense with no subject of its own
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return not own_subject and any(c.dep_ == "mark" for c in verb.children)


def _asked_frame(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """(cue tokens, content tokens) of "ask" with "about" or "for" after it, or with "question"
    as its object. The preposition joins the cue only when it follows the verb group ("asked
    about", "asked for"); after the one asked ("asked the court for") the cue is the verb."""
    group = cue_tokens(verb)
    last = max(t.i for t in group)
    after = [c for c in verb.children if c.i > verb.i]
    prep = next((c for c in after if c.dep_ == "prep" and c.lower_ in _ASKED_PREPS), None)
    if prep is not None:
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            return None
        cue = [*group, prep] if prep.i == last + 1 else group
        return cue, list(obj.subtree)
    asked = next(
        (c for c in after if c.dep_ == "dobj" and c.lemma_.lower() in _QUESTION_NOUNS), None
    )
    if asked is not None:
        return group, list(asked.subtree)
    return None
