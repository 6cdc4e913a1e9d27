"""Frames whose cue is not a verb governing a clause.

* ``the official stance of X that ...``: a cue noun with its owner and clause (source X).
* ``the two leaders reportedly met``: a sourceless adverb over its clause.
* ``Ruiz's attack on the levy``, ``her refusal to testify``: a stance noun with its owner.
* ``X is expected to win``, ``X seems to waver``, ``X is seen as a rival``, ``X was known for
  Y``, ``X is considered a risk``: raising frames,
  whose subject is part of what is reported.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution import Attribution, Kind, verb_attribution
from .contents import content_around
from .cue_verbs import complement, cue_tokens, is_cue_verb, tense_of
from .cues import (
    APPEARANCE_VERBS,
    AS_RAISING_VERBS,
    BELIEF_VERBS,
    CUE_NOUNS,
    PASSIVE_RAISING_VERBS,
    PREDICATE_RAISING_VERBS,
    SOURCELESS_ADVERBS,
    SPEECH_VERBS,
)
from .offsets import doc_text, span_offsets, trim
from .subjects import SUBJECT_DEPS, source_tokens, speaker_like


def nominal(sent: Span, qidx: list[int]) -> list[Attribution]:
    text = doc_text(sent.doc)
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CUE_NOUNS or qidx[tok.i] >= 0:
            continue
        clause = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "relcl", "ccomp")
                and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                and any(s.dep_ in SUBJECT_DEPS for s in c.children)
            ),
            None,
        )
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if clause is None and owner is not None:
            clause = _stray_that_clause(tok)
        if clause is None:
            continue
        if owner is None:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if owner is None:
            continue
        start, end = trim(text, *span_offsets(list(clause.subtree)), strip_that=True)
        cue = [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i] + [tok]
        out.append(_owned(sent, qidx, tok, cue, owner, (start, end)))
    return out


def _owned(sent: Span, qidx: list[int], noun: Token, cue: list[Token], owner: Token,
           content: tuple[int, int]) -> Attribution:  # fmt: skip
    """The indirect statement of a cue noun taken by its owner ("Ruiz's claim that ...")."""
    return Attribution(
        kind="indirect",
        content=content,
        cue=span_offsets(cue),
        cue_token=noun.i,
        source=span_offsets(source_tokens(owner, qidx)),
        source_head=owner.i,
        sentence=(sent.start_char, sent.end_char),
        labels={"nominal"},
    )


# Nouns of a stance with the preposition (or "to") that brings in what it is about, taken by
# their owner: "Ruiz's attack on the levy", "her refusal to testify". Not "plan", "decision",
# "support for", "views on": mostly a policy or an act named, not a stance reported.
# fmt: off
_OWNED_STANCES: dict[str, frozenset[str]] = {
    "attack": frozenset({"on", "against"}), "criticism": frozenset({"of"}),
    "condemnation": frozenset({"of"}), "denunciation": frozenset({"of"}),
    "rejection": frozenset({"of"}), "opposition": frozenset({"to"}),
    "dislike": frozenset({"of", "for"}), "distaste": frozenset({"for"}),
    "embrace": frozenset({"of"}), "endorsement": frozenset({"of", "for"}),
    "praise": frozenset({"of", "for"}), "disagreement": frozenset({"with"}),
    "interpretation": frozenset({"of"}), "description": frozenset({"of"}),
    "characterization": frozenset({"of"}), "faith": frozenset({"in"}),
    "dig": frozenset({"at"}), "swipe": frozenset({"at"}), "jab": frozenset({"at"}),
    "refusal": frozenset({"to"}), "claim": frozenset({"to"}), "promise": frozenset({"to"}),
    "pledge": frozenset({"to"}),
}
# fmt: on
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


def owned_stances(sent: Span, qidx: list[int], taken: set[int]) -> list[Attribution]:
    """``Ruiz's attack on the levy``, ``her refusal to testify``: a stance noun with its owner
    (the source) and the preposition's object or the infinitive (the content). The cue is the
    noun with the adjectives before it and the preposition (``sharp attacks on``)."""
    text = doc_text(sent.doc)
    doc = sent.doc
    out: list[Attribution] = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.i in taken or qidx[tok.i] >= 0:
            continue
        preps = _OWNED_STANCES.get(tok.lemma_.lower())
        if preps is None or tok.i + 1 >= len(doc):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        if not speaker_like(owner) and owner.lower_ not in _PERSONAL_POSSESSIVES:
            continue  # not "the storm's attack on the coast"
        nxt = doc[tok.i + 1]
        cue = [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i] + [tok]
        content: list[Token] = []
        if "to" in preps and nxt.lower_ == "to" and nxt.dep_ == "aux":
            verb = nxt.head
            if verb.head.i == tok.i and verb.dep_ in ("acl", "relcl", "xcomp"):
                content = [t for t in verb.subtree if t.i > tok.i]
        elif nxt.lower_ in preps and nxt.dep_ == "prep" and nxt.head.i == tok.i:
            obj = next((c for c in nxt.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                cue, content = [*cue, nxt], list(obj.subtree)
        if not content or any(qidx[t.i] >= 0 for t in cue):
            continue
        start, end = trim(text, *span_offsets(content))
        if end - start < 2:
            continue
        out.append(_owned(sent, qidx, tok, cue, owner, (start, end)))
    return out


def _stray_that_clause(noun: Token) -> Token | None:
    """ "pushed back on Kerr's statement that the fare matched costs": the clause right after
    an owned cue noun, which the parser hung on the verb above the noun instead."""
    doc = noun.doc
    that = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if that is None or that.lower_ != "that" or that.dep_ != "mark":
        return None
    verb = that.head
    if verb.i <= that.i or verb.dep_ not in ("advcl", "ccomp") or verb.head not in noun.ancestors:
        return None
    if not any(s.dep_ in SUBJECT_DEPS and that.i < s.i < verb.i for s in verb.children):
        return None
    return verb


def sourceless(sent: Span, qidx: list[int]) -> list[Attribution]:
    text = doc_text(sent.doc)
    out = []
    for tok in sent:
        if tok.lower_ not in SOURCELESS_ADVERBS or qidx[tok.i] >= 0:
            continue
        head = tok.head
        toks = [t for t in head.subtree if t.i != tok.i and qidx[t.i] < 0]
        if len(toks) < 3:
            continue
        start, end = trim(text, *span_offsets(toks))
        out.append(
            Attribution(
                kind="unattributed",
                content=(start, end),
                cue=(tok.idx, tok.idx + len(tok.text)),
                cue_token=tok.i,
                sentence=(sent.start_char, sent.end_char),
                tense=tense_of(head),
                labels={"sourceless"},
            )
        )
    return out


def raising(sent: Span, qidx: list[int], taken: set[int | None]) -> list[Attribution]:
    """``X is expected to win``, ``X seems to waver``, ``X is seen as a rival``.

    The subject is part of what is reported, not its source: the content is the subject and the
    infinitive (or predicate), in two parts; the cue is the verb group ("is expected"). The
    source is the passive's agent ("is said by aides to ..."); without one there is none.
    """
    text = doc_text(sent.doc)
    out: list[Attribution] = []
    for tok in sent:
        if tok.i in taken or qidx[tok.i] >= 0 or tok.pos_ not in ("VERB", "AUX"):
            continue
        frame = _raising_frame(tok)
        if frame is None:
            continue
        subj, cue, pred = frame
        if qidx[subj.i] >= 0 or subj.lower_ in ("it", "there"):
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        by = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent else None
        subj_toks = [t for t in subj.subtree if t.i < tok.i]
        pred_toks = list(pred.subtree)
        if pred.dep_ == "xcomp":  # keep "to" ("to be shrinking"), drop what precedes it
            pred_toks = [t for t in pred_toks if t.i > tok.i]
        if not subj_toks or _stands_in(pred_toks):
            continue
        if len(pred_toks) < 2 and not _one_word_predicate(tok, pred):
            continue
        parts = tuple(trim(text, *span_offsets(g)) for g in (subj_toks, pred_toks))
        if any(e - s < 1 for s, e in parts):
            continue
        out.append(
            verb_attribution(
                tok,
                by,
                (sent.start_char, sent.end_char),
                qidx,
                kind=_raising_kind(tok) if by is not None else "unattributed",
                content=(parts[0][0], parts[-1][1]),
                parts=parts,
                cue=cue,
                label="raising",
            )
        )
    return out


def _raising_kind(verb: Token) -> Kind:
    lemma = verb.lemma_.lower()
    return "belief" if lemma in BELIEF_VERBS and lemma not in SPEECH_VERBS else "indirect"


def _raising_frame(verb: Token) -> tuple[Token, list[Token], Token] | None:
    """(subject, cue tokens, predicate) when ``verb`` heads a raising frame."""
    lemma = verb.lemma_.lower()
    after = [c for c in verb.children if c.i > verb.i]
    if lemma in APPEARANCE_VERBS:
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        pred = next((c for c in after if c.dep_ in ("xcomp", "oprd", "acomp")), None)
    elif lemma in PASSIVE_RAISING_VERBS and verb.tag_ == "VBN":
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        pred = next((c for c in after if c.dep_ == "xcomp"), None)
        if pred is not None and not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in pred.children
        ):
            return None
        preps = AS_RAISING_VERBS.get(lemma, frozenset())
        for as_ in (c for c in after if c.dep_ == "prep" and c.lower_ in preps and pred is None):
            obj = _as_what(as_)
            if obj is not None and not a_while(obj):  # not "was known for years"
                subj = subj or _conjoined_subject(verb)
                return (subj, [*cue_tokens(verb), as_], obj) if subj is not None else None
        if pred is None and lemma in PREDICATE_RAISING_VERBS:  # a passive's object: its predicate
            pred = next((c for c in after if c.dep_ in _OBJECTS and c.pos_ in _NAMING), None)
    else:
        return None
    subj = subj or _conjoined_subject(verb)  # "She is moving but is expected to stay"
    if subj is None or pred is None:
        return None
    return subj, cue_tokens(verb), pred


def _one_word_predicate(verb: Token, pred: Token) -> bool:
    """A predicate of one word that still says what the subject is judged to be: an adjective
    after "deemed" or "considered" ("were deemed ineligible", "are considered unclean"), not a
    word that stands for it ("is seen as such", "was known for it")."""
    return verb.lemma_.lower() in PREDICATE_RAISING_VERBS and pred.pos_ == "ADJ"


# Words that stand for a predicate said before rather than saying one ("is considered such",
# "were deemed the same", "is known as such").
_PRO_FORMS = frozenset(
    "such so same likewise otherwise thus this that these those it the like".split()
)


def _stands_in(pred: list[Token]) -> bool:
    """A predicate that is only a stand-in word, with at most its determiner ("such", "the
    same", "the like"): it names nothing the subject is judged to be."""
    words = [t for t in pred if t.pos_ not in ("DET", "PUNCT")]
    return bool(words) and all(t.lower_ in _PRO_FORMS for t in words)


def _conjoined_subject(verb: Token) -> Token | None:
    """The subject a verb shares with the verb it is conjoined to ("who made billions and who
    was known for ...", "She is moving but is expected to stay")."""
    if verb.dep_ != "conj":
        return None
    return next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)


def _as_what(prep: Token) -> Token | None:
    """What a passive of reputation says its subject is known or seen as: the preposition's
    noun, its gerund ("is known for speaking her mind", "was seen as testing the inquiry") or
    an adjective ("is seen as closely aligned with the union", "is not known as
    Tory-leaning")."""
    return next(
        (c for c in prep.children if c.dep_ in ("pobj", "pcomp", "amod", "acomp") and c.i > prep.i),
        None,
    )


# a predicate a passive verb of judging names ("is considered an asset", "was deemed a risk")
_NAMING = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON"})
_OBJECTS = frozenset({"oprd", "dobj", "attr"})
_TIME_NOUNS = frozenset(
    "year month week day decade hour minute time while century generation moment".split()
)


def a_while(noun: Token) -> bool:
    """A span of time ("for years", "for a decade"), not what something is known for."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _TIME_NOUNS


_POLL_NOUNS = frozenset({"poll", "survey"})


def in_poll(sent: Span, qidx: list[int]) -> list[Attribution]:
    """``In a Courier poll released Monday, 52 percent chose Ortega``: the poll is the source
    and "in" the cue of the clause the phrase modifies."""
    text = doc_text(sent.doc)
    out: list[Attribution] = []
    for tok in sent:
        if tok.lower_ != "in" or tok.dep_ != "prep" or qidx[tok.i] >= 0:
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in _POLL_NOUNS or pobj.tag_ != "NN":
            continue  # one poll; "leads in the polls" sums them up
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head != head:
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or _respondents_report(tok, head):
            continue
        phrase = range(tok.i, tok.right_edge.i + 1)
        toks = [t for t in head.subtree if t.i not in phrase]
        left = [t for t in toks if t.i < tok.i]
        right = [t for t in toks if t.i > tok.right_edge.i]
        content = content_around(text, [span_offsets(g) for g in (left, right) if g], longer_than=3)
        if content is None:
            continue
        out.append(
            Attribution(
                kind="indirect",
                content=content[0],
                parts=content[1],
                cue=(tok.idx, tok.idx + len(tok.text)),
                cue_token=tok.i,
                source=span_offsets(source_tokens(pobj, qidx)),
                source_head=pobj.i,
                sentence=(sent.start_char, sent.end_char),
                tense=tense_of(head),
                labels={"poll"},
            )
        )
    return out


def _respondents_report(prep: Token, verb: Token) -> bool:
    """``78 percent of voters in a Courier poll said they ...``: the poll names the subject of
    a verb that reports a clause, and the respondents, poll and all, are that statement's
    source (the guidelines keep a source's modifiers in it). Not ``In a poll, 52 percent
    chose Ortega`` (the poll's own finding), nor a subject that only holds a view the poll
    measured (``15 percent of voters in the poll were undecided``)."""
    if not is_cue_verb(verb) or complement(verb) is None:
        return False
    return any(
        c.dep_ in SUBJECT_DEPS and c.left_edge.i <= prep.i <= c.right_edge.i for c in verb.children
    )


_NAMED_VERBS = frozenset({"call", "name", "dub", "label", "brand", "title", "nickname"})


def named(sent: Span, qidx: list[int]) -> list[Attribution]:
    """``a group called "Citizens First"``, ``the contests known as Super Tuesday``: a name
    given by nobody in particular. The cue is the participle, the content the name."""
    text = doc_text(sent.doc)
    out: list[Attribution] = []
    for tok in sent:
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or qidx[tok.i] >= 0 or tok.head.i > tok.i:
            continue
        lemma = tok.lemma_.lower()
        cue: list[Token] = cue_tokens(tok)
        name: Token | None = None
        if lemma in _NAMED_VERBS:
            name = next((c for c in tok.children if c.dep_ == "oprd" and c.i > tok.i), None)
        elif lemma == "know":
            as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            if as_ is not None and as_.i == tok.i + 1:
                name = next((c for c in as_.children if c.dep_ == "pobj"), None)
                cue = [*cue, as_]
        if name is None:
            continue
        start, end = trim(text, *span_offsets(list(name.subtree)))
        if end - start < 2:
            continue
        out.append(
            Attribution(
                kind="unattributed",
                content=(start, end),
                cue=span_offsets(cue),
                cue_token=tok.i,
                sentence=(sent.start_char, sent.end_char),
                labels={"named"},
            )
        )
    return out
