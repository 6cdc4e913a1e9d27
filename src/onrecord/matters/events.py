"""Events in a clause: what a statement is about, and whether it holds.

An event is a key (``meet``; a concept with a sign such as ``open`` / ``-1`` for "closed")
named by a verb after a modal, an auxiliary, "to" or a negator, by a nominal ("a formal
meeting"), or by a word of the lexicon's concepts; its polarity comes from the negators that
scope over it. A few shapes name an event by other words: a thing found (past, asserted)
exists ("inspectors found cracks": ``crack``), a thing had is held ("never had a key":
``had-key``), jobs that "go away" (as its subject) are cut, and on a scale (rise and fall)
a denied end keeps a key of its own (:func:`.scales.scalar_events`). Plain Python over tokens,
no model.
"""

from __future__ import annotations

from . import lexicon as lx
from .act_shapes import act_shape
from .claim_times import is_month, season_fall
from .clefts import cleft_relative, cleft_verb
from .concerns import REPORT, raised_concern, raises_concern
from .contact import contact_act, notice_to
from .cut_sense import CUT_FORMS, REDUCE_FORMS, REDUCTION_FORMS, cut_sense
from .departures import LEAVE, departure
from .dismissals import person_after_article
from .event_record import Event as Event
from .existentials import existential_head, existential_modifier
from .family_senses import shape_concepts
from .figure_words import figure_word
from .finite import ADVERBS, against, bare_past, finite_past, named_object_past, relative_span
from .found import (
    DISCOVERY,
    asserted_find,
    found_thing,
    held_thing,
    noun_head,
)
from .given_up import failed_stop, given_up, plan_given_up
from .giving import GIVING, MONEY, PUTTING, money_given
from .heads import denied_head, prenominal
from .held_kinds import held_compound
from .homographs import other_sense
from .jobs import job_object, jobs_before
from .negation import background_start, is_negated, negators_of
from .nominal_roles import gerund_object, subject_of_ending
from .notice import NOTIFY
from .objects import (
    DETERMINERS,
    NOMINAL_ENDINGS,
    NOT_HAD,
    REQUEST,
    complement,
    elsewhere,
    limited,
    object_of_verb,
    purpose_denied,
    regardless,
    use_purpose,
)
from .particles import particle_key
from .passed_on import passed_on
from .phrasal_acts import TARGET, phrasal_act
from .posts import kept_post
from .predicates import (
    argument,
    continued_subject,
    generic_kind,
    light_predicate,
    predicative,
    subject_head,
)
from .present_verbs import finite_present, plural_present
from .same_acts import act_in_other_words, also_named
from .scales import BECOME, COMPARATIVES, goal_after, scalar_events, verb_slot
from .senses import concept_sense, event_stem, halts_doing, steps_down_from_office, vote_held
from .standing import stands
from .states import state_concepts, steady
from .support import SUPPORT, needless, perfect_had, support_object
from .whereabouts import whereabouts


def events_of(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """Events named in one clause and the polarity of each.

    A restrictive relative clause ("the people who are driving", "anyone who can't work")
    describes a noun: its verb and its negators are not the clause's, so it is read without
    them."""
    span = relative_span(low)
    if span is not None and not cleft_relative(toks, low, span[0]):
        a, b = span
        return events_of(toks[:a] + toks[b:], low[:a] + low[b:])
    # "in May" is a time, not a modal
    months = frozenset(i for i in range(len(low)) if low[i] == "may" and is_month(toks, low, i))
    first_aux = next(
        (i for i, t in enumerate(low)
         if ((t in lx.MODALS and t != "to") or lx.is_aux(low, i)) and i not in months),
        len(low),
    )  # fmt: skip
    # the first auxiliary or modal proper (a negator is none): before it, a bare past form can
    # be the clause's verb ("not one of them received the alert")
    first_verb = next(
        (i for i, t in enumerate(low) if lx.is_aux(low, i)
         or (t in lx.MODALS and t != "to" and t not in lx.NEGATORS and i not in months)),
        len(low),
    )  # fmt: skip
    out: list[Event] = []
    background = background_start(low)
    subject = subject_head(low, first_aux) if light_predicate(low, first_aux) else -1
    subject = continued_subject(low, first_verb) if subject < 0 else subject
    governed = False  # a content verb already heads the clause: a nominal after it is its object
    governor = ""  # that verb
    skip = -1  # a particle already read with its verb
    through = -1  # the last word of a phrase already read as one act ("handed in their notice")
    denied_verb = -1  # a verb of a concept, denied: its object's event is not denied with it
    for i, word in enumerate(low):
        if i == skip or i <= through:
            continue
        if i >= background:
            break  # "until the bridge reopens", "before the closure": said as background
        if plan_given_up(low, i) >= 0:
            continue  # "dropped plans to close the school": the closing is denied, no fall
        if existential_modifier(low, i):
            continue  # "there was a serious fire": the fire, not anything serious
        shape = act_shape(toks, low, i)  # "handed in their notice": a resignation
        if shape is not None:
            negs = negators_of(low, i, first_aux)
            polarity = -shape.sign if is_negated(negs, i, first_aux) else shape.sign
            if not any(e.key == shape.key for e in out):
                out.append(Event(shape.key, toks[max(shape.word, i)], polarity, negs))
            through = shape.last
            continue
        if (
            word in lx.PHRASAL_VERBS
            and low[i + 1 : i + 2]
            and low[i + 1] in lx.PHRASAL_CONCEPTS
            and not goal_after(low, i)
        ):
            key, sign = lx.PHRASAL_CONCEPTS[low[i + 1]]  # "taxes would not go up": a rise
            negs = negators_of(low, i, first_aux)
            for k, pol in scalar_events(key, sign, key, is_negated(negs, i, first_aux)):
                if not any(e.key == k for e in out):
                    out.append(Event(k, toks[i + 1], pol, negs))
            skip = i + 1
            continue
        particle = particle_key(low, i)
        if particle:
            negs = negators_of(low, i, first_aux)  # "is not going to take over the home"
            polarity = -1 if is_negated(negs, i, first_aux) else 1
            if not any(e.key == particle for e in out):
                out.append(Event(particle, toks[i], polarity, negs))
            skip = i + 1
            continue
        if (
            word in _STEP
            and low[i + 1 : i + 2] == ["down"]
            and _step_slot(low, i)
            and steps_down_from_office(low, i)
        ):
            negs = negators_of(low, i, first_aux)  # "is not stepping down": no resignation
            polarity = -1 if is_negated(negs, i, first_aux) else 1
            if not any(e.key == _RESIGN for e in out):
                out.append(Event(_RESIGN, toks[i], polarity, negs))
            skip = i + 1
            continue
        if departure(low, i):
            negs = negators_of(low, i, first_aux)  # "no rider left the team": none departed
            polarity = -1 if is_negated(negs, i, first_aux) else 1
            if not any(e.key == LEAVE for e in out):
                out.append(Event(LEAVE, toks[i], polarity, negs))
            continue
        post = kept_post(toks, low, i)  # "is going nowhere", "will not be in charge"
        where, sign = whereabouts(toks, low, i, first_aux) if post is None else ("", 0)
        if where and not any(e.key == where for e in out):  # "will stay in Tessford"
            negs = negators_of(low, i, first_aux)
            sign = -sign if is_negated(negs, i, first_aux) else sign
            out.append(Event(where, toks[i], sign, negs))
        if where:
            continue
        if post is not None and not any(e.key == LEAVE for e in out):
            negs = tuple(n for n in negators_of(low, i, first_aux) if n != post.dropped)
            polarity = -post.sign if is_negated(negs, i, first_aux) else post.sign
            out.append(Event(LEAVE, toks[i], polarity, negs))
            if post.dropped:
                skip = i + 1  # "nowhere" is read with "going"
                continue
        if word in BECOME and low[i + 1 : i + 2] and low[i + 1] in COMPARATIVES:
            sign = COMPARATIVES[low[i + 1]]  # "is going to get louder": a rise
            negs = negators_of(low, i, first_aux)
            for k, pol in scalar_events("rise", sign, "rise", is_negated(negs, i, first_aux)):
                if not any(e.key == k for e in out):
                    out.append(Event(k, toks[i + 1], pol, negs))
            skip = i + 1
            continue
        if word in lx.PHRASAL_VERBS and low[i + 1 : i + 2] == ["away"] and jobs_before(low, i):
            negs = negators_of(low, i, first_aux)  # "not one job is going away": no job cut
            polarity = -1 if is_negated(negs, i, first_aux) else 1
            if not any(e.key == "jobcut" for e in out):
                out.append(Event("jobcut", toks[i + 1], polarity, negs))
            skip = i + 1
            continue
        around = phrasal_act(toks, low, i, jobs_before)  # "jobs would go", "missed its target"
        if around is not None and not any(e.key == around[0] for e in out):
            negs = negators_of(low, i, first_aux)  # "no jobs will go": no job cut
            polarity = -around[1] if is_negated(negs, i, first_aux) else around[1]
            out.append(Event(around[0], toks[i], polarity, negs))
        if around is not None and around[0] != TARGET:  # "missed its target" is a miss too
            continue
        kind = held_compound(toks, low, i)  # "will have a transfer budget": a transfer budget
        for held in held_thing(toks, low, i) if kind is None else ():
            if not any(e.key == held.key for e in out):
                out.append(held)  # "has a key to the room" / "never had a key"
        if kind is not None and not any(e.key == kind.key for e in out):
            out.append(kind)
        if word in SUPPORT or perfect_had(low, i):
            at = support_object(toks, low, i)  # "has not made any pay offer": no offer
            if at >= 0:
                sk = event_stem(low[at])
                key, sign = lx.CONCEPTS.get(sk, (sk, 1))
                if key == "jobcut" and low[at] in CUT_FORMS:
                    key, sign = cut_sense(low, at)  # "took a pay cut": a fall
                negs = negators_of(low, at, first_aux)
                negated = is_negated(negs, at, first_aux)
                if negated and _in_denied_purpose(low, i):
                    continue  # "did not raise fares to make any profit": neither said
                for ek, pol in scalar_events(key, sign, sk, negated):
                    if not any(e.key == ek for e in out):
                        out.append(Event(ek, toks[at], pol, negs))
        at = needless(toks, low, i)  # "there is no need for an inquiry": none to come
        if at >= 0:
            sk = event_stem(low[at])
            key, sign = lx.CONCEPTS.get(sk, (sk, 1))
            if not any(e.key == key for e in out):
                out.append(Event(key, toks[at], -sign, (low[i - 1],)))
        if (
            (word in GIVING or word in PUTTING)
            and money_given(toks, low, i) >= 0
            and not any(e.key == MONEY for e in out)
        ):
            negs = negators_of(low, i, first_aux)  # "will provide 12 million pounds": money
            polarity = -1 if is_negated(negs, i, first_aux) else 1
            out.append(Event(MONEY, toks[i], polarity, negs))
        at = raised_concern(toks, low, i)
        if at >= 0 and not any(e.key == REPORT for e in out):
            negs = negators_of(low, at, first_aux)  # "no pilot had raised a safety concern"
            polarity = -1 if is_negated(negs, at, first_aux) else 1
            out.append(Event(REPORT, toks[i], polarity, negs))
        if at >= 0 and raises_concern(toks, low, i):
            continue  # "raised no concerns": a concern reported, no rise
        if word in DISCOVERY and asserted_find(low, i):
            found = found_thing(toks, low, i)
            if found is not None and not any(e.key == found.key for e in out):
                out.append(found)  # "inspectors found cracks": there are cracks
        shaped = shape_concepts(low, i)  # "left out the payments"
        for key, sign in shaped:
            negs = negators_of(low, i, first_aux)
            for k, pol in scalar_events(key, sign, key, is_negated(negs, i, first_aux)):
                if not any(e.key == k for e in out):
                    out.append(Event(k, toks[i], pol, negs))
        if shaped and low[i + 1 : i + 2] == ["out"]:
            skip = i + 1  # "left out": the particle is read, and "left" is no event of its own
            continue
        stated, last = state_concepts(toks, low, i)  # "was working", "is in crisis"
        if stated or steady(low, i):
            negs = negators_of(low, i, first_aux)
            negated = is_negated(negs, i, first_aux)
            kept = [] if negated else [("rise", -1), ("rise-down", -1)]  # "holding steady"
            named = [ek for key, sign in stated for ek in scalar_events(key, sign, key, negated)]
            for k, pol in named or kept:
                if not any(e.key == k for e in out):
                    out.append(Event(k, toks[i], pol, negs))
            skip = last if last > i else skip
            continue
        if not word[0].isalpha() or word in lx.PRONOUNS:
            continue
        if word in lx.STOPWORDS and not contact_act(toks, low, i):
            continue  # a stopword, unless a verb of reporting as an act ("did not report")
        if word in _SEASONS or (word == "fall" and season_fall(low, i)) or regardless(low, i):
            continue  # "this spring", "next fall": a time; "strike or no strike": either way
        if word in REQUEST and low[i + 1 : i + 2] == ["for"]:
            governed, governor = True, word  # "asked for a 9 percent raise": not had
        act = contact_act(toks, low, i)  # "nobody called the town": a call, no report
        given = notice_to(toks, low, i, act) or passed_on(toks, low, i)  # "shared with them"
        if given and not any(e.key == NOTIFY for e in out):
            negs = negators_of(low, i, first_aux)  # "wrote to the council": it had notice
            sign = -1 if is_negated(negs, i, first_aux) else 1
            out.append(Event(NOTIFY, toks[i], sign, negs))
        if word in lx.LIGHT_VERBS or (word in lx.REPORT_VERBS and not act) or word in lx.HEDGES:
            continue
        if (i and toks[i][0].isupper()) or word == "quoted" or word in lx.NEGATORS:
            continue  # a name, a quotation of someone else, a negator
        if (word.endswith("ly") and word not in lx.LY_VERBS) or word in lx.TOPIC_OPENERS:
            continue  # an adverb ("formally"), not a verb in -ly ("would not comply")
        if word in ADVERBS or figure_word(low, i):
            continue  # "is nine", "was under $400,000": a figure's words (:mod:`.figure_words`)
        if prenominal(low, i):
            continue  # "no further increase": the rise is denied, not "further"
        if halts_doing(low, i):
            continue  # "stop charging": the event is the next word, negated by this one
        if other_sense(low, i):
            continue  # "raised 22,000 pounds", "the crops are fine": no rise, no penalty
        undone = word.startswith("de-") and word[3:].isalpha()  # "de-energized": not energized
        st = event_stem(word[3:] if undone else word)
        concept = lx.CONCEPTS.get(st)
        if concept is not None and not concept_sense(low, i, st):
            concept = None
        if concept == ("jobcut", 1) and (word in CUT_FORMS or word in REDUCTION_FORMS):
            concept = cut_sense(low, i)  # "cut fares" lowers them; "cut the route" ends it
        losing = word in lx.LOSE_FORMS
        if (concept is None or losing) and (losing or word in REDUCE_FORMS) and job_object(low, i):
            concept = ("jobcut", 1)  # "reduce the workforce by 180", "will lose their jobs": a
            # job cut; "reduce its debt", "reduce prices", "lose the vote" are none
        concept = concept or act_in_other_words(low, i, first_aux)  # "reduce fares"
        in_slot = (
            predicative(low, i, word)
            or i == subject
            or (
                first_verb == len(low)
                and (
                    finite_past(low, i)
                    or bare_past(low, i)
                    or named_object_past(toks, low, i)
                    or finite_present(toks, low, i)
                    or plural_present(toks, low, i)  # "60 cyclists a day use the lane"
                )  # "the permit sets a limit"
            )
            or _coordinated(toks, low, i, out)
            or act
            or denied_head(low, i)  # "there will be no extra money": money
            or bool(given_up(low, i))  # "failure to deliver": the act, denied
            or stands(toks, low, i)  # "the result stands": it holds
            or cleft_verb(toks, low, i)  # "it was the train that started the fire"
            or existential_head(low, i)  # "there were two fires at the depot"
        )
        if concept is None and not in_slot:
            continue
        if concept is None and i > 1 and low[i - 1] in _INDEFINITE and low[i - 2] in _SEEKING:
            continue  # "we will find a solution", "they need a buyer": none there yet
        if (concept is not None or word.endswith(NOMINAL_ENDINGS)) and object_of_verb(
            low, i, governed, governor
        ):
            continue  # "would fight the cuts", "will review the decision": not asserted
        if (concept is not None or word.endswith(NOMINAL_ENDINGS)) and (
            subject_of_ending(low, i, first_aux) or gerund_object(low, i)
        ):
            continue  # "the ban will not end", "the fine for breaking the ban": presupposed
        if concept is not None and word in lx.INTENSIVE and not verb_slot(low, i):
            continue  # "a double murder", "the surge in cases": an adjective or a noun
        if (
            concept is not None
            and i + 1 < len(low)
            and low[i + 1] in ("a", "an")
            and concept[0] not in lx.ON_A_PROPOSAL  # "will not sign a deal"
            and not (concept[0] == "jobcut" and person_after_article(low, i))
        ):
            continue  # "open a job-placement office": a new thing, not the matter's event
        if (concept is not None or word.endswith(NOMINAL_ENDINGS)) and modifies_noun(low, i):
            continue  # "charter a replacement ship", "a strike ballot": a kind of thing
        if (concept is not None or word.endswith(NOMINAL_ENDINGS)) and limited(low, i):
            continue  # "a bill capping annual price increases": a limit, not an increase
        if (concept is not None or word.endswith(NOMINAL_ENDINGS)) and unlicensed_any(low, i):
            continue  # "any rise would hurt farmers", "campaigned against any rise": none said
        if concept is not None and elsewhere(low, i):
            continue  # "shut out of the talks", "close any other school": not this closing
        if (concept is not None or word.endswith(NOMINAL_ENDINGS)) and complement(low, i):
            continue  # "no satisfaction in the closure", "no job lost as a result of this
            # decision": the negator is the other noun's
        if (concept is None or lx.stem(word) in NOT_HAD) and (
            in_slot
            and i != subject
            and not word.endswith(NOMINAL_ENDINGS)
            and not failed_stop(low, i)
        ):  # "failed to prevent the closure": the closure comes, not the prevention's object
            governed, governor = True, word  # a verb heads the clause ("opposed any increase")
        if (i < first_aux or low[first_aux] == "'s") and subject < 0 and argument(low, i):
            continue  # "the cut would cost 600 jobs": what the cut does, not whether it comes
        if generic_kind(low, i, first_aux):
            continue  # "cuts to services are becoming common": how often, not whether
        key, sign = concept if concept else (vote_held(low, i, st), 1)
        if concept is None and (end := use_purpose(low, i)):
            key = f"{key}-{end}"  # "used to train": a use for that end (:func:`use_purpose`)
        sign = -sign if undone else sign
        negs = negators_of(low, i, first_aux)
        negated = is_negated(negs, i, first_aux) != against(low, i)  # "voted against": a no
        if negated and purpose_denied(low, i):
            continue  # "do not switch cameras off to hide anything": the purpose is denied
        nominal = concept is not None or word.endswith(NOMINAL_ENDINGS)
        if denied_verb >= 0 and nominal and _object_of(low, i) > denied_verb:
            continue  # "had not signed the agreement": the signing is denied, not the deal
        if concept is not None and in_slot and i != subject and negated and not failed_stop(low, i):
            denied_verb = i if not word.endswith(NOMINAL_ENDINGS) else denied_verb
        named = scalar_events(key, sign, st, negated, word in lx.INTENSIVE)
        for k, pol in named + also_named(low, i, st, key, negated):  # "killed": the act too
            if not any(e.key == k for e in out):
                out.append(Event(k, toks[i], pol, negs))
    return tuple(out)


def _in_denied_purpose(low: list[str], i: int) -> bool:
    """Whether the verb at ``i`` opens a purpose whose denial the negator of an event before
    it carries ("we did not raise fares to make any profit"): the purpose is denied, not said
    to fail, so its event is neither denied nor asserted. The event's verb has an object
    before "to" ("raise fares to"); "do not need to make any profit" has none and is denied."""
    if i < 3 or low[i - 1] != "to":
        return False
    return any(
        purpose_denied(low, j)
        for j in range(max(0, i - 8), i - 2)
        if low[j].isalpha()
        and low[j] not in lx.NEGATORS
        and low[j] not in lx.STOPWORDS
        and low[j] not in lx.MODALS
        and not lx.is_aux(low, j)
        and low[j + 1] != "to"
    )


def _coordinated(toks: list[str], low: list[str], i: int, out: list[Event]) -> bool:
    """A participle joined by "and" to a participle already read as an event ("had been
    measured and certified", "was not inspected or approved"): it shares its auxiliary, so
    it is an event of the clause too."""
    if i < 2 or low[i - 1] not in ("and", "or") or not low[i].endswith(("ed", "en")):
        return False
    before = low[i - 2]
    return before.endswith(("ed", "en")) and any(e.word == toks[i - 2] for e in out)


# "step down" (from an office) is a resignation
_STEP = frozenset({"step", "steps", "stepped", "stepping"})
_RESIGN = lx.stem("resign")


def _object_of(low: list[str], i: int) -> int:
    """Where the definite determiner of the noun at ``i`` stands ("the agreement", "its
    planned closure"), within two words before it, or -1. A thing named so is there whether
    or not the verb before it is denied; "any" ("did not approve any increase") is under the
    negation and denies the thing itself."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if low[j] in DETERMINERS and low[j] != "any":
            return j
        if not low[j].isalpha() or low[j] in lx.STOPWORDS or low[j] in lx.NEGATORS:
            return -1
    return -1


def _step_slot(low: list[str], i: int) -> bool:
    """Whether "step" at ``i`` is the clause's own verb ("is not stepping down", "stepped
    down in May", "refused to step down"), not one asked of someone ("asked him to step
    down" tells the asking)."""
    prev = low[i - 1] if i else ""
    return (
        predicative(low, i, low[i])
        or prev in lx.NEGATORS
        or prev in lx.AUXILIARIES
        or (prev != "to" and low[i] == "stepped")
    )


# words of time after an event noun ("faces a closure Friday", "a strike next week")
_WHEN = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "today", "tomorrow", "tonight", "yesterday", "next", "last",
                   "this"})  # fmt: skip


# prepositions that no stop word list holds: the phrase goes on after its noun
_PREPOSITIONS = lx.LONG_PREPOSITIONS


def modifies_noun(low: list[str], i: int) -> bool:
    """Whether the event noun at ``i`` modifies the noun after it in an indefinite phrase
    ("a replacement ship", "a strike ballot", "an expansion plan"): the phrase names a kind
    of thing; the event itself is not said to happen."""
    if not i or low[i - 1] not in ("a", "an") or i + 1 >= len(low):
        return False
    nxt = low[i + 1]
    if not nxt.isalpha() or nxt in lx.STOPWORDS or nxt in lx.NEGATORS or nxt.endswith("ly"):
        return False
    if nxt in _WHEN or nxt in lx.MONTHS:
        return False  # "ordered a closure Friday": a time, not a thing of the closure's kind
    if nxt in _PREPOSITIONS:
        return False  # "a meeting between the two leaders": the meeting, with its parties
    return noun_head(low, i + 1) and not lx.CONCEPTS.get(lx.stem(nxt))


def unlicensed_any(low: list[str], i: int) -> bool:
    """Whether the event noun at ``i`` is quantified by "any" with no negator in the clause
    ("any rise", "any further fuel tax rises would hurt farmers"): outside a negation "any"
    asserts nothing, it speaks of a rise that may or may not come."""
    if any(w in lx.NEGATORS for w in low):
        return False
    for j in range(i - 1, max(-1, i - 5), -1):
        if low[j] == "any":
            return True
        if not low[j].isalpha() or low[j] in lx.STOPWORDS or low[j] in lx.MODALS:
            return False
    return False


# verbs of seeking: the thing sought after them is not said to exist
_SEEKING = frozenset({"find", "finds", "finding", "seek", "seeks", "seeking", "need", "needs",
                      "needed", "want", "wants", "wanted", "search", "hope", "hoping",
                      "look", "looking", "discover", "locate", "identify"})  # fmt: skip
_INDEFINITE = frozenset({"a", "an", "some", "any", "new", "another"})
_SEASONS = frozenset({"spring", "summer", "winter", "autumn"})
