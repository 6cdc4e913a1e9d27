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

:func:`.grouping.group_disagreements` reports each disagreement once: its strongest pair as
the evidence, the other statements as ``support``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

from ..models import Json
from ..nlp.gender import gender_of_name
from . import lexicon as lx
from .admitted import denied_then_admitted
from .agents import different_agents
from .anchored_occasions import one_anchored_occasion
from .apart import answers_both, rate_and_count, routine_and_occasion, state_then_plan
from .bare_phrases import bare_phrase
from .bounds import after_the_bound
from .causes import other_causes
from .claims import Item
from .cluster import Matter, Position
from .counted_wholes import one_count_of_a_whole, whole_apart
from .deontic import deontic
from .first_person import speaker_and_another
from .generic_themes import names_any_change
from .grown_counts import grown_since
from .headings import in_headline
from .kinds import denied_of_its_kind, happening_key, named_in_full
from .measured import measured_apart
from .members import member_of_universal
from .notice import NOTIFY
from .notice_topics import topics_apart
from .only_part import every_and_only, only_part
from .persons import one_person
from .restored import again_after_past
from .sides import affiliated, role_words
from .standing_counts import standing_counts
from .standing_rates import planned_after, standing_rates
from .target_kinds import targets_apart
from .telling import told_together
from .their_we import less_their_we
from .themes import PLACE_HEADS
from .timeframes import (
    counted_apart,
    dated_apart,
    days_apart,
    deciding_word,
    ended_as_foretold,
    forecast_then_news,
    halted_since,
    same_time_frame,
)
from .whole_and_part import whole_and_part
from .words import tokens

Kind = Literal["contradiction", "reversal", "rebuttal"]
# the matter of what a thing costs in all (:mod:`.sums`, :mod:`.cost_nouns`): one total, not
# a count that moves from day to day ("will cost 1.2 million", weeks later "put at 3.6 million")
TOTAL_COST = "cost:¤"


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
    headline: bool = False  # said in the article's headline (see :func:`in_headline`)

    @classmethod
    def of(cls, pos: Position | Item) -> Evidence:
        item = pos.item if isinstance(pos, Position) else pos
        stance = pos.stance.label if isinstance(pos, Position) else "unclear"
        words = pos.stance.words if isinstance(pos, Position) else ()
        c = item.statement.content
        return cls(item.key, item.speaker_name, item.said, item.article, item.outlet, c.text,
                   c.start, c.end, stance, words, in_headline(item))  # fmt: skip

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
    # the evidence that set the confidence, (why, weight) (:mod:`.confidence`)
    factors: tuple[tuple[str, float], ...] = ()

    @classmethod
    def reversal(cls, earlier: Item, later: Item, confidence: float, reason: str) -> Contradiction:
        """One speaker's ``earlier`` words against their ``later`` ones, on no matter: a
        reversal found by what an article says of the change, not by the two stances."""
        a, b = Evidence.of(earlier), Evidence.of(later)
        rid = contradiction_id("reversal", a.statement, b.statement)
        return cls(rid, "reversal", a, b, confidence, None, None, reason)

    @property
    def statements(self) -> tuple[str, ...]:
        """Every statement behind the disagreement: the evidence pair, then its support."""
        return (self.a.statement, self.b.statement, *self.support)

    def to_dict(self) -> Json:
        return {
            "id": self.id, "kind": self.kind, "matter": self.matter,
            "confidence": round(self.confidence, 3), "cue": self.cue, "reason": self.reason,
            "a": self.a.to_dict(), "b": self.b.to_dict(), "support": list(self.support),
            "pairs": self.pairs, "factors": [list(f) for f in self.factors],
        }  # fmt: skip


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
        pairs = [(p, q) for p in yes for q in no]
        # "went to every ward" / "went only to the four eastern wards": the "only" says no
        pairs += [every_and_only(p, q) for i, p in enumerate(yes) for q in yes[i + 1 :]
                  if only_part(p, q)]  # fmt: skip
        for p, q in pairs:
            found = verdict(p, q, matter)
            if isinstance(found, Contradiction):
                key = ordered_pair(p.item.key, q.item.key)
                if key not in out or out[key].confidence < found.confidence:
                    out[key] = found
    return list(out.values())


def verdict(p: Position, q: Position, matter: Matter) -> Contradiction | str:
    """The contradiction or reversal two opposite certain stances on ``matter`` make, or the
    check that rejected them, named by its kind and itself ("time:counted"): "speaker" (one is
    unknown), "time:..." (two time frames), "topic:..." (two things, quantities or causes),
    "side:..." (one side, two doers, each their own act), "occasion" (one speaker, one
    occasion); :mod:`.near_misses` weighs the rejected ones."""
    a, b = p.item, q.item
    if a.speaker is None or b.speaker is None:
        return "speaker"
    if bare_phrase(a) or bare_phrase(b):
        return "topic:phrase"  # "confirmed the decision": a thing named, no claim about it
    apart = whole_apart(p, q, matter)  # "all 40 staff were consulted" / "twelve were sacked"
    if apart:
        return apart
    # "200,000 litres a day", weeks apart; "there are 41 children on the roll" / "we have 56"
    rates = ":" in matter.event and (standing_rates(p, q) or standing_counts(p, q))
    rates = rates or one_count_of_a_whole(p, q, matter)  # "every one of the 96 trees", weeks apart
    if (
        not same_time_frame(p, q)
        and not denied_then_admitted(p, q)
        and not rates
        and not one_anchored_occasion(p, q)  # "when the river overtopped", told weeks apart
    ):
        return "time:frame"  # two times; but a past event one speaker denied, then owned up to
    if ":" in matter.event and planned_after(p, q):
        return "time:planned"  # "from May we will blast once a week" / "it is twice a week" (April)
    ents_p, ents_q = p.stance.entities, q.stance.entities
    own_p = own_side_out(p) if not names_a_doer(q) else ents_p
    own_q = own_side_out(q) if not names_a_doer(p) else ents_q
    own_p, own_q = less_their_we(own_p, q), less_their_we(own_q, p)  # "nobody from X" / "we"
    if (
        own_p
        and own_q
        and own_p != own_q
        and not (own_p & own_q) - PLACE_HEADS
        and not member_of_universal(p, q)
        and not denied_then_admitted(p, q)
    ):
        # about different people or things
        return "topic:others"  # ("Manafort pleaded" vs "Papadopoulos";
        # "Elm Street" vs "Main Street" share only the word that makes them places); not
        # "no library in Dunsholt" against "Kiln Lane library": a kind and one member of it;
        # nor a past denial owned up to by the thing's own name: "I never spoke to the Echo",
        # then "I did speak to Ms Orrin in April"
    yes_no = (
        (p.stance.theme, q.stance.theme)
        if p.stance.label == "yes"
        else (q.stance.theme, p.stance.theme)
    )
    if (
        not same_theme(p, q)
        and not denied_of_its_kind(*yes_no, happening_key(matter.event, p, q))
        and not whole_and_part(p, q)
    ):
        # one verb, two things: "notified all users" vs "not notified her office"; not
        # "every player has been paid" vs "four of the lads had not been paid"
        return "topic:theme"
    if matter.event == NOTIFY and topics_apart(
        p.stance.clause, p.stance.words[0], q.stance.clause, q.stance.words[0]
    ):
        # notice of two things: "did not know of the leak" vs "told of the cuts"
        return "topic:notice"
    if measured_apart(matter.event, a, b):
        return "topic:measured"  # "profits fell" and "double the redundancy pay": two quantities
    if different_agents(p, q):
        # one verb, two doers: "the club agreed to sell", "the council never did"
        return "side:agents"
    if speaker_and_another(p, q):
        # "I am not staying" against "the library will stay": the speaker's act and another's
        return "side:first-person"
    one = one_person(a, b)
    if not one and affiliated(a, b):
        return "side:affiliated"  # a spokeswoman and her company speak for one side
    if not one and _two_agents(p, q):
        return "side:own-acts"  # "I will vote against it" and "I will vote for it": two voters
    if not one and forecast_then_news(p, q):
        # "the bridge will remain open", then weeks later "we are closing it today"
        return "time:forecast"
    if ended_as_foretold(p, q) or halted_since(p, q):
        # "would stay open until all return", then "closed after all returned"
        return "time:foretold"
    if after_the_bound(p, q):
        # "will stay open until the end of the year" and "it would close the lab"
        return "time:bound"
    if (
        ":" in matter.event
        and matter.event != TOTAL_COST
        and (counted_apart(p, q) or grown_since(p, q))
        and not told_together(p, q)
        and not rates
    ):
        # "12 people died" (May 2), "15 people died" (May 4): a toll that grew
        return "time:counted"
    # a percentage is no rate of a day: "the average bill has risen by 18 per cent"
    if ":" in matter.event and not matter.event.endswith(":percent") and rate_and_count(p, q):
        return "time:rate"  # "averages 300 patients a day" and "saw 412 patients on Monday"
    if answers_both(p, q):
        # "stay open, and the giraffe house closed" against "the house stays closed"
        return "topic:answers"
    if targets_apart(matter.event, p, q):
        return "topic:targets"  # "met its recycling target" and "missed its leakage target"
    if not one and state_then_plan(p, q):
        # "we are not allowed to", then weeks later "pharmacists will be allowed"
        return "time:plan"
    if not one and routine_and_occasion(p, q):
        # "she has been running every morning" and "she will not run in the relay"
        return "time:routine"
    if deontic(p) != deontic(q):
        # "should not be certified" (a demand) against "will be certified" (a fact)
        return "topic:deontic"
    if other_causes(p, q):
        # "no layoffs as a result of the merger", "the layoffs from the closures"
        return "topic:causes"
    if again_after_past(p, q):
        return "time:again"  # "the water is safe again" and "the water was not safe on June 8"
    first, second = (p, q) if (a.said or "", a.key) <= (b.said or "", b.key) else (q, p)
    confidence = 0.55 + 0.15 * (p.stance.certainty + q.stance.certainty - 1.0)
    if p.stance.times and q.stance.times:
        confidence += 0.1
    if ents_p & ents_q:
        confidence += 0.05  # both name the same people: better evidence than "the leaders"
    if one:
        days = days_apart(a.said, b.said)
        if not days or (a.article == b.article and not dated_apart(a, b, days)):
            return "occasion"  # one speaker, one occasion: more likely our misreading than a U-turn
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


def own_side_out(p: Position) -> frozenset[str]:
    """The entities of a stance less the speaker's own body, named in its role ("Gannet Line
    would not charter a ship", said by Gannet Line's director, is her "we"): a speaker naming
    her own side does not make the statement about something else."""
    return p.stance.entities - role_words(p.item)


def names_a_doer(p: Position) -> bool:
    """Whether the stance names someone before its deciding word, the doer of its event
    ("Puffin Ferries will raise fares"): against it, a speaker naming her own body names
    another doer, not her "we" ("We have chartered the MV Corran Bay" names only a thing)."""
    if not p.stance.words:
        return False
    low = [t.lower() for t in tokens(p.stance.clause)]
    word = p.stance.words[0].lower()
    at = low.index(word) if word in low else 0
    return any(w in p.stance.entities for w in low[:at])


def _colleagues(a: Item, b: Item) -> bool:
    """Whether two speakers share a role word or a body ("council member", "at Halvorsen"):
    their "we" is one body, whose two answers disagree."""
    return bool(role_words(a) & role_words(b))


def _two_agents(p: Position, q: Position) -> bool:
    """Whether two speakers each tell their own act: two agents, not two answers. Colleagues
    who both say "we" speak for one body, whose two answers disagree ("we will close the
    plant" / "we will not"); each saying "I" ("I will vote for the levy" / "I will not"),
    two members of one council still cast two votes."""
    sp, sq = own_act(p), own_act(q)
    if sp is None or sq is None:
        return False
    return not (sp == sq == "we" and _colleagues(p.item, q.item))


def own_act(p: Position) -> str | None:
    """The subject word when the stance is about the speaker's own act: the deciding clause
    has "I" or "we" for the subject of its event ("I will vote for the levy", "we will not
    strike"), or, in reported words, "he" or "she" ("she would vote against it"); else None."""
    low, at = deciding_word(p)
    if at < 0:
        return None
    k = at - 1
    while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS
                      or low[k] in lx.NEGATORS or low[k].endswith("ly")):  # fmt: skip
        k -= 1
    if k < 0 or not p.stance.future:
        return None  # a fact ("we approved the contract") is shared, not one's own act
    if low[k] in ("i", "we"):
        return low[k]
    # reported: "she would vote against the project", said of herself (unless her name says
    # "he": a first name of unknown gender does not rule her out)
    first = (p.item.speaker_name or "").split()[:1]
    pronoun = {"he": "m", "she": "f"}.get(low[k])
    own = (
        pronoun is not None
        and p.item.statement.kind != "direct"
        and bool(first)
        and gender_of_name(first[0]) in (pronoun, None)
    )
    return low[k] if own else None


def same_theme(p: Position, q: Position) -> bool:
    """Whether two stances can be about one thing: their themes (:mod:`.themes`) share a word,
    or one of them has none we can read.

    Checked within an article, where statements on one event are linked almost freely (the
    event and the story suffice); across articles the link itself already asked for shared
    words or close meaning, and an outlet may name the thing in other words ("the school
    budget", "the education spending plan")."""
    a, b = p.stance.theme, q.stance.theme
    return (
        not a
        or not b
        or bool(a & b)
        or _only_a_shared_name(a, p, q)
        or _only_a_shared_name(b, p, q)
        or named_by_its_head(p, q)
        or named_by_its_head(q, p)
        or (
            p.item.article == q.item.article
            and (names_any_change(a, p.stance.clause) or names_any_change(b, q.stance.clause))
        )
    )


def named_by_its_head(p: Position, q: Position) -> bool:
    """Whether ``p`` names its thing by a name ("Corran Bridge will reopen") whose head word is
    all of ``q``'s theme ("the bridge will not reopen"): one thing, named in full and then by
    its common noun. ``q`` names no other thing of the kind (no name of its own)."""
    return named_in_full(p.stance.theme, p.stance.entities, q.stance.theme, q.stance.entities)


def _only_a_shared_name(theme: frozenset[str], p: Position, q: Position) -> bool:
    """Whether ``theme`` is only a name both stances give: "Fenwater will stay open" is about
    the thing "the Fenwater lab will close" names by the same word."""
    shared = p.stance.entities & q.stance.entities
    return bool(shared) and theme <= shared | {lx.stem(e) for e in shared}
