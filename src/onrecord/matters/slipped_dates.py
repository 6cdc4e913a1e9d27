"""A speaker's date put back: a forecast for one time, then a denial for it or until later.

News tells a delay in the speaker's own words, often with another verb for the same
milestone: "Tanner's Bridge will reopen to traffic by the end of June" in February, "the
bridge will not carry traffic again before next spring" in March; "the Lochan Bay will be
back in service by the end of October", then "the Lochan Bay will not sail again before
January"; "the cap on new holiday lets will start in October", then "the cap will not come
in this year". No event joins the two in a matter ("reopen" and "carry", "start" and "come
in"), but the later words deny the act for every month the earlier ones promised it: a
reversal, one speaker's date put back.

The earlier words are a forecast, asserted and certain, naming no denial, with a time
(months); the later words, the same speaker's on a later day in another article of the
story, a forecast asserted and certain whose every event is denied ("will not", "no work
will start"), with a time that holds all the forecast's months ("not ... this year" against
"in October") or, told as a bound (until, till, before), lies wholly after them ("not until
2033" against "by December 2031"). The two tell one act: they share an event, or the denial names a
milestone of a service or a work (open, start, carry, sail, come in, be ready ...), or both
tell a thing put before a body that decides ("will go to the planning committee on 21
August", then "the committee will not consider the scheme before November"; the body they
both name is their thing, though it names the speaker's role too). The two
clauses are about one thing: the later one's subject is named in the earlier clause
("the cap" / "the cap on new holiday lets"), or they share at least :data:`_SHARED` content
words. Of several such earlier statements, the one sharing most words; none when two are
alike.

Not a reversal: a denial before the promised time ("will reopen by June", then "will not
reopen before May": a reopening in late May or June holds both); an event read as the
opposite of the other's ("will not close before June" denies no reopening), or another act
("will welcome swimmers in June", then "will not turn swimmers away this year"); a later time
that is no bound ("will open in October", then "will not carry lorries in 2033"); a hedge or a
condition on either side; a figure or a state changed ("the fund holds 2 million pounds",
then "the fund will not hold 3 million pounds this year": no forecast was put back, the
earlier words named no time); two statements the rules already set in one matter, which
judged them; one already shown in a reversal.

The later words may also give the act a new date without denying it ("will be finished by 31
July", then "we will be on Carrow Lane until the end of September"): :mod:`.moved_ends` reads
which act each clause dates and when, and the two must speak of one thing as above (or one
names the other's subject and they share a word).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .claims import Clause, Item
from .cluster import Matter
from .contradictions import Contradiction
from .days import days_apart
from .moved_ends import dated_act, moved
from .owned_reversals import said_before
from .reversal_checks import said_surely
from .shared_words import content_stems, speaker_words
from .words import tokens

__all__ = ["slipped_dates"]

# how many content words two clauses must share when the later one's subject is not named in
# the earlier one (the thing and what is done to it, or a place's name of two words)
_SHARED = 2
# how far apart the two may be and still be one forecast put back
_WITHIN_DAYS = 366
# how sure before :mod:`.confidence` sets it (which takes 0.1 off: no matter joins the two);
# the dates are told, the thing is found by shared words alone
_CONFIDENCE = 0.6
# a denial's time told as a bound, a delay ("not until 2033", "not before next spring"): only
# such a time after the forecast's puts it back ("will not carry lorries in 2033" does not)
_BOUND = re.compile(r"\b(?:until|till|til|before)\b", re.IGNORECASE)
# the milestones of a service or a work, one act told with other verbs ("reopen" and "carry",
# "start" and "come in", "be back in service" and "sail")
_MILESTONE = re.compile(
    r"\b(?:(?:re)?open(?:s|ed|ing)?|start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun"
    r"|resum(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|run(?:s|ning)?|ran|sail(?:s|ed|ing)?"
    r"|operat(?:e|es|ed|ing)|finish(?:es|ed|ing)?|complet(?:e|es|ed|ing)|come in|come into"
    r"|take effect|in service|enter service|into service|ready|reach(?:es|ed)?|arriv(?:e|es|ed)"
    r"|handed over|hand(?:s)? over)\b",
    re.IGNORECASE,
)
# a thing put before a body that decides on it ("will go to the planning committee", "will
# be put before the board", "comes before the council")
_PUT_TO_BODY = re.compile(
    r"\b(?:go(?:es)?|come(?:s)?|be\s+(?:put|sent|referred|taken|set|brought))\s+(?:to|before)"
    r"\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?P<body>committee|board|council|cabinet"
    r"|panel|court|tribunal|inquiry|trustees|governors)\b",
    re.IGNORECASE,
)
# a body weighing a thing put to it ("the committee will consider the scheme", "will hear
# the appeal", "will rule on it")
_WEIGHED = re.compile(
    r"\b(?P<body>committee|board|council|cabinet|panel|court|tribunal|inquiry|trustees"
    r"|governors)\s+(?:\w+\s+){0,3}?(?:consider|hear|determine|debate|decide\s+on|vote\s+on|rule\s+on)\b",
    re.IGNORECASE,
)
# the modal that opens a forecast's predicate: the words before it are its subject
_MODAL = re.compile(r"\b(?:will|would|won't|is\s+going\s+to|are\s+going\s+to)\b", re.IGNORECASE)


def slipped_dates(
    items: list[Item],
    found: list[Contradiction],
    matters: tuple[Matter, ...] | list[Matter],
    stories: dict[str, frozenset[str]] | None = None,
) -> list[Contradiction]:
    """Reversals where a later forecast denies an act for the months an earlier one promised
    it (``found``: those already reported, a statement shown in a reversal is not paired
    again; ``matters``: two statements of one matter were judged there)."""
    shown = {s for c in found if c.kind == "reversal" for s in (c.a.statement, c.b.statement)}
    reported = {frozenset((c.a.statement, c.b.statement)) for c in found}
    # each statement's matters: two statements that share one were judged there
    in_matters: dict[str, set[str]] = {}
    for m in matters:
        for p in m.positions:
            in_matters.setdefault(p.item.key, set()).add(m.id)
    # the sure forecasts, found once: the earlier statements a denial may put back
    # grouped by speaker: one person's words are one speaker key's or one surname's (see
    # :func:`.persons.one_person`)
    forecasts: dict[tuple[str, str], list[tuple[int, Item, list[Clause]]]] = {}
    for at, it in enumerate(items):
        fs = [f for f in it.claim.clauses if _forecast(f)]
        if fs and it.speaker is not None and said_surely(it):
            for who in _who(it):
                forecasts.setdefault(who, []).append((at, it, fs))
    out: list[Contradiction] = []
    for later in items:
        if later.speaker is None or later.key in shown or not said_surely(later):
            continue
        bounds = [c for c in later.claim.clauses if _denial(c)]
        # a date moved in the speaker's new words: "will run until Christmas" (see
        # :mod:`.moved_ends`)
        moves = [c for c in later.claim.clauses if dated_act(c)]
        if not bounds and not moves:
            continue
        names = speaker_words(later)
        own_matters = in_matters.get(later.key, set())
        scored: list[tuple[int, Item]] = []
        heard = {at: (it, fs) for who in _who(later) for at, it, fs in forecasts.get(who, [])}
        for _, (it, fs) in sorted(heard.items()):
            if it.key in shown or frozenset((it.key, later.key)) in reported:
                continue
            if own_matters & in_matters.get(it.key, set()):
                continue
            if not said_before(it, later, stories, _WITHIN_DAYS):
                continue
            shared = max(_put_back(fs, bounds, names), _moved_date(fs, moves, names))
            if shared:
                scored.append((shared, it))
        scored.sort(key=lambda s: s[0], reverse=True)
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            continue  # none, or two earlier forecasts as like it: which one is not told
        earlier = scored[0][1]
        days = days_apart(earlier.said, later.said)
        why = f"{later.speaker_name} put back, {days} days later, a date given before"
        out.append(Contradiction.reversal(earlier, later, _CONFIDENCE, why))
        shown |= {earlier.key, later.key}
    return out


def _who(it: Item) -> list[tuple[str, str]]:
    """The keys a speaker's statements are grouped by: the speaker key and the last word of
    the name ("Helena Strachan" and "Strachan" typed as a body are one person's)."""
    words = (it.speaker_name or "").casefold().split()
    return [("key", it.speaker or "")] + ([("name", words[-1])] if words else [])


def _forecast(c: Clause) -> bool:
    """A clause that forecasts an act for a time, asserted and certain, denying nothing."""
    return (
        c.modality == "certain"
        and c.tense == "future"
        and bool(c.times)
        and bool(c.events)
        and all(e.polarity > 0 and not e.negators for e in c.events)
        and not any(lx.negating(t.lower()) for t in tokens(c.text))
    )


def _denial(c: Clause) -> bool:
    """A clause that denies an act for a time ("will not sail again before January", "no
    work will start this year"): a forecast, every event denied by a negator."""
    return (
        c.modality == "certain"
        and c.tense == "future"
        and bool(c.times)
        and bool(c.events)
        and all(e.polarity < 0 and e.negators for e in c.events)
    )


def _put_back(forecasts: list[Clause], bounds: list[Clause], names: set[str]) -> int:
    """How many content words an earlier statement's forecasts share with a later denial
    that holds off a forecast's months, of the same act, and speaks of its thing (0: none
    does)."""
    best = 0
    for f in forecasts:
        own = content_stems(f.text, names)
        for b in bounds:
            covered = f.times <= b.times  # "not ... this year" against "in October"
            later = max(f.times) < min(b.times) and _BOUND.search(b.text) is not None
            if not (covered or later):
                continue  # "will not reopen before May" leaves a reopening by June
            if not _same_act(f, b):
                continue  # "will welcome swimmers", then "will not turn swimmers away"
            shared = own & content_stems(b.text, names)
            subject = _subject(b.text, names)
            if len(shared) >= _SHARED or (subject and subject <= own):
                best = max(best, len(shared))
            elif _bodies(f.text) & _bodies(b.text):
                best = max(best, 1)  # one body's hearing, though the speaker chairs it
    return best


def _moved_date(forecasts: list[Clause], moves: list[Clause], names: set[str]) -> int:
    """How many content words an earlier statement's forecasts share with a later clause
    that dates one of their acts in another month (:func:`.moved_ends.moved`), and speaks of
    its thing: one names the other's subject, or they share :data:`_SHARED` words (0: none
    does)."""
    best = 0
    for m in moves:
        if not moved(forecasts, m):
            continue
        theirs = content_stems(m.text, names)
        family = dated_act(m)
        for f in forecasts:
            act = dated_act(f)
            if act is None or family is None or act.family != family.family:
                continue
            own = content_stems(f.text, names)
            shared = own & theirs
            mine, their_subject = _subject(f.text, names), _subject(m.text, names)
            named = bool(mine and mine <= theirs) or bool(their_subject and their_subject <= own)
            if len(shared) >= _SHARED or (named and shared):
                best = max(best, len(shared))
    return best


def _same_act(f: Clause, b: Clause) -> bool:
    """Whether a forecast and a denial tell one act: they share an event, or the denial names a
    milestone of a service or a work ("reopen" and "carry", "start" and "come in", "be
    running" and "reach", "carry passengers" and "enter service"); never
    when their events are opposites ("open" and "close")."""
    for e in f.events:
        for d in b.events:
            ce, cd = lx.CONCEPTS.get(lx.stem(e.word)), lx.CONCEPTS.get(lx.stem(d.word))
            if ce and cd and ce[0] == cd[0] and ce[1] != cd[1]:
                return False
    if {e.key for e in f.events} & {d.key for d in b.events}:
        return True
    if _before_a_body(f.text) and _before_a_body(b.text):
        return True  # "will go to the committee in August" / "will not consider it before May"
    return _MILESTONE.search(b.text) is not None


def _bodies(text: str) -> set[str]:
    """The bodies a clause puts a thing before or has weigh it ("committee")."""
    found = [m.group("body") for m in _PUT_TO_BODY.finditer(text)]
    found += [m.group("body") for m in _WEIGHED.finditer(text)]
    return {b.lower() for b in found}


def _before_a_body(text: str) -> bool:
    """Whether a clause tells a thing put before a body that decides ("the plan will go to
    the planning committee", "will be put to the board") or the body weighing it ("the
    committee will consider the scheme", "will hear the appeal"): one milestone, told either
    way."""
    return _PUT_TO_BODY.search(text) is not None or _WEIGHED.search(text) is not None


def _subject(text: str, names: set[str]) -> set[str]:
    """The content words before the forecast's modal ("the cap" of "the cap will not come
    in"): what the forecast is about; none when the clause opens with its modal or names
    only a pronoun ("we will not")."""
    m = _MODAL.search(text)
    return content_stems(text[: m.start()], names) if m else set()
