"""Passive stances with their agent: ``The plan was rejected by the council``; passive
announcements without one: ``The price was not disclosed``.

PolNeAR's guidelines take the source of a passive attribution from the ``by`` phrase of its
verbal cue (``It has been said by many that ...``). Clauses are left to the clause rules
(``it was announced by the ministry that ...``); this covers the passive whose subject is what
the agent took a stance on: the subject is the content, the agent the source, and the verb
group (``was first reported``, ``have been applauded``) the cue. A verb of making known in the
passive with no agent (``The closure was announced on Monday``, ``No other names were
mentioned``) is a statement with no source named: its subject is what was made known (on
PolNeAR train the annotators mark three in four of them; verbs that are as often a blow, a
listing or a ranking, "was declared the winner", are left).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution import Attribution, verb_attribution
from .cue_verbs import complement
from .cues import ENDORSE_VERBS, STANCE_VERBS
from .frames import a_while
from .offsets import doc_text, span_offsets, trim

# Stance verbs whose passive is as often a blow or a listing as a stance taken in words
# ("was attacked by a dog", "was published by the Times", "is listed by the agency").
_NOT_PASSIVE_STANCES = frozenset(
    "attack blast publish broadcast list cite quote detail outline compare liken email chant "
    "reference invoke credit characterize portray recount recite report".split()
)
_PASSIVE_STANCES = (STANCE_VERBS | ENDORSE_VERBS | frozenset({"boo", "cheer"})) - (
    _NOT_PASSIVE_STANCES - {"report"}
)
_RELATIVE = frozenset({"that", "which", "who", "whom", "what"})
# Verbs of making something known whose agentless passive still reports it.
# "know" too, as a fact made known ("The terms of the sale were not known"), but not what
# someone is known for or as (frames.raising), how long or by when ("was known for decades",
# "were known by Tuesday", "were known within hours", "was not known until Friday").
_AGENTLESS = frozenset("announce disclose mention report state reveal note know".split())
# Agents that back or support a thing without taking a stance: "backed by federal funds",
# "supported by evidence".
_NOT_STANCE_AGENTS = frozenset(
    "evidence data fact fund funding money grant loan revenue budget dollar asset collateral "
    "guarantee insurance tax".split()
)


def passive_stances(sent: Span, qidx: list[int], taken: set[int]) -> list[Attribution]:
    """Attributions of ``sent`` cued by a passive stance verb with a ``by`` agent."""
    out: list[Attribution] = []
    for tok in sent:
        if tok.i in taken or qidx[tok.i] >= 0:
            continue
        if _agentless(tok):
            out.extend(_agentless_attribution(tok, sent, qidx))
            continue
        if not _passive_stance(tok):
            continue
        subj = next(c for c in tok.children if c.dep_ == "nsubjpass")
        agent = next(c for c in tok.children if c.dep_ == "agent")
        source = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if source is None or qidx[source.i] >= 0 or qidx[subj.i] >= 0 or not _can_speak(source):
            continue
        content = [t for t in subj.subtree if t.i < tok.i]
        start, end = trim(doc_text(sent.doc), *span_offsets(content))
        if end - start < 2:
            continue
        out.append(
            verb_attribution(
                tok,
                source,
                (sent.start_char, sent.end_char),
                qidx,
                kind="indirect",
                content=(start, end),
                label="passive",
            )
        )
    return out


def _can_speak(agent: Token) -> bool:
    """Whether a ``by`` agent can take a stance: anyone or anything that can put one into
    words (people, bodies, papers, polls), not money, a date or evidence."""
    if agent.ent_type_ in ("MONEY", "QUANTITY", "DATE", "TIME", "LOC", "FAC"):
        return False
    return agent.lemma_.lower() not in _NOT_STANCE_AGENTS and agent.lower_ not in ("it", "this")


def _passive_stance(verb: Token) -> bool:
    """``was rejected by voters``: a passive stance verb with its subject and its agent, and
    no clause of its own."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _PASSIVE_STANCES:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children) or complement(verb) is not None:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
    if subj is None or agent is None or subj.i > verb.i:
        return False
    return subj.lower_ not in _RELATIVE and subj.lower_ not in ("it", "there")


def _agentless(verb: Token) -> bool:
    """``The price was not disclosed``: a passive verb of making known, with a subject before
    it that is a thing said (not a pronoun, a relative or an empty "it"), and no agent, clause
    or predicate of its own (not "was reported to be", "was announced as the winner")."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _AGENTLESS:
        return False
    deps = {c.dep_ for c in verb.children}
    if "auxpass" not in deps or deps & {"agent", "oprd", "xcomp", "ccomp", "acomp", "attr"}:
        return False
    if complement(verb) is not None or any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return False
    if verb.lemma_.lower() == "know" and _known_for_or_when(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.i > verb.i or subj.pos_ == "PRON" or subj.lower_ in _RELATIVE:
        return False
    return subj.ent_type_ not in ("PERSON", "NORP")  # "the nominees were announced"


# Prepositions of a time phrase: "known within hours", "not known until Friday".
_WHEN = frozenset("within after until till before since in by during for".split())


def _known_for_or_when(verb: Token) -> bool:
    """``known`` with what it is known for or as anywhere in its phrases ("is known in the trade
    for its prices"), a ``by`` of its own ("known by Tuesday") or a time phrase ("were known
    within hours", "has been known since 2019"): no fact made known."""
    for prep in (t for t in verb.subtree if t.i > verb.i and t.dep_ == "prep"):
        if prep.lower_ in ("for", "as") and _in_phrase_of(prep, verb):
            return True
        if prep.head == verb and prep.lower_ == "by":
            return True
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.head == verb and prep.lower_ in _WHEN and obj is not None and a_while(obj):
            return True
    return False


def _in_phrase_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs on ``verb`` through phrases only, not through a clause of its own
    ("known in the trade for", not "known, and the firm asked for")."""
    head = tok.head
    while head != verb:
        if head.pos_ in ("VERB", "AUX") or head.head == head:
            return False
        head = head.head
    return True


def _agentless_attribution(verb: Token, sent: Span, qidx: list[int]) -> list[Attribution]:
    subj = next(c for c in verb.children if c.dep_ == "nsubjpass")
    if qidx[subj.i] >= 0:
        return []
    content = [t for t in subj.subtree if t.i < verb.i]
    start, end = trim(doc_text(sent.doc), *span_offsets(content))
    if end - start < 2:
        return []
    return [
        verb_attribution(
            verb,
            None,
            (sent.start_char, sent.end_char),
            qidx,
            kind="indirect",
            content=(start, end),
            label="passive",
        )
    ]
