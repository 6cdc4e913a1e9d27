"""Span edges: where a statement's content and its source phrase begin and end.

The rules that find statements (``attribution``, ``stances``) choose the tokens; this pass, run
once on all they found, moves the edges where the parse cuts a phrase short or runs it on, to
where a reader (and PolNeAR's annotators, see ``docs/evaluation.md``) draws them:

* a verb that reports a clause does not also introduce a quotation before that clause
  (``praised “the plan,” saying the city was ready``: the content is the clause);
* a content never starts or ends inside a quotation: the quoted words stay whole;
* one word of the clause in front of a quotation (``said Vance “has the votes”``, ``says it’s
  “reckless”``), or a subject opening the sentence before a quotation its cue follows
  (``Voters “want change,” she said``), makes the statement mixed: the clause is the content,
  not the bare quotation; so does a determiner or possessor whose noun the quotation holds
  (``Vell's “claim that ...”``, ``The “question of ...”``): the phrase starts there;
* a content wholly before its cue starts past a linking adverb that opens the sentence
  (``Still, the ferry lost money, she said``: the writer's joint; ``connectives``);
* a clause with its own subject that the parser coordinated with the cue verb (``said the vote
  was fair, but the count is not over``) continues the content;
* a clause completing a noun keeps the noun (``responded to reports that ...``), unless the
  noun is how it was said (``said in a statement that ...``);
* a stance verb's content keeps what completes its object (``faulted the mayor for the
  delay``) but not when or where it was said;
* a source keeps a restrictive clause that identifies it (``a poll released Monday``, ``a
  member who backs her``) and a short quoted title (``host of “Daybreak”``), and drops a
  floating quantifier (``both``) and when or in what it spoke (``Ms. Ruiz on Friday``);
* a subject the parser hung on the phrase before it as an apposition is still the source
  (the source rules live in ``source_spans``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .attribution import Attribution
from .conjuncts import through_stranded_conjuncts
from .connectives import past_opening_link
from .contents import (
    MEDIA,
    TIME_WORDS,
    past_open_end,
    through_final_abbreviation,
    without_closing_setting,
)
from .cue_verbs import is_cue_verb
from .offsets import Offsets, doc_text, trim
from .passive_subjects import with_passive_subject
from .quotes import Quote
from .reduced_relatives import with_reduced_relative_noun
from .relative_words import with_relative_word
from .source_spans import misattached_subject, source_phrase
from .tails import cut_at_reporting_participle, without_closing_aside


def refine_edges(
    doc: Doc, found: list[Attribution], quotes: list[Quote], qidx: list[int]
) -> list[Attribution]:
    """Adjust the content and source edges of ``found`` in place; returns ``found``."""
    text = doc_text(doc)
    found = _one_content_per_verb(found)
    cues = frozenset(a.cue_token for a in found if a.cue_token is not None)
    for a in found:
        if a.kind != "direct" and a.cue_token is not None:
            if "stance" in a.labels:
                if "attitude" not in a.labels:  # "so opposed to X that ...": X alone
                    a.content = _stance_object(doc, a, text)
                a.content = cut_at_reporting_participle(doc, a)  # tails.py
            elif not a.labels and a.quote is None:
                a.content = _with_clause_after(doc, a, text, _next_clause(text))
                a.content = _with_clause_after(doc, a, text, _trailing_clause(text))
            a.content = _with_noun(doc, a)
            # "pledged to cut taxes, fix the schools": the parse's conjunct (conjuncts.py)
            a.content = through_stranded_conjuncts(doc, a, text, cues - {a.cue_token})
            a.content = _without_lead_date(doc, a, text)
            a.content = without_closing_aside(doc, a, text)
            a.content = without_closing_setting(doc, a.content, text)
            a.content = past_open_end(doc, a.content, text, doc[a.cue_token])
            a.content = through_final_abbreviation(doc, a.content, text)
            # "Still, the ferry lost money, she said": the link is the writer's (connectives.py)
            a.content = past_opening_link(doc, a.content, a.cue_token)
            # "Ruiz was declared the winner": the subject opens the content (passive_subjects.py)
            with_passive_subject(doc, a, text)
            # "which Ruiz said was a mistake": the relative word too (relative_words.py)
            with_relative_word(doc, a, text)
            # "the questions she preferred not to answer": the noun too (reduced_relatives.py)
            with_reduced_relative_noun(doc, a, text)
        if a.kind != "direct":
            a.content = _whole_quotes(a.content, quotes)
            a.parts = tuple(_whole_quotes(p, quotes) for p in a.parts)
        else:
            _lead_word(doc, a, quotes)
        _around_own_cue(doc, a, text)
        if a.kind != "direct":
            a.content = _paired(text, a.content)
            a.parts = tuple(_paired(text, p) for p in a.parts)
        if a.source is None and a.cue_token is not None and not a.labels:
            misattached_subject(doc, a, qidx)  # source_spans.py
        if a.source is not None and a.source_head is not None:
            a.source = source_phrase(doc, a, qidx, quotes)
    return _drop_inside(found)


def _one_content_per_verb(found: list[Attribution]) -> list[Attribution]:
    """A verb whose clause is its content does not also introduce a quotation outside it:
    ``who praised “the plan,” saying the city was ready`` reports the clause after "saying";
    the quoted words before it are the writer's, or another statement's."""
    clauses: dict[int | None, Offsets] = {
        a.cue_token: a.content
        for a in found
        if a.cue_token is not None and a.quote is None and a.kind != "direct"
    }
    out = []
    for a in found:
        content = clauses.get(a.cue_token) if a.quote is not None and not a.labels else None
        if content is not None and a.content[1] <= content[0]:
            continue
        out.append(a)
    return out


def _drop_inside(found: list[Attribution]) -> list[Attribution]:
    """Drop a statement whose content lies inside another's with the same cue (a quotation
    the widened content of its verb now covers)."""

    def inside(a: Attribution) -> bool:
        return a.cue_token is not None and any(
            b.cue_token == a.cue_token
            and b.content != a.content
            and b.content[0] <= a.content[0]
            and a.content[1] <= b.content[1]
            for b in found
        )

    return [a for a in found if not inside(a)]


# -- contents ------------------------------------------------------------------------------


def _whole_quotes(content: Offsets, quotes: list[Quote]) -> Offsets:
    """Extend a content that starts or ends inside a quotation to the quotation's marks."""
    start, end = content
    for q in quotes:
        if q.start < end <= q.end:
            end = q.outer_end
        if q.start <= start < q.end:
            start = q.outer_start  # at its first word too: the opening mark the parse left out
    return start, end


_COMPLEMENTIZERS = frozenset({"that", "if", "whether", "of", "about", "on"})


# A verb's clitic written onto its subject: "it’s", "they're", "I'm".
_CLITICS = frozenset("'s ’s 're ’re 'm ’m".split())
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_MAX_FRONT_WORDS = 3


def _lead_word(doc: Doc, a: Attribution, quotes: list[Quote]) -> None:
    """``said Ms. Vance “has the votes”``, ``says it’s “reckless”``: the clause's own word in
    front makes it mixed; so does a subject that opens the sentence before a quotation its cue
    follows (``Voters “want change,” she said``): the quotation finishes the subject's clause."""
    if a.quote is None or a.cue_token is None or a.labels or a.parts:
        return
    q = quotes[a.quote]
    verb = doc[a.cue_token]
    span = doc.char_span(q.outer_start, q.outer_start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return
    opener = _phrase_opener(doc, span.start, q, verb)
    if opener is not None:  # "Trump's “assertion that ...”": the phrase the quotation ends
        a.kind = "mixed"
        a.content = (opener.idx, q.outer_end)
        return
    if verb.idx > q.outer_start:
        _fronted_subject(doc, a, q, span.start)
        return
    word = doc[span.start - 1]
    if _is_clitic(word) and word.i > 0 and not doc[word.i - 1].whitespace_:
        word = doc[word.i - 1]  # "it’s": the subject the clitic leans on
    if word.i <= verb.i or word.lower_ in _COMPLEMENTIZERS or not word.is_alpha:
        return
    if not any(t.i == word.i for t in verb.subtree):
        return
    a.kind = "mixed"
    a.content = (word.idx, q.outer_end)


def _phrase_opener(doc: Doc, opening: int, q: Quote, verb: Token) -> Token | None:
    """The first word of a noun phrase that a quotation finishes: a determiner or a possessor
    right before the opening mark whose noun is quoted (``Trump's “assertion that ...”``, ``The
    “question of how ...”``). The quoted words complete the phrase, so they are not a quotation
    on their own; not the words of the cue (``said the “reform” ...`` is a clause of its own)."""
    word = doc[opening - 1]
    if word.tag_ == "POS" and word.i > 0:
        word = doc[word.i - 1]  # "Trump's": the possessor
        if word.dep_ != "poss":
            return None
    elif word.dep_ != "det":
        return None
    if not q.start <= word.head.idx < q.end:
        return None
    if (
        word.head.head.i == verb.i
        and word.head.dep_ in ("dobj", "dative")
        and verb.lemma_ == "tell"
    ):
        return None  # "told ABC's “Good Morning America”": the one told, not what was said
    first = word.left_edge
    if first.i <= verb.i <= word.i or any(
        t.is_punct or t.i == verb.i for t in doc[first.i : word.i]
    ):
        return None
    return first


def _is_clitic(tok: Token) -> bool:
    """A verb written onto the pronoun before it (``it’s``), not a possessive (``NBC's``)."""
    host = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.lower_ in _CLITICS and tok.tag_ != "POS" and host is not None and host.pos_ == "PRON"


def _fronted_subject(doc: Doc, a: Attribution, q: Quote, opening: int) -> None:
    """``Voters “want change,” she said``: the words from the sentence's start to the quotation
    are a subject (and its verb: ``They have “a plan,”``) the quoted words complete, so the
    content is the clause. Not a connective (``But “...,” he said``) nor a phrase set off by a
    comma (``In Ohio, “...”``)."""
    lead = [t for t in doc[doc[opening].sent.start : opening] if not t.is_space]
    if not 1 <= len(lead) <= _MAX_FRONT_WORDS:
        return
    if any(not (t.is_alpha or _is_clitic(t)) or t.i == a.cue_token for t in lead):
        return
    if not any(t.dep_ in _SUBJECTS and t.pos_ in ("NOUN", "PROPN", "PRON") for t in lead):
        return
    a.kind = "mixed"
    a.content = (lead[0].idx, q.outer_end)


def _with_clause_after(
    doc: Doc, a: Attribution, text: str, continues: Callable[[Token, int], bool]
) -> Offsets:
    """``a``'s content run on through the first clause the parse hung on its cue verb after
    the content that ``continues`` it (given the clause and the content's end)."""
    assert a.cue_token is not None
    verb = doc[a.cue_token]
    start, end = a.content
    if verb.idx > start:
        return start, end
    for c in verb.children:
        if continues(c, end):
            return start, trim(text, start, c.right_edge.idx + len(c.right_edge.text))[1]
    return start, end


def _next_clause(text: str) -> Callable[[Token, int], bool]:
    """``said the vote was fair, but the count is not over``: a clause with its own subject
    that the parser coordinated with the cue verb continues the content."""

    def continues(c: Token, end: int) -> bool:
        if c.dep_ != "conj" or c.idx < end or c.pos_ not in ("VERB", "AUX"):
            return False
        if not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children):
            return False
        return not is_cue_verb(c) and len(text[end : c.left_edge.idx].split()) <= 2

    return continues


# Words that open a closing clause of the writer's own: a scene or a time set beside the
# report ("..., even as protesters gathered outside", "..., after the vote was counted").
_WRITERS_MARKS = frozenset("even after before as when".split())


def _trailing_clause(text: str) -> Callable[[Token, int], bool]:
    """``found that X, although Y``: a closing clause set off by a comma that the parse hung on
    the cue verb, not on the clause it qualifies, still belongs to what was reported."""

    def continues(c: Token, end: int) -> bool:
        if c.dep_ not in ("advcl", "prep") or c.left_edge.idx < end:
            return False
        comma = c.doc[c.left_edge.i - 1]
        if comma.text != "," or text[end : comma.idx].strip():
            return False  # only a comma between the content and the clause
        if c.right_edge.i < c.head.sent.end - 2:
            return False  # the clause closes the sentence
        if c.tag_ == "VBG" or (c.dep_ == "prep" and is_setting(c)):
            return False  # ", citing ...", ", in a statement": the saying's, not the content's
        if c.left_edge.lower_ in _WRITERS_MARKS:
            return False  # ", even as protesters gathered": the writer's scene, not the claim
        return not any(is_cue_verb(t) for t in c.subtree)  # ", as aides have said": a report

    return continues


def _without_lead_date(doc: Doc, a: Attribution, text: str) -> Offsets:
    """``said on Monday the ferries would run``: the day belongs to the saying."""
    first = _first_token(doc, a)
    if first is None or first.dep_ != "prep" or first.i == 0 or not is_setting(first):
        return a.content
    if a.cue_token is None or doc[first.i - 1].i != a.cue_token or first.lower_ in _TIME_WORDS:
        return a.content
    nxt = first.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].idx >= a.content[1]:
        return a.content
    return trim(text, doc[nxt].idx, a.content[1])


def _first_token(doc: Doc, a: Attribution) -> Token | None:
    span = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _with_noun(doc: Doc, a: Attribution) -> Offsets:
    """``responded to reports that ...``: a clause that completes a noun keeps the noun; not
    the noun of an occasion (``told reporters after the vote that ...``), which the parse
    may give the clause."""
    first = _first_token(doc, a)
    if a.cue_token is None or first is None or first.i < 2:
        return a.content
    that = doc[first.i - 1]
    if that.lower_ != "that" or that.dep_ != "mark":
        return a.content
    clause = that.head
    noun = clause.head
    if clause.dep_ not in ("acl", "ccomp", "appos") or noun.pos_ != "NOUN" or noun.i >= that.i:
        return a.content
    if noun.lemma_.lower() in _MEDIA:
        return a.content  # "said in a statement that ...": the statement is how, not what
    if a.cue is not None and a.cue[0] <= noun.idx < a.cue[1]:
        return a.content  # "made the case that ...": the noun is the cue's (noun_clauses.py)
    verb = doc[a.cue_token]
    top = noun.head if noun.dep_ == "pobj" else noun
    if top.head.i != verb.i or top.i < verb.i:
        return a.content
    if top.dep_ == "prep" and is_setting(top):
        return a.content  # "told reporters after Thursday's vote that ...": when, not what
    start = top if top.dep_ == "prep" and top.lower_ == "to" else noun.left_edge
    return start.idx, a.content[1]


def _around_own_cue(doc: Doc, a: Attribution, text: str) -> None:
    """A content is never its own cue: one that holds it is split around it, as the guidelines
    split it. ``a rule which officials said will start in May``: the relative word and the rest
    (``which`` + ``will start in May``), its source left out; ``Ana was reportedly at the
    talks``: the words on both sides. A fronted ``As the Courier reported, ...`` is no part of
    what is reported: the content is the clause after it, the connective before it
    (``But,``) left out too."""
    if a.cue is None or a.cue_token is None or a.parts:
        return
    start, end = a.content
    if not start <= a.cue[0] < a.cue[1] <= end:
        return
    verb = doc[a.cue_token]
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        after = verb.right_edge.i + 1
        if after < len(doc) and doc[after].idx < end:
            a.content = trim(text, doc[after].idx, end)
        return
    stop = a.cue[0]
    if a.source is not None and start <= a.source[0] < stop:
        stop = a.source[0]
    pieces = [trim(text, start, stop), trim(text, a.cue[1], end)]
    parts = tuple(p for p in pieces if p[1] > p[0])
    a.content = (parts[0][0], parts[-1][1]) if parts else a.content
    a.parts = parts if len(parts) > 1 else ()


def _paired(text: str, span: Offsets) -> Offsets:
    """A content that closes a parenthesis it did not open (``(As the Courier reported, Vale
    backed the plan.)``) ends before it, the period inside included: the pair is the writer's;
    one that opens a parenthesis it does not close ends after it when it closes right after
    (``Chris Dodd (D-Conn.``), else before it (``fined over the fees (the size of``): the
    parse ran on into the writer's aside."""
    start, end = span
    seg = text[start:end]
    if seg.endswith(")") and seg.count(")") > seg.count("("):
        return trim(text, start, end - 1)
    if seg.count("(") > seg.count(")") and seg.rfind("(") > 0:
        close = text.find(")", end, end + 8)
        if close >= 0 and "(" not in text[end:close]:
            return start, close + 1
        return trim(text, start, start + seg.rfind("("))
    return span


# What follows a stance verb's object without completing it.
_NOT_COMPLEMENTS = frozenset({"conj", "cc", "punct", "npadvmod", "parataxis"})


def _stance_object(doc: Doc, a: Attribution, text: str) -> Offsets:
    """``faulted the mayor for the delay``: the object and what completes it, up to the end
    of the verb phrase (a coordinated verb or a closing aside after a comma stays out)."""
    start, end = a.content
    if a.cue_token is None:
        return start, end
    verb = doc[a.cue_token]
    last = None
    for c in verb.children:
        if c.i <= verb.i or c.dep_ in _NOT_COMPLEMENTS:
            continue
        if c.dep_ in ("advcl", "prep") and doc[c.left_edge.i - 1].text in (",", "—", "–"):
            continue
        if c.dep_ == "advcl" and (c.tag_ == "VBG" or _marker(c) in _TIME_WORDS):
            continue  # "..., telling reporters", "as the vote neared"
        if c.ent_type_ in ("DATE", "TIME") or (c.dep_ == "prep" and is_setting(c)):
            continue
        if last is None or c.right_edge.i > last.i:
            last = c.right_edge
    if last is None:
        return start, end
    new_end = trim(text, start, last.idx + len(last.text))[1]
    return (start, new_end) if new_end > end else (start, end)


_TIME_WORDS = TIME_WORDS
_MEDIA = MEDIA


def _marker(clause: Token) -> str:
    mark = next(
        (c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i), None
    )
    return mark.lower_ if mark is not None else ""


def is_setting(prep: Token) -> bool:
    """``on Monday``, ``in a tweet``, ``after the vote``: when, where or how, not what."""
    if prep.lower_ in _TIME_WORDS and prep.lower_ != "as":  # "described it as a mistake"
        return True
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    return obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in _MEDIA
