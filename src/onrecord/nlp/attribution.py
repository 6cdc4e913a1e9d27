"""Find attributions in a parsed Doc: who (source), how (cue), what (content).

The rules, in the order they run on each sentence:

1. A reporting or belief verb that governs a clause (``said that ...``, ``"...," she said``)
   gives an indirect statement, or a direct or mixed one when its clause is a quotation.
2. ``according to X`` gives a statement sourced to X, or X becomes the conduit of the
   statement whose cue it modifies (``Trump said, according to ABC News``).
3. A sentence-final ``..., The Telegraph reports`` inside another statement makes the outlet
   its conduit; on its own, the outlet is the speaker.
4. Quotations no verb has claimed (:mod:`.quote_cues`) look for a cue next to them in their
   sentence, then after a colon (a speaker's verb of any kind: ``Ruiz interjected: "..."``),
   then continue the previous quotation's speaker (``"A," she said. "B."``, also after a long
   aside on the speaker or a mixed statement: :mod:`.continuations`).
5. ``reportedly`` / ``it was announced that`` give statements without a source, and nominal
   frames (``the official stance of X that ...``) statements sourced to X. Raising frames
   (``X is expected to ...``, ``X seems to ...``, ``X is seen as ...``) report the subject with
   its infinitive or predicate, sourced to the passive's agent when there is one
   (:mod:`.frames`, with ``In a Courier poll, ...`` and ``a group called X``).
6. Cues beside their clause: asides (``The industry, she said, is ...``), a closing clause
   with its own subject (``..., his aide told the Courier.``) and ``As X reported, ...``
   (:mod:`.asides`); questions put to someone (``was asked about X``: :mod:`.questions`)
   and put by someone (``asked the mayor about X``, ``asked for a recount``: :mod:`.asked`);
   stances, intentions and endorsements with a noun or infinitive content (:mod:`.stances`),
   states of mind (``X is confident that ...``) and stance nouns with their owner (``X's
   attack on Y``, :mod:`.frames`); nouns of statement with their clause (``made the case
   that ...``, ``rumors that ...``: :mod:`.noun_clauses`);
   headline and transcript colons (``Issa: ...``, :mod:`.colons`).

A cue is the whole verb group (:func:`.cue_verbs.cue_tokens`, :mod:`.verb_groups`): auxiliaries and
negation, adverbs before and right after the verb (``then recalled``, ``said sarcastically``),
the verbs a to-infinitive completes (``went on to say``) and the phrase a participle hangs from
(``responded Friday, saying``).

Attributions never nest: a cue inside another statement's content is not a statement of its
own (PolNeAR's univocal annotation, and what a reader expects).

The parts of a reporting clause come from :mod:`.cue_verbs` (the cue), :mod:`.subjects` (the
source) and :mod:`.contents` (the content); offsets and ``doc_text`` from :mod:`.offsets`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from spacy.tokens import Doc, Span, Token

from ..ingest.outlets import canonical_outlet, is_outlet_name
from .according import according_pieces
from .contents import content_around, content_tokens, through_closing_mark
from .cue_verbs import Tense, complement, cue_tokens, is_cue_verb, tense_of
from .cues import APPEARANCE_VERBS, BELIEF_VERBS, PASSIVE_REPORT_VERBS, SPEECH_VERBS
from .idioms import discourse_idiom
from .inversions import inserted_pieces
from .nested import drop_nested
from .offsets import Offsets, doc_text, span_offsets, trim
from .participle_nouns import participle_noun
from .quotes import Quote, find_quotes, paragraph_bounds
from .relative_tags import relative_tag_content, yield_to_tags
from .subjects import addressed, asker, source_tokens, subject_of
from .verb_groups import participle_lead

if TYPE_CHECKING:
    from .cue_weights import CueWeights

log = logging.getLogger(__name__)

Kind = Literal["direct", "indirect", "mixed", "belief", "unattributed"]


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
    doc: Doc,
    paragraphs: list[Offsets] | None = None,
    *,
    stances: bool = True,
    weights: CueWeights | None = None,
) -> tuple[list[Attribution], list[Quote]]:
    """Return the attributions of ``doc`` in text order, and the quotations found on the way.

    ``stances`` adds the statements whose content is not a clause (``stances.py``); ``weights``
    (see :func:`~onrecord.nlp.cue_weights.load_weights`) then add those cued by verbs the rules
    left (``learned_cues.py``), and move content edges where their ``edges`` section chooses
    (``learned_edges.py``). Without weights, the rules alone.
    """
    text = doc_text(doc)
    quotes = find_quotes(text, paragraphs)
    qidx = _quote_index(doc, quotes)
    found: list[Attribution] = []
    used_quotes: set[int] = set()
    from .asides import parentheticals, trailing_cues, yield_as_reports
    from .asked import find_asks
    from .colons import headline_colons
    from .copular_nouns import copular_statements
    from .frames import in_poll, named, nominal, owned_stances, raising, sourceless
    from .headlines import cut_before_joined, headline_verbs
    from .noun_clauses import noun_clauses
    from .noun_tagged_cues import noun_tagged_cues
    from .passives import passive_stances
    from .questions import find_questions
    from .quote_cues import quote_attributions
    from .spans import refine_edges
    from .stances import find_stances
    from .tails import cut_second_reports, without_reporting_participle

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
        found.extend(noun_tagged_cues(sent, qidx, quotes, {a.cue_token or -1 for a in found}))
        taken = {a.cue_token for a in found if a.cue_token is not None}
        found.extend(find_questions(sent, qidx, taken))
        taken = {a.cue_token for a in found if a.cue_token is not None}
        found.extend(find_asks(sent, qidx, taken))
        if stances:
            taken = {a.cue_token for a in found if a.cue_token is not None}
            found.extend(find_stances(sent, qidx, taken))
            taken = {a.cue_token for a in found if a.cue_token is not None}
            found.extend(passive_stances(sent, qidx, taken))
            taken = {a.cue_token for a in found if a.cue_token is not None}
            found.extend(owned_stances(sent, qidx, taken))
            taken = {a.cue_token for a in found if a.cue_token is not None}
            found.extend(noun_clauses(sent, qidx, taken))
            taken = {a.cue_token for a in found if a.cue_token is not None}
            found.extend(copular_statements(sent, qidx, taken))
    found = yield_as_reports(doc, found)
    paragraphs = paragraphs or paragraph_bounds(text)
    found.extend(headline_colons(doc, paragraphs, qidx))
    found.extend(headline_verbs(doc, paragraphs, qidx, found))
    found = _fold_outlet_reports(doc, found)
    found.extend(quote_attributions(doc, quotes, qidx, used_quotes, found))
    found = without_reporting_participle(doc, _extend_participle_cues(doc, found))
    found = drop_nested(doc, cut_second_reports(doc, yield_to_tags(doc, found)))
    found = refine_edges(doc, found, quotes, qidx)  # span edges: spans.py
    found = cut_second_reports(doc, found)  # again, over the edges refine_edges widened
    found = cut_before_joined(doc, found)
    if stances and weights is not None:
        from .learned_cues import learned_attributions

        found.extend(learned_attributions(doc, found, qidx, weights))
    if weights is not None and weights.edges is not None:
        from .learned_edges import choose_edges

        found = choose_edges(doc, found, weights.edges)
    found.sort(key=lambda a: (a.content[0], a.content[1]))
    return found, quotes


# -- helpers over tokens ----------------------------------------------------------------------


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
        comp = complement(tok)
        tag = relative_tag_content(tok) if comp is None else None  # "..., X announced."
        if (comp is None and tag is None) or (comp is not None and discourse_idiom(comp)):
            continue  # "But that said, the council will vote"
        lemma = tok.lemma_.lower()
        subj = subject_of(tok) or participle_noun(tok)  # "a sign saying ...": the sign
        expletive = False  # "it is believed that ...": a belief nobody is named for
        if subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubjpass":
            if lemma not in PASSIVE_REPORT_VERBS:
                continue
            subj, expletive = None, True
        elif subj is not None and subj.lower_ == "it" and lemma in APPEARANCE_VERBS:
            subj = None  # "it appears that ...": nobody is the source
        if subj is not None and subj.dep_ != "pobj" and addressed(tok):
            subj = asker(tok)  # "X was asked whether ...": X is asked; the asker if named
        content_toks = content_tokens(comp, tok) if comp is not None else tag or []
        pieces = inserted_pieces(tok, content_toks)  # "The bridge, said Ruiz, would close"
        if pieces is not None:
            content_toks = pieces[0] + pieces[1]
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
            # not a relative "that" ("a cut that the governor said improved ..."): it stands
            # for what was said of, and stays, split from the rest around the cue (spans.py)
            relative = any(
                t.idx == start and t.lower_ == "that" and t.dep_ != "mark" for t in content_toks
            ) and (tok.dep_ == "relcl" and tok.head.i < tok.i)
            start, end = trim(text, start, end, strip_that=not relative)
            end = through_closing_mark(text, end, quotes)
        if end <= start:
            continue
        kind_final: Kind = (
            kind if subj is not None or kind in ("direct", "mixed") else "unattributed"
        )
        if subj is None and kind == "belief" and not expletive:
            continue
        sentence = (sent.start_char, sent.end_char)
        parts = tuple(trim(text, *span_offsets(p)) for p in pieces) if pieces else ()
        if parts:
            start, end = parts[0][0], parts[-1][1]
        out.append(
            verb_attribution(
                tok,
                subj,
                sentence,
                qidx,
                kind=kind_final,
                content=(start, end),
                parts=parts,
                quote=quote_i,
            )
        )
    return out


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
        s_start, s_end = sent.start_char, sent.end_char
        pieces = according_pieces(sent, (p_start, p_end))
        if owners:
            for owner in owners:
                owner.conduit = owner.conduit or span_offsets(src)
                if owner.content[0] < p_start <= owner.content[1] + 2:
                    owner.content = trim(text, owner.content[0], p_start)
            if not _relays_as_record(pobj, text[p_end : span_offsets(src)[1]]):
                continue  # an outlet or a person passes X's words on: only the conduit
            # a poll, a survey, a filing: its own report is the whole statement it holds
            pieces = [(min(s_start, *(o.content[0] for o in owners)), p_start)]
        content = content_around(text, pieces, longer_than=1)
        if content is None:
            continue
        out.append(
            Attribution(
                kind="indirect",
                content=content[0],
                parts=content[1],
                cue=(tok.idx, to.idx + len(to.text)),
                cue_token=tok.i,
                source=span_offsets(src),
                source_head=pobj.i,
                sentence=(s_start, s_end),
                tense=None,
                labels={"according_to", "relay"} if owners else {"according_to"},
            )
        )
    return out


def _relays_as_record(head: Token, name: str) -> bool:
    """Whether ``according to <name>`` cites a record (a poll, a survey, a court filing) that
    reports the statement before it, rather than a person or an outlet that passed it on."""
    if is_outlet_name(name.strip()) or head.pos_ == "PROPN" or head.pos_ == "PRON":
        return False
    return head.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")


# -- 3. outlets that report another statement ------------------------------------------------


def _fold_outlet_reports(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """``X said Y, The Telegraph reports``: the outlet is the conduit of X's statement; so it
    is of ``X said Y, as The Telegraph reported`` (whose ``as`` clause, an outlet's or not,
    is no part of what X said).

    A report verb that closes its sentence with no clause of its own, whose subject names an
    outlet, relays the other statements of that sentence; it is a statement of its own only
    when nothing else in the sentence is attributed (``Trump joined the summit, Reuters reports``).
    """
    text = doc_text(doc)
    result = list(found)
    for tok in doc:
        relay = _as_relay(tok)
        if not relay and not _tail_report(tok):
            continue
        subj = _relay_outlet(tok) if relay else None
        subj = subj or next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        outlet = canonical_outlet(_phrase(subj)) is not None
        if not outlet and not relay:
            continue
        src = span_offsets(list(subj.subtree))
        clause = (tok.left_edge.i, tok.right_edge.i)
        hosts = [
            a
            for a in result
            if a.cue is not None
            and (a.cue[0] < src[0] or relay)
            and a.cue_token != tok.i
            and not clause[0] <= (a.cue_token or -1) <= clause[1]
            and a.sentence[0] <= tok.idx < a.sentence[1]
            and (a.source is not None or not relay)  # a relay passes on someone's words
        ]
        if not hosts:
            continue
        # the relayed content ends before the outlet (", The Telegraph reports") or before
        # its "as" clause (", as the Telegraph reported")
        cut = doc[clause[0]].idx if relay else src[0]
        for h in hosts:
            if outlet:
                h.conduit = h.conduit or src
            if h.content[0] < cut < h.content[1] + 3 and h.kind != "direct":
                h.content = trim(text, h.content[0], min(h.content[1], cut))
        if outlet:
            result = [a for a in result if a.cue_token != tok.i]
    return result


_RELAYING = frozenset({"report", "say", "write"})


def _as_relay(verb: Token) -> bool:
    """``..., officials said, as the Courier reported.``, ``As first reported by the Courier,
    officials said ...``: an ``as`` clause of reporting beside a statement of its own."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in _RELAYING or verb.tag_ == "VBG":
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return False  # "even as he says his plan works": a report of its own
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    sent = verb.sent
    opens = verb.left_edge.i == sent.start
    closes = all(t.is_punct or t.is_space for t in sent.doc[verb.right_edge.i + 1 : sent.end])
    return opens or closes  # at the sentence's edge, not an aside inside a clause


def _relay_outlet(verb: Token) -> Token | None:
    """The outlet of an ``as`` clause: its subject, or the agent of ``as reported by X``."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


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
