"""From a statement to what it asserts: events, polarity, modality, conditions and time.

A statement's content is split into clauses. Each clause yields :class:`Event` s (an event
key such as ``meet``, or a concept with a sign such as ``open`` / ``-1`` for "closed"), the
negation that scopes over each event, and the clause's modality: a hedge ("might",
"possible"), a condition ("if", "unless"), a question, or words reported from someone else
("Mr. Halvorsen says ..."), which the speaker does not assert (unless the speaker takes their
own words back: :func:`retracted`). The time the claim is about
(``in March``, ``until autumn``, ``in 2025``) is kept as a set of ``(year, month)`` pairs.

Everything here is plain Python over the text: no model is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from ..models import Statement
from ..nlp.timex_lexicon import NUMBER_WORDS
from . import lexicon as lx
from .accounts import with_accounts
from .as_long_as import conditional_long_as, span_clause
from .blamed import blamed_causes, rejected_agent, undying
from .caused_acts import entailed_damage
from .claim_times import is_month, time_opener, times_of
from .clause_cues import (
    CONSIDERING,
    concessive_if,
    delayed_until,
    guesses,
    hearsay,
    no_longer_able,
    open_question,
    participle_provided,
)
from .clause_marks import ATTITUDE, EXPECTED, GOAL, REFUTED, tells_past
from .concerns import concern_nouns
from .conjuncts import first_condition, past_fact
from .contact import contact_act, passive_report
from .coordination import split_predicates
from .counterfactual import counterfactual
from .evaluated import bare_frame, frame_of
from .events import Event
from .finite import planned_progressive
from .notice import timed_report, told_name_of
from .paraphrases import clause_events
from .points_back import points_back
from .predicates import intended_act
from .rebuttal_cues import rebutted_cue
from .report_words import reports_nothing
from .retractions import retracted
from .senses import event_stem
from .talked_of import talked_of
from .time_tails import dated_by_tails
from .told_notice import told_notices
from .unrelated import unlinked_subject, unrelated_acts
from .votes import unvoted
from .vouched import disowned, framed, vouched_telling
from .wishes import wished_cue
from .words import tokens

Modality = Literal["certain", "belief", "hedged", "conditional", "question", "reported"]
Tense = Literal["future", "present"]

_SENTENCE = re.compile(r"(?<=[.?!;])\s+(?=[A-Z\"'(])|;\s+|\s+[—–]\s+|\n+")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Co|Inc|Corp|Ltd|Jr|Sr|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|No|vs|Prof)"
    r"|\b[A-Z](?:\.[A-Z])*)\.$"
)
_NOT_NAMES = (
    lx.PRONOUNS
    | lx.STOPWORDS
    | lx.NEGATORS  # "None of the illnesses ...", capital only for opening the sentence
    | {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "quoted",
        "president",
        "mr",
        "mrs",
        "ms",
        "dr",
        "u.s",
    }
    | NUMBER_WORDS.keys()  # "Eleven of them have had no offer": a number, no name
)
# A cue that puts its content in doubt: "raised concerns about", "has doubts over".
_DOUBTING_CUE = re.compile(r"\b(?:concerns?|questions?|doubts?)\s+(?:about|over|on)$", re.I)
_CLAUSE = re.compile(r",\s+(?=(?:and|but|while|although|though|yet)\b)|,\s+|\s+but\s+")
_INNER_QUOTE = re.compile(r"(?<!\w)['‘]([^'’‘]{2,80}?)[’'](?!\w)")
_NORMALIZE = (
    ("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("laid off", "layoff"),
    ("lay off", "layoff"), ("laying off", "layoff"), ("lays off", "layoff"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of a statement with its events, modality and the words that decided them."""

    text: str
    events: tuple[Event, ...]
    modality: Modality
    modal_words: tuple[str, ...] = ()
    tense: Tense = "present"
    times: frozenset[tuple[int, int]] = frozenset()
    entities: frozenset[str] = frozenset()

    @property
    def asserted(self) -> bool:
        """Whether the speaker commits to the clause (certain, or a stated belief)."""
        return self.modality in ("certain", "belief")


@dataclass(frozen=True, slots=True)
class Claim:
    """What a statement asserts, clause by clause."""

    text: str
    clauses: tuple[Clause, ...]
    terms: tuple[str, ...]  # stemmed content words, for retrieval
    entities: tuple[str, ...]  # capitalized names (lower case)
    said: str | None = None  # ISO date the statement was made
    conditional: bool = False
    rebutted: str | None = None  # the cue, when the content is "Y's claim that ..." rebutted

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(e for c in self.clauses for e in c.events)

    def event_keys(self) -> set[str]:
        return {e.key for e in self.events}


def normalize(text: str) -> str:
    """Straight quotes, phrasal verbs folded (``lay off`` -> ``layoff``)."""
    for a, b in _NORMALIZE:
        text = text.replace(a, b)
    return text


def claim_of(statement: Statement, said: str | None = None) -> Claim:
    """The claim of ``statement`` (``said``: when it was made, default its own date)."""
    date = said or (statement.date.value if statement.date else None)
    return parse_claim(statement.content.text, said=date)


def parse_claim(text: str, *, said: str | None = None) -> Claim:
    """Parse a statement's content into a :class:`Claim`."""
    norm = normalize(text)
    # words the speaker quotes inside their own words ('no plans', 'perfectly safe') are
    # someone else's; they do not count as the speaker's events
    norm = _INNER_QUOTE.sub(" QUOTED ", norm)
    year = int(said[:4]) if said and said[:4].isdigit() else 0
    month = int(said[5:7]) if said and len(said) >= 7 and said[5:7].isdigit() else 1
    clauses: list[Clause] = []
    conditional = False
    for sentence in _sentences(norm):
        if not sentence.strip():
            continue
        parts = _clauses(sentence)
        low = sentence.lower()
        # "whether" asks, inside its own clause ("declined to say whether costs would rise"):
        # it leaves the sentence's other clauses as they are; "if", "unless" ... bind them all
        cond = tuple(w for w in _conditional_words(low) if w != "whether")
        # a past fact told beside the condition is not bound by it ("had been paid, and
        # would publish the payroll if asked")
        first = first_condition(parts, cond) if cond else 0
        conds = [() if cond and n < first and past_fact(part, cond) else cond or span_clause(part)
                 for n, part in enumerate(parts)]  # fmt: skip
        conditional = conditional or any(conds)
        question = sentence.rstrip().endswith("?")
        here = [_clause(part, c + _whether(part), question, (year, month))
                for part, c in zip(parts, conds, strict=True)]  # fmt: skip
        here = [c for clause in here for c in _asked(clause)]
        here = [c for clause in here for c in framed(clause)]  # "told at a meeting that ..."
        here = [c for clause in here for c in talked_of(clause)]  # "closure not discussed"
        here = told_notices(here, (year, month))  # "we were never told that ...": no notice given
        clauses.extend(retracted(dated_by_tails(here)))  # "found, on 14 April": its date
    clauses = disowned(clauses, norm)  # "they told us it would close, which is false"
    toks = tokens(norm)
    terms = tuple(lx.stem(t) for t in toks if t[0].isalnum() and t.lower() not in lx.STOPWORDS)
    ents = tuple(dict.fromkeys(t.lower() for i, t in enumerate(toks) if i and t[:1].isupper()))
    return Claim(norm, tuple(clauses), terms, ents, said, conditional)


def _asked(clause: Clause) -> list[Clause]:
    """The clause, with the events of a question it embeds (:func:`.clause_cues.open_question`:
    "has not decided how he will vote") split off as hedged: neither yes nor no."""
    low = [t.lower() for t in tokens(clause.text)]
    at = open_question(low)
    if at < 0 or clause.modality not in ("certain", "belief"):
        return [clause]
    asked = tuple(e for e in clause.events if _position(low, e.word.lower()) > at)
    if not asked:
        return [clause]
    rest = tuple(e for e in clause.events if e not in asked)
    return [replace(clause, events=rest), replace(clause, events=asked, modality="hedged",
                                                  modal_words=(low[at],))]  # fmt: skip


def _sentences(text: str) -> list[str]:
    """Sentences, not split after abbreviations such as ``Mr.`` or ``U.S.``."""
    out: list[str] = []
    for piece in _SENTENCE.split(text):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


# an attribution inserted between commas inside the words it attributes
_INSERTED = re.compile(
    r"(?:he|she|they|we|I|(?:the |a |an )?[\w'.-]+(?: [\w'.-]+){0,3})\s+"
    r"(?:said|says|added|adds|noted|notes|argued|argues|insisted|insists|warned|warns)"
)


_OPENERS = ("and ", "but ", "or ", "so ", "because ", "while ", "although ")
_VERB_WORDS = lx.AUXILIARIES | lx.MODALS


def _clauses(sentence: str) -> list[str]:
    """Clauses of one sentence; a topic-setting opener joins the clause that has a verb."""
    raw = [p.strip() for p in _CLAUSE.split(sentence) if p and p.strip()]
    out: list[str] = []
    carry = ""
    for part in raw:
        if _INSERTED.fullmatch(part.strip("\"' ")):
            if out and not carry and not set(tokens(out[-1].lower())) & _VERB_WORDS:
                carry = out.pop() + " "  # "Closing it, he said, would add ...": one clause
            continue
        low = part.lower().lstrip("\"' ")
        if carry.endswith(" ") and not carry.endswith(", ") and low.startswith(_OPENERS):
            out.append(carry.rstrip())  # "The mill will close, she said, and jobs will go"
            carry = ""
        if low.startswith(("but ", "and ")):
            low = low.split(" ", 1)[1]
        words = set(tokens(low))
        tail = _time_tail(words) or contrast_tail(part.lstrip("\"' "))
        if out and not carry and (tail or rejected_agent(low, out[-1])):
            out[-1] += ", " + part  # "will not bring it back, not by 2029 and not ever"
            continue
        verbless = not words & (lx.AUXILIARIES | lx.MODALS | lx.NEGATORS)
        opener = low.startswith(lx.TOPIC_OPENERS + lx.KNOWLEDGE_OPENERS)
        # a fronted time ("Last winter, bills fell"; "In March, the hall closed") dates the
        # clause it opens, as it would at the clause's end
        opener = opener or (not out and not carry and time_opener(words))
        if (carry and verbless) or (opener and len(words) <= 8):
            carry += part + ", "
            continue
        out.extend(split_predicates(carry + part))
        carry = ""
    if carry:
        out.append(carry.rstrip(", "))
    return out


def contrast_tail(part: str) -> bool:
    """Whether a part is the rejected half of a contrast of verbs ("we want it stopped now,
    not talked about later", "sell the plant, not close it"): "not", a verb, and no verb group
    of its own, so it shares the clause before it, its subject and its modality. A rejected
    name or thing ("signs with Harbour City, not Port Ennis", "not the talks") stays apart."""
    toks = tokens(part)
    if len(toks) < 2 or toks[0].lower() != "not":
        return False
    head = toks[1]
    if not head.isalpha() or not head.islower() or head in lx.STOPWORDS:
        return False
    return not ({t.lower() for t in toks[1:]} - {"to"}) & (lx.AUXILIARIES | lx.MODALS)


def _time_tail(words: set[str]) -> bool:
    """Whether a part is a verbless tail that restates a time ("not by 2029 and not ever",
    "not this year"): it belongs to the clause before it, whose time it gives."""
    return len(words) <= 8 and all(
        w in _TAIL_WORDS or w in lx.MONTHS or w in lx.SEASONS or w[:1].isdigit() for w in words
    ) and any(w[:1].isdigit() or w in lx.MONTHS or w in lx.SEASONS or w in ("year", "ever")
              for w in words)  # fmt: skip


_TAIL_WORDS = lx.NEGATORS | {
    "by", "in", "this", "next", "last", "year", "ever", "even", "yet", "and", "or", "until",
    "before", "after", "the", "of", "at", "all", "anymore", "now", "then", "again", "soon",
    "early", "late", "end", ",", ".",
}  # fmt: skip


def _whether(part: str) -> tuple[str, ...]:
    return ("whether",) if "whether" in tokens(part.lower()) else ()


def _conditional_words(low: str) -> tuple[str, ...]:
    found = [p for p in lx.CONDITIONAL_PHRASES if p in low
             and (p != "as long as" or conditional_long_as(low))]  # fmt: skip
    toks = tokens(low)
    words = set(toks) - ({"if"} if concessive_if(toks) else set())
    words -= {"provided"} if participle_provided(toks) else set()  # "care is being provided"
    found += sorted(w for w in lx.CONDITIONALS if w in words)
    if delayed_until(toks):
        found.append("until")  # "not paid in full until the job is done": when, not whether
    return tuple(found)


def _future_word(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` looks ahead: "will", "expects", "plans to"; "the replacement plan"
    or "a crowd plan" is a document, not an intention."""
    if intended_act(low, i):
        return True  # "no intention of selling it": an intention looks ahead as a plan does
    if low[i] not in lx.FUTURE:
        return False
    if low[i] in ("plan", "plans") and low[i + 2 : i + 3] and low[i + 2] in _NOT_A_VERB:
        return False  # "submitted its plan to the state": a document sent somewhere
    return low[i] not in ("plan", "plans") or low[i + 1 : i + 2] == ["to"]


# words that begin a noun phrase, not a verb, after "plan to" ("a plan to the council")
_NOT_A_VERB = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
                         "this", "that", "these", "those"})  # fmt: skip


def _clause(text: str, cond: tuple[str, ...], question: bool, anchor: tuple[int, int]) -> Clause:
    frame = frame_of(text)  # "there is no evidence that X": X, denied (:mod:`.evaluated`)
    if frame is not None:
        inner = _clause(frame.inner, cond, question, anchor)
        flipped = tuple(Event(e.key, e.word, frame.sign * e.polarity, (*e.negators, frame.cue))
                        for e in inner.events
                        if frame.sign > 0 or not entailed_damage(e.key, e.word))  # fmt: skip
        hedged = frame.hedged and inner.modality in ("certain", "belief")
        return replace(inner, events=flipped, modality="hedged" if hedged else inner.modality,
                       modal_words=(frame.cue,) if hedged else inner.modal_words)  # fmt: skip
    if bare_frame(text):  # "Brannock did score higher, I accept that": no approval
        return Clause(text, (), "certain")
    toks = tokens(text)
    low = [t.lower() for t in toks]
    lowtext = " ".join(low)
    refuted = REFUTED.search(lowtext)
    filed = concern_nouns(toks, low)  # "had filed 14 safety reports": no one quoted
    reported = [t for i, t in enumerate(low) if t in lx.REPORT_VERBS and not reports_nothing(low, i)
                and not contact_act(toks, low, i) and not passive_report(low, i)
                and i not in filed and not vouched_telling(low, i)
                and not told_name_of(toks, low, i) and not timed_report(low, i)]  # fmt: skip
    reported += [t for i, t in enumerate(low) if hearsay(low, i)]
    if refuted:  # "any claim that X is wrong": the speaker denies X, no one is quoted
        reported = [t for t in reported if t not in ("claim", "claims", "report", "reports")]
    # a modal inside a clause of time after the verb ("had ordered it to stop until engineers
    # could explain why") hedges that clause, not what the speaker asserts before it; a time
    # set before the verb ("just before Christmas the pool might close") hedges nothing less
    bound = next((k for k in range(1, len(low)) if low[k] in _TIME_SUBORDINATORS
                  and any(w in _VERB_BEFORE or w.endswith("ed") for w in low[:k])),
                 len(low))  # fmt: skip
    hedges = [t for i, t in enumerate(low[:bound])
              if t in lx.HEDGES and not (t == "may" and is_month(toks, low, i))
              and not no_longer_able(low, i)]  # fmt: skip
    hedges += [p for p in lx.HEDGE_PHRASES if p in lowtext]
    hedges += [m.group(0) for m in EXPECTED.finditer(lowtext)]
    hedges += [m.group(0) for m in ATTITUDE.finditer(lowtext)]
    hedges += [m.group(0) for m in GOAL.finditer(lowtext)]
    hedges += [m.group(0) for m in CONSIDERING.finditer(lowtext)]
    hedges += guesses(low)
    hedges += counterfactual(low)  # "would not have killed her": another world
    beliefs = [t for i, t in enumerate(low[:bound]) if t in lx.BELIEFS or intended_act(low, i)]
    modality: Modality
    words: tuple[str, ...]
    if question:
        modality, words = "question", ("?",)
    elif reported:
        modality, words = "reported", tuple(reported)
    elif cond:
        modality, words = "conditional", cond
    elif hedges:
        modality, words = "hedged", tuple(hedges)
    elif beliefs:
        modality, words = "belief", tuple(beliefs)
    else:
        modality, words = "certain", ()
    events, ahead = clause_events(toks, low)  # "the closure is temporary": a reopening ahead
    future = any(_future_word(low, i) for i in range(len(low))) or planned_progressive(low)
    tense: Tense = "future" if future or ahead else "present"
    events = unlinked_subject(low, events)  # "the closure has nothing to do with X": no denial
    unlinked = unrelated_acts(low)  # "the deaths have nothing to do with X": deaths that were
    causes = blamed_causes(toks, low)  # "did not die of X": X denied, not the death
    events = unvoted(toks, low, (*undying(events, causes), *unlinked))  # no vote: no
    # approval; "caused by the drought, not by leaks": the causes named, each its event
    events = with_accounts(low, events)  # "has lost money", "in surplus": the accounts
    # the clause's first word, capital for opening it, is no name when it names a thing by
    # its own key ("Lifeguards will be on the beaches": whether there are lifeguards)
    opening = next(
        (e.word for e in events if e.word == toks[0] and e.key == event_stem(e.word.lower())), ""
    )
    names = frozenset(
        t.lower()
        for i, t in enumerate(toks)
        if t[:1].isupper()
        and t.lower() not in lx.MONTHS
        and t.lower() not in _NOT_NAMES
        and not (i == 0 and t == opening)
    )
    if refuted:  # "the idea that the mill will close is false": every event before it flips
        cut = len(lowtext[: refuted.start()].split())
        flip = {e.key for i, e in enumerate(events) if _position(low, e.word.lower()) < cut}
        events = tuple(
            Event(e.key, e.word, -e.polarity, (*e.negators, refuted.group(0).strip()))
            if e.key in flip else e
            for e in events
        )  # fmt: skip
    when = "past" if tense == "present" and (tells_past(low) or unlinked) else tense
    return Clause(text, events, modality, words, tense, times_of(toks, anchor, when), names)


_TIME_SUBORDINATORS = frozenset({"until", "till", "before", "after", "once"})
_VERB_BEFORE = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would",
                          "did", "does", "do", "shall", "'ll"})  # fmt: skip


def _position(low: list[str], word: str) -> int:
    return low.index(word) if word in low else len(low)


@dataclass(frozen=True, slots=True)
class Item:
    """A statement in its context: who made it, when, in which article, and its claim."""

    key: str
    statement: Statement
    claim: Claim
    article: str
    speaker: str | None  # a key that is equal for the same speaker (None: unknown)
    speaker_name: str | None
    said: str | None
    outlet: str | None = None
    sentence: str = ""
    roles: tuple[str, ...] = ()
    full_name: str = ""  # a body named by one word: the person of that surname in its article

    @classmethod
    def of(
        cls,
        statement: Statement,
        *,
        article: str,
        published: str | None = None,
        outlet: str | None = None,
        key: str | None = None,
        speaker: str | None = None,
    ) -> Item:
        """Wrap ``statement``; the speaker key defaults to its case-folded name."""
        sp = statement.speaker
        said = statement.date.value if statement.date else published
        if said and not re.match(r"\d{4}-\d\d-\d\d", said):
            said = published
        name = sp.name if sp.name and sp.type != "unknown" else None
        claim = parse_claim(statement.content.text, said=said)
        cue = rebutted_cue(statement)
        if cue is not None:
            claim = as_reported(claim, cue)
        elif statement.cue is not None and _DOUBTING_CUE.search(statement.cue.text):
            claim = as_questioned(claim, statement.cue.text)
        elif points_back(statement):  # "said that was false": the claim judged is unnamed
            claim = replace(claim, clauses=_every_clause(claim, "reported", "that"))
        elif (wish := wished_cue(statement)) is not None:  # "asks to cut the quota"
            claim = replace(claim, clauses=_every_clause(claim, "hedged", wish))
        return cls(
            key=key or statement.id,
            statement=statement,
            claim=claim,
            article=article,
            speaker=speaker or (name.casefold() if name else None),
            speaker_name=name,
            said=said,
            outlet=outlet,
            sentence=statement.sentence.text if statement.sentence else statement.content.text,
            roles=sp.roles,
        )


def as_questioned(claim: Claim, cue: str) -> Claim:
    """``claim`` as what its speaker questions ("raised concerns about the timetable"): the
    content names what is in doubt, and answers nothing."""
    return replace(claim, clauses=_every_clause(claim, "question", cue))


def _every_clause(claim: Claim, modality: Modality, cue: str) -> tuple[Clause, ...]:
    """The clauses of ``claim`` with ``modality``, decided by the words of ``cue``."""
    return tuple(replace(c, modality=modality, modal_words=(cue,)) for c in claim.clauses)


def as_reported(claim: Claim, cue: str) -> Claim:
    """``claim`` as words the speaker attributes to someone else (they decide no stance)."""
    return replace(claim, clauses=_every_clause(claim, "reported", cue), rebutted=cue)
