"""Questions put to someone whose content is not a clause.

* ``X was asked about the delay`` / ``Asked about the delay, X said ...``: the cue keeps
  "about" and the content is its object.
* ``X was asked a question about ...`` / ``X was asked to name ...``: the object or the
  infinitive.

The one asked is not the source (:func:`onrecord.nlp.subjects.addressed`); the source is
the passive's agent when it is named ("was asked by reporters"), else there is none.

A question with no asker in a participle leading into the answer ("Asked on Wednesday about
the delay, X said ...", "When asked whether ..., X said") is the reporter's: it sets the scene
of X's answer and is no statement of its own (:func:`frames_a_statement`). PolNeAR's
annotators mark it all the same, so it is found, and kept on the record's ``framing``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .attribution import Attribution, verb_attribution
from .cue_verbs import cue_tokens
from .cues import QUESTION_VERBS
from .offsets import doc_text, span_offsets, trim
from .subjects import addressed


def find_questions(sent: Span, qidx: list[int], taken: set[int]) -> list[Attribution]:
    """Questions of ``sent`` put to its subject, on verbs the clause rules left."""
    text = doc_text(sent.doc)
    out: list[Attribution] = []
    for tok in sent:
        if tok.i in taken or qidx[tok.i] >= 0 or tok.lemma_.lower() not in QUESTION_VERBS:
            continue
        if not addressed(tok):
            continue
        frame = _question_frame(tok)
        if frame is None:
            continue
        cue, content = frame
        start, end = trim(text, *span_offsets(content))
        if end - start < 3:
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        by = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent else None
        out.append(
            verb_attribution(
                tok,
                by,
                (sent.start_char, sent.end_char),
                qidx,
                kind="indirect" if by is not None else "unattributed",
                content=(start, end),
                cue=cue,
                label="question",
            )
        )
    return out


def _question_frame(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """(cue tokens, content tokens) of a question whose content is not a clause."""
    after = [c for c in verb.children if c.i > verb.i]
    about = next((c for c in after if c.dep_ == "prep" and c.lower_ == "about"), None)
    if about is not None:
        obj = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is not None:
            return [*cue_tokens(verb), about], list(obj.subtree)
    for dep in ("dobj", "xcomp"):
        part = next((c for c in after if c.dep_ == dep), None)
        if part is not None:
            return cue_tokens(verb), list(part.subtree)
    return None


def frames_a_statement(doc: Doc, a: Attribution) -> bool:
    """Whether ``a`` sets the scene of another statement rather than making one: a question
    put by nobody named in a participle lead-in ("Asked about the delay, X said ...", "When
    asked whether ...", "X said, asked about it, that ..."; not "X was asked whether ...",
    nor "Asked by Ruiz whether ...": Ruiz's question), or a record that passes on a statement
    of its sentence ("X told Y that ..., according to a recording": X's words, relayed)."""
    if "relay" in a.labels:
        return True
    if a.source_head is not None or a.cue_token is None:
        return False
    verb = doc[a.cue_token]
    if verb.lemma_.lower() not in QUESTION_VERBS or not addressed(verb):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)
