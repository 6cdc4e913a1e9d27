"""Contradictions, reversals and rebuttals between statements, with their evidence.

* **contradiction**: two different speakers, both certain and opposite on one matter, about
  the same time frame.
* **reversal**: one speaker, certain and opposite on one matter at two different dates.
* **rebuttal**: explicit language ("pushed back on Sanders' statement", "disputed the
  mayor's timeline", "contradicting the official stance of the White House") links the
  rebutting statement to the target's closest statement, even within one sentence
  (:mod:`.rebuttals`).

Hedged, conditional, differently timed pairs are not contradictions; nor is a speaker quoting
an opponent (the quoted words are "reported" in :mod:`.claims` and take no stance), nor two
speakers of one side (a spokeswoman and her company, :func:`affiliated`).

:func:`group_disagreements` reports each disagreement once: its strongest pair as the
evidence, the other statements as ``support``.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass, replace
from typing import Literal

from ..models import Json
from . import lexicon as lx
from .claims import Item, tokens
from .cluster import Matter, Position
from .events import DISCOVERY
from .themes import PAST, QUANTIFIER_NEGATORS

Kind = Literal["contradiction", "reversal", "rebuttal"]

# present-tense claims are about the day they were made: compared only this close together
PRESENT_WINDOW_DAYS = 2
# a past occasion told again (:func:`one_past_occasion`) is told within this many days
OCCASION_DAYS = 45
# words of a rebuttal's target or a speaker's role that name no one ("the official stance of
# the ..."): shared with :mod:`.rebuttals`, which matches targets to speakers
GENERIC_TARGET = frozenset({
    "the", "a", "an", "of", "'s", "s", "'", "official", "its", "his", "her", "their", "own",
    "earlier", "latest", "recent", "new",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Evidence:
    """One side of a contradiction: the statement, its speaker, date, article and stance."""

    statement: str
    speaker: str | None
    date: str | None
    article: str
    outlet: str | None
    text: str
    start: int
    end: int
    stance: str
    words: tuple[str, ...] = ()

    @classmethod
    def of(cls, pos: Position | Item) -> Evidence:
        item = pos.item if isinstance(pos, Position) else pos
        stance = pos.stance.label if isinstance(pos, Position) else "unclear"
        words = pos.stance.words if isinstance(pos, Position) else ()
        c = item.statement.content
        return cls(item.key, item.speaker_name, item.said, item.article, item.outlet, c.text,
                   c.start, c.end, stance, words)  # fmt: skip

    def to_dict(self) -> Json:
        return {
            "statement": self.statement, "speaker": self.speaker, "date": self.date,
            "article": self.article, "outlet": self.outlet, "text": self.text,
            "start": self.start, "end": self.end, "stance": self.stance, "words": list(self.words),
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two statements that cannot both hold, with the confidence and the evidence."""

    id: str
    kind: Kind
    a: Evidence
    b: Evidence
    confidence: float
    matter: str | None = None
    cue: str | None = None
    reason: str = ""
    # the other statements that back the same disagreement (the pair a-b is the strongest)
    support: tuple[str, ...] = ()
    pairs: int = 1  # how many statement pairs the disagreement was found in

    @property
    def statements(self) -> tuple[str, ...]:
        """Every statement behind the disagreement: the evidence pair, then its support."""
        return (self.a.statement, self.b.statement, *self.support)

    def to_dict(self) -> Json:
        return {
            "id": self.id, "kind": self.kind, "matter": self.matter,
            "confidence": round(self.confidence, 3), "cue": self.cue, "reason": self.reason,
            "a": self.a.to_dict(), "b": self.b.to_dict(), "support": list(self.support),
            "pairs": self.pairs,
        }  # fmt: skip


def _days(a: str | None, b: str | None) -> int | None:
    try:
        da = datetime.date.fromisoformat((a or "")[:10])
        db = datetime.date.fromisoformat((b or "")[:10])
    except ValueError:
        return None
    return abs((da - db).days)


def same_time_frame(p: Position, q: Position) -> bool:
    """Whether two stances are about the same time (and so can contradict)."""
    if p.stance.times and q.stance.times:
        return bool(p.stance.times & q.stance.times)
    timed, untimed = (p, q) if p.stance.times else (q, p)
    year = (untimed.item.said or "")[:4]
    if timed.stance.times and year.isdigit() and min(y for y, _ in timed.stance.times) > int(year):
        return False  # "no further reductions in 2025" against cuts said of 2024
    said = untimed.item.said or ""
    if (
        timed.stance.times
        and untimed.stance.future
        and re.match(r"\d{4}-\d\d", said)
        and max(timed.stance.times) < (int(said[:4]), int(said[5:7]))
    ):
        return False  # "no closure this winter" (said in March) and, later, "will close"
    if p.stance.future or q.stance.future:
        return True  # a plan or a forecast, against one that is untimed or also ahead
    days = _days(p.item.said, q.item.said)
    if days is not None and days <= PRESENT_WINDOW_DAYS:
        return True
    return one_past_occasion(p, q) or found_since(p, q)


def found_since(p: Position, q: Position) -> bool:
    """Whether the later stance finds a defect the earlier one denied ("there is no crack" on
    March 9, "we found cracks" on March 25): a crack found was there before it was found, so
    both speak of the days between (within :data:`OCCASION_DAYS`). Only defects
    (:data:`_DEFECTS`): a buyer or money found is new; and not when the earlier words were a
    finding too (a later inspection can find what an earlier one did not)."""
    days = _days(p.item.said, q.item.said)
    if days is None or days > OCCASION_DAYS:
        return False
    first, second = sorted((p, q), key=lambda x: x.item.said or "")
    if first.stance.future or second.stance.future:
        return False
    if not second.stance.words or lx.stem(second.stance.words[0].lower()) not in _DEFECTS:
        return False  # a buyer, money, a solution found were not there before
    if any(t.lower() in DISCOVERY for t in tokens(first.stance.clause)):
        return False  # "found no cracks", then "found cracks": two inspections, two days
    low = [t.lower() for t in tokens(second.stance.clause)]
    word = second.stance.words[0].lower()
    at = low.index(word) if word in low else 0
    return any(w in DISCOVERY for w in low[:at])


# things that, once found, were there before: defects and their traces, not things acquired
_DEFECTS = frozenset(lx.stem(w) for w in (
    "crack", "cracks", "leak", "leaks", "flaw", "flaws", "defect", "defects", "corrosion",
    "rust", "fault", "faults", "mold", "mould", "asbestos", "contamination", "damage",
    "fracture", "fractures", "bacteria", "breach", "malware", "fraud", "error", "errors",
))  # fmt: skip


def counted_apart(p: Position, q: Position) -> bool:
    """Whether two figures of a quantity (:mod:`.figures`) were given on different days for
    no one time: a count (deaths, cases, arrests, the cost so far) moves from day to day, so
    only figures of one day, of a time both name, or both forecasts can disagree."""
    if (p.stance.times and q.stance.times) or (p.stance.future and q.stance.future):
        return False
    days = _days(p.item.said, q.item.said)
    return days is None or days >= 1


def forecast_then_news(p: Position, q: Position) -> bool:
    """Whether one stance is a forecast and the other, said days apart, tells the present.

    "The bridge would remain open" (March 9) and another speaker's "we are closing the bridge
    today" (March 26) do not disagree about one time: the second tells what came of the
    first. Both must be untimed (a time they name decides, :func:`same_time_frame`). One
    speaker saying both has changed course, a reversal: this is asked of two speakers only."""
    if p.stance.future == q.stance.future or p.stance.times or q.stance.times:
        return False
    days = _days(p.item.said, q.item.said)
    if days is None or days <= PRESENT_WINDOW_DAYS:
        return False
    forecast, news = (p, q) if p.stance.future else (q, p)
    if (news.item.said or "") < (forecast.item.said or ""):
        return False  # the present came first: no news of what came of the forecast
    return _reports_act(news)


def _reports_act(p: Position) -> bool:
    """Whether a present stance reports an act under way or done ("we are closing the bridge
    today", "the plant has closed"): asserted, in the progressive, the perfect, the past or
    with "today". "The plant is not closing" denies the forecast: not news of what came."""
    if any(w.lower() in lx.NEGATORS or w.lower().endswith("n't") for w in p.stance.words[1:]):
        return False  # a denial of the event, not an act
    low = [t.lower() for t in tokens(p.stance.clause)]
    word = p.stance.words[0].lower() if p.stance.words else ""
    return (word.endswith(("ing", "ed")) or "today" in low or p.stance.settled
            or bool(set(low) & {"has", "have", "had", "was", "were"}))  # fmt: skip


def one_past_occasion(p: Position, q: Position) -> bool:
    """Whether two past-tense stances said on different days tell one past occasion.

    "No medical records were accessed" (June 10) and "records had been accessed" (June 24)
    are about one breach: the earlier words must be settled (:func:`.themes.settled_past`),
    for a denial of what is still to come ("the county had not received an application")
    can turn true later. The later words need only be in the past."""
    days = _days(p.item.said, q.item.said)
    if days is None:
        return False  # undated: no telling which came first
    if days > OCCASION_DAYS:
        return False  # a year on, "the council did not approve the budget" is another vote
    first, second = sorted((p, q), key=lambda x: x.item.said or "")
    if any(w in QUANTIFIER_NEGATORS for w in first.stance.words):
        # "no agreement was reached" and, later, "an agreement was reached" tell two days; the
        # later words go back to the same occasion only in the pluperfect ("had been accessed")
        # ... and, between two speakers, only when both name the occasion: a time of it, or a
        # noun for it ("the breach"); in reported speech "had" is mere backshift, and "by
        # Friday they had reached an agreement" tells a later day
        low = {t.lower() for t in tokens(second.stance.clause)}
        if not first.stance.settled or "had" not in low or low & _LATER:
            return False
        if first.stance.times & second.stance.times:
            return True
        if first.item.speaker is not None and first.item.speaker == second.item.speaker:
            return True  # the speaker's own account of the event revised ("had been accessed")
        mine = {lx.stem(t.lower()) for t in tokens(first.stance.clause)}
        return bool(mine & {lx.stem(w) for w in low} & _OCCASIONS)
    later_past = second.stance.settled or (not second.stance.future and _past_words(second))
    return first.stance.settled and later_past


# words of a later day than the one denied
_LATER = frozenset({"now", "yet", "since", "by", "finally", "eventually", "later", "after",
                    "afterwards", "subsequently", "then"})  # fmt: skip
# nouns that name one occasion, which both statements can tell ("the breach", "the outage")
_OCCASIONS = frozenset(lx.stem(w) for w in (
    "breach", "outage", "attack", "fire", "crash", "accident", "incident", "hack", "leak",
    "collapse", "explosion", "storm", "flood", "shooting", "raid", "derailment", "spill",
    "cyberattack", "blackout",
))  # fmt: skip


def _past_words(p: Position) -> bool:
    low = {t.lower() for t in tokens(p.stance.clause)}
    return bool(low & PAST) and "now" not in low


def _dated_apart(a: Item, b: Item, days: int) -> bool:
    """Whether one article dates two statements of a speaker on different occasions from its
    own words ("On Nov. 5, Blaine said ..." and, Wednesday, "I concede"), not by default."""
    dates = [it.statement.date for it in (a, b)]
    if days < 2 or any(d is None or d.basis == "published" for d in dates):
        return False
    return any(d is not None and d.basis == "sentence" for d in dates)


def contradiction_id(kind: str, a: str, b: str) -> str:
    """A stable id of a disagreement of ``kind`` between statements ``a`` and ``b`` (in
    order), so a re-analysis of the same store gives the same ids."""
    return "c" + hashlib.sha1(f"{kind}|{a}|{b}".encode()).hexdigest()[:10]


def ordered_pair(a: str, b: str) -> tuple[str, str]:
    """Two statement keys in sorted order: one pair whichever side was found first."""
    return (a, b) if a <= b else (b, a)


def find_contradictions(matters: list[Matter]) -> list[Contradiction]:
    """Contradictions and reversals within each matter."""
    out: dict[tuple[str, str], Contradiction] = {}
    for matter in matters:
        yes = [p for p in matter.positions if p.stance.label == "yes" and p.stance.certain]
        no = [p for p in matter.positions if p.stance.label == "no" and p.stance.certain]
        for p in yes:
            for q in no:
                found = _judge(p, q, matter)
                if found is not None:
                    key = ordered_pair(p.item.key, q.item.key)
                    if key not in out or out[key].confidence < found.confidence:
                        out[key] = found
    return list(out.values())


def _judge(p: Position, q: Position, matter: Matter) -> Contradiction | None:
    a, b = p.item, q.item
    if a.speaker is None or b.speaker is None or not same_time_frame(p, q):
        return None
    ents_p, ents_q = p.stance.entities, q.stance.entities
    if ents_p and ents_q and not ents_p & ents_q:
        return None  # about different people or things ("Manafort pleaded" vs "Papadopoulos")
    if a.article == b.article and not same_theme(p, q):
        return None  # one verb, two things: "notified all users" vs "not notified her office"
    if a.speaker != b.speaker and affiliated(a, b):
        return None  # a spokeswoman and her company speak for one side
    if a.speaker != b.speaker and forecast_then_news(p, q):
        return None  # "the bridge will remain open", then weeks later "we are closing it today"
    if ":" in matter.event and counted_apart(p, q):
        return None  # "12 people died" (May 2), "15 people died" (May 4): a toll that grew
    if deontic(p) != deontic(q):
        return None  # "should not be certified" (a demand) against "will be certified" (a fact)
    first, second = (p, q) if (a.said or "", a.key) <= (b.said or "", b.key) else (q, p)
    confidence = 0.55 + 0.15 * (p.stance.certainty + q.stance.certainty - 1.0)
    if p.stance.times and q.stance.times:
        confidence += 0.1
    if ents_p & ents_q:
        confidence += 0.05  # both name the same people: better evidence than "the leaders"
    if a.speaker == b.speaker:
        days = _days(a.said, b.said)
        if not days or (a.article == b.article and not _dated_apart(a, b, days)):
            return None  # one speaker, one occasion: more likely our misreading than a U-turn
        kind: Kind = "reversal"
        reason = f"{a.speaker_name} answered {matter.question!r} both ways, {days} days apart"
    else:
        kind = "contradiction"
        reason = (
            f"{a.speaker_name} and {b.speaker_name} give opposite answers to {matter.question!r}"
        )
    ea, eb = Evidence.of(first), Evidence.of(second)
    return Contradiction(contradiction_id(kind, ea.statement, eb.statement), kind, ea, eb,
                         min(confidence, 0.95), matter.id, None, reason)  # fmt: skip


def same_theme(p: Position, q: Position) -> bool:
    """Whether two stances can be about one thing: their themes (:mod:`.themes`) share a word,
    or one of them has none we can read.

    Checked within an article, where statements on one event are linked almost freely (the
    event and the story suffice); across articles the link itself already asked for shared
    words or close meaning, and an outlet may name the thing in other words ("the school
    budget", "the education spending plan")."""
    a, b = p.stance.theme, q.stance.theme
    return not a or not b or bool(a & b)


_OUGHT = frozenset({"should", "ought", "must", "shouldn't", "mustn't"})


def deontic(p: Position) -> bool:
    """Whether the deciding clause says what ought to be ("owners should not charge"), not what
    is or will be: a demand does not contradict a fact or a forecast, only another demand. A
    clause with "you" for its subject is a norm too: in a quote, "you" is anyone.

    The modal must govern the event (within three words before it), not a verb of saying
    ("I must say the bridge will reopen"); "should" with a time the claim is about is a
    forecast ("the bridge should reopen in March"), not a demand."""
    low = [t.lower() for t in tokens(p.stance.clause)]
    event = next((w.lower() for w in p.stance.words), "")
    at = low.index(event) if event in low else len(low)
    if _generic_you(low, at):
        return True  # generic "you" ("you do not retire a technician"): a norm, no one's act
    for i in range(max(0, at - 3), at):
        if low[i] not in _OUGHT:
            continue
        after = low[i + 1] if i + 1 < len(low) else ""
        if after in lx.REPORT_VERBS or after in lx.BELIEFS or after in ("admit", "confess"):
            continue
        if low[i].startswith("should") and p.stance.times:
            continue
        return True
    return False


# between a generic "you" and its verb: a norm's auxiliaries ("you do not", "you can't")
_NORM_AUX = frozenset({"do", "don't", "does", "not", "n't", "never", "can", "cannot", "can't",
                       "should", "shouldn't", "must", "mustn't", "just", "simply"})  # fmt: skip
_NOT_NORM = frozenset({"see", "know", "tell", "be", "sure", "bet", "imagine", "believe", "think"})


def _generic_you(low: list[str], at: int) -> bool:
    """Whether "you" is the subject of the event at ``at`` in a norm: right before its verb
    or its norm's auxiliaries ("you do not retire a technician", "you can't close a clinic"),
    not "you can be sure the clinic will close", "you will see it close", "as you know"."""
    if at >= len(low) or low[at] in _NOT_NORM:
        return False
    k = at - 1
    while k >= 0 and low[k] in _NORM_AUX:
        k -= 1
    return k >= 0 and low[k] == "you" and (k == 0 or low[k - 1] not in ("as", "tell", "if"))


# words of a role or a mention too general to tie a speaker to an organization
_GENERIC_ROLE = GENERIC_TARGET | frozenset({
    "state", "city", "county", "federal", "national", "spokesman", "spokeswoman",
    "spokesperson", "president", "chief", "director", "officer", "secretary", "department",
    "executive", "head", "member", "for", "at", "and", "on", "in", "to", "who", "which",
    "about", "local", "representative", "mr", "ms", "mrs", "dr",
    # people described in bulk, shared by unrelated bodies ("represents library workers" and
    # the "Dock Workers Union")
    "workers", "employees", "staff", "members", "residents",
})  # fmt: skip


def _name_words(item: Item) -> set[str]:
    return {t.lower().strip("'’.") for t in tokens(item.speaker_name or "") if t[0].isalnum()}


def _role_words(item: Item) -> set[str]:
    text = " ".join(item.roles)
    if item.statement.speaker.mention is not None:
        text += " " + item.statement.speaker.mention.text
    words = {t.lower().strip("'’.") for t in tokens(text) if t[0].isalnum()}
    return words - _name_words(item) - _GENERIC_ROLE


def affiliated(a: Item, b: Item) -> bool:
    """Whether one speaker speaks for the other (a name word in the other's role or mention:
    "Halvorsen Paper Co." and "Halvorsen spokeswoman Diane Castellane")."""
    na, nb = _name_words(a) - _GENERIC_ROLE, _name_words(b) - _GENERIC_ROLE
    return bool(na & _role_words(b) or nb & _role_words(a))


def speaker_sides(items: list[Item]) -> dict[str, str]:
    """Statement key -> its side: speakers who speak for one another (:func:`affiliated`)
    are one side ("Halvorsen Paper Co.", its spokeswoman and its chief executive)."""
    names: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    label: dict[str, str] = {}
    for it in items:
        if it.speaker is None:
            continue
        names.setdefault(it.speaker, set()).update(_name_words(it) - _GENERIC_ROLE)
        roles.setdefault(it.speaker, set()).update(_role_words(it))
        label.setdefault(it.speaker, (it.speaker_name or it.speaker).casefold())
    parent = {k: k for k in names}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    speakers = sorted(names)
    for x, a in enumerate(speakers):
        for b in speakers[x + 1 :]:
            if names[a] & roles[b] or names[b] & roles[a]:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    side = {k: label[find(k)] for k in names}
    return {it.key: side[it.speaker] for it in items if it.speaker is not None}


def group_key(c: Contradiction, sides: dict[str, str] | None = None) -> tuple[str, ...]:
    """What makes two pairs one disagreement.

    A contradiction: the matter and the unordered pair of speakers. A reversal: the matter, the
    speaker and the two positions in order (yes then no is not no then yes). A rebuttal: the
    unordered pair of speakers (its matter is only the closest one).
    """
    sides = sides or {}
    sa, sb = sorted(sides.get(e.statement, (e.speaker or "").casefold()) for e in (c.a, c.b))
    if c.kind == "reversal":
        return ("reversal", c.matter or "", sa, c.a.stance, c.b.stance)
    if c.kind == "rebuttal":
        return ("rebuttal", sa, sb)
    return ("contradiction", c.matter or "", sa, sb)


def _strength(c: Contradiction) -> tuple[float, bool, float, str]:
    both = c.a.stance in ("yes", "no") and c.b.stance in ("yes", "no")
    return (round(c.confidence, 6), c.cue is not None and both, -len(c.a.text + c.b.text), c.id)


def _holding(
    groups: dict[tuple[str, ...], list[Contradiction]], rebuttals: list[Contradiction]
) -> tuple[str, ...] | None:
    """The contradiction that already holds a rebuttal's rebutting statement, when the
    rebutted statement takes no stance (the cue then backs that contradiction: Markovic
    "pushed back on the state's assessment", given by the state's spokesman)."""
    for r in rebuttals:
        if r.b.stance in ("yes", "no"):
            return None
        for key, members in groups.items():
            if key[0] == "contradiction" and any(
                r.a.statement in (m.a.statement, m.b.statement) for m in members
            ):
                return key
    return None


def _related(rebuttals: list[Contradiction], members: list[Contradiction]) -> bool:
    """Whether rebuttals are about the disagreement ``members`` report: the same matter, or
    a statement in common."""
    matters = {m.matter for m in members}
    statements = {sid for m in members for sid in (m.a.statement, m.b.statement)}
    return any(
        r.matter in matters or {r.a.statement, r.b.statement} & statements for r in rebuttals
    )


def group_disagreements(
    found: list[Contradiction], sides: dict[str, str] | None = None
) -> list[Contradiction]:
    """Report each disagreement once: its strongest pair, the other statements as support.

    Pairs are grouped by :func:`group_key` (``sides``: statement key -> side, from
    :func:`speaker_sides`; default each speaker's name). A rebuttal between two speakers who also
    contradict each other on its matter (or with a statement in common) is folded into that
    contradiction (its cue backs it) rather than reported again. The group's confidence is its
    best pair's, plus 0.03 for each further pair (at most +0.15, and 0.95 in all).
    """
    groups: dict[tuple[str, ...], list[Contradiction]] = {}
    for c in found:
        groups.setdefault(group_key(c, sides), []).append(c)
    by_speakers: dict[tuple[str, str], tuple[str, ...]] = {}
    for key in groups:
        if key[0] == "contradiction":
            pair = (key[2], key[3])
            best = max(groups[key], key=_strength)
            old = by_speakers.get(pair)
            if old is None or _strength(max(groups[old], key=_strength)) < _strength(best):
                by_speakers[pair] = key
    for key in [k for k in groups if k[0] == "rebuttal"]:
        target = by_speakers.get((key[1], key[2]))
        if target is not None and not _related(groups[key], groups[target]):
            target = None  # the two also disagree, but on another matter: a rebuttal of its own
        if target is None:
            target = _holding(groups, groups[key])
        if target is not None:
            groups[target].extend(groups.pop(key))
    out: list[Contradiction] = []
    for members in groups.values():
        best = max(members, key=_strength)
        if best.kind == "rebuttal" and any(m.kind != "rebuttal" for m in members):
            best = max((m for m in members if m.kind != "rebuttal"), key=_strength)
        cue = best.cue or next((m.cue for m in members if m.cue), None)
        seen = {best.a.statement, best.b.statement}
        support: list[str] = []
        for m in sorted(members, key=_strength, reverse=True):
            for sid in (m.a.statement, m.b.statement):
                if sid not in seen:
                    seen.add(sid)
                    support.append(sid)
        pairs = len({frozenset((m.a.statement, m.b.statement)) for m in members})
        confidence = best.confidence
        if cue is not None and best.cue is None:
            confidence += 0.15
        confidence = min(0.95, confidence + min(0.15, 0.03 * (pairs - 1)))
        out.append(replace(best, cue=cue, confidence=confidence, support=tuple(support),
                           pairs=pairs))  # fmt: skip
    return out
