"""Source phrases: where a statement's source begins and ends (run by ``spans.refine_edges``).

A source keeps a restrictive clause that identifies it (``a poll released Monday``, ``a member
who backs her``) and a short quoted title (``host of “Daybreak”``), and drops a floating
quantifier (``both``) and when or in what it spoke (``Ms. Ruiz on Friday``); a subject the
parser hung on the phrase before it as an apposition is still the source.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .attribution import Attribution
from .contents import TIME_WORDS
from .cue_verbs import cue_tokens
from .cues import BELIEF_VERBS, SPEECH_VERBS
from .offsets import Offsets, doc_text, span_offsets
from .quotes import Quote
from .speaker_words import keeps_closing
from .subjects import source_tokens

_QUANTIFIERS = frozenset({"both", "all", "each", "alike"})
_DASHES = frozenset({"-", "–", "—"})
_SPOKEN_IN = frozenset("interview speech statement tweet letter time".split())


def source_phrase(doc: Doc, a: Attribution, qidx: list[int], quotes: list[Quote]) -> Offsets:
    """The source phrase around its head: what identifies the source, not when it spoke."""
    assert a.source is not None
    assert a.source_head is not None
    head = doc[a.source_head]
    if a.source != span_offsets(source_tokens(head, qidx)):
        return a.source  # another rule drew this source (a colon frame, a headline)
    cue = a.cue_token if a.cue_token is not None else -1
    stop = head.right_edge.i + 1
    if head.i < cue < stop:  # "Ada Moss: 'I Will Not Quit'": a parse that hangs the headline on
        stop = cue  # the name; the phrase never runs through its own cue
    for c in head.children:
        if c.i > head.i and _ends_source(c, cue, qidx):
            stop = min(stop, c.left_edge.i)
    toks = [
        t for t in head.subtree if t.i < stop and (qidx[t.i] < 0 or _title_quote(t, qidx, quotes))
    ]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc") and not _closes(toks[-1], toks):
        toks.pop()
    dateline = next(
        (
            i
            for i, t in enumerate(toks[:9])
            if t.text in _DASHES and (i == 0 or toks[i - 1].text == ")")
        ),
        None,
    )
    if dateline is not None:  # "WASHINGTON (Reuters) - Ana Ruiz", "-Ana Ruiz": a dateline, a byline
        toks = toks[dateline + 1 :]
    # "Even the party's hawks say": the focus adverb stresses the source, it does not name it
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc" or toks[0].lower_ == "even"):
        toks.pop(0)
    if not toks:
        return a.source
    start, end = span_offsets(toks)
    split = _split_subject(head, toks[0], qidx)
    if split is not None:  # "Vatican spokesman | the Rev. Ada Moss told": one phrase
        start = split.idx
    text = doc_text(doc)
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        start -= 1  # "the ex-wife of ...": whole words, not "wife of ..."
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        first = next((t for t in doc if t.idx == start), None)
        while first is not None and first.i > 0 and doc[first.i - 1].head.i == first.i:
            first = doc[first.i - 1]  # "The former ex-wife": the words on the word's first part
            start = first.idx
    q = next((q for q in quotes if q.start < end <= q.end), None)
    return (start, q.outer_end) if q is not None and q.outer_start > start else (start, end)


def _split_subject(head: Token, first: Token, qidx: list[int]) -> Token | None:
    """Where a source begins when the parser split its noun phrase into two subjects of one
    verb, the first right before the source or joined to it by "and" (``Vatican spokesman |
    the Rev. Ada Moss told``, ``Kessel News and | anchor Ada Moss have promoted``, ``89% of
    Democrats and | 83% of Republicans endorse``): the guidelines take the whole phrase, a
    compound one with its "and". Not a phrase that ends on punctuation (a quotation, a
    dateline's dash, a colon), quotes, holds a clause (a participle may qualify it: "a
    statement posted on the website"), or is a pronoun."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ == "PRON" or first.tag_ == "WP$":
        return None  # "the party he aims to lead", "the hacker whose work revealed"
    doc = head.doc
    for o in head.head.children:
        if o.dep_ not in ("nsubj", "nsubjpass") or o.i >= head.i or o.pos_ == "PRON":
            continue
        phrase = doc[o.left_edge.i : o.right_edge.i + 1]
        if [t.lower_ for t in doc[phrase.end : first.i]] not in ([], ["and"]):
            continue
        if phrase[-1].is_punct or any(
            qidx[t.i] >= 0 or t.is_quote or (t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN")
            for t in phrase
        ):
            continue
        return phrase[0]
    return None


def _ends_source(c: Token, cue: int, qidx: list[int]) -> bool:
    """Whether the source phrase ends before its head's dependent ``c``."""
    doc = c.doc
    aside = doc[c.left_edge.i - 1].text in (",", "—", "–", "(", ":") if c.left_edge.i > 0 else False
    if c.dep_ in ("relcl", "acl"):
        if c.left_edge.i <= cue <= c.right_edge.i:
            return True  # "a man who said ...": the cue is in the clause
        inner = list(c.subtree)
        if any(t.text == ":" or qidx[t.i] >= 0 for t in inner) or inner[0].lower_ in TIME_WORDS:
            return True  # a headline's quotation, "when asked ..."
        return aside  # "Ms. Ruiz, who chairs the board,": incidental (the guidelines' rule)
    if c.dep_ in ("advmod", "det", "appos") and c.lower_ in _QUANTIFIERS:
        return True
    if c.dep_ == "prep" and c.lower_ in ("in", "during", "on", "at"):
        obj = next((o for o in c.children if o.dep_ == "pobj"), None)
        if obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_ in _SPOKEN_IN):
            return True  # "Ms. Ruiz on Monday", "Ms. Ruiz in an interview"
    return False


def _title_quote(tok: Token, qidx: list[int], quotes: list[Quote]) -> bool:
    """A short quotation inside a source names something: ``host of “Daybreak”``."""
    q = quotes[qidx[tok.i]]
    return len(doc_text(tok.doc)[q.start : q.end].split()) <= 4


def _closes(tok: Token, toks: list[Token]) -> bool:
    """A last mark the phrase keeps (:func:`.speaker_words.keeps_closing`: ``(R-Ohio)``,
    ``42% said``, ``a third of voters, 33%,``), or a closing quotation mark whose opening one
    is in the phrase (``“Daybreak,”``)."""
    if tok.text in (")", "]", "%"):
        return keeps_closing(tok, toks)
    return tok.text in ("”", '"', "''") and any(t.text in ("“", '"', "''") for t in toks[:-1])


def misattached_subject(doc: Doc, a: Attribution, qidx: list[int]) -> None:
    """``At Elm Park, where fees are high, Ada Moss, the club's manager, said ...``: the parser
    hangs the subject on the phrase before it as an apposition; the source is that name."""
    assert a.cue_token is not None
    verb = doc[a.cue_token]
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in verb.children):
        return
    first = min(cue_tokens(verb), key=lambda t: t.i)
    last = first.i - 2 if first.i > 1 and doc[first.i - 1].text == "," else first.i - 1
    if last < 1:
        return
    tok = doc[last]
    while tok.dep_ != "appos" and tok.head.i < tok.i and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "appos" and tok.head.dep_ == "appos":
        tok = tok.head  # "Ada Moss, the club's manager,": the outer apposition is the name
    if tok.dep_ != "appos" or tok.pos_ not in ("PROPN", "NOUN") or qidx[tok.i] >= 0:
        return
    if tok.right_edge.i != last or tok.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return
    if tok.ent_type_ in ("DATE", "TIME"):
        return
    a.source = span_offsets(source_tokens(tok, qidx))
    a.source_head = tok.i
    if a.kind == "unattributed":
        a.kind = "belief" if _is_belief(verb) else "indirect"


def _is_belief(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in BELIEF_VERBS and lemma not in SPEECH_VERBS
