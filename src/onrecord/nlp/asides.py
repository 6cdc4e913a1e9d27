"""Cues set beside the clause they report, rather than governing it.

* ``The industry, she said, is doing better``: an aside inside the clause (a parenthetical).
* ``Sanders will stay in the race, his top aide told the Courier.``: a clause with its own
  subject closing the sentence, whose content is all before it.
* ``As the Courier reported, the bridge is unsafe``: a fronted ``as`` clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .attribution import Attribution, Kind, verb_attribution
from .contents import without_next_opening
from .cue_verbs import cue_tokens, is_cue_verb
from .cues import ADDRESSEE_VERBS, BELIEF_VERBS, SPEECH_VERBS, is_speech_verb
from .idioms import discourse_idiom
from .offsets import doc_text, span_offsets, trim
from .subjects import subject_of


def parentheticals(
    sent: Span, qidx: list[int], used_quotes: set[int], found: list[Attribution]
) -> list[Attribution]:
    """``The industry, she said, is doing better``: a cue set inside the clause it reports.

    The content is the host clause around the aside, in one or two parts.
    """
    text = doc_text(sent.doc)
    taken = {a.cue_token for a in found}
    out: list[Attribution] = []
    for tok in sent:
        if tok.dep_ != "parataxis" or tok.i in taken or qidx[tok.i] >= 0:
            continue
        host = tok.head
        if not is_cue_verb(tok) or host.pos_ not in ("VERB", "AUX") or host.i < tok.i - 12:
            continue
        subj = subject_of(tok)
        if subj is None or subj.head.i != tok.i:
            continue
        # the aside opens at its subject: "Voters, Ruiz said, ..." (a parse may hang "Voters" on it)
        first = subj.left_edge.i if subj.i < tok.i else _inverted_start(tok, qidx)
        aside = range(first, tok.right_edge.i + 1)
        host_toks = [t for t in host.subtree if t.i not in aside]
        left = [t for t in host_toks if t.i < aside.start and not t.is_punct]
        left = left or _clause_before(sent, first, qidx)
        if all(t.dep_ == "cc" or t.is_punct for t in left):
            left = []  # "And, she said, ...": the conjunction joins the sentence, it is not said
        after = [t for t in host_toks if t.i >= aside.stop]
        right = without_next_opening(after, qidx)
        host_toks = host_toks[: len(host_toks) - (len(after) - len(right))]
        parts = tuple(
            p for p in (trim(text, *span_offsets(g)) for g in (left, right) if g) if p[1] - p[0] > 1
        )
        if not parts or not right:
            continue
        inside = {qidx[t.i] for t in host_toks if qidx[t.i] >= 0}
        used_quotes.update(inside)
        out.append(
            verb_attribution(
                tok,
                subj,
                (sent.start_char, sent.end_char),
                qidx,
                kind=_kind_of(tok, bool(inside)),
                content=(parts[0][0], parts[-1][1]),
                parts=parts if len(parts) > 1 else (),
                label="parenthetical",
            )
        )
    return out


def _inverted_start(verb: Token, qidx: list[int]) -> int:
    """Where an aside whose subject follows its verb opens (``"The risk," said Ann Ruiz, an
    economist, "is ..."``): at the verb, past the quoted stretch before it that the parse may
    hang on the verb; that stretch is the first part of what was said, not of the aside. So
    is a subject the parse gave the verb before it when its speaker follows it."""
    if any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return verb.i  # "The bridge, said Ana Ruiz, would close": the bridge is the clause's
    first = verb.left_edge.i
    doc = verb.doc
    while first < verb.i and (qidx[first] >= 0 or doc[first].is_punct):
        first += 1
    return first


# Marks that open the clause an aside is set in: "... - all of whom, she said, ...".
_CLAUSE_OPENERS = frozenset({";", ":", "—", "–", "-", "--", "("})


def _clause_before(sent: Span, first: int, qidx: list[int]) -> list[Token]:
    """The words of the clause before an aside when the parse hung them elsewhere (``It's a
    bargain, they say, that will pay for itself``): back to the sentence's start or to a mark
    that opens the clause; none when a quotation is among them (its own statement)."""
    words: list[Token] = []
    for t in reversed(sent[: first - sent.start]):
        if t.text in _CLAUSE_OPENERS:
            break
        if qidx[t.i] >= 0:
            return []
        words.insert(0, t)
    return words


def trailing_cues(
    sent: Span, qidx: list[int], used_quotes: set[int], found: list[Attribution]
) -> list[Attribution]:
    """``X will stay in the race, his aide told the Courier.``, ``As the Courier reported, X``.

    A reporting verb with its own subject that the parser hung off the clause it reports
    (as a conjunct, an aside or an ``as`` clause): the content is the rest of the sentence.
    """
    text = doc_text(sent.doc)
    taken = {a.cue_token for a in found}
    out: list[Attribution] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in taken or qidx[tok.i] >= 0:
            continue
        put_it = _puts_it(tok)  # "As Ruiz put it, ...": "put" reports only in this frame
        if not put_it and (not is_speech_verb(tok.lemma_) or discourse_idiom(tok)):
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
            continue
        # the subject next to the verb: a misparse may hang the clause's own subject on it too
        subj = max(
            (c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i),
            key=lambda c: c.i,
            default=None,
        )
        passive = _passive_as_report(tok) if subj is None else None
        if passive is not None:
            subj = passive  # "as reported by the Courier": the agent reports
        if subj is None or qidx[subj.i] >= 0:
            continue
        if put_it:
            content = _as_content(tok, subj, objects=False)
        elif passive is not None:
            content = _as_content(tok, subj)
        else:
            content = _trailing_content(tok, subj, sent) or _as_content(tok, subj)
        if not content or (not put_it and _wraps_a_report(tok, content, found + out)):
            continue
        provisional = not put_it and _as_around(tok)
        if not put_it and all(qidx[t.i] >= 0 or t.is_punct for t in content):
            continue  # a quotation alone: the quotation rules attribute it
        start, end = trim(text, *span_offsets(content))
        if end - start < 8:
            continue
        inside = {qidx[t.i] for t in content if qidx[t.i] >= 0}
        used_quotes.update(inside)
        out.append(
            verb_attribution(
                tok,
                subj,
                (sent.start_char, sent.end_char),
                qidx,
                kind=_kind_of(tok, bool(inside)),
                content=(start, end),
                cue=[*cue_tokens(tok), tok.doc[tok.i + 1]] if put_it else None,
                label="trailing",
            )
        )
        if provisional:
            out[-1].labels.add(_PROVISIONAL)
    evidence = _closing_evidence(sent, qidx, taken)
    if evidence is not None:
        out.append(evidence)
    return out


# "..., state records show.": verbs by which documents and data report, in the forms that close
# a sentence (the parser often takes the last word for a noun: "records show" as one phrase).
_EVIDENCE_FORMS = frozenset(
    "show shows showed indicate indicates indicated suggest suggests suggested".split()
)
# what can show something: records and data, not "the annual auto show"
_EVIDENCE_NOUNS = frozenset(
    "record poll survey data filing document figure statistic number analysis study review "
    "report audit estimate census tally log email message transcript footage video photo "
    "image test result finding record".split()
)
_SOURCE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ", "PART", "PUNCT"})


def _closing_evidence(sent: Span, qidx: list[int], taken: set[int | None]) -> Attribution | None:
    """``Turnout fell by a third, state records show.``: a noun phrase and a verb of evidence
    after the sentence's last comma, closing it. The noun phrase is the source, the sentence
    before the comma the content (the parse rarely sees the clause: the verb is often tagged
    as a noun)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < 6:
        return None
    cue = words[-1]
    if cue.lower_ not in _EVIDENCE_FORMS or cue.i in taken or qidx[cue.i] >= 0:
        return None
    comma = next((t for t in reversed(sent[: cue.i - sent.start]) if t.text == ","), None)
    if comma is None or not 1 <= cue.i - comma.i - 1 <= 10:
        return None
    source = list(sent.doc[comma.i + 1 : cue.i])
    if any(qidx[t.i] >= 0 for t in source):
        return None
    heads = [t for t in source if t.pos_ in ("NOUN", "PROPN")]
    # "records compiled by the center", "fundraising documents"
    participles = [
        t for t in source if t.tag_ == "VBN" or (t.tag_ == "VBG" and t.i == t.head.i - 1)
    ]
    if not heads or heads[0].i > comma.i + 4:
        return None  # the phrase starts with its noun: "state records", "the campaign's filings"
    if any(t.pos_ not in _SOURCE_POS and t not in participles for t in source):
        return None
    text = doc_text(sent.doc)
    start, end = trim(text, *span_offsets([t for t in sent if t.i < comma.i]))
    if end - start < 8:
        return None
    # the phrase's noun: the last before a participle's agent ("records compiled by X")
    after = next((t.i for t in participles if t.tag_ == "VBN"), cue.i)
    head = max((h for h in heads if h.i < after), key=lambda t: t.i, default=heads[-1])
    if head.lemma_.lower() not in _EVIDENCE_NOUNS or source[-1].pos_ in ("DET", "ADP", "PART"):
        return None  # not "..., the city's biggest fashion show."
    return Attribution(
        kind="indirect",
        content=(start, end),
        cue=span_offsets([cue]),
        cue_token=cue.i,
        source=span_offsets(source),
        source_head=head.i,
        sentence=(sent.start_char, sent.end_char),
        tense="past" if cue.lower_.endswith("ed") else "present",
        labels={"trailing"},
    )


def _trailing_content(verb: Token, subj: Token, sent: Span) -> list[Token]:
    """The sentence before ``, X told Y.`` when the cue's clause closes the sentence."""
    # (an advcl too: the parse may take "..., she said." for a clause of the sentence's verb)
    if verb.dep_ not in ("conj", "parataxis", "advcl") or verb.head.i > verb.i:
        return []
    comma = subj.left_edge.i - 1
    if comma <= sent.start or sent.doc[comma].text not in (",", "—", "–"):
        return []
    rest = [t for t in sent if t.i > verb.i and not (t.is_punct or t.is_space)]
    if any(t.i > verb.right_edge.i for t in rest):
        return []  # the sentence goes on after the cue's clause
    return [t for t in sent if t.i < comma]


def _puts_it(verb: Token) -> bool:
    """``As Ruiz put it, ...``: "put it" in an ``as`` clause is a cue like "said"."""
    doc = verb.doc
    return (
        verb.lemma_.lower() == "put"
        and verb.dep_ == "advcl"
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].lower_ == "it"
        and doc[verb.i + 1].dep_ == "dobj"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(
            c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in _PLACING) for c in verb.children
        )  # "As Ruiz put it on the shelf, ...": placed, not worded
    )


_PLACING = frozenset("on onto into under over behind beside near at away back down".split())


def _as_content(verb: Token, subj: Token, *, objects: bool = True) -> list[Token]:
    """The clause an ``As X reported,`` clause is fronted to, or that ``, as X reported.``
    closes (``objects=False``: the verb's object is part of its cue, as "it" in ``As X put
    it,``)."""
    if verb.dep_ != "advcl":
        return []
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i > min(subj.i, verb.i):
        return []
    if verb.head.i < verb.i and not _closes_as_report(verb, mark):
        return []
    if (
        objects
        and verb.lemma_.lower() not in ADDRESSEE_VERBS
        and any(c.dep_ == "dobj" for c in verb.children)
    ):
        return []  # "As Ruiz denounced the plan, ...": the plan is what she denounced
    aside = range(verb.left_edge.i, verb.right_edge.i + 1)
    if verb.head.i < verb.i:  # closing: what comes before it
        return [t for t in verb.head.subtree if t.i < aside.start]
    return [t for t in verb.head.subtree if t.i not in aside]


# Verbs whose closing ``as`` clause reports the clause before it: ", as the Courier reported."
# (not ", as Ruiz spoke", when it happened).
_AS_REPORTING = frozenset(
    "report note write say predict explain reveal disclose confirm acknowledge admit argue".split()
)
# The paper's own voice: ", as we reported Monday" reports nobody else's words.
_WRITERS = frozenset({"we", "i"})


def _closes_as_report(verb: Token, mark: Token) -> bool:
    """``The bridge is unsafe, as the Courier reported.``: an ``as`` clause of a reporting
    verb, set off by a comma, that ends the sentence; not one of its time (``, as Ruiz was
    explaining``) nor the paper's own (``, as we reported``)."""
    doc = verb.doc
    if verb.lemma_.lower() not in _AS_REPORTING or mark.i == 0 or doc[mark.i - 1].text != ",":
        return False
    if verb.tag_ == "VBG" or any(c.lower_ in _WRITERS for c in verb.children):
        return False
    rest = doc[verb.right_edge.i + 1 : verb.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _passive_as_report(verb: Token) -> Token | None:
    """``As first reported by the Courier, ...``: the agent, the source of a passive ``as``
    clause with no subject (not ``as written by``: its author)."""
    lemma = verb.lemma_.lower()
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or lemma not in _AS_REPORTING - {"write"}:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _as_around(verb: Token) -> bool:
    """An ``as`` clause of reporting that closes its clause or has no subject (``, as the
    Courier reported``, ``As first reported by the Courier,``): it relays a statement of its
    clause when there is one, and reports the clause itself when there is none."""
    closing = verb.head.i < verb.i
    passive = not any(c.dep_ == "nsubj" for c in verb.children)
    return (
        (closing or passive)
        and verb.lemma_.lower() in _AS_REPORTING
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def _wraps_a_report(verb: Token, content: list[Token], found: list[Attribution]) -> bool:
    """``The plant will close, officials said, as first reported by the Courier.``: an ``as``
    clause added to what holds a report of its own is the outlet relaying it, and the report
    stays the speaker's. For an ``as`` clause that report must be a statement with a speaker
    (checked again once the sentence's stances are read: :func:`yield_as_reports`): a verb
    of the lexicon that reports nothing there (``As reported by the Courier, investigators
    found 200 letters``) leaves the outlet the one reporting. A closing clause that is no
    ``as`` clause of reporting (``He added trucks and, later, he attacked ...``, ``I think it
    timely, as polls are showing ...``) wraps any cue verb."""
    closing = verb.head.i < verb.i
    passive = not any(c.dep_ == "nsubj" for c in verb.children)
    if not (closing or passive):
        return False
    if not _as_around(verb):  # (", as polls are showing ...": an "as" of time or cause)
        return any(is_cue_verb(t) for t in content)
    inside = {t.i for t in content}
    return any(a.cue_token in inside and a.source is not None for a in found)


_PROVISIONAL = "as-report"


def yield_as_reports(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Drop an ``as`` clause's own statement when its content holds a statement with a
    speaker read after it (``Ruiz denied the claim, as the Courier reported``: a stance, found
    after the asides); that statement stays, relayed."""
    out = []
    for a in found:
        if _PROVISIONAL in a.labels and any(
            b is not a
            and b.source is not None
            and b.cue_token is not None
            and a.content[0] <= doc[b.cue_token].idx < a.content[1]
            for b in found
        ):
            continue
        out.append(a)
    return out


def _kind_of(verb: Token, quoted: bool) -> Kind:
    """An aside's kind: mixed when it holds quoted words, a belief for a verb of thinking that
    is not also one of saying, else indirect."""
    if quoted:
        return "mixed"
    lemma = verb.lemma_.lower()
    return "belief" if lemma in BELIEF_VERBS and lemma not in SPEECH_VERBS else "indirect"
