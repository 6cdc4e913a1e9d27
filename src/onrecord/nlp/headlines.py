"""Headlines that report: ``Glenn Voss Praises Rival Over Budget``, ``Mayor blasts council over
fees``, and, closing the line, ``Fares must rise, transit board finds``.

A headline is telegraphic (no articles, Title Case), and the tagger reads it badly: a verb in
Title Case is taken for a proper noun ("Praises"/NNP), a name for a verb. So in an article's
headline (its first paragraph, when it is short and more paragraphs follow) the cue is found by
its form, not by the parse: the present-tense ``-s`` form of a verb that reports or takes a
stance, after a short run of name words (its source) and before what it reports, or after a
comma that closes what it reports, with at most an addressee after it. A verb of that form
joined to a headline's report by "and" or a comma makes a report of its own, with the same
source ("Voss Chides Council And Praises Mayor": two stances, as the annotators mark them).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .attribution import Attribution
from .cues import (
    BELIEF_VERBS,
    ENDORSE_VERBS,
    INTENTION_VERBS,
    PREP_CUES,
    SPEECH_VERBS,
    STANCE_VERBS,
)
from .offsets import Offsets, doc_text, trim

_VERBS = SPEECH_VERBS | STANCE_VERBS | ENDORSE_VERBS | INTENTION_VERBS | BELIEF_VERBS
_VERBS = _VERBS | frozenset(PREP_CUES)
_MAX_WORDS = 25  # longer than this, a first paragraph is a lead sentence, which the parse reads
_MAX_SOURCE = 6
_CLOSING = frozenset({"’", "”", '"', "'", "''"})
_LOWER_VERB_TAGS = frozenset({"VBD", "VBN", "VBP", "VBZ", "MD"})
_PARTICIPLE_TAGS = frozenset({"VBD", "VBN"})  # in any case: "Demands Rejected By Board"
# Words that open a noun phrase that names no one, or a clause: not a headline's source.
_NOT_OPENING_A_SOURCE = frozenset(
    "no more most few many some any every all each why how what when where who which".split()
)
_NOT_OPENING_POS = frozenset({"ADV", "SCONJ", "ADP", "CCONJ", "VERB", "AUX", "INTJ"})
# Prepositions, particles and conjunctions: no object opens with one, unless the verb takes it
# (PREP_CUES); not "to", which opens what a verb of intention reports ("Vows To Fight").
_NOT_OPENING_AN_OBJECT = frozenset(
    "about above across after against along among around as at before behind below beneath "
    "beside besides between beyond by despite down during except for from in inside into near "
    "of off on onto out outside over past per since through throughout till toward towards "
    "under until up upon via with within without and or but nor than".split()
)
# The -s forms that open a noun compound as often as they report ("claims process", "talks
# deadline", "points system").
_COMPOUND_NOUNS = frozenset({"claims", "talks", "points"})
_DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your no any some every".split()
)


def headline_verbs(
    doc: Doc, paragraphs: list[Offsets], qidx: list[int], found: list[Attribution]
) -> list[Attribution]:
    """The statement a headline reports with a verb the parse missed, if any, and those of the
    verbs it joins to a report (:func:`_joined`); what a report holds stops before a verb
    joined to it (:func:`cut_before_joined`)."""
    if len(paragraphs) < 2:
        return []
    start, end = paragraphs[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    toks = [t for t in span if not t.is_space]
    if not toks or sum(1 for t in toks if t.is_alpha) > _MAX_WORDS:
        return []
    own = [a for a in found if a.cue is not None and start <= a.cue[0] < end]
    made = [] if own else _first_report(doc, toks, qidx)
    joined = _joined(doc, toks, own + made, qidx)
    cut_before_joined(doc, own + made + joined)
    return made + joined


def _first_report(doc: Doc, toks: list[Token], qidx: list[int]) -> list[Attribution]:
    """The report of the headline's first verb of the form, the source before it or after."""
    for n, tok in enumerate(toks):
        if n == 0 or qidx[tok.i] >= 0 or headline_lemma(tok.text) is None:
            continue
        first = _forward(doc, toks, n, qidx) or _closing(doc, toks, n, qidx)
        if first is not None:
            return [first]
    return []


def _joined(
    doc: Doc, toks: list[Token], reports: list[Attribution], qidx: list[int]
) -> list[Attribution]:
    """The verbs a headline joins to a report by "and" or a comma, each with its own object
    and the first verb's source: ``Voss Chides Council And Praises Mayor``, ``Ruiz backs
    levy, slams audit``."""
    cued = {a.cue_token for a in reports}
    made: list[Attribution] = []
    for a in sorted(reports, key=lambda r: r.cue[0] if r.cue else 0):
        if a.cue is None or a.source is None or a.source_head is None or a.parts:
            continue
        prev = a
        for n, tok in enumerate(toks):
            if n < 2 or tok.idx < (prev.cue or a.cue)[1] or tok.i in cued or qidx[tok.i] >= 0:
                continue
            if toks[n - 1].lower_ not in (",", "and") or headline_lemma(tok.text) is None:
                continue
            joined = _joined_report(doc, toks, n, prev, qidx)
            if joined is None:
                break
            cued.add(tok.i)
            made.append(joined)
            prev = joined
    return made


def _joined_report(
    doc: Doc, toks: list[Token], n: int, first: Attribution, qidx: list[int]
) -> Attribution | None:
    """The report of the joined verb ``toks[n]``: its object up to the next joined verb, the
    source that of ``first``; None where the word reads as a noun (:func:`_joined_object`)."""
    verb = toks[n]
    found = _joined_object(toks, n, qidx)
    if found is None:
        return None
    cue_end, rest = found
    stop = next((i for i in range(len(rest)) if _ends_content(rest, i, qidx)), len(rest))
    made = _attribution(doc, [verb], verb, cue_end, rest[:stop])
    if made is None or first.source is None:
        return None
    made.source, made.source_head = first.source, first.source_head
    made.labels.add("joined")
    return made


def cut_before_joined(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """What a headline's report holds stops before a verb joined to it (:func:`_joined`), also
    where the span edges widened it over that verb ("chides Turkey and praises ...")."""
    text = doc_text(doc)
    for joined in found:
        if "joined" not in joined.labels or joined.cue_token is None:
            continue
        link = doc[joined.cue_token - 1]
        for a in found:
            if a is not joined and a.content[0] < link.idx < a.content[1] and not a.parts:
                a.content = trim(text, a.content[0], link.idx)
    return found


def headline_lemma(word: str) -> str | None:
    """The lemma of ``word`` when it is the ``-s`` form of a reporting or stance verb
    ("Praises", "denies", "pushes"), else None."""
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or not w.isalpha():
        return None
    stems = [w[:-3] + "y"] if w.endswith("ies") else []
    stems += [w[:-2], w[:-1]] if w.endswith("es") else [w[:-1]]
    return next((s for s in stems if s in _VERBS), None)


def _forward(doc: Doc, toks: list[Token], n: int, qidx: list[int]) -> Attribution | None:
    """``Source Verbs what``: the source opens the line, what it reports follows the verb."""
    verb, source = toks[n], toks[:n]
    if not _name_words(source, qidx) or _possessive(source[-1]):
        return None  # "Mayor's Promises Fall Flat": a possessive's noun, not a verb
    found = _object(toks, n)
    if found is None:
        return None  # "Paris attacks test ...", "Union Demands Rejected By ...": a noun in -s
    cue_end, rest = found
    stop = next((i for i in range(len(rest)) if _ends_content(rest, i, qidx)), len(rest))
    return _attribution(doc, source, verb, cue_end, rest[:stop])


def _object(toks: list[Token], n: int) -> tuple[Token, list[Token]] | None:
    """The last word of the cue of the verb ``toks[n]`` (the verb, or the prepositions it
    takes: "Calls For", "Lashes Out At") and the words after it, which open its object; None
    where they cannot: a participle ("Union Demands Rejected By ..."), a lowercase verb, or a
    preposition, particle or conjunction the verb does not take ("Attacks On Staff", "Calls
    Off Strike", "Promises And Excuses")."""
    verb, rest = toks[n], toks[n + 1 :]
    takes = PREP_CUES.get(headline_lemma(verb.text) or "", frozenset())
    cue_end = verb
    while rest and rest[0].lower_ in takes and cue_end.i - verb.i < 2:
        cue_end, rest = rest[0], rest[1:]
    if not rest:
        return None
    first = rest[0]
    if first.tag_ in _PARTICIPLE_TAGS or (first.tag_ in _LOWER_VERB_TAGS and first.text.islower()):
        return None
    if first.lower_ in _NOT_OPENING_AN_OBJECT or first.tag_ in ("CC", "RP"):
        return None
    return cue_end, rest


def _joined_object(toks: list[Token], n: int, qidx: list[int]) -> tuple[Token, list[Token]] | None:
    """:func:`_object` of a verb joined to a report, where a noun in ``-s`` reads as well: not
    punctuation ("And Warns."), and no noun that opens a compound ("Insurer And Claims
    Process") unless a determiner, pronoun or number follows it ("Claims The Title")."""
    found = _object(toks, n)
    if found is None:
        return None
    cue_end, rest = found
    if rest[0].is_punct and qidx[rest[0].i] < 0:
        return None
    if cue_end is toks[n] and toks[n].lower_ in _COMPOUND_NOUNS and not _opens_np(rest[0]):
        return None
    return found


def _opens_np(tok: Token) -> bool:
    return tok.tag_ in ("DT", "PDT", "PRP", "PRP$", "CD") or tok.lower_ in _DETERMINERS


def _closing(doc: Doc, toks: list[Token], n: int, qidx: list[int]) -> Attribution | None:
    """``What, Source Verbs [Addressee]``: the verb closes the line after its source, and
    what it reports runs from the line's start to the comma before the source."""
    verb = toks[n]
    after = toks[n + 1 :]
    if len(after) > 4 or any(t.is_alpha and not t.text[0].isupper() for t in after):
        return None
    j = n - 1
    while j > 0 and toks[j].text not in (",",) and toks[j].text not in _CLOSING:
        j -= 1
    source = toks[j + 1 : n]
    if not source or len(source) > _MAX_SOURCE or not _name_words(source, qidx, lower=3):
        return None
    k = j
    while k > 0 and toks[k].text in _CLOSING:
        k -= 1
    if toks[k].text != "," or k < 2:
        return None
    return _attribution(doc, source, verb, verb, toks[:k])


def _possessive(tok: Token) -> bool:
    return tok.tag_ == "POS" or tok.text.endswith(("'", "\u2019", "'s", "\u2019s"))


def _ends_content(rest: list[Token], i: int, qidx: list[int]) -> bool:
    """Where a headline's content stops: a semicolon, or a comma or "and" before a verb joined
    to the report (:func:`_joined_object`: "Blasts X, Quotes Y", "chides X and praises Y"; not
    "Slams Delays, Promises And Excuses")."""
    tok = rest[i]
    if tok.text == ";":
        return True
    if tok.text not in (",", "and") or i + 1 >= len(rest):
        return False
    return headline_lemma(rest[i + 1].text) is not None and (
        _joined_object(rest, i + 1, qidx) is not None
    )


def _name_words(words: list[Token], qidx: list[int], lower: int = 2) -> bool:
    """Whether ``words`` can be a headline's source: a few capitalized words ("Board Of
    Election", "GOP Rep McCaul") or nouns ("Philippine lawmaker"), with at most ``lower``
    lowercase nouns and adjectives, and no verb, clause word or quotation."""
    if not words or len(words) > _MAX_SOURCE:
        return False
    first = words[0]
    if first.lower_ in _NOT_OPENING_A_SOURCE or first.pos_ in _NOT_OPENING_POS:
        return False  # "No clear path points to ...", "After Vote Ends ...": not a name
    lowered = 0
    for t in words:
        if qidx[t.i] >= 0:
            return False
        if t.tag_ == "POS" or t.text in ("&", "-", "."):
            continue
        if not t.is_alpha and not t.text.rstrip(".").replace(".", "").isalpha():
            return False
        if t.text[0].isupper():
            continue
        if t.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return False
        lowered += 1
    return lowered <= lower


def _attribution(
    doc: Doc, source: list[Token], verb: Token, cue_end: Token, content: list[Token]
) -> Attribution | None:
    text = doc_text(doc)
    if not content:
        return None
    start, end = trim(text, content[0].idx, content[-1].idx + len(content[-1].text))
    if end - start < 2:
        return None
    names = [t for t in source if t.tag_ != "POS"]
    head = names[-1] if names else source[-1]
    sent = verb.sent
    return Attribution(
        kind="indirect",
        content=(start, end),
        cue=(verb.idx, cue_end.idx + len(cue_end.text)),
        cue_token=verb.i,
        source=(source[0].idx, source[-1].idx + len(source[-1].text)),
        source_head=head.i,
        sentence=(sent.start_char, sent.end_char),
        labels={"headline"},
    )
