"""Find attributions in a parsed Doc: who (source), how (cue), what (content).

The rules, in the order they run on each sentence:

1. A reporting or belief verb that governs a clause (``said that ...``, ``"...," she said``)
   gives an indirect statement, or a direct or mixed one when its clause is a quotation.
2. ``according to X`` gives a statement sourced to X, or X becomes the conduit of the
   statement whose cue it modifies (``Trump said, according to ABC News``).
3. A sentence-final ``..., The Telegraph reports`` inside another statement makes the outlet
   its conduit; on its own, the outlet is the speaker.
4. Quotations no verb has claimed look for a cue next to them in their sentence, then after a
   colon, then continue the previous quotation's speaker (``"A," she said. "B."``, also after
   a long aside on the speaker or a mixed statement: :mod:`.continuations`).
5. ``reportedly`` / ``it was announced that`` give statements without a source, and nominal
   frames (``the official stance of X that ...``) statements sourced to X. Raising frames
   (``X is expected to ...``, ``X seems to ...``, ``X is seen as ...``) report the subject with
   its infinitive or predicate, sourced to the passive's agent when there is one
   (:mod:`.frames`, with ``In a Courier poll, ...`` and ``a group called X``).
6. Cues beside their clause: asides (``The industry, she said, is ...``), a closing clause
   with its own subject (``..., his aide told the Courier.``) and ``As X reported, ...``
   (:mod:`.asides`); questions put to someone (``was asked about X``: :mod:`.questions`);
   stances, intentions and endorsements with a noun or infinitive content (:mod:`.stances`);
   headline and transcript colons (``Issa: ...``, :mod:`.colons`).

A cue is the whole verb group (:func:`cue_tokens`, :mod:`.verb_groups`): auxiliaries and
negation, leading adverbs (``then recalled``), the verbs a to-infinitive completes (``went on
to say``) and the phrase a participle hangs from (``responded Friday, saying``).

Attributions never nest: a cue inside another statement's content is not a statement of its
own (PolNeAR's univocal annotation, and what a reader expects).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..ingest.outlets import canonical_outlet
from .cues import (
    ADDRESSEE_VERBS,
    APPEARANCE_VERBS,
    BELIEF_VERBS,
    PASSIVE_REPORT_VERBS,
    SOURCELESS_ADVERBS,
    SPEECH_VERBS,
    is_speech_verb,
)
from .quotes import Quote, find_quotes, paragraph_bounds
from .verb_groups import catenative_lead, participle_lead

log = logging.getLogger(__name__)

Offsets = tuple[int, int]
Tense = Literal["past", "present", "perfect", "future"]
Kind = Literal["direct", "indirect", "mixed", "belief", "unattributed"]

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
# Adverbs before a cue verb that link it to the sentence rather than modify the saying.
_NOT_CUE_ADVERBS = frozenset(
    "so as how when where why there here thus however though meanwhile nevertheless nonetheless "
    "instead".split()
)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"}
_TRIM = set(",;:—–-") | {" ", "\n"}
_MIN_DIRECT_WORDS = 3
_QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire"})
_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight on".split()
)


@dataclass(slots=True)
class Attribution:
    """A statement found in a Doc, before speaker resolution (character offsets)."""

    kind: Kind
    content: Offsets
    cue: Offsets | None = None
    cue_token: int | None = None
    source: Offsets | None = None
    source_head: int | None = None
    conduit: Offsets | None = None
    parts: tuple[Offsets, ...] = ()
    sentence: Offsets = (0, 0)
    tense: Tense | None = None
    continues: int | None = None  # index of the statement this one continues
    quote: int | None = None  # index of the quotation that is its content
    labels: set[str] = field(default_factory=set)


def verb_attribution(
    tok: Token,
    subj: Token | None,
    sentence: Offsets,
    qidx: list[int],
    *,
    kind: Kind,
    content: Offsets,
    parts: tuple[Offsets, ...] = (),
    cue: list[Token] | None = None,
    quote: int | None = None,
    label: str | None = None,
) -> Attribution:
    """A statement cued by the verb ``tok`` and sourced to ``subj``: the rules build every such
    statement alike (the verb group as cue, the subject's phrase as source, the verb's tense),
    and differ only in its content, kind and label. ``cue`` overrides the verb group when the
    frame adds a word to it (``called for``); without ``subj`` there is no source."""
    return Attribution(
        kind=kind,
        content=content,
        parts=parts,
        cue=span_offsets(cue if cue is not None else cue_tokens(tok)),
        cue_token=tok.i,
        source=span_offsets(source_tokens(subj, qidx)) if subj is not None else None,
        source_head=subj.i if subj is not None else None,
        sentence=sentence,
        tense=tense_of(tok),
        quote=quote,
        labels={label} if label else set(),
    )


def find_attributions(
    doc: Doc, paragraphs: list[Offsets] | None = None, *, stances: bool = True
) -> tuple[list[Attribution], list[Quote]]:
    """Return the attributions of ``doc`` in text order, and the quotations found on the way."""
    text = doc_text(doc)
    quotes = find_quotes(text, paragraphs)
    qidx = _quote_index(doc, quotes)
    found: list[Attribution] = []
    used_quotes: set[int] = set()
    from .asides import parentheticals, trailing_cues
    from .colons import headline_colons
    from .frames import in_poll, named, nominal, raising, sourceless
    from .questions import find_questions
    from .spans import refine_edges
    from .stances import find_stances
    from .tails import without_reporting_participle

    for sent in doc.sents:
        found.extend(_verb_attributions(sent, quotes, qidx, used_quotes))
        found.extend(parentheticals(sent, qidx, used_quotes, found))
        found.extend(trailing_cues(sent, qidx, used_quotes, found))
        found.extend(_according_to(sent, qidx, found))
        found.extend(nominal(sent, qidx))
        found.extend(sourceless(sent, qidx))
        found.extend(in_poll(sent, qidx))
        found.extend(named(sent, qidx))
        found.extend(raising(sent, qidx, {a.cue_token for a in found}))
        taken = {a.cue_token for a in found if a.cue_token is not None}
        found.extend(find_questions(sent, qidx, taken))
        if stances:
            taken = {a.cue_token for a in found if a.cue_token is not None}
            found.extend(find_stances(sent, qidx, taken))
    found.extend(headline_colons(doc, paragraphs or paragraph_bounds(text), qidx))
    found = _fold_outlet_reports(doc, found)
    found.extend(_quote_attributions(doc, quotes, qidx, used_quotes, found))
    found = _drop_nested(without_reporting_participle(doc, _extend_participle_cues(doc, found)))
    found = refine_edges(doc, found, quotes, qidx)  # span edges: spans.py
    found.sort(key=lambda a: (a.content[0], a.content[1]))
    return found, quotes


# -- helpers over tokens ----------------------------------------------------------------------


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy joins every token each time the property is read."""
    cached = doc.user_data.get("onrecord_text")
    if cached is None:
        cached = doc.user_data["onrecord_text"] = doc.text
    return str(cached)


def _quote_index(doc: Doc, quotes: list[Quote]) -> list[int]:
    """For each token, the index of the quotation it lies in (marks included), or -1."""
    out = [-1] * len(doc)
    qi = 0
    for tok in doc:
        while qi < len(quotes) and quotes[qi].outer_end <= tok.idx:
            qi += 1
        if qi < len(quotes) and quotes[qi].contains(tok.idx):
            out[tok.i] = qi
    return out


def span_offsets(tokens: list[Token]) -> Offsets:
    toks = sorted(tokens, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def trim(text: str, start: int, end: int, *, strip_that: bool = False) -> Offsets:
    """Shrink ``[start, end)`` past surrounding spaces and clause punctuation."""
    while start < end and (text[start] in _TRIM):
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] == "."):
        # keep a period that closes an abbreviation such as "U.S."
        if (
            text[end - 1] == "."
            and end - 2 >= start
            and text[end - 2].isupper()
            and (end - 3 < start or text[end - 3] == ".")
        ):
            break
        end -= 1
    if strip_that:
        low = text[start:end].lower()
        for lead in ("that ", "that\n"):
            if low.startswith(lead):
                start += len(lead)
                break
    return start, end


def tense_of(verb: Token) -> Tense | None:
    """The tense of a verb group, from its tag and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_lower = {a.lower_ for a in auxes}
    if aux_lower & {"will", "'ll", "shall"}:
        return "future"
    if aux_lower & {"has", "have", "'ve"}:
        return "perfect"
    if aux_lower & {"had", "did", "was", "were"}:
        return "past"
    if aux_lower & {"is", "are", "am", "does", "do"}:
        return "present"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head != verb:
        return tense_of(verb.head)
    if verb.dep_ == "conj" and verb.head != verb:
        return tense_of(verb.head)
    return None


def cue_tokens(verb: Token) -> list[Token]:
    """The verb with its auxiliaries, negation and particle: ``has asserted``, ``pointed out``."""
    toks = [verb]
    for c in verb.children:
        if (c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i and c.i >= verb.i - 3) or (
            c.dep_ == "prt" and c.i == verb.i + 1
        ):
            toks.append(c)
    toks = catenative_lead(verb) + sorted(toks, key=lambda t: t.i)
    return _lead_adverbs(toks, verb) + toks


def _lead_adverbs(toks: list[Token], verb: Token) -> list[Token]:
    """Adverbs of the verb just before its group, which PolNeAR's cue keeps: ``then recalled``,
    ``even questioned``, ``quickly dismissed``."""
    out: list[Token] = []
    i = toks[0].i - 1
    while i >= 0 and len(out) < 2:
        t = verb.doc[i]
        if t.pos_ != "ADV" or t.dep_ != "advmod" or t.head.i != verb.i:
            break
        if t.lower_ in SOURCELESS_ADVERBS or t.lower_ in _NOT_CUE_ADVERBS:
            break
        out.insert(0, t)
        i -= 1
    return out


def _second_report(verb: Token) -> bool:
    """``X said the plan failed and said that ...``: a reporting verb the parser joined to the
    reported clause, not to the verb that reports it."""
    if verb.dep_ != "conj" or verb.head.dep_ != "ccomp" or not is_cue_verb(verb):
        return False
    if any(c.dep_ in _SUBJ for c in verb.children) or not is_cue_verb(verb.head.head):
        return False
    return _complement(verb) is not None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it hangs from."""
    if _second_report(verb):
        return subject_of(verb.head.head, depth + 1)
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            agent = next((a for a in verb.children if a.dep_ == "agent"), None)
            if agent is not None:
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
            return c
    if verb.dep_ == "xcomp" and verb.head.i < verb.i:  # "led the mayor to declare": the mayor
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") and not is_pronoun(obj):
            return obj
    climbs = ("advcl", "xcomp", "conj", "pcomp", "acl", "acomp")
    if depth < 3 and verb.dep_ in climbs and verb.head != verb:
        return subject_of(verb.head, depth + 1)
    return None


def addressed(verb: Token) -> bool:
    """Whether the subject ``verb`` would borrow is the one spoken to, not the speaker.

    ``X was asked whether ...``, ``X was told that ...``, ``Asked about the delay, X said ...``.
    """
    if verb.lemma_.lower() not in ADDRESSEE_VERBS or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.dep_ == "advcl" and not any(c.dep_ in _SUBJ for c in verb.children)


def source_tokens(head: Token, qidx: list[int]) -> list[Token]:
    """The source phrase around ``head``: its subtree minus its relative clauses, any relative
    clause set off by a comma, and quotations."""
    stop = len(head.doc)
    for c in head.children:  # a relative clause on the source is not part of its name
        if c.dep_ in ("relcl", "acl") and c.i > head.i:
            stop = min(stop, c.left_edge.i)
    toks = [t for t in head.subtree if t.i < stop and qidx[t.i] < 0]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        if toks[-1].text in ")]" and any(t.text in "([" for t in toks):
            break  # "Sen. Lindsey Graham (R-S.C.)" keeps its closing parenthesis
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks.pop(0)
    return toks or [head]


def _complement(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "ccomp":
            return c
    for c in verb.children:
        if c.dep_ == "parataxis" and c.i < verb.i:
            return c
    if verb.lemma_.lower() in _QUESTION_VERBS:  # "asked if he was bullied" parses as an advcl
        for c in verb.children:
            if (
                c.dep_ == "advcl"
                and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
            ):
                return c
    # "said in a statement that ...": the clause hangs from the noun
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            for c in pobj.children:
                if c.dep_ in ("ccomp", "acl", "relcl") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children
                ):
                    return c
    return None


def is_cue_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and (
        tok.lemma_.lower() in SPEECH_VERBS
        or tok.lemma_.lower() in BELIEF_VERBS
        or is_speech_verb(tok.lemma_)
    )


# -- 1. verbs with clauses ----------------------------------------------------------------------


def _verb_attributions(
    sent: Span, quotes: list[Quote], qidx: list[int], used_quotes: set[int]
) -> list[Attribution]:
    doc = sent.doc
    text = doc_text(doc)
    out: list[Attribution] = []
    for tok in sent:
        if qidx[tok.i] >= 0 or not is_cue_verb(tok):
            continue
        comp = _complement(tok)
        if comp is None:
            continue
        lemma = tok.lemma_.lower()
        subj = subject_of(tok)
        expletive = False  # "it is believed that ...": a belief nobody is named for
        if subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubjpass":
            if lemma not in PASSIVE_REPORT_VERBS:
                continue
            subj, expletive = None, True
        elif subj is not None and subj.lower_ == "it" and lemma in APPEARANCE_VERBS:
            subj = None  # "it appears that ...": nobody is the source
        if subj is not None and subj.dep_ != "pobj" and addressed(tok):
            subj = None  # "X was asked whether ...": X is asked, the asker is not named
        content_toks = _content_tokens(comp, tok)
        start, end = span_offsets(content_toks)
        inside = {qidx[t.i] for t in content_toks if qidx[t.i] >= 0}
        kind: Kind = "belief" if lemma in BELIEF_VERBS and lemma not in SPEECH_VERBS else "indirect"
        quote_i: int | None = None
        if inside:
            covered = [quotes[i] for i in sorted(inside)]
            first, last = covered[0], covered[-1]
            outside = text[start : first.outer_start] + text[last.outer_end : end]
            if len(covered) == 1 and len(outside.strip(" ,.;:—-\n").split()) <= 1:
                kind, quote_i = "direct", sorted(inside)[0]
                start, end = first.start, first.end
            else:
                kind = "mixed"
                start = min(start, first.outer_start)
                end = max(end, last.outer_end)
            used_quotes.update(inside)
        if kind != "direct":
            start, end = trim(text, start, end, strip_that=True)
            end = _through_closing_mark(text, end, quotes)
        if end <= start:
            continue
        kind_final: Kind = (
            kind if subj is not None or kind in ("direct", "mixed") else "unattributed"
        )
        if subj is None and kind == "belief" and not expletive:
            continue
        sentence = (sent.start_char, sent.end_char)
        out.append(
            verb_attribution(
                tok, subj, sentence, qidx, kind=kind_final, content=(start, end), quote=quote_i
            )
        )
    return out


def _through_closing_mark(text: str, end: int, quotes: list[Quote]) -> int:
    """A content that ends inside a quotation keeps the quotation's end: 'were "well within
    our permit."' stops after the mark, or at the paragraph's end when the mark is missing."""
    for q in quotes:
        if q.start < end <= q.end and q.end - end <= 2:
            return q.end
    return end


def _content_tokens(comp: Token, verb: Token) -> list[Token]:
    """The clause's tokens, less a closing participial aside (", contradicting X")."""
    cut: set[int] = set()
    doc = comp.doc
    subtree = list(comp.subtree)
    last = subtree[-1].i
    for c in subtree:
        aside = c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > comp.i
        closes = c.right_edge.i >= last - 1  # the aside runs to the end of the clause
        if aside and closes and (doc[c.left_edge.i - 1].text == "," or c.left_edge.text == ","):
            cut.update(t.i for t in c.subtree)
    # "said the plan failed and said that ...": the second report is the speaker's own
    for c in subtree:
        if _second_report(c):
            cut.update(t.i for t in c.subtree)
            cut.update(t.i for t in c.head.children if t.dep_ == "cc" and t.i == c.left_edge.i - 1)
    # "said Monday the city would ...": the day belongs to the cue, not to the claim
    lead = [t for t in subtree if t.i > verb.i and t.i not in cut]
    i = 0
    while (
        i < len(lead)
        and lead[i].i == verb.i + 1 + i
        and lead[i].ent_type_ in ("DATE", "TIME")
        and (lead[0].lower_ in _DAY_WORDS or lead[0].dep_ in ("npadvmod", "prep"))
    ):
        cut.add(lead[i].i)
        i += 1
    return [t for t in subtree if t.i != verb.i and t.i not in cut]


# -- 2. according to ---------------------------------------------------------------------------


def _according_to(sent: Span, qidx: list[int], found: list[Attribution]) -> list[Attribution]:
    doc = sent.doc
    text = doc_text(doc)
    out: list[Attribution] = []
    for tok in sent:
        if tok.lower_ != "according" or qidx[tok.i] >= 0:
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
        if to is None:
            continue
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase = [tok, to, *pobj.subtree]
        src = source_tokens(pobj, qidx)
        p_start, p_end = span_offsets(phrase)
        # modifies a statement's cue: the source becomes that statement's conduit
        # in a sentence that already attributes a statement ("X said Y, according to Z"),
        # Z relayed it: the conduit
        owners = [
            a
            for a in found
            if a.cue is not None
            and a.sentence[0] == sent.start_char
            and a.cue[1] <= p_start
            and "according_to" not in a.labels
        ]
        if owners:
            for owner in owners:
                owner.conduit = owner.conduit or span_offsets(src)
                if owner.content[0] < p_start <= owner.content[1] + 2:
                    owner.content = trim(text, owner.content[0], p_start)
            continue
        s_start, s_end = sent.start_char, sent.end_char
        left = trim(text, s_start, p_start)
        right = trim(text, p_end, s_end)
        parts = tuple(p for p in (left, right) if p[1] - p[0] > 1)
        if not parts:
            continue
        out.append(
            Attribution(
                kind="indirect",
                content=(parts[0][0], parts[-1][1]),
                parts=parts if len(parts) > 1 else (),
                cue=(tok.idx, to.idx + len(to.text)),
                cue_token=tok.i,
                source=span_offsets(src),
                source_head=pobj.i,
                sentence=(s_start, s_end),
                tense=None,
                labels={"according_to"},
            )
        )
    return out


# -- 3. outlets that report another statement ------------------------------------------------


def _fold_outlet_reports(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """``X said Y, The Telegraph reports``: the outlet is the conduit of X's statement.

    A report verb that closes its sentence with no clause of its own, whose subject names an
    outlet, relays the other statements of that sentence; it is a statement of its own only
    when nothing else in the sentence is attributed (``Trump joined the summit, Reuters reports``).
    """
    text = doc_text(doc)
    result = list(found)
    for tok in doc:
        if not _tail_report(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or canonical_outlet(_phrase(subj)) is None:
            continue
        src = span_offsets(list(subj.subtree))
        hosts = [
            a
            for a in result
            if a.cue is not None
            and a.cue[0] < src[0]
            and a.cue_token != tok.i
            and a.sentence[0] <= tok.idx < a.sentence[1]
        ]
        if not hosts:
            continue
        for h in hosts:
            h.conduit = h.conduit or src
            if h.content[0] < src[0] < h.content[1] + 3 and h.kind != "direct":
                h.content = trim(text, h.content[0], min(h.content[1], src[0]))
        result = [a for a in result if a.cue_token != tok.i]
    return result


def _phrase(tok: Token) -> str:
    toks = list(tok.subtree)
    return tok.doc[toks[0].i : toks[-1].i + 1].text


def _tail_report(verb: Token) -> bool:
    """A report verb with no clause after it, closing its sentence: ``..., Reuters reports.``"""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in {"report", "say", "write"}:
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return nxt is None or nxt.is_punct or nxt.is_space


# -- 4. quotations without a verb of their own --------------------------------------------------


def _quote_attributions(
    doc: Doc,
    quotes: list[Quote],
    qidx: list[int],
    used: set[int],
    found: list[Attribution],
) -> list[Attribution]:
    from .colons import colon_frame
    from .continuations import previous_quote_statement, statements_by_quote

    text = doc_text(doc)
    out: list[Attribution] = []
    by_quote = statements_by_quote(found, quotes)
    for i, q in enumerate(quotes):
        if i in used:
            continue
        words = len(text[q.start : q.end].split())
        if words < _MIN_DIRECT_WORDS and not q.continued:
            continue
        verb = _nearby_cue(doc, q, quotes, i, qidx)
        if verb is not None:
            sentence = _sentence_of(doc, q.start)
            a = verb_attribution(
                verb,
                subject_of(verb),
                sentence,
                qidx,
                kind="direct",
                content=(q.start, q.end),
                quote=i,
            )
            conduit = _conduit_for(found, verb)
            if conduit:
                a.conduit = conduit
        elif (colon := colon_frame(doc, q, qidx)) is not None:
            colon_tok, src_toks = colon
            a = Attribution(
                kind="direct",
                content=(q.start, q.end),
                cue=span_offsets([colon_tok]),
                cue_token=colon_tok.i,
                source=span_offsets(src_toks),
                source_head=src_toks[-1].i,
                sentence=_sentence_of(doc, q.start),
                quote=i,
                labels={"colon"},
            )
        else:
            prev = previous_quote_statement(i, quotes, by_quote, doc, found)
            if prev is None:
                continue
            a = replace(
                prev,
                kind="direct",
                content=(q.start, q.end),
                quote=i,
                parts=(),
                labels={"continuation"},
                sentence=_sentence_of(doc, q.start),
            )
            a.continues = prev.quote
        if words < _MIN_DIRECT_WORDS and a.source is None:
            continue
        by_quote[i] = a
        used.add(i)
        out.append(a)
    return out


def _sentence_of(doc: Doc, char: int) -> Offsets:
    for s in doc.sents:
        if s.start_char <= char < s.end_char:
            return s.start_char, s.end_char
    return char, char


def _conduit_for(found: list[Attribution], verb: Token) -> Offsets | None:
    for a in found:
        if a.cue_token == verb.i and a.conduit:
            return a.conduit
    for tok in verb.children:
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if pobj is not None:
                return span_offsets(list(pobj.subtree))
    return None


def _nearby_cue(doc: Doc, q: Quote, quotes: list[Quote], i: int, qidx: list[int]) -> Token | None:
    """A speech verb outside quotations, after the quotation in its sentence, else before it."""
    text = doc_text(doc)
    nxt = quotes[i + 1].outer_start if i + 1 < len(quotes) else len(text)
    prv = quotes[i - 1].outer_end if i > 0 else 0
    end_sent = _sentence_of(doc, max(q.outer_end - 1, q.start))
    after_limit = min(nxt, max(end_sent[1], q.outer_end + 1))
    # the sentence may end inside the quotation: also look at the words just after it
    line_end = text.find("\n", q.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    after_limit = max(after_limit, min(nxt, _sentence_end_after(doc, q.outer_end)))
    after_limit = min(after_limit, line_end)
    candidates = [t for t in _tokens_between(doc, q.outer_end, after_limit) if qidx[t.i] < 0]
    verb = _first_speech_verb(candidates)
    if verb is not None:
        return verb
    start_sent = _sentence_of(doc, q.outer_start)
    line_start = text.rfind("\n", 0, q.outer_start) + 1
    before_from = max(prv, start_sent[0], line_start)
    # a relative clause describes someone ("said Ana Ruiz, who has read the report."): its verb
    # does not introduce the quotation after it
    candidates = [
        t
        for t in _tokens_between(doc, before_from, q.outer_start)
        if qidx[t.i] < 0 and t.dep_ != "relcl"
    ]
    verb = _first_speech_verb(list(reversed(candidates)))
    if verb is not None:
        return verb
    # a colon that introduces the quotation: "... said in a statement:"
    lead = text[line_start : q.outer_start].rstrip()
    if not lead and q.outer_start > 0:
        prev_text = text[: q.outer_start].rstrip()
        if prev_text.endswith(":"):
            colon = len(prev_text) - 1
            sent = _sentence_of(doc, colon)
            toks = [t for t in _tokens_between(doc, max(sent[0], prv), colon) if qidx[t.i] < 0]
            return _first_speech_verb(list(reversed(toks)))
    return None


def _sentence_end_after(doc: Doc, char: int) -> int:
    for s in doc.sents:
        if s.start_char >= char:
            return s.end_char
    return len(doc_text(doc))


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    if end <= start:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _first_speech_verb(tokens: list[Token]) -> Token | None:
    for t in tokens:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS | {"continue"}:
            return t
    return None


def _extend_participle_cues(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """``responded Friday, saying ...``: the cue runs from the verb the participle hangs from,
    when that verb reports nothing of its own."""
    cue_toks = {a.cue_token for a in found if a.cue_token is not None}
    for a in found:
        if a.cue is None or a.cue_token is None:
            continue
        lead = participle_lead(doc[a.cue_token], cue_toks)
        if lead:
            a.cue = (lead[0].idx, a.cue[1])
    return found


def _drop_nested(found: list[Attribution]) -> list[Attribution]:
    """Remove statements whose cue lies inside another statement's content."""
    out = []
    for a in found:
        if a.cue is None:
            out.append(a)
            continue
        nested = any(
            b is not a
            and b.content[0] <= a.cue[0]
            and a.cue[1] <= b.content[1]
            and (b.content[1] - b.content[0]) > (a.content[1] - a.content[0])
            for b in found
        )
        if not nested:
            out.append(a)
    return out


def is_pronoun(tok: Token) -> bool:
    return tok.lower_ in _PRONOUNS or tok.pos_ == "PRON"
