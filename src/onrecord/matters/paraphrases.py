"""Events a clause names in other words than its event's own: read after :func:`.events_of`.

(A quotation mark opening a quoted adjective is dropped before the clause is read: in
'would be "fully independent"' the mark stands between "be" and its adjective.)

Each reading folds a paraphrase onto the key its plain form has, so that two speakers who
answer one question in different words meet in one matter:

* a closure called temporary is a reopening to come, and one for good none
  (:func:`.lasting.reopening`, :func:`.lasting.for_good`);
* confidence placed in someone is support for them (:func:`.trust.trust_events`), and so is
  being behind a plan or a person (:func:`.backing.backing_events`);
* jobs created, brought or added are one key whatever the verb (:func:`.new_jobs.jobs_made`);
* a body that agreed or voted to do a thing has decided (:func:`.decisions.decision_events`),
  and so has one by which a thing was agreed or a permission granted
  (:func:`.settled_things.settled_thing`);
* pay received or waited for is pay, or none, paid (:func:`.wages.pay_events`);
* a thing better or worse than another is an improvement or none
  (:func:`.comparisons.compared_events`);
* someone told or ordered to do a thing, or not to, was given an order, whatever it says
  (:func:`.instructions.order_events`);
* a level unchanged, or the same as it was, neither rose nor fell
  (:func:`.levels.level_events`);
* a level over a limit or within it is above it or not (:func:`.limits.limit_events`).
"""

from __future__ import annotations

from . import lexicon as lx
from .backing import backing_events
from .comparisons import IMPROVED, compared_events
from .decisions import decision_events, put_off
from .event_record import Event
from .events import events_of
from .halted import halted
from .instructions import INSTRUCT, order_events
from .lasting import for_good, reopening
from .learned_elsewhere import learned_from
from .levels import level_events
from .limits import limit_events
from .new_jobs import jobs_made
from .notice import NOTIFY, notice_events
from .objects import DETERMINERS
from .settled_things import settled_thing
from .stopped_funding import PAYING, stopped_funding
from .trust import lost_trust, trust_events
from .wages import PAY, pay_events


def clause_events(toks: list[str], low: list[str]) -> tuple[tuple[Event, ...], bool]:
    """The events of a clause (:func:`.events_of`) with its paraphrases read; a quotation
    mark that opens a quoted adjective after "be" ('would be "fully independent"') is no word
    of it. A quoted noun phrase keeps its mark ('the cuts were "the beginning of the end"'):
    there the quote names what the subject is, not whether it holds."""
    bare = [k for k in range(len(toks)) if not _opens_quoted_predicate(low, k)
            and not (low[k] == "longer" and k and low[k - 1] == "no")]  # fmt: skip
    events = events_of([_no_longer(toks, low, k) for k in bare],
                       [_no_longer(low, low, k).lower() for k in bare])  # fmt: skip
    return paraphrased(toks, low, events)


def _no_longer(toks: list[str], low: list[str], k: int) -> str:
    """The token at ``k``, with the "no" of "no longer" read as "not": "will no longer pay
    the team" denies the paying from now on as "will not pay" does, and "longer" (dropped)
    is no event of its own."""
    return "not" if low[k] == "no" and low[k + 1 : k + 2] == ["longer"] else toks[k]


def _opens_quoted_predicate(low: list[str], k: int) -> bool:
    """Whether the token at ``k`` is a quotation mark between "be" and an adjective."""
    if low[k] != '"' or not k or low[k - 1] not in lx.BE_FORMS or k + 1 >= len(low):
        return False
    return low[k + 1].isalpha() and low[k + 1] not in _NOUN_PHRASE


# words that open a noun phrase: after "be" it names what the subject is
_NOUN_PHRASE = DETERMINERS | frozenset({"a", "an", "the", "one", "no"})


def paraphrased(
    toks: list[str], low: list[str], events: tuple[Event, ...]
) -> tuple[tuple[Event, ...], bool]:
    """The clause's events with its paraphrases read, and whether one of them looks ahead (a
    temporary closure promises a reopening: the clause is about the future)."""
    events = halted(low, events)  # "production has been paused": no production
    reopened = reopening(low, events)
    out = reopened or events
    out += for_good(low, out)  # "it will never reopen": no reopening ahead
    trusted = trust_events(toks, low)
    if trusted:  # "have lost confidence in her": no defeat
        out = tuple(e for e in out if not lost_trust(low, e))
    backed = backing_events(toks, low)
    if backed:  # "is fully behind the plan": support, not a place
        out = tuple(e for e in out if e.key != "behind")
    stopped = stopped_funding(toks, low)  # "will no longer pay the team a grant": a cut
    if stopped:
        out = tuple(e for e in out if e.key not in PAYING)
    for event in (*trusted, *backed, *jobs_made(toks, low), *decision_events(toks, low),
                  *settled_thing(toks, low), *stopped):  # fmt: skip
        if all(e.key != event.key for e in out):
            out += (event,)
    compared = compared_events(toks, low)
    if compared:  # "worse than the bus": no improvement, not a plain "worse" of its own
        out = tuple(e for e in out if e.key not in _COMPARATIVES and e.key != IMPROVED)
        out += compared
    ordered, to = order_events(toks, low)
    if ordered:  # "told us not to talk to them": an order given, not a talk denied
        said = set(toks[to:]) if to >= 0 else set()
        out = tuple(e for e in out if e.key != INSTRUCT and e.word not in said) + ordered
    if not any(e.key in ("rise", "rise-down") for e in out):
        out += level_events(toks, low)  # "has not changed since 2024": no rise, no fall
    out = limit_events(low, out)  # "went over the legal limit": a level above it
    out = notice_events(toks, low, out)  # "did not know about the fault": no notice had
    if not any(e.key == NOTIFY for e in out):  # "found out from a post": none given
        out += learned_from(toks, low)
    out = put_off(low, out)  # "voted to delay a decision": none made yet
    paid = pay_events(toks, low)
    if paid:  # "still waiting to be paid": the wait's denial, not the "paid" it names
        out = tuple(e for e in out if e.key != PAY) + paid
    return out, reopened is not None


# the keys "better" and "worse" have read alone, replaced by the comparison they make
_COMPARATIVES = frozenset({lx.stem("better"), lx.stem("worse")})
