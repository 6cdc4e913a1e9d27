"""Statements put as a noun of statement or view, a copula and a "that" clause.

``Ruiz's view is that the levy is unfair``, ``Her answer was that the board had known``, ``The
hope has been that fares would fall``: the guidelines' own example of a noun cue ("His concern
is that they will eliminate the position"), where "is" signals nothing alone and the noun
carries the attribution. The cue is the noun with its determiner and adjectives and, when the
copula follows the noun directly, the copula's verb group (``concern is``, ``message long has
been``); the source is the noun's possessor (``Ruiz's``, ``His``), or none (``The idea is that
...``: the guidelines' implicit source); the content is the clause.

Only nouns that name something said, believed or hoped: not ``the problem is that``, ``the
fact is that``, ``the lesson is that``, ``the reason is that``, whose clause is the writer's
own claim. Not a copula with ``will`` or ``would`` (``her message will be that ...``: what
someone plans to say, not what they said), nor a "whether" clause (``the question is whether``:
the annotators mark it about one time in three).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution import Attribution
from .offsets import doc_text, span_offsets, trim
from .subjects import SUBJECT_DEPS, source_tokens

# fmt: off
VIEW_NOUNS: frozenset[str] = frozenset("""
view idea answer response reply hope assumption refrain promise argument suggestion impression
fear complaint message point claim contention belief position concern worry conclusion
assessment expectation wish intention thinking opinion theory hunch guess prediction warning
charge accusation allegation assertion statement insistence reasoning pitch slogan mantra motto
understanding suspicion notion premise thesis verdict recommendation proposal demand request
advice objection
""".split())
# fmt: on
_FUTURE = frozenset({"will", "would", "'ll", "shall"})
# the words of a copula's verb group that may stand between the noun and the copula
_GROUP_DEPS = frozenset({"aux", "neg", "advmod"})
_CUE_MODIFIERS = frozenset({"det", "amod", "nummod", "advmod", "quantmod"})


def copular_statements(sent: Span, qidx: list[int], taken: set[int]) -> list[Attribution]:
    """The statements of ``sent`` put as "NOUN is that CLAUSE" (see the module docstring);
    ``taken`` are the tokens other rules already cue on."""
    out: list[Attribution] = []
    text = doc_text(sent.doc)
    for noun in sent:
        found = _copular_clause(noun, qidx, taken)
        if found is None:
            continue
        copula, clause = found
        start, end = trim(text, *span_offsets(list(clause.subtree)), strip_that=True)
        if end <= start:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        out.append(
            Attribution(
                kind="indirect" if owner is not None else "unattributed",
                content=(start, end),
                cue=span_offsets(_cue(noun, copula)),
                cue_token=noun.i,
                source=span_offsets(source_tokens(owner, qidx)) if owner is not None else None,
                source_head=owner.i if owner is not None else None,
                sentence=(sent.start_char, sent.end_char),
                labels={"nominal"},
            )
        )
    return out


def _copular_clause(noun: Token, qidx: list[int], taken: set[int]) -> tuple[Token, Token] | None:
    """(copula, clause) when ``noun`` is a noun of statement or view and the subject of a
    copula whose complement, after it, is a clause opened by "that" with a subject of its own
    ("that fares would fall"; not "that is", "that was said", a relative clause's "that")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in VIEW_NOUNS or noun.dep_ != "nsubj":
        return None
    copula = noun.head
    if copula.lemma_.lower() != "be" or copula.i < noun.i or qidx[noun.i] >= 0:
        return None
    if noun.i in taken or copula.i in taken:
        return None
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in copula.children):
        return None
    for c in copula.children:
        if c.dep_ != "ccomp" or c.i < copula.i or c.left_edge.lower_ != "that":
            continue
        that = c.left_edge
        if that.dep_ != "mark" or that.head.i != c.i:
            continue
        if any(s.dep_ in SUBJECT_DEPS and s.i > that.i for s in c.children):
            return copula, c
    return None


def _cue(noun: Token, copula: Token) -> list[Token]:
    """The noun with its determiner and adjectives (not its possessor, the source), and the
    copula's verb group when nothing else stands between them: "The idea is", "concern is",
    "message long has been", but "Her argument, made on Sunday, is": "argument"."""
    doc = noun.doc
    start = noun.i
    for c in sorted((c for c in noun.children if c.i < noun.i), key=lambda t: -t.i):
        if c.dep_ not in _CUE_MODIFIERS or c.right_edge.i != start - 1:
            break
        start = c.left_edge.i
    between = doc[noun.i + 1 : copula.i]
    if all(t.head.i == copula.i and t.dep_ in _GROUP_DEPS for t in between):
        return list(doc[start : copula.i + 1])
    return list(doc[start : noun.i + 1])
