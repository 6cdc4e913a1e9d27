"""A speaker's change of position that the later article marks in its own words.

News tells a U-turn by naming it beside the new words: "Rennick council has put back its
cap, weeks after promising it would start in October", "the change of heart followed a lot
of listening", "Halstow has changed course", "the walls will not be finished after all",
"the council had not had that data when she spoke last month". The new words and the old are
often in other words ("will not put a penny towards keeping the branch open" and "has agreed
to pay 4,000 pounds a year towards the counter's rent"), so no event joins them in a matter;
but they share the thing they are about, and the writer has said that the speaker moved.

The new words are a statement whose paragraph, or the one before or after it, marks a change
(:data:`_CHANGE`), asserted and certain. The old words are the same speaker's, said on an
earlier day in another article of the story, asserted and certain, sharing at least
:data:`_SHARED` content words with the new (the thing, its place, what is done to it), and
the two clauses that share most of them answer opposite ways: one denied ("will not", "no",
"never"), the other not. Of several such earlier statements the one sharing most words;
none when two are alike.

Not a reversal: two statements that name one event the same way, both denied or both not
("will visit every resident this week", then "had visited all 41 residents": the next step
of one plan), a hedge or a condition on either side ("might", "if the money comes"), words
sharing only a name or two ("Larkspur Court" in "residents at Larkspur Court are safe" and
"Larkspur Court will close"), a paragraph that marks no change, nor a statement already
shown in a reversal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import lexicon as lx
from .claims import Clause, Item
from .contradictions import Contradiction
from .days import days_apart
from .owned_reversals import said_before
from .restored import restored_since
from .reversal_checks import one_step, said_surely
from .shared_words import asserted_stems, content_stems
from .words import tokens

# the writer's words for a change of position: named ("change of heart", "changed course",
# "U-turn", "backed down", "after all"), or the old words dated against the new ("weeks
# after promising", "last month Orr told", "had insisted", "when she spoke last month")
_CHANGE = re.compile(
    r"\b(?:change of (?:heart|mind|course|tack|tactics|direction)"
    r"|chang(?:ed|es|ing) (?:its|his|her|their|our|my) (?:mind|position|stance|tune|course)"
    r"|changed course|u-turn|about-turn|volte-face|climb(?:ed|s)?[- ]?down"
    r"|back(?:ed|s)? down|backtrack\w*|row(?:ed|s)? back"
    r"|revers\w* (?:its|his|her|their|the) (?:decision|position|stance|plan)|after all"
    r"|(?:abandon|dropp|scrapp|ditch)(?:ed|s)? (?:its|his|her|their) "
    r"(?:plan|opposition|objection|threat|boycott|demand|bid|promise|pledge)"
    r"|(?:weeks|days|months|a (?:week|month|year)) after (?:promising|saying|insisting|vowing|"
    r"pledging|telling|ruling out|denying|announcing|declaring|rejecting)"
    r"|(?:last|earlier this) (?:month|week|year|spring|summer|autumn|winter),? \w+ (?:had )?"
    r"(?:told|said|insisted|promised|vowed)"
    r"|had (?:told|said|insisted|promised|vowed|pledged)|when (?:he|she|they) spoke)\b",
    re.IGNORECASE,
)
# how many content words the two statements must share: two are often only a place's name
_SHARED = 3
# ... and the two clauses that answer: one word alone may belong to another thing the
# clause speaks of ("the price would fall by 2p a litre" / "what it costs to produce a litre")
_CLAUSE_SHARED = 2
# how far apart the two may be and still be one position changed
_WITHIN_DAYS = 366
# words that make a denial a deferral: "will not open until May", "not ready before January",
# "has not yet voted" (then "voted on Monday": the next step of the story, not a change)
_DEFERRED = frozenset({"until", "till", "before", "yet"})
# a verb's particle is no thing denied: "heard nothing about getting their money back" denies
# no "pays back every deposit"
_PARTICLES = frozenset({"back", "off", "out", "over", "down", "away", "aside"})
# how sure before :mod:`.confidence` sets it (which takes 0.1 off: no matter joins the two)
_CONFIDENCE = 0.6


def marked_reversals(
    items: list[Item],
    found: list[Contradiction],
    stories: dict[str, frozenset[str]] | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[Contradiction]:
    """Reversals a later article marks as a change (``found``: those already reported; a
    statement shown in a reversal is not paired again; ``texts``: each article's title and
    text, whose paragraphs around a statement are read for the mark; without them, its
    sentence)."""
    shown = {s for c in found if c.kind == "reversal" for s in (c.a.statement, c.b.statement)}
    out: list[Contradiction] = []
    for later in items:
        if later.speaker is None or later.key in shown or not said_surely(later):
            continue
        if not _CHANGE.search(around(later, texts)):
            continue
        earlier = _old_words(later, items, stories)
        if earlier is None or earlier.key in shown:
            continue
        days = days_apart(earlier.said, later.said)
        why = f"{later.speaker_name} changed position, {days} days later, as the article says"
        out.append(Contradiction.reversal(earlier, later, _CONFIDENCE, why))
        shown |= {earlier.key, later.key}
    return out


def around(it: Item, texts: Mapping[str, str] | None) -> str:
    """The paragraph of the statement's sentence with the paragraphs before and after it, in
    its article's text (``texts``); the sentence alone when the text does not hold it."""
    sent = it.statement.sentence
    own = sent.text if sent is not None else it.sentence
    text = (texts or {}).get(it.article)
    if text is None or sent is None:
        return own
    at = text.find(sent.text, max(0, sent.start))
    if at < 0:
        return own
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    n = next((k for k, (a, b) in enumerate(paragraphs) if a <= at < b), None)
    if n is None:
        return own
    first, last = paragraphs[max(0, n - 1)], paragraphs[min(len(paragraphs) - 1, n + 1)]
    return text[first[0] : last[1]]


def _old_words(
    later: Item, items: list[Item], stories: dict[str, frozenset[str]] | None
) -> Item | None:
    """The speaker's earlier statement that ``later`` changes, if one stands out."""
    own = asserted_stems(later)
    scored: list[tuple[int, Item]] = []
    for it in items:
        if not said_before(it, later, stories, _WITHIN_DAYS) or not said_surely(it):
            continue
        shared = len(own & asserted_stems(it))
        if shared >= _SHARED and _opposite(it, later) and not one_step(it, later):
            scored.append((shared, it))
    scored.sort(key=lambda s: s[0], reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None  # none, or two earlier statements as like it: which one is not told
    return scored[0][1]


def _opposite(a: Item, b: Item) -> bool:
    """Whether the clauses of ``a`` and ``b`` that share most content words answer opposite
    ways: one denies what both speak of (a shared word after its negator: "will not put a
    penny towards the branch" / "will pay towards the counter"), the other does not ("have
    heard nothing" denies no deposit paid); not a state said to hold again after the old
    words denied it (:func:`.restored.restored_since`)."""
    names = {w.casefold() for w in (a.speaker_name or "").split()}
    best: tuple[set[str], Clause, Clause] | None = None
    for ca in a.claim.clauses:
        sa = content_stems(ca.text, names)
        for cb in b.claim.clauses:
            shared = sa & content_stems(cb.text, names)
            if best is None or len(shared) > len(best[0]):
                best = (shared, ca, cb)
    if best is None or len(best[0]) < _CLAUSE_SHARED:
        return False
    shared, ca, cb = best
    da, db = _denied(ca, names), _denied(cb, names)
    if da is not None and db is None and restored_since(ca, cb):
        return False  # "is not safe to drink", then weeks later "is safe to drink again"
    return (da is None) != (db is None) and bool((da or db or set()) & shared)


def _denied(c: Clause, names: set[str]) -> set[str] | None:
    """The stems a clause denies, the words after its first negator ("will not", "no",
    "never"), less particles; None when it denies nothing: an event read as the opposite of
    another is no denial ("the price would fall" denies no rise), nor a deferral ("will not
    be ready before January", "not until the spring", "has not yet voted"), which tells when,
    not whether."""
    words = tokens(c.text)
    low = [t.lower() for t in words]
    at = next((k for k, t in enumerate(low) if lx.negating(t)), None)
    if at is None or _DEFERRED.intersection(low):
        return None
    return content_stems(" ".join(words[at + 1 :]), names) - _PARTICLES
