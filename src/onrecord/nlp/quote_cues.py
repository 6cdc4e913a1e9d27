"""Quotations no verb has claimed (rule 4 of :mod:`.attribution`): a cue next to them in
their sentence, else after a colon, else the previous quotation's speaker continues
(:mod:`.continuations`). A quotation of one or two words is a statement only when a tag
stands right by it, or when it is a sentence of its own after the speaker's words (``"A,"
she said. "Big time."``), which goes on her statement."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .attribution import Attribution, verb_attribution
from .colons import colon_frame, verb_before_colon
from .continuations import previous_quote_statement, reported_lead, statements_by_quote
from .cue_verbs import cue_tokens
from .cues import SPEECH_VERBS
from .offsets import Offsets, doc_text, span_offsets
from .participle_nouns import participle_noun
from .quotes import Quote
from .subjects import subject_of

_MIN_DIRECT_WORDS = 3


def quote_attributions(
    doc: Doc,
    quotes: list[Quote],
    qidx: list[int],
    used: set[int],
    found: list[Attribution],
) -> list[Attribution]:
    text = doc_text(doc)
    out: list[Attribution] = []
    by_quote = statements_by_quote(found, quotes)
    for i, q in enumerate(quotes):
        if i in used:
            continue
        words = len(text[q.start : q.end].split())
        short = words < _MIN_DIRECT_WORDS and not q.continued
        verb = _tag_before(doc, q, qidx) if short else None
        alone = False
        cue: list[Token] | None = None
        if verb is None:
            tagged = not short or _opens_tagged(text, q)
            verb = _nearby_cue(doc, q, quotes, i, qidx) if tagged else None
            if verb is None and not short:  # "Hannity interjected: '...'"
                verb = verb_before_colon(doc, q, qidx)
                if verb is not None:  # "went even further": the words up to the colon too
                    mark = next(t for t in doc[verb.i :] if t.text == ":")
                    cue = [*cue_tokens(verb), *doc[verb.i + 1 : mark.i]]
            if short and (verb is None or not _tags(doc, verb, q)):
                # a short quotation is a statement only when tagged right by it, or as the
                # speaker's next words when it stands alone
                verb = None
                alone = _stands_alone(text, q) and not _answers(text, quotes, i)
                if not alone:
                    continue
        if verb is not None:
            sentence = _sentence_of(doc, q.start)
            a = verb_attribution(
                verb,
                subject_of(verb) or participle_noun(verb),  # 'a sign saying "..."'
                sentence,
                qidx,
                kind="direct",
                content=(q.start, q.end),
                cue=cue,
                quote=i,
            )
            conduit = _conduit_for(found, verb)
            if conduit:
                a.conduit = conduit
        elif not alone and (colon := colon_frame(doc, q, qidx)) is not None:
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
            if prev is None and not alone:
                prev = reported_lead(q, doc, found + out)
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


def _opens_tagged(text: str, q: Quote) -> bool:
    """``"Denver," he answered.``: a short quotation that opens its sentence and closes on
    the comma (or ``!``, ``?``) of a speaker's tag; not a scare-quoted word (``a "regional"
    candidate``)."""
    before = text[: q.outer_start].rstrip(" \t")
    opens = not before or before[-1] in "\n.!?:"
    return opens and text[q.start : q.end].rstrip()[-1:] in (",", "!", "?")


def _stands_alone(text: str, q: Quote) -> bool:
    """``"A," she said. "Big time."``: a short quotation that is a sentence of its own, which
    only the speaker before it can have said (it goes on her statement, or on none); not a
    scare-quoted word or a title inside a sentence (``called it "Big Time."``)."""
    before = text[: q.outer_start].rstrip(" \t")
    opens = not before or before[-1] in "\n.!?\"”'’"
    words = text[q.start : q.end].rstrip()
    after = text[q.outer_end :].lstrip(" \t")
    closes = words[-1:] in (".", "!", "?") and (not after or after[0] == "\n" or after[0].isupper())
    return opens and closes


def _answers(text: str, quotes: list[Quote], i: int) -> bool:
    """The quotation before the ``i``-th asks a question: a short reply to it (``"Or do we
    give up?" "No!"``) is someone else's."""
    return i > 0 and text[quotes[i - 1].start : quotes[i - 1].end].rstrip()[-1:] == "?"


def _tag_before(doc: Doc, q: Quote, qidx: list[int]) -> Token | None:
    """``Wallace then asked, “With nukes?”``: the speech verb of a tag that a comma or colon
    joins to a short quotation closing the sentence (not ``called it a “hoax”``)."""
    text = doc_text(doc)
    before = text[: q.outer_start].rstrip(" \t")
    if not before.endswith((",", ":")):
        return None
    after = text[q.outer_end :].lstrip(" \t")
    closes = text[q.start : q.end].rstrip()[-1:] in (".", "?", "!")
    if not (closes or not after or after[0] in ".?!\n"):
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    verb = doc[span.start - 1]
    for _ in range(2):  # "asked loudly,"
        if verb.pos_ == "ADV" and verb.i > 0:
            verb = doc[verb.i - 1]
    if qidx[verb.i] >= 0 or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ in ("relcl", "acl"):
        return None  # "the song she wrote, “Rivers.”": a title the clause describes
    return verb if verb.lemma_.lower() in SPEECH_VERBS else None


def _tags(doc: Doc, verb: Token, q: Quote) -> bool:
    """Whether ``verb`` is the tag's verb: within the few words after the quotation."""
    return q.outer_end <= verb.idx and len(doc_text(doc)[q.outer_end : verb.idx].split()) <= 3


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
    candidates = [
        t
        for t in _tokens_between(doc, q.outer_end, after_limit)
        if qidx[t.i] < 0 and not _reports_its_own(t, q, qidx) and not _opens_next(t, q, nxt)
    ]
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
        if qidx[t.i] < 0 and t.dep_ != "relcl" and not _describes_speaker(t, q)
    ]
    verb = _first_speech_verb(list(reversed(candidates)))
    if verb is not None:
        other = _other_tag(doc, q)
        if other is None or other.i < verb.i or _reported_by(other, verb):
            return verb
        return None  # "..., the crowd chanted, “...”": the words of the clause right before
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


def _reports_its_own(verb: Token, q: Quote, qidx: list[int]) -> bool:
    """A verb of the sentence after the quotation that reports a clause of its own (``"A."
    He said, twice, that ...``), or heads a subordinate clause (``"A." While critics welcomed
    the plan, ...``), is no tag of the quotation before it, which the speaker before may go
    on."""
    if verb.sent.start_char < q.outer_end:
        return False
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        return True  # "South Carolina, he said, was ...": an aside in the clause it reports
    if verb.dep_ in ("advcl", "relcl") and any(c.dep_ == "mark" for c in verb.children):
        return True  # "“A.” While critics welcomed the plan, ...": a clause the next one frames
    return any(
        c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and qidx[c.i] < 0 for c in verb.children
    )


def _other_tag(doc: Doc, q: Quote) -> Token | None:
    """The verb of a clause with a subject of its own that a comma or colon joins to the
    quotation (``..., the crowd chanted, “Lock her up!”``, ``..., Vela shot back, “...”``):
    the quotation is its words, whatever verb it is, and no speech verb earlier in the
    sentence tags it (``Ruiz criticized the plan, and the crowd chanted, “...”``)."""
    text = doc_text(doc)
    before = text[: q.outer_start].rstrip(" \t")
    if not before.endswith((",", ":")):
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    verb = doc[span.start - 1]
    for _ in range(2):  # "shot back,", "chanted loudly,"
        if verb.dep_ in _VERB_GROUP and verb.head.i < verb.i:
            verb = verb.head
    if verb.pos_ != "VERB" or verb.dep_ in ("relcl", "acl", "amod"):
        return None  # not "her motto was, “...”": a saying the verb before may report
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None
    return verb


def _reported_by(clause: Token, verb: Token) -> bool:
    """``clause`` lies in what ``verb`` reports (``said the vote was close, “...”``): the
    verb is reached from it up the parse without a coordinated clause between."""
    tok = clause
    while tok.i != verb.i:
        if tok.dep_ == "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


# What may stand between a tag's verb and the colon it ends on: "added:", "went on:", "said
# again:", "wrote back:".
_VERB_GROUP = frozenset({"prt", "advmod", "npadvmod"})


def _opens_next(verb: Token, q: Quote, nxt: int) -> bool:
    """``"A." Ruiz added: "B."``: a tag after a quotation that closes its sentence, whose colon
    opens the next quotation, introduces that one; the quotation before is no part of it (the
    previous speaker's may go on it, :mod:`.continuations`). Not a tag set between the two
    halves of one sentence (``"A," she said: "B."``)."""
    doc = verb.doc
    text = doc_text(doc)
    if not text[q.start : q.end].rstrip().endswith((".", "?", "!")):
        return False
    j = verb.i + 1
    while (
        j < len(doc) and j - verb.i <= 2 and doc[j].head.i == verb.i and doc[j].dep_ in _VERB_GROUP
    ):
        j += 1
    if j >= len(doc) or doc[j].text != ":":
        return False
    colon = doc[j]
    return colon.idx < nxt and not text[colon.idx + 1 : nxt].strip()


def _describes_speaker(verb: Token, q: Quote) -> bool:
    """The quotation lies in the verb's own subject (``said Ana Ruiz, a nurse who waited in a
    "very long line"``): the writer's words about the speaker, not what she said."""
    subj = subject_of(verb)
    if subj is None or subj.idx >= q.outer_start:
        return False  # not a subject the parse found in the quotation itself
    return subj.left_edge.idx <= q.start < subj.right_edge.idx


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
