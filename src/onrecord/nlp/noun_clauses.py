"""Statements put as a noun of statement with the clause that says what was stated.

* ``Ruiz made the case that the levy was unfair``, ``floated the idea that ...``, ``gave
  assurances that ...``, ``left no doubt that ...``: a verb that puts a noun of statement into
  words (which reports nothing alone: ``made``, ``gave``) with the noun's "that" clause. The cue
  runs from the verb group through the noun (the guidelines' cue is the words that signal the
  expression, ``made the suggestion``), the content is the clause, the source the verb's subject.
* ``complaints that the fares rose``, ``the assertion by the auditor that ...``: a noun of a
  speech act with its "that" clause and no owner before it (``X's claim that`` is
  :func:`.frames.nominal`'s): a statement whose source is the ``by`` or ``from`` phrase, or
  none (the guidelines' implicit source: "The statement of defiance was not well-received").

Not nouns of a fact, a chance or a sign ("the fact that", "the possibility that", "evidence
that"): the annotators rarely mark them, since nobody is said to state anything.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution import Attribution, verb_attribution
from .cue_verbs import cue_tokens, is_cue_verb
from .offsets import doc_text, span_offsets, trim
from .subjects import SUBJECT_DEPS, source_tokens, speaker_like, subject_of

# Nouns of a statement, a proposal or a stated view that a verb of putting turns into a
# statement with their clause: "made the case that", "raised concerns that".
# fmt: off
_PUT_NOUNS: frozenset[str] = frozenset("""
case point argument suggestion claim charge accusation allegation assertion promise pledge
commitment vow assurance prediction statement announcement observation remark threat warning
admission concession insistence idea notion theory proposal demand recommendation concern doubt
fear hope contention complaint objection
""".split())
# Verbs that put such a noun into words and report nothing alone.
_PUT_VERBS: frozenset[str] = frozenset("""
make give offer float raise voice advance level lodge leave put file issue
""".split())
# Nouns of a speech act whose clause is what was said even with no owner named.
_SPEECH_ACT_NOUNS: frozenset[str] = frozenset("""
statement complaint assertion admission rumor rumour speculation allegation suggestion
accusation claim contention insistence assurance pledge promise declaration acknowledgment
acknowledgement
""".split())
# fmt: on
_OWNER_PREPS = frozenset({"by", "from"})


def noun_clauses(sent: Span, qidx: list[int], taken: set[int]) -> list[Attribution]:
    """The statements of ``sent`` put as a noun of statement with its "that" clause (both
    frames of the module docstring); ``taken`` are the tokens other rules already cue on."""
    out: list[Attribution] = []
    sentence = (sent.start_char, sent.end_char)
    text = doc_text(sent.doc)
    taken = set(taken)
    for tok in sent:
        if tok.i in taken or qidx[tok.i] >= 0:
            continue
        put = _put_statement(tok)
        if put is not None:
            noun, clause = put
            subj = subject_of(tok)
            if not speaker_like(subj) or subj is None or qidx[subj.i] >= 0:
                continue
            start, end = trim(text, *span_offsets(list(clause.subtree)), strip_that=True)
            cue = [*cue_tokens(tok), *sent.doc[tok.i + 1 : noun.i + 1]]
            taken.add(noun.i)  # "made the suggestion that": not "the suggestion" again
            if end > start:
                out.append(
                    verb_attribution(
                        tok, subj, sentence, qidx, kind="indirect", content=(start, end), cue=cue
                    )
                )
            continue
        unowned = _unowned_statement(tok, qidx, taken)
        if unowned is not None:
            out.append(unowned)
    return out


def _that_clause(noun: Token) -> Token | None:
    """The clause "that" opens after ``noun``, on the noun (``the case that ...``) or, past a
    phrase, on the verb whose object the noun is (``made his case to voters that ...``)."""
    heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for head in heads:
        for c in head.children:
            if c.i <= noun.i or c.dep_ not in ("acl", "relcl", "ccomp"):
                continue
            that = next((m for m in c.children if m.lower_ == "that" and m.dep_ == "mark"), None)
            subj = [s for s in c.children if s.dep_ in SUBJECT_DEPS]
            if that is not None and c.left_edge.i == that.i and subj and subj[0].i > that.i:
                return None if _leaves_object_open(c) else c
    return None


def _leaves_object_open(clause: Token) -> bool:
    """ "a claim that the office disputes": a relative clause whose "that" the parser took for
    the conjunction; its verb takes what it is about as an object, and has none. So too a verb
    that puts the noun into words with no object ("the suggestion that she made last week",
    "an admission that the board made"), also where the parser hung it on the clause's subject
    and took the sentence's verb for the clause's ("the statement that the council issued on
    Monday was brief")."""
    if is_cue_verb(clause) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prep") for c in clause.children
    ):
        return True
    subjects = [s for s in clause.children if s.dep_ in SUBJECT_DEPS]
    verbs = [clause, *(v for s in subjects for v in s.children if v.dep_ in ("acl", "relcl"))]
    return any(
        v.lemma_.lower() in _PUT_VERBS
        and v.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in _OBJECT_DEPS for c in v.children)
        for v in verbs
    )


_OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "prt"})


def _put_statement(verb: Token) -> tuple[Token, Token] | None:
    """(noun, clause) when ``verb`` puts a noun of statement into words with its clause:
    ``made the case that ...``, ``left no doubt that ...``; not ``raised the possibility
    that ...`` (no one states a possibility), ``made the point`` with no clause."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _PUT_VERBS:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if noun is None or noun.lemma_.lower() not in _PUT_NOUNS or noun.i - verb.i > 5:
        return None
    if verb.lemma_.lower() == "leave" and noun.lemma_.lower() != "doubt":
        return None  # "left no doubt that", not "left the idea that" (dropped it)
    clause = _that_clause(noun)
    return (noun, clause) if clause is not None else None


def _unowned_statement(noun: Token, qidx: list[int], taken: set[int]) -> Attribution | None:
    """``complaints that the fares rose``, ``an admission from the auditor that ...``: a noun
    of a speech act with its clause and no owner before it; the ``by`` / ``from`` phrase is
    the source. Not one that is the object of a verb already reporting it ("rejected the
    claim that ...": that verb's content holds it)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SPEECH_ACT_NOUNS:
        return None
    if any(c.dep_ == "poss" for c in noun.children) or noun.head.i in taken:
        return None  # "X's claim that" is frames.nominal's
    if noun.dep_ == "pobj" and noun.head.head.i in taken:
        return None  # "said in a statement that ...": the statement is how the verb reports
    if any(c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i for c in noun.children):
        return None  # "the statement of X that": nominal's too
    clause = next(
        (
            c
            for c in noun.children
            if c.i > noun.i
            and c.dep_ in ("acl", "relcl", "ccomp")
            and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
            and any(s.dep_ in SUBJECT_DEPS and s.lower_ != "that" for s in c.children)
            and not _leaves_object_open(c)
        ),
        None,
    )
    if clause is None or any(t.i in taken for t in clause.subtree):
        return None  # "the debunked claim that he opposed the war": the report inside stays
    doc = noun.doc
    text = doc_text(doc)
    owner = None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS and noun.i < c.i < clause.i:
            owner = next((p for p in c.children if p.dep_ == "pobj"), None)
    start, end = trim(text, *span_offsets(list(clause.subtree)), strip_that=True)
    if end <= start:
        return None
    cue = doc[_modifiers_start(noun) : noun.i + 1]
    sent = noun.sent
    return Attribution(
        kind="indirect" if owner is not None else "unattributed",
        content=(start, end),
        cue=span_offsets(list(cue)),
        cue_token=noun.i,
        source=span_offsets(source_tokens(owner, qidx)) if owner is not None else None,
        source_head=owner.i if owner is not None else None,
        sentence=(sent.start_char, sent.end_char),
        labels={"nominal"},
    )


_CUE_MODIFIERS = frozenset({"det", "amod", "nummod", "advmod", "quantmod"})


def _modifiers_start(noun: Token) -> int:
    """Where the cue of a noun starts: its determiner and adjectives with it, as the guidelines
    keep them (``an assertion``, ``the false accusations``, ``some recent suggestions``), not a
    noun before it (``Republican criticism``: the cue is ``criticism``)."""
    start = noun.i
    for c in sorted((c for c in noun.children if c.i < noun.i), key=lambda t: -t.i):
        if c.dep_ not in _CUE_MODIFIERS or c.right_edge.i != start - 1:
            break
        start = c.left_edge.i
    return start
