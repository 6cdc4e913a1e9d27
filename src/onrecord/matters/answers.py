"""Answers the article marks: a sentence in which a speaker answers what was just told,
without naming it, and the answerer's own words after it.

"Nell Ashby said the pool would reopen in May." then "Corrigan rejected that." (or "disputed
that", "denied it", "disagreed", "told a different story", "gave a different account", "said
that was not what happened", "said residents had told her otherwise", "said that was
untrue", "said the council's timetable was wrong") then '"The pool will stay shut all
summer," she said.' A reply can be the answerer's words itself: "Corrigan replied that the
pool would stay shut all summer."

News tells a disagreement this way as often as with a cue word that names the claim. The
answer sentence names who answers and says that they answer against what was just told; what
it answers is the claim another speaker told right before it (one run of that speaker's
statements, ending at most a few characters before the answer's sentence); the answerer's
words are the statements of the answer's speaker told right after it (:func:`told_after`).
The two say the same thing in different words as often as not, so no matter joins them; the
answer sentence does. Of the claims told before and the first two answering statements, the
two that share most content words are paired; of claims that share as many, the speaker's
quoted words rather than a reporter's summary of them.

One sentence is one answer, of the first of its shapes (:data:`SHAPES`) that it takes. An
answer that itself calls the claim false ("Danvers said that was untrue": a statement whose
subject is a "that" pointing back, :func:`.points_back.points_back`) rebuts the claim on its
own when no words of its speaker follow (and then only the words told right before it: when
they assert nothing, "that" has nothing to call false); every other shape says nothing a
reader could weigh without the words after it.

Not when the answer is negated ("did not dispute that", "Nobody disputed that"), sets the words
against the speaker's own ("a different account than she had given in March"), is the
speaker's own point ("seen nothing to suggest otherwise"), when the answerer is the claim's
own speaker or side (owning up), when no one else's words were told right before (an
accusation nobody is quoted making), or when another sentence comes between; nor when the cue
stands inside a quotation ('"... and I would be lying if I said otherwise."': the speaker's
own words). A claim told twice in one paragraph, the reporter's lead-in and then the
speaker's quote that shares a content word with it, is answered in the quote
(:func:`told_once`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import lexicon as lx
from .claims import Item
from .lead_ins import told_again
from .measured_answers import same_measure
from .points_back import points_back
from .sentences import article_sentences, paragraph_starts
from .sides import GENERIC_TARGET, affiliated
from .words import tokens

# what the answer answers: a word pointing back, or a noun of saying with "that" / "the"
_BACK = (
    r"(?:that|this|them|those\s+claims|(?:that|the|this|those|these|such|any)\s+"
    r"(?:claims?|accounts?|suggestions?|allegations?|accusations?|charges?|characteri[sz]ation|"
    r"version|description|picture|figures?|assertions?|idea)"
    r"(?:\s+(?:of|by|painted\s+by|made\s+by|given\s+by)\s+[^.,;:\"“”]{1,60})?)"
)
_DISAGREE = (
    r"(?:" + "|".join(lx.DENYING_VERBS) + r"|challeng(?:ed|es?)|contest(?:ed|s)?|"
    r"disagree(?:d|s)?\s+with|took\s+issue\s+with|takes?\s+issue\s+with)"
)
# "it" is denied as words are, but an offer or a plan is rejected or dismissed as often
_DENY_IT = (
    r"(?:den(?:ied|ies|y)|disput(?:ed|es?)|refut(?:ed|es?)|challeng(?:ed|es?)|contest(?:ed|s)?)"
)
_DIFFERENT = (
    r"(?:told|tells?|gave|gives?|described|describes?|paint(?:ed|s)?|offered|offers?|had|has|"
    r"have|put\s+forward)\s+(?:a|an)\s+(?:very\s+|quite\s+|rather\s+|entirely\s+|completely\s+)?"
    r"(?:different|other|opposite|conflicting|contrasting)\s+"
    r"(?:story|account|picture|version|timeline|view|week|explanation|figure|number|date|"
    r"estimate|assessment|description|reading)"
)
_NOT_WHAT = (
    r"said\s+(?:that|this|it)\s+(?:was|is|were|are)\s+(?:simply\s+|just\s+)?not\s+"
    r"(?:what|how)\s+[^.]{1,60}"
)
_OTHERWISE = (
    r"(?:seen|saw|see|sees|told|tells?|shows?|showed|shown|found|finds?|heard|knew|knows?|"
    r"says?|said|suggests?|suggested|indicates?|indicated|recalls?|recalled|remembers?|"
    r"remembered)\s+(?:(?:him|her|them|us|me)\s+)?otherwise"
)
_END_OF = r"\s*[.!]?[\"”’]?\s*$"
# the shapes of an answer sentence, each ending it: what it answers is what was just told
SHAPES = re.compile(
    rf"\b(?P<cue>{_DISAGREE}\s+{_BACK}|{_DENY_IT}\s+it|disagree(?:d|s)|{_DIFFERENT}(?:\s+[^.]{{0,80}})?|"
    rf"{_NOT_WHAT}|(?<!\bto\s){_OTHERWISE}){_END_OF}",
    re.IGNORECASE,
)
# the claim judged by a name for it: "said the provost's figures were wrong", "said that
# account was wrong", "said the survey was wrong about milk"
_JUDGED_CUE = (
    r"(?:the|that|this|those|these|[\w’']+['’]s?)\s+(?:[\w’'-]+\s+){0,4}?(?:was|were|is|are)\s+"
    r"(?:(?:simply|completely|entirely|just|plainly)\s+)?"
    r"(?:wrong|untrue|not\s+true|false|incorrect|inaccurate|mistaken)"
)
_JUDGED = re.compile(
    rf"\bsaid\s+(?:that\s+)?(?P<cue>{_JUDGED_CUE})(?:\s+about\s+[^.,;]{{1,40}}|\s+and\s+[^.]{{1,200}})?"
    + _END_OF,
    re.IGNORECASE,
)
# an answer that is itself the answerer's words: "replied that", "said in reply that"
_REPLY_CUE = (
    r"(?:replied|responded|countered|retorted|hit\s+back|said\s+in\s+(?:reply|response))"
    r"(?:\s+\w+){0,2}?\s*,?\s*(?:that)?"
)
_REPLY = re.compile(rf"\b{_REPLY_CUE}\s*$", re.IGNORECASE)
# the cue of an answer that does not name what it answers
_TOLD = re.compile(rf"^(?:{_JUDGED_CUE}|{_REPLY_CUE})$", re.IGNORECASE)
# the claim called false: the content of a statement whose subject is a "that" pointing back
_FALSE = re.compile(
    r"(?:was|is|were|are)\s+(?:(?:simply|completely|entirely|just|totally|plainly)\s+)?"
    r"(?:untrue|not\s+true|false|wrong|incorrect|inaccurate|nonsense|not\s+the\s+case)\W*$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:not|n't|never|no\s+longer|hardly|cannot|can't|barely|scarcely)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# a denial anywhere before "otherwise" ("nothing in its monitoring to suggest otherwise")
_DENIED = re.compile(r"\b(?:no|not|nothing|never|none|nobody|n't)\b", re.IGNORECASE)
# "a different account than he had given": set against other words than those just told
_THAN = re.compile(r"\b(?:than|from)\b", re.IGNORECASE)
# the claim ends at most this far before the answer sentence, the answerer's words begin at
# most this far after it ('He said: "' is nine)
BEFORE = 12
AFTER = 40
# the words may begin past the next sentence's opening quote and a space
_QUOTE = 3
_OUGHT = frozenset({"should", "must", "ought", "shouldn't", "mustn't"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence that answers what was told before it: its place, its cue, its subject."""

    start: int
    end: int
    subject: tuple[str, ...]  # the words before the cue, lower case
    cue: str
    after: int  # where the next sentence begins
    own: tuple[Item, ...]  # the sentence's own statements
    verdict: Item | None  # its statement that calls the claim false, when it has one
    shape: str = ""
    reply: Item | None = None  # its statement that is the answer itself ("replied that ...")


@dataclass(frozen=True, slots=True)
class Answer:
    """A claim answered: the claim, the answerer's words (None: a verdict with none after
    it, which rebuts the claim itself), the verdict, the answer sentence's cue."""

    claim: Item
    words: Item | None
    verdict: Item | None
    cue: str
    shape: str = ""


def answers_told(cue: str | None) -> bool:
    """Whether ``cue`` is an answer sentence's ("rejected that", "told a different story"):
    it says that its speaker answers what was told before, not which claim, so the pair it
    links is surer than words alone but less sure than a cue that names the claim."""
    return cue is not None and (SHAPES.search(cue) is not None or _TOLD.match(cue) is not None)


def answers(items: list[Item], texts: Mapping[str, str] | None = None) -> list[Answer]:
    """Each claim an answer sentence answers, in the articles of ``items`` (``texts``: each
    article's title and text, whose sentences may hold no statement)."""
    out: list[Answer] = []
    seen: set[tuple[str, str]] = set()
    by_article: dict[str, list[Item]] = {}
    for it in items:
        if it.statement.sentence is not None:
            by_article.setdefault(it.article, []).append(it)
    for article, its in by_article.items():
        its.sort(key=lambda it: it.statement.content.start)
        text = (texts or {}).get(article)
        paragraphs = paragraph_starts(its, text)
        for sentence in answer_sentences(its, text):
            found = _answer(sentence, its, paragraphs)
            if found is None:
                continue
            key = (found.claim.key, (found.words or found.verdict or found.claim).key)
            if key not in seen:
                seen.add(key)
                out.append(found)
    return out


def _answer(sentence: Sentence, its: list[Item], paragraphs: Sequence[int]) -> Answer | None:
    told = told_before(sentence.start, its)
    claims = told_once([c for c in told if _asserted(c)], paragraphs)
    if not claims:
        return None
    if sentence.reply is not None:
        words = [sentence.reply] if _asserted(sentence.reply) else []
    else:
        words = [a for a in told_after(sentence, its) if _asserted(a)][:2]
    if words and (sentence.reply is not None or _names(sentence, words[0], its)):
        by = words[0]
    elif sentence.verdict is not None:
        by, words = sentence.verdict, []  # "Danvers said that was untrue.", nothing after
    else:
        return None
    if by.speaker == claims[0].speaker or affiliated(by, claims[0]):
        return None  # the speaker's own words, or their side's: owning up, no answer
    if not words:
        if claims[-1] is not told[-1]:
            return None  # "that" is the words right before, which assert nothing
        return Answer(claims[-1], None, sentence.verdict, sentence.cue, sentence.shape)
    # of claims that share as many words, the speaker's quoted words, those of the paragraph
    # right before the answer, and of them the first: a turn opens on its claim, and what
    # follows bears it out ("The crossroads was in complete darkness," then "I had to use
    # the torch on my phone"); the answer gainsays the claim, not the detail. Before all of
    # these, the claim that gives a figure of the answer's measure (:mod:`.measured_answers`)
    opens = _last_paragraph(claims, paragraphs)
    claim, answer = max(
        ((c, a) for c in claims for a in words),
        key=lambda ca: (_shared(*ca), same_measure(*ca), -ca[1].statement.content.start,
                        ca[0].statement.kind == "direct",
                        ca[0].statement.content.start >= opens,
                        -ca[0].statement.content.start),
    )  # fmt: skip
    if sentence.verdict is not None and not _shared(claim, answer):
        claim = _last_turn(told, claims)  # no claim shares a word: "that" is the last told
    return Answer(claim, answer, sentence.verdict, sentence.cue, sentence.shape)


def _last_turn(told: list[Item], claims: list[Item]) -> Item:
    """The claim a verdict's "that" points to when the words after it share no word with any
    claim told before: the claim of the last turn, which a reporter's lead-in opens ("What
    traders objected to, she said, was how long it took. 'We were told six weeks,' she said.
    Foulkes said that was wrong."), its quoted words rather than the lead-in, and of them the
    first: what follows a turn's claim bears it out ("My door was blocked for nine days. I put
    a sign up, and people still thought we had shut."). ``told``: the whole run, lead-ins
    told again by their quotes too; ``claims``: those that can be answered."""
    lead_ins = [c.statement.content.start for c in told if c.statement.kind != "direct"]
    opens = max(lead_ins, default=0)
    turn = [c for c in claims if c.statement.content.start >= opens] or claims[-1:]
    return next((c for c in turn if c.statement.kind == "direct"), turn[0])


def answer_sentences(items: list[Item], text: str | None) -> list[Sentence]:
    """The sentences of one article (``items``, its statements with their sentences, in
    order; ``text``: its title and text, or None) that answer what was told before them."""
    spans = {(s.start, s.end): s.text for it in items if (s := it.statement.sentence)}
    for span, sentence in article_sentences(items, text):
        spans.setdefault(span, sentence)
    out = []
    ordered = sorted(spans.items())
    for n, ((start, end), text_) in enumerate(ordered):
        own = tuple(
            it
            for it in items
            if (s := it.statement.sentence) is not None and (s.start, s.end) == (start, end)
        )
        after = min((a for (a, _), _ in ordered[n + 1 :] if a >= end), default=end + AFTER)
        found = _shape(text_, own)
        if found is not None:
            cue, subject, verdict, shape, reply = found
            out.append(Sentence(start, end, subject, cue, min(after, end + AFTER), own, verdict,
                                shape, reply))  # fmt: skip
    return out


_Shape = tuple[str, tuple[str, ...], Item | None, str, Item | None]


def _shape(text: str, own: tuple[Item, ...]) -> _Shape | None:
    """The cue, subject, verdict, shape and reply of ``text`` when it is an answer sentence."""
    for it in own:  # "Danvers said that was untrue."
        st = it.statement
        if st.sentence is None or st.cue is None or it.speaker is None:
            continue
        at = st.sentence.start
        if points_back(st) and _FALSE.match(st.content.text):
            cue = st.sentence.text[st.cue.start - at : st.content.end - at].strip()
            return cue, _subject(text[: st.cue.start - at]), it, "verdict", None
        lead = st.sentence.text[: st.content.start - at]
        if _REPLY.search(lead) and not _negated(lead):
            cue = st.sentence.text[st.cue.start - at : st.content.start - at].strip(" ,")
            return cue, _subject(lead), None, "reply", it
    m = SHAPES.search(text)
    shape = "bridge"
    if m is None:
        m, shape = _JUDGED.search(text), "judged"
    if m is None or _THAN.search(m.group("cue")) or _negated(text[: m.start()]):
        return None
    if quoted(text, m.start("cue")):
        return None  # '"... I would be lying if I said otherwise."': the speaker's own words
    if m.group("cue").lower().endswith("otherwise") and _DENIED.search(text[: m.start()]):
        return None  # "had seen nothing to suggest otherwise": the speaker's own point
    return m.group("cue").strip(), _subject(text[: m.start()]), None, shape, None


def quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation of ``text``: an answer cue there is the
    speaker's own words ('Okonjo said: "... and I would be lying if I said otherwise."'),
    not the reporter telling that someone answers. Straight or curly double quotes, or curly
    single ones ("‘... if I said otherwise.’"): a ‘ that opens a word after a space, and a ’
    that ends one before no letter; an apostrophe ("don’t", "’90s") neither opens nor closes."""
    before = text[:at]
    if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
        return True
    return len(_OPENS.findall(before)) > len(_CLOSES.findall(before))


# a curly single quote that opens a quotation (after a space or an opening mark, before a
# word that is no decade, "‘90s"), and one that closes it (after a word or a stop, before no
# letter or digit)
_OPENS = re.compile(r"(?:^|(?<=[\s(\[“\"—–-]))‘(?=[^\W_])(?!\d0s\b)")
_CLOSES = re.compile(r"(?<=[^\s‘])’(?![^\W_])")


def told_once(told: list[Item], paragraphs: Sequence[int] = ()) -> list[Item]:
    """``told`` less each reporter's lead-in whose quote follows it in its paragraph and
    tells the same thing (:func:`.lead_ins.told_again`): one claim told twice ("Quill said
    the board had now paid the money. 'The board has paid the trust 40,000 pounds,' she
    said."), and the quote is what the answer answers. A quote of other words backs the
    lead-in up ("Quill said the board had agreed to pay. 'The chair gave me his word,' she
    said."), and a quote in the next paragraph adds to it: the lead-in states the claim.
    ``paragraphs``: where the article's paragraphs begin; empty when its text is unknown, and
    then the quote right after the lead-in counts wherever a paragraph may break."""
    return [it for it in told if not any(_told_again(it, q, paragraphs) for q in told)]


def _told_again(lead: Item, quote: Item, paragraphs: Sequence[int]) -> bool:
    if not told_again(lead, quote):
        return False
    a, b = lead.statement.content.start, quote.statement.content.start
    return not any(a < p <= b for p in paragraphs)


def _negated(before: str) -> bool:
    """Whether the words before the cue deny it: "did not dispute that", "Nobody disputed
    that", "could hardly deny it"."""
    if _NEGATED.search(before):
        return True
    return any(lx.negating(t.lower()) for t in tokens(before)[-4:])


def _subject(before: str) -> tuple[str, ...]:
    words = (t.lower().strip("'’") for t in tokens(before))
    return tuple(t for t in words if t[:1].isalnum())


def told_before(start: int, items: list[Item]) -> list[Item]:
    """The statements of one speaker that end right before ``start`` (an answer sentence's),
    in order: the last statement told before it, within :data:`BEFORE` characters, and that
    speaker's statements before it with no other speaker's between."""
    before = [
        it
        for it in items
        if it.statement.sentence is not None and it.statement.sentence.end <= start
    ]
    if not before:
        return []
    last = max(before, key=lambda it: it.statement.content.start)
    told = last.statement
    assert told.sentence is not None
    if last.speaker is None or start - max(told.sentence.end, told.content.end) > BEFORE:
        return []
    run: list[Item] = []
    for it in sorted(before, key=lambda it: -it.statement.content.start):
        if it.speaker != last.speaker:
            break
        run.append(it)
    return run[::-1]


def _last_paragraph(claims: list[Item], paragraphs: Sequence[int]) -> int:
    """Where the paragraph of the last of ``claims`` begins (0: paragraphs unknown)."""
    told = claims[-1].statement
    at = told.sentence.start if told.sentence is not None else told.content.start
    return max((p for p in paragraphs if p <= at), default=0)


def told_after(sentence: Sentence, items: list[Item]) -> list[Item]:
    """The statements of one speaker told right after the answer sentence, in order."""
    after = [it for it in items if it.statement.content.start >= sentence.end]
    if not after:
        return []
    first = after[0]
    st = first.statement
    begins = min(st.content.start, st.sentence.start if st.sentence else st.content.start)
    if first.speaker is None or begins > sentence.after + _QUOTE:
        return []  # another sentence between
    run: list[Item] = []
    for it in after:
        if it.speaker != first.speaker:
            break
        run.append(it)
    return run


def _names(sentence: Sentence, answer: Item, items: list[Item]) -> bool:
    """Whether the answer sentence names the answer's speaker: its own statements are theirs
    ("Marchbank said that was not what happened"), or "he" or "she" right before the cue, or
    a word of the speaker's names or roles."""
    if sentence.own:
        return all(it.speaker == answer.speaker for it in sentence.own)
    if not sentence.subject:
        return False
    if sentence.subject[-1] in _PRONOUNS:
        return True
    words = _speaker_words(answer, items)
    return bool((set(sentence.subject) - GENERIC_TARGET) & words)


def _speaker_words(answer: Item, items: list[Item]) -> set[str]:
    out: set[str] = set()
    for it in items:
        if it.speaker == answer.speaker:
            text = " ".join([it.speaker_name or "", *it.roles])
            if it.statement.speaker.mention is not None:
                text += " " + it.statement.speaker.mention.text
            out |= {t.lower().strip("'’") for t in tokens(text)}
    return out - GENERIC_TARGET


def _shared(claim: Item, answer: Item) -> int:
    return len(set(claim.claim.terms) & set(answer.claim.terms))


def _asserted(item: Item) -> bool:
    """Whether the speaker commits to some clause of ``item``: no hedge, no condition, no
    demand ("the council must write to them"); the speaker's own words, told as what they
    have always said, stand (:func:`_stands_by`)."""
    claim = item.claim
    return not claim.conditional and any(
        (c.asserted or _stands_by(c.text)) and not _OUGHT & {t.lower() for t in tokens(c.text)}
        for c in claim.clauses
    )


# the speaker's own words, told as said all along: "We always said this was a twelve-week
# job", "I have said from the start that ...", "we have consistently told them ..."
_STANDING = re.compile(
    r"^\W*(?:i|we)\s+(?:(?:have|had|'ve)\s+)?(?:(?:always|consistently|repeatedly)\s+"
    r"(?:said|told|made\s+clear|maintained|insisted)|(?:said|told\s+\w+|made\s+(?:it\s+)?clear)"
    r"\s+(?:all\s+along|from\s+the\s+(?:start|outset|beginning)|from\s+day\s+one))\b",
    re.IGNORECASE,
)


def _stands_by(text: str) -> bool:
    """Whether a clause tells the speaker's own words as what they have said all along ("We
    always said this was a twelve-week job"): reported words, but the speaker's, which they
    stand by; an answer in them gainsays the claim answered. Not another's ("They always said
    it would close"), nor words told once ("I said in May that ...")."""
    return _STANDING.match(text) is not None
