"""Reporting verbs in -s that the tagger reads as plural nouns.

The small English model often tags a third-person verb of the lexicon as a plural noun after a
short name ("Trump predicts that ...", "The Sanders campaign projects that ...", "Trump claims
he is ...", "The candidate plans to ..."), and its parse then hangs the name on the "noun" as a
compound or makes the name a verb: no verb rule sees a cue, and the statement is lost. The
parse of such a sentence cannot be trusted, so the shape is read from the words themselves:

* the word: lower case, tagged as a noun, a verb of the lexicon plus its third-person ending
  (``predicts``, ``pushes``, ``worries``);
* before it, and opening its clause (the sentence's start, or after a comma or colon), a
  subject: a singular noun phrase of names, nouns and adjectives with at most a leading
  determiner, that ends on a singular noun or a name; not a possessor's noun ("the mayor's
  claims that": a noun cue, read elsewhere), nor one led by a word of possession ("his plans
  to ...") or a plural ("terror attacks that");
* after it, what the verb reports: a "that" clause, a quotation (after a colon too), a clause
  opened by a subject pronoun ("Trump claims he is ..."), or, for verbs of intention, an
  infinitive ("plans to ...").

The cue is the word, the source the subject, the content the rest of the clause up to the
sentence's end. A clause after "that" must have a subject of its own before its verb, so that
a relative clause ("the Trump plans that the council approved were ...") does not read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution import Attribution, Kind
from .contents import through_closing_mark
from .cues import BELIEF_VERBS, INTENTION_VERBS, SPEECH_VERBS
from .offsets import doc_text, span_offsets, trim
from .quotes import Quote

_VERBS = SPEECH_VERBS | BELIEF_VERBS | INTENTION_VERBS
# Words that make the noun reading certain when they lead the phrase: "his plans to ...".
_OWNERS = frozenset("his her their its our my your whose these those many several".split())
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "DET"})
_SUBJECT_PRONOUNS = frozenset("he she they it we i".split())
_OPENING_MARKS = frozenset({'"', "“", "``", "''", "‘", "'"})
_INNER_MARKS = frozenset({"-", ",", "”", "’"})
_FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})
_CLAUSE_LEAD = frozenset({"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM", "ADV"})


def verb_stem(word: str) -> str | None:
    """The lexicon verb of which ``word`` is the third-person singular, or None:
    ``predicts`` -> predict, ``pushes`` -> push, ``worries`` -> worry, ``claims`` -> claim."""
    word = word.lower()
    if not word.endswith("s") or len(word) < 4:
        return None
    candidates = [word[:-1]]
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    return next((c for c in candidates if c in _VERBS), None)


def noun_tagged_cues(
    sent: Span, qidx: list[int], quotes: list[Quote], taken: set[int]
) -> list[Attribution]:
    """The statements of ``sent`` whose cue is a verb in -s tagged as a noun (see the module
    docstring); ``taken`` are the tokens other rules already cue on."""
    out: list[Attribution] = []
    text = doc_text(sent.doc)
    for tok in sent:
        if tok.i in taken or qidx[tok.i] >= 0 or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        stem = verb_stem(tok.text) if tok.text.isalpha() and tok.text.islower() else None
        if stem is None:
            continue
        subject = _subject(sent, tok)
        if subject is None or any(t.i in taken for t in subject):
            continue
        begin = _report_start(sent, tok, stem)
        if begin is None or _subject_of_another_verb(sent, tok, begin):
            continue
        start, end = trim(text, begin.idx, sent[-1].idx + len(sent[-1].text), strip_that=True)
        end = through_closing_mark(text, end, quotes)
        if end <= start:
            continue
        kind: Kind = "belief" if stem in BELIEF_VERBS and stem not in SPEECH_VERBS else "indirect"
        quote = _quoted(quotes, start, end)
        if quote is not None:
            kind, start, end = "direct", quotes[quote].start, quotes[quote].end
        elif any(start <= q.outer_start < end for q in quotes):
            kind = "mixed"
        out.append(
            Attribution(
                kind=kind,
                content=(start, end),
                quote=quote,
                cue=span_offsets([tok]),
                cue_token=tok.i,
                source=span_offsets(subject),
                source_head=subject[-1].i,
                sentence=(sent.start_char, sent.end_char),
                tense="present",
                labels={"noun-tagged verb"},
            )
        )
    return out


def _subject(sent: Span, cue: Token) -> list[Token] | None:
    """The singular noun phrase that opens the clause and ends right before ``cue``, or None."""
    words: list[Token] = []
    i = cue.i - 1
    while i >= sent.start:
        tok = sent.doc[i]
        if tok.is_punct or tok.lower_ in ("'s", "’s") or tok.tag_ == "POS":
            break
        words.insert(0, tok)
        i -= 1
    if not words or len(words) > 6:
        return None
    opening = i < sent.start or sent.doc[i].text in (",", ":", "—", "--", '"', "“")
    if not opening or (i >= sent.start and sent.doc[i].tag_ == "POS"):
        return None
    last = words[-1]
    if last.tag_ in ("NNS", "NNPS") or not (last.pos_ in ("PROPN", "NOUN") or last.is_title):
        return None
    for n, tok in enumerate(words):
        named = tok.is_title or tok.text[:1].isupper()
        if tok.lower_ in _OWNERS or (tok.pos_ == "DET" and n > 0):
            return None
        if tok.pos_ not in _SUBJECT_POS and not named:
            return None
    return words


def _report_start(sent: Span, cue: Token, stem: str) -> Token | None:
    """The first token of what ``cue`` reports, or None when nothing after it reads as a
    report: "that" and a clause with a subject of its own, a quotation (after a colon too),
    a subject pronoun and its verb, or "to" and a verb for verbs of intention."""
    doc = sent.doc
    nxt = cue.i + 1
    if nxt >= sent.end:
        return None
    first = doc[nxt]
    if first.text == ":" and nxt + 1 < sent.end and doc[nxt + 1].text in _OPENING_MARKS:
        return doc[nxt + 1]
    if first.text in _OPENING_MARKS:
        return first
    if first.lower_ == "that":
        return first if _clause_with_subject(sent, nxt + 1) else None
    if first.lower_ in _SUBJECT_PRONOUNS and _clause_with_subject(sent, nxt):
        return first
    if first.lower_ == "to" and stem in INTENTION_VERBS and nxt + 1 < sent.end:
        verb = doc[nxt + 1]
        bare = verb.tag_ == "VB" or (verb.pos_ in ("VERB", "AUX") and verb.is_lower)
        return first if bare else None
    return None


def _clause_with_subject(sent: Span, begin: int) -> bool:
    """Whether the words from ``begin`` read as a clause: a few words of a noun phrase (with its
    prepositions and quotation marks) or a pronoun, or a fronted "as"/"if" clause, then a
    finite verb or a modal."""
    doc = sent.doc
    if begin >= sent.end:
        return False
    if doc[begin].lower_ in ("as", "if", "when", "while", "because", "unless"):
        return any(t.tag_ in _FINITE for t in doc[begin + 1 : sent.end])
    for lead, tok in enumerate(doc[begin : min(sent.end, begin + 12)]):
        if tok.tag_ in _FINITE or (tok.lower_ in ("'s", "’s") and tok.pos_ in ("AUX", "VERB")):
            return lead > 0
        marks = tok.text in _OPENING_MARKS or tok.text in _INNER_MARKS  # 'that "a levy" would'
        if tok.pos_ not in _CLAUSE_LEAD and tok.tag_ != "POS" and not marks and tok.pos_ != "ADP":
            return False
    return False


def _quoted(quotes: list[Quote], start: int, end: int) -> int | None:
    """The index of the quotation that is the whole of ``[start, end)``, or None."""
    for n, q in enumerate(quotes):
        if q.outer_start == start and end - 2 <= q.outer_end:
            return n
    return None


def _subject_of_another_verb(sent: Span, cue: Token, begin: Token) -> bool:
    """Whether the parse makes ``cue`` the subject of a verb past the clause it reports: the
    noun reading, whose "that" opens a relative clause ("Terror attacks that we fear are
    rising") or whose infinitive is its own ("The Trump plans to build a wall were scrapped").
    A clause's own verb may govern it ("The campaign projects that turnout will rise")."""
    if cue.dep_ not in ("nsubj", "nsubjpass") or cue.head.i < cue.i:
        return False
    finite = next((t for t in sent.doc[begin.i : sent.end] if t.tag_ in _FINITE), None)
    if finite is None or begin.lower_ == "to":
        return True
    return cue.head.i not in (finite.i, finite.head.i)
