"""When two stances are about the same time, and so can contradict.

A statement is about a time: one it names ("in March", "next winter"), the future for a plan or a
forecast, or the day it was said for a present-tense claim. :func:`same_time_frame` decides
whether two stances share one; the rest say when a pair that seems to share one does not
(a forecast against later news, counts given on different days) or does although said days
apart (one past occasion told twice, a defect found that an earlier statement denied).
"""

from __future__ import annotations

import datetime
import re

from . import lexicon as lx
from .claims import Item
from .cluster import Position
from .days import days_apart as days_apart
from .days import said_month
from .deadlines import denied_until
from .denied_ahead import never_ahead
from .event_bounds import bounded_apart
from .ever_denials import ever_denied
from .finite import finite_past
from .found import DISCOVERY
from .own_views import own_view_changed
from .owned_up import owned_up
from .perfect_denials import denied_up_to
from .recent_days import later_recent_occasion
from .senses import HALT
from .since_denials import before_since, denied_since
from .themes import PAST, QUANTIFIER_NEGATORS
from .told_again import LATER, OCCASION_NOUNS, goes_back
from .words import tokens

# present-tense claims are about the day they were made: compared only this close together
PRESENT_WINDOW_DAYS = 2
# a past occasion told again (:func:`one_past_occasion`) is told within this many days
OCCASION_DAYS = 45


def deciding_word(p: Position) -> tuple[list[str], int]:
    """The stance's clause in lower-case tokens, and where its deciding word stands in it
    (-1 when it does not)."""
    low = [t.lower() for t in tokens(p.stance.clause)]
    word = p.stance.words[0].lower() if p.stance.words else ""
    return low, low.index(word) if word in low else -1


def same_time_frame(p: Position, q: Position) -> bool:
    """Whether two stances are about the same time (and so can contradict)."""
    if p.stance.times and q.stance.times:
        if before_since(p, q):
            return False  # "not inspected since 2029" and "inspected in March 2029"
        return bool(p.stance.times & q.stance.times) or denied_since(p, q) or denied_until(p, q)
    if own_view_changed(p, q) or owned_up(p, q):
        return True  # "I oppose the wind farm", then "I now support it": a change of mind;
        # "there is a shortage, and I should have said so earlier": the earlier day too
    if bounded_apart(p, q):
        return False  # "would not repair it before the race" and "repairs start in June"
    if _so_far(p, q) or _so_far(q, p):
        return False  # "the city will pay compensation" and "none has been offered so far"
    timed, untimed = (p, q) if p.stance.times else (q, p)
    year = (untimed.item.said or "")[:4]
    if (
        timed.stance.times
        and year.isdigit()
        and min(y for y, _ in timed.stance.times) > int(year)
        and not never_ahead(untimed, timed)
    ):
        return False  # "no further reductions in 2025" against cuts said of 2024
    said = untimed.item.said or ""
    if (
        timed.stance.times
        and untimed.stance.future
        and re.match(r"\d{4}-\d\d", said)
        and max(timed.stance.times) < (int(said[:4]), int(said[5:7]))
    ):
        return False  # "no closure this winter" (said in March) and, later, "will close"
    if done_before(p, q) or done_before(q, p) or later_recent_occasion(p, q):
        return False  # "had closed its east wing" / "will reopen in May"; "voted on Monday"
    if p.stance.future or q.stance.future:
        return True  # a plan or a forecast, against one that is untimed or also ahead
    days = days_apart(p.item.said, q.item.said)
    if days is not None and days <= PRESENT_WINDOW_DAYS:
        return True
    return (
        one_past_occasion(p, q)
        or found_since(p, q)
        or held_since(p, q)
        or dated_before(p, q)
        or denied_up_to(p, q)
        or ever_denied(p, q)  # "no assessment was ever done", after "one was carried out"
        or (disposition(p) and disposition(q) and days is not None and days <= OCCASION_DAYS)
    )


def done_before(plan: Position, done: Position) -> bool:
    """Whether ``plan`` says an event will come at a time it names and ``done`` tells, with no
    time, an event already done when it was said: "the library had closed its east wing" and
    "the east wing will reopen in May", "waits have dropped 10 percent" (March 25) and "waits
    will rise in July". What was done by a day is not what comes after it: the months named
    all lie after the month ``done`` was said, or ``done`` was said first (or the same day),
    so the plan looks ahead from after it. A plan to keep a state ("will stay open through
    May") says the state holds now, and is left to the other rules, as is news of a plan said
    after it ("we will reopen it in May", then "we closed it for good", a U-turn when it is
    said later). A denial ("no fines will be issued in October") is of another time than a
    thing done only when the months it names all lie after the month the thing done was
    told in ("I got a fine", told in September); told in October, the fine may be one it
    denies."""
    if not plan.stance.future or not plan.stance.times or plan.stance.label not in ("yes", "no"):
        return False
    if done.stance.future or done.stance.times or not completed(done):
        return False
    if set(deciding_word(plan)[0]) & _KEEPS:
        return False
    said = said_month(done.item.said)
    if said is None:
        return False
    if plan.stance.label == "no":
        # "no fines will be issued in October" (said October 1) and "I got a fine" (said
        # September 9): the fine was given before the month the denial speaks of
        return min(plan.stance.times) > said
    return (
        min(plan.stance.times) > said or (done.item.said or "")[:10] <= (plan.item.said or "")[:10]
    )


# verbs of a state kept: a plan to keep it says it holds now
_KEEPS = frozenset({"stay", "stays", "remain", "remains", "keep", "keeps", "continue",
                    "continues", "still"})  # fmt: skip
# auxiliaries of an event done: the perfect, the past ("did close", "was closed")
_DONE_AUX = frozenset({"has", "have", "had", "'ve", "did", "was", "were", "been"})


def completed(p: Position) -> bool:
    """Whether the stance tells its event done, in the perfect or the past: "the library had
    closed its east wing", "waits have dropped", "the wing closed last week", "waits fell",
    "was closed", and a thing the past act of a verb brought ("got a fine").
    Not denied ("has not closed" tells a state of now: the event may still come), not in a
    progressive ("had been closing"), not after a modal ("would have closed", "will have
    closed")."""
    if any(lx.negating(w.lower()) for w in p.stance.words[1:]):
        return False
    low, at = deciding_word(p)
    if at <= 0 or low[at].endswith("ing"):
        return False
    k = at - 1
    while k >= 0 and (low[k].endswith("ly") or low[k] in ("already", "now", "just")):
        k -= 1
    group = []
    while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS):
        group.append(low[k])
        k -= 1
    if any(w in lx.MODALS or w in lx.NEGATORS for w in group):
        return False
    if group:
        return bool(set(group) & _DONE_AUX)
    if at >= 2 and low[at - 1] in _ARTICLES and _past_getting(low, at - 2):
        return True  # a thing an act in the past brought: "got a fine", "received a refund"
    return finite_past(low, at, with_object=False) or low[at] in _PLAIN_PAST


_ARTICLES = frozenset({"a", "an"})
# past verbs of coming to have a thing: "got a fine", "received a letter"
_GOT = frozenset({"got", "received", "obtained", "won"})


def _past_getting(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a past verb of getting, not after a modal, "to" or a negator
    ("would have got a fine", "did not get a fine")."""
    if low[i] not in _GOT:
        return False
    before = low[max(0, i - 2) : i]
    return not any(w in lx.MODALS or w == "to" or lx.negating(w) for w in before)


# past forms that are no other form, told of a subject with no object ("waits fell 20 percent")
_PLAIN_PAST = frozenset({"fell", "rose", "grew", "sank", "shrank", "went", "came", "began"})


_SINCE = re.compile(r"\bsince\b")
# a state held ("have been in talks since", "has remained closed since"), not events counted
_STATE_HELD = re.compile(r"\b(?:been|remained|stayed|kept)\b")


def held_since(p: Position, q: Position) -> bool:
    """Whether one stance tells a state held since a time up to when it was said ("we have
    been in talks since early January", said March 26) and the other, untimed, was said
    within that span ("we are not in talks", March 3): both speak of March 3. Months only:
    said in the month the span begins ("since late March", said March 3) is not within it."""
    for timed, other in ((p, q), (q, p)):
        if not timed.stance.times or other.stance.times or other.stance.future:
            continue
        if timed.stance.future or not _SINCE.search(timed.stance.clause.lower()):
            continue
        if not _STATE_HELD.search(timed.stance.clause.lower()):
            continue  # "has cut 40 jobs since January": events counted, maybe all after
        start, end, said = (
            min(timed.stance.times),
            said_month(timed.item.said),
            said_month(other.item.said),
        )
        if end is not None and said is not None and start < said <= end:
            return True
    return False


# up to now: "so far", "yet"; and a perfect denied for all time so far ("have never asked",
# "have not ever asked", "hasn't ever asked")
_UP_TO_NOW = re.compile(r"\b(?:so far|to date|thus far|until now|as yet|yet)\b")
_NEVER_SO_FAR = re.compile(r"(?:\bhas|\bhave|['’]ve)(?:\s+never|\s+not\s+ever|n['’]t\s+ever)\b")
# the auxiliaries of a forecast ("would be given", "will run", "is going to ask")
FORECAST = frozenset({"will", "would", "'ll", "shall", "going"})
_PLANS = FORECAST | {"intend", "intends", "plan", "plans", "expect", "expects", "aim", "aims"}


def _so_far(plan: Position, now: Position) -> bool:
    """Whether ``plan`` is a promise, a plan or a forecast and ``now`` tells only what has
    happened up to now ("so far", "to date", "yet"): what is still to come is not denied by
    it. "Have never asked" does so only against a plan whose own deciding word is near "will"
    or "intend to": "will cover it under an agreement signed in August" rests on a past
    agreement, which "has never agreed" denies."""
    if not plan.stance.future or plan.stance.label != "yes":
        return False
    if now.stance.future or now.stance.label != "no":
        return False
    clause = now.stance.clause.lower()
    if _UP_TO_NOW.search(clause):
        return True
    low, at = deciding_word(plan)
    near = set(low[max(0, at - 4) : at + 3]) if at >= 0 else set()
    return bool(_NEVER_SO_FAR.search(clause) and _PLANS & near)


# adjectives of what a substance does to living things ("harmful to fish"): a disposition of
# the substance, the same on any day, not a state of the day it was said
_DISPOSITIONS = frozenset({
    "harmful", "toxic", "poisonous", "hazardous", "lethal", "deadly", "carcinogenic",
})  # fmt: skip
_STATES_OF_THE_DAY = frozenset({
    "water", "river", "lake", "stream", "creek", "pond", "reservoir", "sea", "beach", "bay",
    "soil", "air", "site", "well", "wells", "supply", "ground", "groundwater", "smoke",
    "now", "still", "longer", "currently", "today", "anymore",
})  # fmt: skip


def disposition(p: Position) -> bool:
    """Whether the stance says what a thing does to others by nature: "DX-40 is harmful to
    fish", "the solvent was not toxic to wildlife" (the deciding adjective, then "to")."""
    low, at = deciding_word(p)
    if at < 0 or low[at] not in _DISPOSITIONS or low[at + 1 : at + 2] != ["to"]:
        return False
    # a place or a medium that holds something now and not later ("the water in the river
    # is toxic to fish", "still toxic"): a state of the day, not what the thing does by nature
    return not set(low[:at]) & _STATES_OF_THE_DAY


def dated_before(p: Position, q: Position) -> bool:
    """Whether an untimed past stance and a later one dated before it tell one past:
    "no contaminated water reached our intake" (September 15) covers every day up to then, and
    "the solvent reached the intake on the night of September 12" (October 2) names one of
    them. Both in the past, within :data:`OCCASION_DAYS`; the later one's time must fall
    before the earlier one was said (an earlier month, or the same month and an earlier
    day it names)."""
    days = days_apart(p.item.said, q.item.said)
    if not days or days > OCCASION_DAYS:
        return False
    first, second = sorted((p, q), key=lambda x: x.item.said or "")
    if first.stance.times or not second.stance.times:
        return False
    if first.stance.future or second.stance.future:
        return False
    if not (_past_words(first) or first.stance.settled):
        return False
    if not (_past_words(second) or second.stance.settled):
        return False
    said = (first.item.said or "")[:10]
    if not re.match(r"\d{4}-\d\d-\d\d$", said):
        return False
    # the day named must lie shortly before the denial was said ("reached the intake on the
    # night of September 12", denied September 15): "two workers were injured in July" is
    # another incident than the one "no workers were injured" (September) speaks of
    when = datetime.date(int(said[:4]), int(said[5:7]), int(said[8:10]))
    named = _DAY_OF_MONTH.findall(second.stance.clause.lower())
    if not named:
        return False
    for m, d in named:
        month = lx.MONTHS.get(m, 0)
        year = when.year - (1 if month > when.month else 0)
        try:
            day = datetime.date(year, month, int(d))
        except ValueError:
            return False
        if not 0 < (when - day).days <= _SHORTLY_BEFORE_DAYS:
            return False
    return True


_SHORTLY_BEFORE_DAYS = 14
_DAY_OF_MONTH = re.compile(
    r"\b("
    + "|".join(sorted((m for m in lx.MONTHS if len(m) > 3), key=len, reverse=True))
    + r")\.? (\d{1,2})(?:st|nd|rd|th)?\b"
)


def found_since(p: Position, q: Position) -> bool:
    """Whether the later stance finds a defect the earlier one denied ("there is no crack" on
    March 9, "we found cracks" on March 25): a crack found was there before it was found, so
    both speak of the days between (within :data:`OCCASION_DAYS`). Only defects
    (:data:`_DEFECTS`): a buyer or money found is new; and not when the earlier words were a
    finding too (a later inspection can find what an earlier one did not)."""
    days = days_apart(p.item.said, q.item.said)
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
    days = days_apart(p.item.said, q.item.said)
    return days is None or days >= 1


def untimed_forecast_apart(p: Position, q: Position) -> tuple[Position, Position] | None:
    """(the forecast, the other) when exactly one of two untimed stances is a forecast and
    they were said days apart, else None (a time they name decides, :func:`same_time_frame`)."""
    if p.stance.future == q.stance.future or p.stance.times or q.stance.times:
        return None
    days = days_apart(p.item.said, q.item.said)
    if days is None or days <= PRESENT_WINDOW_DAYS:
        return None
    return (p, q) if p.stance.future else (q, p)


def forecast_then_news(p: Position, q: Position) -> bool:
    """Whether one stance is a forecast and the other, said days apart, tells the present.

    "The bridge would remain open" (March 9) and another speaker's "we are closing the bridge
    today" (March 26) do not disagree about one time: the second tells what came of the
    first. Both must be untimed (a time they name decides, :func:`same_time_frame`). One
    speaker saying both has changed course, a reversal: this is asked of two speakers only."""
    pair = untimed_forecast_apart(p, q)
    if pair is None:
        return False
    forecast, news = pair
    if (news.item.said or "") < (forecast.item.said or ""):
        return False  # the present came first: no news of what came of the forecast
    return _reports_act(news)


def _reports_act(p: Position) -> bool:
    """Whether a present stance reports an act under way or done ("we are closing the bridge
    today", "the plant has closed"): asserted, in the progressive, the perfect, the past or
    with "today". "The plant is not closing" denies the forecast: not news of what came."""
    if any(lx.negating(w.lower()) for w in p.stance.words[1:]):
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
    days = days_apart(p.item.said, q.item.said)
    if days is None:
        return False  # undated: no telling which came first
    if days > OCCASION_DAYS:
        return False  # a year on, "the council did not approve the budget" is another vote
    first, second = sorted((p, q), key=lambda x: x.item.said or "")
    if _cause_of(first) or _cause_of(second):
        return not first.stance.future and not second.stance.future
    if any(w in QUANTIFIER_NEGATORS for w in first.stance.words):
        # "no agreement was reached" and, later, "an agreement was reached" tell two days; the
        # later words go back to the same occasion only in the pluperfect ("had been accessed")
        # or the emphatic past ("did enter")
        # ... and, between two speakers, only when both name the occasion: a time of it, or a
        # noun for it ("the breach"); in reported speech "had" is mere backshift, and "by
        # Friday they had reached an agreement" tells a later day
        seq = [t.lower() for t in tokens(second.stance.clause)]
        low = set(seq)
        if not first.stance.settled or not goes_back(seq) or low & LATER:
            return False
        if first.stance.times & second.stance.times:
            return True
        if first.item.speaker is not None and first.item.speaker == second.item.speaker:
            return True  # the speaker's own account of the event revised ("had been accessed")
        mine = {lx.stem(t.lower()) for t in tokens(first.stance.clause)}
        return bool(mine & {lx.stem(w) for w in low} & OCCASION_NOUNS)
    later_past = second.stance.settled or (not second.stance.future and _past_words(second))
    return first.stance.settled and later_past


# verbs that tell what caused a past event: "the fire was started by a power line", "the
# deaths have nothing to do with the plant" (:mod:`.unrelated`)
_CAUSES = frozenset(lx.stem(w) for w in ("caused", "started", "ignited", "triggered", "sparked",
                                          "came", "do"))  # fmt: skip
_CAUSE_LINKS = frozenset({"by", "from", "with"})  # "caused by", "came from", "to do with"


def _cause_of(p: Position) -> bool:
    """Whether the stance tells the cause of an event ("two of the injuries were caused by
    the drug", "the fire was started by a line", "the contamination came from the
    pasteurizer"): a cause does not change from one day to the
    next, so a denial of it and a later assertion speak of one occasion."""
    low, at = deciding_word(p)
    if at < 0:
        return False
    for k in range(at, min(len(low) - 1, at + 5)):
        if low[k] in ("who", "which", "that", ","):
            return False  # "hired a new chief who came from Denver": another clause's
        if lx.stem(low[k]) in _CAUSES and low[k + 1] in _CAUSE_LINKS:
            return True  # "was caused by", "the contamination did not come from"
    return False


def _past_words(p: Position) -> bool:
    """Whether the stance's clause is in the past: a past auxiliary, or its verb a plain past
    form ("not one of them received the alert"); not when it says "now"."""
    low, at = deciding_word(p)
    if "now" in low:
        return False
    return bool(set(low) & PAST) or (at > 0 and finite_past(low, at, with_object=False))


def dated_apart(a: Item, b: Item, days: int) -> bool:
    """Whether one article dates two statements of a speaker on different occasions from its
    own words ("On Nov. 5, Blaine said ..." and, Wednesday, "I concede"), not by default."""
    dates = [it.statement.date for it in (a, b)]
    if days < 2 or any(d is not None and d.basis == "published" for d in dates):
        return False  # undated (None): said on the day of the article, days after the other
    return any(d is not None and d.basis == "sentence" for d in dates)


def ended_as_foretold(p: Position, q: Position) -> bool:
    """Whether the earlier stance foretold its own end and the later one reports it: "the
    shelter would stay open until every resident can return home", then "the shelter closed
    on Monday after the last residents returned home". The first said the opening would end,
    so the closing answers it, from one speaker or two."""
    days = days_apart(p.item.said, q.item.said)
    if not days:
        return False
    first, second = sorted((p, q), key=lambda x: x.item.said or "")
    low, at = deciding_word(first)
    if at < 0 or "until" not in low[at + 1 :]:
        return False
    if any(w.lower() in HALT for w in first.stance.words[1:]):
        return True  # "ordered to stop pumping until the review ends": pumping will resume
    if not first.stance.future or second.stance.future:
        return False
    return second.stance.settled or _past_words(second)


def halted_since(p: Position, q: Position) -> bool:
    """Whether one stance halts an event from now on and the other tells what was done before:
    "the authority ordered Vintara to stop enrolling new patients" and "the trial has enrolled
    1,840 patients" both hold. What was done is in the perfect or the past, or counted."""
    for halt, done in ((p, q), (q, p)):
        if done.stance.future or not any(w.lower() in HALT for w in halt.stance.words[1:]):
            continue
        if (done.item.said or "") > (halt.item.said or ""):
            continue  # "will stop selling it", then weeks later "has sold it since": a U-turn
        low, at = deciding_word(done)
        if at < 0:
            continue
        before = low[at - 1] if at else ""
        after = low[at + 1] if at + 1 < len(low) else ""
        if before in ("has", "have", "had") or finite_past(low, at) or after[:1].isdigit():
            return True
    return False
