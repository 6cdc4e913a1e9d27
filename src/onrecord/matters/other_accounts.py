"""A claim answered in a sentence of its own, the answerer's words right after it: "Nell
Ashby said the pool would reopen in May." then "Corrigan rejected that." (or "disputed
that", "denied it", "disagreed", "told a different story", "gave a different account",
"said that was not what happened", "said residents had told her otherwise"), then
'"The pool will stay shut all summer," she said.'

News signals a disagreement this way as often as with a cue word: the bridge sentence names
who answers and says that they answer against what was just told, without naming the claim
(its object is "that", "it", "the claim", or nothing at all), and the answerer's own words
follow. The claim is what another speaker told just before the bridge sentence; the
answerer's words are the statements of the bridge's speaker told right after it. The two
say the same thing in different words as often as not ("the blasting has cracked 40 homes" /
"not one house has been damaged by our blasting"), so no matter joins them; the bridge does.

Not when the bridge is negated ("did not dispute that", "could not deny it"), when the
answerer is the claim's own speaker or side (owning up), when no one else's words were told
right before, or when the answerer's words do not follow at once. An agreement ("Corrigan
agreed", "Corrigan also said") is no bridge.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .claims import Item
from .contradictions import Contradiction, Evidence, contradiction_id, ordered_pair
from .sides import GENERIC_TARGET, affiliated
from .words import tokens

# what the bridge answers: a word pointing back, or a noun of saying with "that" / "the"
_BACK = (
    r"(?:that|this|it|them|those\s+claims|(?:that|the|this|those|these|such|any)\s+"
    r"(?:claims?|accounts?|suggestions?|allegations?|accusations?|charges?|characteri[sz]ation|"
    r"version|description|picture|figures?|assertions?|idea)"
    r"(?:\s+(?:of|by|painted\s+by|made\s+by|given\s+by)\s+[^.,;:\"“”]{1,60})?)"
)
_DISAGREE = (
    r"(?:reject(?:ed|s)?|disput(?:ed|es?)|den(?:ied|ies|y)|challeng(?:ed|es?)|contest(?:ed|s)?|"
    r"dismiss(?:ed|es)?|disagree(?:d|s)?\s+with|took\s+issue\s+with|takes?\s+issue\s+with)"
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
_BRIDGE = re.compile(
    rf"\b(?P<cue>{_DISAGREE}\s+{_BACK}|disagree(?:d|s)|{_DIFFERENT}(?:\s+[^.]{{0,80}})?|"
    rf"{_NOT_WHAT}|(?<!\bto\s){_OTHERWISE})\s*[.!]?[\"”’]?\s*$",
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
# the claim ends at most this far before the bridge sentence, the answer begins at most this
# far after it ('He said: "' is nine)
_BEFORE = 12
_AFTER = 40
_OUGHT = frozenset({"should", "must", "ought", "shouldn't", "mustn't"})
# the words may begin past the next sentence's opening quote and a space
_QUOTE = 3
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
# a sentence: from after a full stop (or ? !) and a space, or a line break, to the next one
# and before a capital or a quote ("Feb. 8" and "No. 4" go on)
_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?][\"”’]?(?=\s+[A-Z\"“‘'(]|\s*$)|\n"
)


@dataclass(frozen=True, slots=True)
class Bridge:
    """A sentence that answers the claim told before it: its place and its cue."""

    article: str
    start: int
    end: int
    subject: tuple[str, ...]  # the words before the cue, lower case
    cue: str
    after: int  # where the next sentence begins


def with_other_accounts(
    found: list[Contradiction], items: list[Item], texts: Mapping[str, str] | None = None
) -> list[Contradiction]:
    """``found`` with the answers of :func:`answered`, each a contradiction between the answer
    and the claim, on no matter (the bridge joins them, not shared words); none when a pair of
    the same two speakers was already found with the claim or the answer (that pair stands as
    it was)."""
    out = {ordered_pair(c.a.statement, c.b.statement): c for c in found}
    for claim, answer, cue in answered(items, texts):
        pair = ordered_pair(answer.key, claim.key)
        speakers = {answer.speaker_name, claim.speaker_name}
        held = [
            p
            for p, c in out.items()
            if p == pair or ({c.a.speaker, c.b.speaker} == speakers and set(p) & set(pair))
        ]
        if held:
            continue  # the exchange already found: it stands as it was
        out[pair] = Contradiction(
            contradiction_id("contradiction", answer.key, claim.key), "contradiction",
            Evidence.of(answer), Evidence.of(claim), 0.75,
            None, cue,
            f"{answer.speaker_name} answers {claim.speaker_name}'s claim ({cue!r})",
        )  # fmt: skip
    return list(out.values())


def answers_told(cue: str | None) -> bool:
    """Whether ``cue`` is a bridge's ("rejected that", "told a different story"): it says
    that its speaker answers what was told before, not which claim, so the pair it links is
    surer than words alone but less sure than a cue that names the claim."""
    return cue is not None and _BRIDGE.search(cue) is not None


def answered(
    items: list[Item], texts: Mapping[str, str] | None = None
) -> list[tuple[Item, Item, str]]:
    """Each claim a bridge sentence answers, with the answer and the bridge's cue.

    Of the claim's speaker's statements told just before the bridge and the answerer's told
    right after it, the two that share most content words ("the pumps were not working" /
    "the pumping station was working"); the last claim and the first answer when none do."""
    out = []
    seen: set[tuple[str, str]] = set()
    by_article: dict[str, list[Item]] = {}
    for it in items:
        if it.statement.sentence is not None:
            by_article.setdefault(it.article, []).append(it)
    for article, its in by_article.items():
        its.sort(key=lambda it: it.statement.content.start)
        for bridge in bridges(its, (texts or {}).get(article)):
            claims = [c for c in _told_before(bridge, its) if _asserted(c)]
            answers = [a for a in _told_after(bridge, its) if _asserted(a)][:2]
            if not claims or not answers:
                continue
            a0, c0 = answers[0], claims[0]
            if a0.speaker == c0.speaker or affiliated(a0, c0):
                continue  # the speaker's own words, or their side's: no answer
            if not _names(bridge, a0, its):
                continue
            best = max(
                ((c, a) for c in claims for a in answers),
                key=lambda ca: (_shared(*ca), -ca[1].statement.content.start,
                                ca[0].statement.content.start),
            )  # fmt: skip
            if (best[0].key, best[1].key) not in seen:
                seen.add((best[0].key, best[1].key))
                out.append((best[0], best[1], bridge.cue))
    return out


def bridges(items: list[Item], text: str | None) -> list[Bridge]:
    """The sentences of one article (``items``, its statements with their sentences, in
    order; ``text``: its title and text, or None) that answer what was told before them."""
    spans = {(s.start, s.end): s.text for it in items if (s := it.statement.sentence)}
    for span, sentence in _sentences(items, text):
        spans.setdefault(span, sentence)
    out = []
    ordered = sorted(spans.items())
    for n, ((start, end), sentence) in enumerate(ordered):
        m = _BRIDGE.search(sentence)
        if m is None or _NEGATED.search(sentence[: m.start()]) or _THAN.search(m.group("cue")):
            continue
        if m.group("cue").lower().endswith("otherwise") and _DENIED.search(sentence[: m.start()]):
            continue  # "had seen nothing to suggest otherwise": the speaker's own point
        subject = tuple(t.lower().strip("'’") for t in tokens(sentence[: m.start()]))
        subject = tuple(t for t in subject if t[:1].isalnum())
        after = min((a for (a, _), _ in ordered[n + 1 :] if a >= end), default=end + _AFTER)
        cue = m.group("cue").strip()
        out.append(Bridge(items[0].article, start, end, subject, cue, min(after, end + _AFTER)))
    return out


def _sentences(items: list[Item], text: str | None) -> list[tuple[tuple[int, int], str]]:
    """The sentences of the article's ``text`` with their places in the article (where its
    statements' sentences are placed): a bridge often holds no statement."""
    first = items[0].statement.sentence if items else None
    at = text.find(first.text) if text is not None and first is not None else -1
    if text is None or first is None or at < 0:
        return []
    shift = at - first.start  # where the article's text begins in ``text``
    out = []
    begin = shift
    for end in _END.finditer(text, shift):
        raw = text[begin : end.end()]
        if raw.strip():
            start = begin + len(raw) - len(raw.lstrip()) - shift
            out.append(((start, start + len(raw.strip())), raw.strip()))
        begin = end.end()
    return out


def _told_before(bridge: Bridge, items: list[Item]) -> list[Item]:
    """The statements of one speaker that end right before the bridge sentence, in order."""
    before = [
        it
        for it in items
        if it.statement.sentence is not None and it.statement.sentence.end <= bridge.start
    ]
    if not before:
        return []
    last = max(before, key=lambda it: it.statement.content.start)
    told = last.statement
    assert told.sentence is not None
    if last.speaker is None or bridge.start - max(told.sentence.end, told.content.end) > _BEFORE:
        return []
    run: list[Item] = []
    for it in sorted(before, key=lambda it: -it.statement.content.start):
        if it.speaker != last.speaker:
            break
        run.append(it)
    return run[::-1]


def _told_after(bridge: Bridge, items: list[Item]) -> list[Item]:
    """The statements of one speaker told right after the bridge sentence, in order."""
    after = [it for it in items if it.statement.content.start >= bridge.end]
    if not after:
        return []
    first = after[0]
    st = first.statement
    begins = min(st.content.start, st.sentence.start if st.sentence else st.content.start)
    if first.speaker is None or begins > bridge.after + _QUOTE:
        return []  # another sentence between
    run: list[Item] = []
    for it in after:
        if it.speaker != first.speaker:
            break
        run.append(it)
    return run


def _names(bridge: Bridge, answer: Item, items: list[Item]) -> bool:
    """Whether the bridge's subject names the answer's speaker: "he" or "she" right before
    the cue, a word of the speaker's names or roles, or the bridge's own statement is theirs
    ("Marchbank said that was not what happened")."""
    own = [
        it
        for it in items
        if it.statement.sentence is not None
        and (it.statement.sentence.start, it.statement.sentence.end) == (bridge.start, bridge.end)
    ]
    if own:
        return all(it.speaker == answer.speaker for it in own)
    if not bridge.subject:
        return False
    if bridge.subject[-1] in _PRONOUNS:
        return True
    words = _speaker_words(answer, items)
    return bool((set(bridge.subject) - GENERIC_TARGET) & words)


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
    demand ("the council must write to them")."""
    claim = item.claim
    return not claim.conditional and any(
        c.asserted and not _OUGHT & {t.lower() for t in tokens(c.text)} for c in claim.clauses
    )
