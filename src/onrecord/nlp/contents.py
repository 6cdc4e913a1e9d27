"""What a cue verb reports: the tokens of its clause, the edge of a content that ends in a
quotation, and a content on both sides of an inserted attribution."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .contrasts import own_report
from .cue_verbs import is_cue_verb
from .offsets import Offsets, ends_in_abbreviation, trim
from .quotes import Quote
from .subjects import second_report

_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight on".split()
)

# Nouns for how or where something was said: "in a statement", "during an interview".
# Words that open a phrase saying when, where or how something was said, not what.
TIME_WORDS = frozenset("as while when after before during since until amid following at".split())
MEDIA = frozenset(
    "tweet statement interview speech letter floor op-ed post video ad rally appearance show "
    "debate event conference call briefing hearing remarks email message release manner page site "
    "website account broadcast episode program podcast facebook twitter instagram".split()
)
# The ones a content never ends on: "said the plan would pass in an interview".
_SAID_IN_MEDIA = frozenset(
    "tweet statement interview letter op-ed post video appearance show broadcast episode "
    "program podcast briefing email release facebook twitter instagram".split()
)
_SAID_IN = frozenset("in on during via".split())
_CLOSING_MARKS = frozenset({"”", "’", '"', "'"})


def through_closing_mark(text: str, end: int, quotes: list[Quote]) -> int:
    """A content that ends inside a quotation keeps the quotation's end: 'were "well within
    our permit."' stops after the mark, or at the paragraph's end when the mark is missing."""
    for q in quotes:
        if q.start < end <= q.end and q.end - end <= 2:
            return q.end
    return end


# Participles that set a statement against another or against what followed it: ", reversing
# her pledge", ", drawing a rebuke", or tell the speaker's stance toward others: ", brushing
# aside calls to shut the span": the writer's comment, not the speaker's words.
_RELATING = frozenset(
    "contradict reverse echo repeat contrast break undercut undermine mirror draw spark prompt "
    "leave signal brush dismiss reject rebuff defy ignore counter shrug wave deflect sidestep "
    "dodge".split()
)


def _writers_aside(participle: Token) -> bool:
    """A closing participle the content leaves out: a report of the speaker's own (``,
    claiming ...``) or the writer's comment on it (``, reversing her pledge``). One that says
    what the reported event brought (``, bringing the total to ...``) stays in, unless it
    reports someone's words itself (``, amounting to what critics called a giveaway``)."""
    if participle.lemma_.lower() in _RELATING:
        return True
    return any(is_cue_verb(t) for t in participle.subtree)


def _after_comma(doc: Doc, tok: Token) -> bool:
    """``tok`` follows a comma, one inside a closing quote mark included (``party,” claiming``)."""
    i = tok.i - 1 if tok.text != "," else tok.i
    if i > 0 and doc[i].text in _CLOSING_MARKS:
        i -= 1
    return i >= 0 and doc[i].text == ","


def content_tokens(comp: Token, verb: Token) -> list[Token]:
    """The clause's tokens, less a closing participial aside (", contradicting X")."""
    cut: set[int] = set()
    doc = comp.doc
    subtree = list(comp.subtree)
    last = subtree[-1].i
    for c in subtree:
        aside = c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > comp.i and _writers_aside(c)
        closes = c.right_edge.i >= last - 1  # the aside runs to the end of the clause
        if aside and closes and _after_comma(doc, c.left_edge):
            cut.update(t.i for t in c.subtree)
    # "said the plan failed and said that ...": the second report is the speaker's own; ",
    # while others said ...": another speaker's (contrasts.py)
    for c in subtree:
        if own_report(c) and c.i > comp.i:
            cut.update(t.i for t in c.subtree)
        elif second_report(c):
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
        i += 1
    after = verb.i + 1 + i
    if i and not (after < len(doc) and doc[after].tag_ == "POS"):
        cut.update(t.i for t in lead[:i])  # "said Monday's vote ...": the day is the vote's
    out = [t for t in subtree if t.i != verb.i and t.i not in cut]
    # "said they were worried, and more than half said ...": the clause's dangling "and"
    while len(out) > 1 and (out[-1].dep_ == "cc" or out[-1].text == ",") and out[-1].i > comp.i:
        out.pop()
    return out


def without_next_opening(tokens: list[Token], qidx: list[int]) -> list[Token]:
    """``tokens`` less the marks after their sentence's closing period that belong to a
    quotation none of whose words they hold (the opening mark of the next one): ``The answer,
    she said, was simple. ''Just wait,'' she said.`` The parser takes a newswire mark ('')
    for a closing one and hangs it on the clause before, whose content then ran onto the next
    quotation's opening mark and read as mixed. A mark after a comma stays: the parse may
    hang the quotation it opens on the clause (``depicts a guard asking, "For what?"``), and
    the content takes the quotation whole. ``qidx`` gives each token's quotation (marks
    included), or -1."""
    n = len(tokens)
    while n and tokens[n - 1].is_punct and qidx[tokens[n - 1].i] >= 0:
        q = qidx[tokens[n - 1].i]
        if any(qidx[t.i] == q and not t.is_punct for t in tokens[:n]):
            break
        n -= 1
    if n == len(tokens) or n == 0 or tokens[n - 1].text not in (".", "?", "!"):
        return list(tokens)
    return list(tokens[:n])


def content_around(
    text: str, pieces: Iterable[Offsets], *, longer_than: int
) -> tuple[Offsets, tuple[Offsets, ...]] | None:
    """A content around an inserted attribution (``..., according to X, ...``, ``In a poll,
    ...``): each piece trimmed, those longer than ``longer_than`` characters kept. Returns the
    content's offsets and its parts (none when one piece is left), or None when none is left."""
    parts = tuple(p for p in (trim(text, *piece) for piece in pieces) if p[1] - p[0] > longer_than)
    if not parts:
        return None
    return (parts[0][0], parts[-1][1]), parts if len(parts) > 1 else ()


def without_closing_setting(doc: Doc, content: Offsets, text: str) -> Offsets:
    """A content less a closing phrase that says where or how it was said, not what: ``said
    the plan would pass in an interview with Radio Vela on Sunday``. The parse hangs the phrase
    on the reported clause; the guidelines keep the content to what is attributed."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or len(span) < 4:
        return content
    for tok in span[2:]:
        if tok.dep_ != "prep" or tok.lower_ not in _SAID_IN or not span.start <= tok.head.i:
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None or not (obj.lemma_.lower() in _SAID_IN_MEDIA or _set_off_medium(obj)):
            continue
        if tok.lower_ == "on" and tok.i == tok.head.i + 1:
            continue  # "would appear on the show": the verb's own preposition
        if all(_within_or_when(t, tok) for t in span[tok.i - span.start :]):
            return trim(text, content[0], tok.idx)
    return content


def is_medium(tok: Token) -> bool:
    """Whether ``tok`` is a noun of a medium words are said in (:data:`MEDIA`), by its lemma or
    its own form ("remarks")."""
    return tok.lemma_.lower() in MEDIA or tok.lower_ in MEDIA


def _set_off_medium(obj: Token) -> bool:
    """A noun of any medium in a phrase set off by a comma (``..., in remarks on Monday``,
    ``..., in a speech to the union``): the setting, where one without a comma may be the
    claim's (``said she was misquoted in remarks published by the Courier``)."""
    prep = obj.head
    return is_medium(obj) and prep.i > 0 and obj.doc[prep.i - 1].text == ","


def _within_or_when(t: Token, prep: Token) -> bool:
    """``t`` belongs to the phrase ``prep`` opens, says when, or is punctuation."""
    return (
        t.is_punct
        or t.text in _CLOSING_MARKS
        or prep.left_edge.i <= t.i <= prep.right_edge.i
        or t.ent_type_ in ("DATE", "TIME")
        or (t.dep_ in ("prep", "pobj", "det") and t.head.ent_type_ in ("DATE", "TIME"))
        or (t.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children))
    )


# Words a clause cannot end on: "he is also", "doing as well at", "would go", "and".
_OPEN_ENDED_POS = frozenset({"ADP", "CCONJ", "DET", "AUX", "PART", "SCONJ"})


def past_open_end(doc: Doc, content: Offsets, text: str, cue: Token | None = None) -> Offsets:
    """A content the parse cut off on a word that leaves the clause open (``said he is not
    only right, he is also``, ``wants to unseat``, ``... and``) goes on to its sentence's end:
    the rest hangs elsewhere in a wrong parse, but it is what the clause says. It stops before
    the verb that the cue ``cue`` (a noun) is the subject of: in ``His claim that the plan was
    dead surprised the council`` the parse hangs "dead" on "surprised", but the claim's clause
    ends before the sentence's own verb."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return content
    last, nxt = span[-1], doc[span.end]
    open_end = _leaves_open(last) or (
        # "and also", "but rather", "he is also": an adverb after a word that leaves it open
        last.pos_ == "ADV" and last.i > span.start and _leaves_open(doc[last.i - 1])
    )
    if not open_end or last.sent.start != nxt.sent.start or nxt.is_punct:
        return content
    stop: Token | None = None
    governing = {t.i for t in cue.ancestors} if cue is not None else set()
    for tok in doc[nxt.i : last.sent.end]:
        if tok.text in (",", ";") or tok.text in _CLOSING_MARKS or tok.text in "“‘":
            return content  # another clause or a quotation: not this one's words
        if _governs(tok, governing):
            break  # "His claim that the plan was dead surprised ...": the sentence's own verb
        stop = tok
    if stop is None:
        return content
    while stop.i > nxt.i and stop.is_punct:
        stop = doc[stop.i - 1]
    return trim(text, content[0], stop.idx + len(stop.text))


def _governs(tok: Token, governing: set[int]) -> bool:
    """``tok`` is a verb above the cue, or an auxiliary or negation of one (``is reaping``)."""
    if tok.dep_ in ("aux", "auxpass", "neg"):
        return tok.head.i in governing
    return tok.i in governing and tok.pos_ in ("VERB", "AUX", "ADJ")


def _leaves_open(tok: Token) -> bool:
    return tok.pos_ in _OPEN_ENDED_POS or (tok.pos_ == "VERB" and tok.dep_ == "xcomp")


def through_final_abbreviation(doc: Doc, content: Offsets, text: str) -> Offsets:
    """A state or a company suffix that closes the sentence (``would campaign in Paducah,
    Ky.``, ``went to Harlow Brothers Inc.``) is the last word of the content: its period also
    ends the sentence, so the parser takes the word for the closing punctuation and hangs it
    on the sentence's root, outside the content."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return content
    last = span[-1]
    word = doc[last.sent.end - 1]
    if word.i <= last.i or word.dep_ != "punct" or not word.text.endswith("."):
        return content
    if text[content[1] : word.idx] not in (" ", ", "):
        return content  # only a comma between: "Paducah, Ky."
    if not ends_in_abbreviation(text, content[0], word.idx + len(word.text) - 1):
        return content
    return content[0], word.idx + len(word.text)
