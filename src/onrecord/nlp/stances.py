"""Attributions whose content is not a clause: intentions and stances taken in words.

* ``X vowed to repeal the law``: an intention verb with an infinitive (kind ``belief``).
* ``X rejected the offer`` / ``X described the plan as reckless``: a stance verb with a noun
  phrase (kind ``indirect``).
* ``X called for a ban`` / ``X railed against the deal``: a verb and its preposition.

These are attributions in PolNeAR's sense (a source, a cue and what the source committed to),
narrower than statements with a clause. They run after the clause rules, on verbs those left.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution import Attribution, Kind, verb_attribution
from .cue_verbs import cue_tokens
from .cues import (
    AS_STANCE_VERBS,
    ENDORSE_VERBS,
    FINDING_VERBS,
    INTENTION_VERBS,
    NAMING_VERBS,
    PARTICLE_STANCE_VERBS,
    PREP_CUES,
    STANCE_VERBS,
)
from .offsets import doc_text, span_offsets, trim
from .subjects import subject_of

_CONTENT_DEPS = ("dobj", "oprd", "attr", "dative")
_NOT_SOURCES = {"it", "this", "that", "which", "there", "what"}
_WH = {"what", "which", "that"}
_RELATIVE = frozenset({"which", "that", "whom", "who"})
_EXPRESS_VERBS = frozenset({"express", "voice"})
# Intention verbs whose object does what the infinitive says ("urged the council to act");
# with "promised voters to cut taxes" the subject does it, and the object stays out.
_OBJECT_CONTROL = frozenset(
    "ask beg encourage expect implore order request urge want press tell call allow".split()
)
# Objects of "say" that stand in for what was said.
_SAID_STAND_INS = frozenset(
    "same something much little this lot more what everything anything otherwise".split()
)
_ANSWERS = frozenset({"yes", "no", "so"})
# What finds things in the world rather than about itself ("a survey found Ortega ahead").
_RESEARCH = frozenset(
    "poll survey study report analysis review audit investigation probe research".split()
)
_FEELING_PREPS = frozenset({"about", "at", "for", "over", "in", "with", "on", "regarding"})


def find_stances(sent: Span, qidx: list[int], taken: set[int]) -> list[Attribution]:
    """Attributions of ``sent`` with an infinitive or noun-phrase content.

    Args:
        sent: the sentence.
        qidx: for each token of the doc, the quotation it lies in, or -1.
        taken: token indices already used as cues by the clause rules.
    """
    out: list[Attribution] = []
    for tok in sent:
        if tok.i in taken or qidx[tok.i] >= 0 or tok.pos_ not in ("VERB", "AUX"):
            continue
        found = _frame(tok)
        if found is None:
            continue
        kind, cue, content = found
        subj = subject_of(tok)
        if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
            subj = tok.head  # "a group backing the mayor": the group backs
        if subj is None or subj.lower_ in _NOT_SOURCES or qidx[subj.i] >= 0:
            continue
        start, end = trim(doc_text(sent.doc), *span_offsets(content))
        if end - start < 2 or start <= tok.idx < end:  # a content never holds its own cue
            continue
        sentence = (sent.start_char, sent.end_char)
        out.append(
            verb_attribution(
                tok, subj, sentence, qidx, kind=kind, content=(start, end), cue=cue, label="stance"
            )
        )
    return out


def _frame(verb: Token) -> tuple[Kind, list[Token], list[Token]] | None:
    """(kind, cue tokens, content tokens) when ``verb`` heads one of the frames."""
    lemma = verb.lemma_.lower()
    if lemma in INTENTION_VERBS:
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if xcomp is not None:  # "urged the council to act": the one urged is in the content
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
            lead: list[Token] = []
            if obj is not None and obj.i > verb.i and lemma in _OBJECT_CONTROL:
                lead = list(obj.subtree)  # not "promised voters to cut taxes": Reed cuts them
            # only what follows the verb: "a decision that she expects to cost millions"
            rest = [t for t in xcomp.subtree if t.i > verb.i]
            return "belief", cue_tokens(verb), [*lead, *rest]
    if lemma in NAMING_VERBS:  # "called the show 'a disgrace'": the object and what it is called
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        pred = next(
            (c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > verb.i),
            None,
        )
        if obj is not None and pred is not None:
            return "indirect", cue_tokens(verb), [*obj.subtree, *pred.subtree]
        wh = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WH), None)
        if wh is not None and wh.i < verb.i and pred is not None:  # "what aides called 'X'"
            return "indirect", cue_tokens(verb), list(pred.subtree)
    research = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    finds = lemma == "find" and research is not None and research.lemma_.lower() in _RESEARCH
    if lemma in FINDING_VERBS or finds:  # "a poll shows Sanders with 47 percent": all after
        rest = [t for t in verb.subtree if t.i > verb.i]
        if any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children) and rest:
            return "indirect", cue_tokens(verb), rest
    if lemma in ENDORSE_VERBS:  # "backed the governor", "voters who favor a ban"
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None:
            return "indirect", cue_tokens(verb), list(obj.subtree)
    if lemma in AS_STANCE_VERBS:  # "sees the levy as a tax": the object and what it is seen as
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if obj is not None and as_ is not None and as_.i > obj.i:
            return "belief", cue_tokens(verb), [*obj.subtree, *as_.subtree]
    if lemma == "say" and verb.i + 1 < len(verb.doc):  # "said no", "said so"
        answer = verb.doc[verb.i + 1]
        if answer.lower_ in _ANSWERS and answer.head.i == verb.i:
            return "indirect", cue_tokens(verb), [answer]
        said = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        # "said the same of Ruiz", "said something unexpected": a word that stands in for what
        # was said; not "said nothing", "said goodbye", "said a prayer", "said his piece"
        if said is not None and said.lower_ in _SAID_STAND_INS:
            return "indirect", cue_tokens(verb), list(said.subtree)
    if lemma in _EXPRESS_VERBS and (feeling := _expressed_feeling(verb)) is not None:
        return feeling
    particle = PARTICLE_STANCE_VERBS.get(lemma)
    if particle and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None:  # "laid out a plan": the particle is in the cue (cue_tokens)
            return "indirect", cue_tokens(verb), list(obj.subtree)
    relative = _relative_object(verb)
    if relative is not None:  # "a plan that the mayor mocked": the relative word
        return "indirect", cue_tokens(verb), [relative]
    if lemma in STANCE_VERBS:
        parts = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i > verb.i]
        parts += [
            c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
        ]
        if parts:
            toks = [t for p in parts for t in p.subtree]
            return "indirect", cue_tokens(verb), toks
    preps = PREP_CUES.get(lemma)
    if preps and "for" in preps:  # "called for the council to resign": a clause after "for"
        for c in verb.children:
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)
            if c.dep_ == "advcl" and c.i > verb.i and mark is not None and mark.i > verb.i:
                return "indirect", [*cue_tokens(verb), mark], [t for t in c.subtree if t != mark]
    if preps:
        for c in verb.children:
            if c.dep_ in ("prep", "prt") and c.lower_ in preps and c.i > verb.i:
                obj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                if obj is None:
                    continue
                return "indirect", [*cue_tokens(verb), c], list(obj.subtree)
    return None


def _relative_object(verb: Token) -> Token | None:
    """The relative word a stance or speech verb takes as its object in a relative clause
    (``the levy, which Brandt denounced``, ``something the mayor mocked``): PolNeAR's content
    is that word, standing for the noun it refers back to."""
    lemma = verb.lemma_.lower()
    # not "the team that he supports": "support", "back", "favor" take people and teams as
    # often as policies ("oppose" and "endorse" are stance verbs as well, and stay)
    if verb.dep_ != "relcl" or lemma not in STANCE_VERBS:
        return None
    if any(c.dep_ in _CONTENT_DEPS and c.i > verb.i for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.lower_ in _RELATIVE),
        None,
    )


def _expressed_feeling(verb: Token) -> tuple[Kind, list[Token], list[Token]] | None:
    """``expressed concern that ...``, ``voiced doubts about ...``: a bare noun of feeling is
    part of the cue and what it is about the content (with "their concern" the noun phrase is
    the content, as for any stance verb)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ != "NOUN" or obj.i - verb.i > 2:
        return None
    if any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in obj.children):
        return None
    for c in obj.children:
        if c.i < obj.i:
            continue
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
            return "belief", [*cue_tokens(verb), obj], list(c.subtree)
        if c.dep_ == "prep" and c.lower_ in _FEELING_PREPS:
            pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return "belief", [*cue_tokens(verb), obj, c], list(pobj.subtree)
    return None
