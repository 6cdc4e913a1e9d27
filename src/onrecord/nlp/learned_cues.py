"""Cues the rules leave: a verb whose subject takes a view of something, scored by weights
learned from annotated news.

The rules find a statement where they know the frame: a reporting verb and its clause, an
intention and its infinitive, a stance verb and its object. Annotators of attribution (PolNeAR's
guidelines) mark many more verbs than any lexicon holds: "voted against the measure", "worries
about the cost", "is looking for a running mate", "accepted climate science". Whether such a verb
attributes something depends on the verb, its frame and its subject, so a lexicon cannot decide
it; a logistic model over those features can.

This pass runs after every rule, on the verbs no statement has used (as cue, content or source,
since a word has one role). For each it builds the frame, the content the verb governs and the
cue (with the preposition that brings the content in: "voted against"), scores the verb's
features with the learned weights, and keeps the verb as a cue when
the probability reaches the file's threshold and the verb's subject can speak (a person, an
organization, a pronoun, a paper; not a passive subject or a thing: "the ruling was approved",
"the hearing exposed confusion"). Verbs of speech and light verbs ("make", "see", "put") are
the rules' own: where the rules turned one down ("said a prayer"), it stays down. A view the
writer hedges ("allegedly accepted") or the sentence only supposes ("if she votes against")
is not the subject's.

The weights are made by :mod:`onrecord.evaluation.train_cues` from an annotated corpus such as
PolNeAR train: a table of features (a lemma, a dependency label, a lemma with its frame) and
their weights, no text. They derive from research data under its own terms, so onrecord does
not ship them: each user trains them (``make cue-weights``), and the pass runs only where a
table is found. The table, and how a run chooses it, are :mod:`onrecord.nlp.cue_weights`
(:func:`~onrecord.nlp.cue_weights.load_weights`); this module is the pass alone: its frames,
its features and the filters it keeps a verb through. Without a table, onrecord reads by its
rules alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .attribution import Attribution, Kind, verb_attribution
from .contents import content_tokens
from .cue_verbs import complement, cue_tokens
from .cue_weights import CueWeights
from .cues import (
    ADDRESSEE_VERBS,
    BELIEF_VERBS,
    LIGHT_VERBS,
    NAMING_VERBS,
    SPEECH_VERBS,
    is_cue_lemma,
)
from .offsets import Offsets, doc_text, span_offsets, trim
from .spans import is_setting
from .subjects import NOT_STANCE_SOURCES, source_tokens, speaker_like, subject_of

# Dependents of a verb that carry what it is about, tried in this order when no clause does.
_FRAME_DEPS = ("ccomp", "xcomp", "dobj", "attr")  # then a preposition: _joined_preposition
# Dependents after the object that start something else: a second predicate, a setting, an aside.
_STOPS = frozenset({"conj", "cc", "advcl", "punct", "parataxis", "npadvmod"})
_CLAUSE_PUNCT = frozenset({",", ".", ";", ":", "—", "-", "--", "?", "!"})
_CLOSING_MARKS = frozenset({'"', "”", "''"})
# The stance rules resolve "who" to the word its clause hangs on; this pass takes no such
# subject, nor a negative one ("nobody voted against").
_NOT_SOURCES = NOT_STANCE_SOURCES | frozenset("who whom whose nobody none noone".split())
# Verbs whose frames the rules know and whose other uses they turn down on purpose.
_RULES_OWN = SPEECH_VERBS | LIGHT_VERBS | NAMING_VERBS | ADDRESSEE_VERBS
_ADDRESSEE_PREPS = frozenset({"to", "at", "with"})
_NOT_ABOUT = frozenset({"by", "via", "through", "during", "since", "until", "after", "before"})
_WRITERS_HEDGES = frozenset(
    "apparently seemingly evidently ostensibly supposedly presumably purportedly allegedly "
    "reportedly likely probably possibly perhaps maybe".split()
)
_CONDITIONS = frozenset({"if", "unless", "whether"})


@dataclass(frozen=True, slots=True)
class Frame:
    """What a candidate verb governs: how (``comp`` for a reported clause, else the dependency
    label), the preposition that joins the cue (``voted against``) and the content's tokens."""

    how: str
    prep: Token | None
    content: tuple[Token, ...]


def taken_characters(found: list[Attribution]) -> set[int]:
    """Characters already in a statement's cue, content or source: no word has two roles."""
    taken: set[int] = set()
    for a in found:
        for start, end in (a.cue, a.content, *a.parts, *((a.source,) if a.source else ())):
            taken.update(range(start, end))
    return taken


def frame_of(verb: Token) -> Frame | None:
    """The verb's reported clause, else its first complement, object or preposition's object."""
    clause = complement(verb)
    if clause is not None:
        return Frame("comp", None, tuple(content_tokens(clause, verb)))
    for dep in _FRAME_DEPS:
        child = next((c for c in verb.children if c.dep_ == dep and c.i > verb.i), None)
        if child is not None:
            return Frame(dep, None, tuple(_rest_of_clause(verb, child.left_edge)))
    prep = _joined_preposition(verb)
    inside = [t for t in prep.subtree if t.i != prep.i] if prep is not None else []
    content = _rest_of_clause(verb, inside[0]) if inside else []
    return Frame("prep", prep, tuple(content)) if content else None


def _joined_preposition(verb: Token) -> Token | None:
    """The preposition right after the verb group that brings in what it is about ("voted
    against", "worries about"), not a setting ("voted on Tuesday", "said in a statement"), an
    agent or a means ("approved by", "replied via")."""
    last = max(t.i for t in cue_tokens(verb))
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == last + 1), None)
    if prep is None or prep.lower_ in _NOT_ABOUT or is_setting(prep):
        return None
    return prep


def _rest_of_clause(verb: Token, first: Token) -> list[Token]:
    """The verb's words from ``first`` on, up to a second predicate, a setting or an aside:
    "estimates his fortune at $42 billion", not "..., and said he would sell" or "on Monday"."""
    stop = min(
        (
            c.left_edge.i
            for c in verb.children
            if c.i > first.i
            and (
                (c.dep_ in _STOPS and (c.dep_ != "punct" or c.text in _CLAUSE_PUNCT))
                or (c.dep_ == "prep" and is_setting(c))  # "on Monday", "in a speech"
            )
        ),
        default=None,
    )
    toks = [t for t in verb.subtree if t.i >= first.i and (stop is None or t.i < stop)]
    while toks and toks[-1].is_punct and toks[-1].text not in _CLOSING_MARKS:
        toks.pop()
    return toks


def features(verb: Token, frame: Frame) -> dict[str, float]:
    """The features the weights are learned over: the verb's lemma, tag and dependency, its
    frame, its dependents, its subject and its neighbours, alone and with the lemma."""
    lemma = verb.lemma_.lower()
    prep = frame.prep.lower_ if frame.prep is not None else ""
    f: dict[str, float] = {
        "lemma=" + lemma: 1.0,
        "tag=" + verb.tag_: 1.0,
        "dep=" + verb.dep_: 1.0,
        "hdep=" + verb.head.dep_: 1.0,
        "lexicon": float(is_cue_lemma(lemma)),
        f"lemma_dep={lemma}|{verb.dep_}": 1.0,
        f"lemma_tag={lemma}|{verb.tag_}": 1.0,
        "how=" + frame.how: 1.0,
        f"lemma_how={lemma}|{frame.how}|{prep}": 1.0,
    }
    for dep in sorted({c.dep_ for c in verb.children}):
        f["child=" + dep] = 1.0
        f[f"lemma_child={lemma}|{dep}"] = 1.0
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        f["nosubj"] = 1.0
    else:
        kind = subj.ent_type_ or subj.pos_
        f["subj_ent=" + kind] = 1.0
        f[f"lemma_subjent={lemma}|{kind}"] = 1.0
        if subj.pos_ == "PRON":
            f["subj=" + subj.lower_] = 1.0
    doc = verb.doc
    if verb.i > 0:
        f["prev=" + doc[verb.i - 1].lower_] = 1.0
    if verb.i + 1 < len(doc):
        f["next=" + doc[verb.i + 1].lower_] = 1.0
        f[f"lemma_next={lemma}|{doc[verb.i + 1].lower_}"] = 1.0
    f["first_sent"] = float(verb.sent.start == 0)
    return f


def candidates(doc: Doc, taken: set[int]) -> list[tuple[Token, Frame]]:
    """Verbs no statement has used, with their frame: what the weights are learned and used on.

    Verbs of speech, naming ("called her brother"), addressing ("reminded her to call") and the
    light verbs are left to the rules, which know their frames and turn down their other uses
    on purpose ("said a prayer", "told drivers to slow down", "put it"), except a verb of
    speech with a preposition the rules have no frame for ("protested against the closure")."""
    out: list[tuple[Token, Frame]] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.idx in taken:
            continue
        frame = frame_of(tok)
        if frame is None or not frame.content or not _open_to_weights(tok, frame):
            continue
        if any(t.idx in taken for t in (*_cue(tok, frame), *frame.content)):
            continue
        out.append((tok, frame))
    return out


def _open_to_weights(verb: Token, frame: Frame) -> bool:
    """Whether the rules leave ``verb`` to the weights: any verb they do not own, and a verb of
    speech with a preposition they have no frame for ("protested against"; not "to" or "with",
    which bring in whom it was said to)."""
    lemma = verb.lemma_.lower()
    if lemma not in _RULES_OWN:
        return True
    return (
        lemma in SPEECH_VERBS
        and frame.prep is not None
        and frame.prep.lower_ not in _ADDRESSEE_PREPS
    )


def _the_subjects_own(verb: Token) -> bool:
    """Not a view the writer hedges ("apparently disagreed", "allegedly accepted") or one the
    sentence only supposes ("if the senator votes against it"); not a passive."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _WRITERS_HEDGES:
            return False
        if c.dep_ == "auxpass":
            return False
    clause: Token | None = verb
    while clause is not None:  # the verb's clause, or one it is part of, opened by "if"
        if any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children):
            return False
        clause = clause.head if clause.dep_ in ("conj", "xcomp") and clause.head != clause else None
    return True


def _overlap(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _cue(verb: Token, frame: Frame) -> list[Token]:
    return [*cue_tokens(verb), *((frame.prep,) if frame.prep is not None else ())]


def learned_attributions(
    doc: Doc, found: list[Attribution], qidx: list[int], weights: CueWeights
) -> list[Attribution]:
    """Statements cued by verbs the rules left, where the weights say an annotator would mark
    one. ``found`` are the rules' statements; ``qidx`` gives, for each token, the quotation it
    lies in or -1."""
    text = doc_text(doc)
    out: list[Attribution] = []
    taken = taken_characters(found)
    for verb, frame in candidates(doc, taken):
        if qidx[verb.i] >= 0 or any(t.idx in taken for t in frame.content):
            continue  # inside a quotation, or its content overlaps one found before it
        if not _the_subjects_own(verb):
            continue
        subj = subject_of(verb)
        if subj is None or subj.lower_ in _NOT_SOURCES or qidx[subj.i] >= 0:
            continue
        if subj.dep_ == "nsubjpass" or not speaker_like(subj):
            continue  # "the stadium was approved", "the hearing exposed confusion": no speaker
        if weights.probability(features(verb, frame)) < weights.threshold:
            continue
        start, end = trim(text, *span_offsets(list(frame.content)))
        if end - start < 2 or start <= verb.idx < end:
            continue
        source = span_offsets(source_tokens(subj, qidx))
        cue = span_offsets(_cue(verb, frame))
        if (
            _overlap(source, cue)
            or _overlap(source, (start, end))
            or any(i in taken for i in range(*source))
        ):
            continue  # a source the parse ran through the cue or the content
        lemma = verb.lemma_.lower()
        kind: Kind = "belief" if lemma in BELIEF_VERBS and lemma not in SPEECH_VERBS else "indirect"
        sentence: Offsets = (verb.sent.start_char, verb.sent.end_char)
        one = verb_attribution(
            verb,
            subj,
            sentence,
            qidx,
            kind=kind,
            content=(start, end),
            cue=_cue(verb, frame),
            label="stance",
        )
        one.labels.add("learned")
        out.append(one)
        taken |= taken_characters([one])
    return out
