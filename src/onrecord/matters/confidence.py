"""How sure a reported disagreement is: a few pieces of evidence, each with its weight.

The pairs are chosen first (:mod:`.contradictions`, :mod:`.rebuttals`); this module only says
how much a reader should trust each one, so that a threshold (``--min-confidence``) gives a
surer view. Every report starts from a base and each piece of evidence moves it by a small,
hand-set step; the steps that moved it are kept with the report (:attr:`Contradiction.factors`)
so a fact-checker sees why.

* **rebuttal**: its cue names the statement it answers: 0.9 within one article, 0.8 across
  articles; less when the rebutting words are only the claim rebutted ("disputed the zoo's
  claim that ..."), whose answer is elsewhere.
* **contradiction** and **reversal**: from 0.7,

  - rebuttal language links the two speakers ("contradicting the mayor's promise", +0.2);
    a bridge that answers what was told before without naming it ("Corrigan rejected
    that.", :mod:`.answers`) only +0.1: which claim it answers is read from its place;
    without it, only their words do: the two statements share no content word besides the
    event's own (-0.25 for a contradiction, -0.15 for a reversal), or few of them (-0.05), or
    many (+0.05) ("the bridge" and "a footbridge" each linked to one "open" are rarely one
    question);
  - both events happen to the same thing, their themes share a word (+0.05);
  - the same word decides both sides, one negated ("will close" / "will not close", +0),
    rather than two words read as opposites ("keep flying" / "stop flying", -0.05);
  - a statement of fewer than four content words (-0.05): little to check the reading with;
  - a side said in the article's headline (-0.1): the outlet's summary, its speaker read from
    its subject ("Harwick: depot to close night shift"), rarely one side of a disagreement the
    body does not show in the speakers' words (none of six such reports on the study sets was
    right);
  - a contradiction: a broad matter of six statements or more (-0.05; of ten or more, -0.1),
    statements said more than a week apart (-0.1: two speakers quoted weeks apart answer
    neighbouring questions, "will sell the building" in September and "the building would
    not be sold" after a vote in October, far more often than one), two forecasts (-0.05)
    rather than a settled past (+0.05), and two speakers whose roles name one body ("the
    authority's director", "a spokesman for the authority", -0.1; -0.2 for a bridge on no
    matter, none of three of them right on the study sets), who more often speak of two parts
    of one plan than disagree;
  - a reversal: the speaker's own quoted words on one side (+0.05), on both (+0.05 more: the
    change shown in the speaker's words, not in a reporter's summary of one of them).

The result is kept within [0.05, 0.95].
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from . import lexicon as lx
from .answers import answers_told
from .claims import Item
from .cluster import LIGHT_TERMS, Matter, Position, context_terms, event_of
from .contradictions import Contradiction
from .sides import role_words
from .timeframes import days_apart
from .words import tokens

Factor = tuple[str, float]

BASE = 0.7
REBUTTAL_IN_ARTICLE = 0.9
REBUTTAL_ACROSS = 0.8
FLOOR, CEILING = 0.05, 0.95
# a matter this large links many statements, some loosely
BROAD_MATTER = 6
# and one this large mostly links statements on neighbouring questions
VERY_BROAD_MATTER = 10
# fewer content words than this: a short statement gives little to check its reading with
SHORT = 4
WEEK = 7
# weights set by the precision measured on the study sets (docs/matters.md, the twenty-fourth
# round): a contradiction linked by its words alone that shares none besides the event was
# right 17 times in 43 (2 in 11 on the four most recent sets; a reversal 14 in 15)
NO_WORD_SHARED = -0.25
# a bridge ("X disputed that.") between two speakers whose roles name one body: 0 in 3
ONE_BODY_BRIDGE = -0.2


def calibrate(
    found: Iterable[Contradiction], matters: Iterable[Matter], items: Iterable[Item]
) -> list[Contradiction]:
    """``found`` with each confidence set by :func:`confidence_of` (the pairs unchanged)."""
    by_matter = {m.id: m for m in matters}
    by_key = {it.key: it for it in items}
    out: list[Contradiction] = []
    for c in found:
        a, b = by_key.get(c.a.statement), by_key.get(c.b.statement)
        if a is None or b is None:
            out.append(c)
            continue
        value, factors = confidence_of(c, a, b, by_matter.get(c.matter or ""))
        out.append(replace(c, confidence=value, factors=factors))
    return out


def confidence_of(
    c: Contradiction, a: Item, b: Item, matter: Matter | None = None
) -> tuple[float, tuple[Factor, ...]]:
    """The confidence of ``c`` (between ``a`` and ``b``, on ``matter``) and the evidence that
    moved it from its base, as (why, weight) pairs."""
    if c.kind == "rebuttal":
        base, factors = _rebuttal(a, b)
    else:
        base, factors = BASE, _disagreement(c, a, b, matter)
    value = base + sum(w for _, w in factors)
    return round(min(CEILING, max(FLOOR, value)), 2), ((f"base {c.kind}", base), *factors)


def _rebuttal(a: Item, b: Item) -> tuple[float, list[Factor]]:
    """A rebuttal's base by where its cue finds the target, less when the rebutting statement
    (``a``) is only the claim it rebuts."""
    factors: list[Factor] = []
    base = REBUTTAL_IN_ARTICLE if a.article == b.article else REBUTTAL_ACROSS
    if a.claim.rebutted:
        factors.append(("the rebutting words are only the claim rebutted", -0.05))
    return base, factors


def _disagreement(c: Contradiction, a: Item, b: Item, matter: Matter | None) -> list[Factor]:
    factors: list[Factor] = []
    if answers_told(c.cue):  # "Corrigan rejected that.": which claim is read from its place
        factors.append((f"answers the claim told before ({c.cue!r})", 0.1))
    elif c.cue is not None:
        factors.append((f"rebuttal language ({c.cue!r})", 0.2))
    else:  # the cue links the two; without one, only their words do
        factors += _shared_words(a, b, matter.event if matter is not None else "", c.kind)
    pos = {p.item.key: p for p in matter.positions} if matter is not None else {}
    p, q = pos.get(a.key), pos.get(b.key)
    if p is not None and q is not None:
        if p.stance.theme & q.stance.theme:
            factors.append(("both events happen to the same thing", 0.05))
        if not _one_word(p, q):
            factors.append(("two words read as opposites, not one word negated", -0.05))
    if min(len(a.claim.terms), len(b.claim.terms)) < SHORT:
        factors.append(("a short statement", -0.05))
    if c.a.headline or c.b.headline:
        factors.append(("one side is a headline", -0.1))
    if c.kind == "reversal":
        if matter is None and "unclear" in (c.a.stance, c.b.stance):
            # owned up to (:mod:`.owned_reversals`): no event joins the two; not a turn on
            # one event key (:mod:`.own_turns`), whose two stances are read
            factors.append(("the earlier words are chosen by their likeness alone", -0.1))
        if "direct" in (a.statement.kind, b.statement.kind):
            factors.append(("the speaker's own quoted words", 0.05))
        if a.statement.kind == b.statement.kind == "direct":
            factors.append(("quoted on both occasions", 0.05))  # not a reporter's summary
        return factors
    if matter is not None and len(matter.positions) >= BROAD_MATTER:
        factors.append(("a broad matter", -0.05))
    if matter is not None and len(matter.positions) >= VERY_BROAD_MATTER:
        factors.append(("a very broad matter", -0.05))
    days = days_apart(a.said, b.said)
    if days is not None and days > WEEK:
        factors.append((f"said {days} days apart", -0.1))
    if p is not None and q is not None:
        if p.stance.future and q.stance.future:
            factors.append(("two forecasts", -0.05))
        if p.stance.settled or q.stance.settled:
            factors.append(("a settled past", 0.05))
    if one_body(a, b):
        # an answer (no matter joins the two, :mod:`.answers`) between two voices of one
        # body: none of three on the study sets was right
        bridge = answers_told(c.cue) and matter is None
        weight = ONE_BODY_BRIDGE if bridge else -0.1
        factors.append(("both speakers' roles name one body", weight))
    return factors


def _shared_words(a: Item, b: Item, event: str, kind: str = "contradiction") -> list[Factor]:
    """Content words the two statements share besides the event's own (and light verbs and
    times): none, few (under 15% of their words) or many (30% or more)."""
    own_a = _own_terms(a, event)
    own_b = _own_terms(b, event)
    shared = own_a & own_b
    if not shared:  # one speaker's own act told again in new words is most often a reversal
        weight = NO_WORD_SHARED if kind == "contradiction" else -0.15
        return [("no word shared besides the event", weight)]
    share = len(shared) / len(own_a | own_b)
    if share < 0.15:
        return [("few words shared besides the event", -0.05)]
    if share >= 0.3:
        return [("many words shared besides the event", 0.05)]
    return []


def _own_terms(item: Item, event: str) -> set[str]:
    return {t for t in context_terms(item) if event_of(t) != event and t not in LIGHT_TERMS}


def _one_word(p: Position, q: Position) -> bool:
    """Whether one word decides both stances ("will close" / "will not close")."""
    if not p.stance.words or not q.stance.words:
        return True
    return lx.stem(p.stance.words[0].lower()) == lx.stem(q.stance.words[0].lower())


# words that join a role's head to what it is of ("spokesman for the authority")
_ROLE_LINKS = frozenset({"of", "for", "at", "with", "to", "who", "which", "on", "in", "and"})


def one_body(a: Item, b: Item) -> bool:
    """Whether the two speakers' roles name one body ("the authority's regional director",
    "a spokesman for the authority"): a word of both roles that is no role's head (two
    attorneys, two chairs of two bodies are not one body) and no pronoun."""
    shared = {w for w in role_words(a) & role_words(b) if len(w) > 2 and w not in lx.PRONOUNS}
    return bool(shared - _role_heads(a) - _role_heads(b))


def _role_heads(item: Item) -> set[str]:
    """The head word of each role: the last word before what it is of, after any possessive
    ("director" of "the authority's regional director", "spokesman" of "spokesman for the
    authority")."""
    heads: set[str] = set()
    for role in item.roles:
        low = [t.lower().replace("’", "'") for t in tokens(role)]
        cut = next((i for i, w in enumerate(low) if w in _ROLE_LINKS), len(low))
        words = low[:cut]
        owner = max((i for i, w in enumerate(words) if w in ("'s", "'", "s")), default=-1)
        words = [w for w in words[owner + 1 :] if w[:1].isalnum()]
        if words:
            heads.add(words[-1])
    return heads
