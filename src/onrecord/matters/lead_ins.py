"""A reporter's lead-in and the quote that follows it: the quote is the evidence.

News tells a claim twice in a row: first in the reporter's words, then in the speaker's own
("Quill said the council had offered compensation. 'We have offered every household a
payment of 250 pounds,' she said."). The lead-in is the reporter's summary of the quote that
follows; a reader checks the quote. So a disagreement found with the lead-in on one side shows
the quote instead, when the quote is the same speaker's, in the very next sentence, and the
lead-in is a plain report of speech ("said", "told", "added", "confirmed", "admitted"), not a
rebuttal ("disputed the claim, saying ...") or a finding ("the review found ..."). A rebuttal
keeps its rebutting side: the rebuttal is made by its own sentence; only the statement it
answers is swapped, also for a quote in other words that names one of its lead-in's things
besides the lead-in's subject (:func:`_tells_again`).

A disagreement on a figure is about a value, so the quote shows it only when it gives the
lead-in's answer on that figure: "Thorne said the agency had received fewer than 100
complaints. 'Caxton itself has received 43 complaints,' she said." shares the act (received
complaints) but counts another holder's complaints; the 43 is no answer to "380 complaints to
the agency", so the lead-in stays the evidence.

Quotes that tell the lead-ins' claims in other words show them too when the two quotes
themselves give two answers on an event both name ("Fairweather said Halstow would meet the
cost of checking homes. 'Halstow will pay for an independent survey of every house,' he
said." against his earlier "would not meet the cost ... 'We will not pay for surveys of
people's homes'"), and so does one such quote that shares a word with its lead-in and answers
the other side's words the other way: then the quotes are the disagreement a reader checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

from . import lexicon as lx
from .claim_words import content_terms, says_otherwise
from .claims import Clause, Item, parse_claim
from .cluster import Matter, Position
from .contradictions import Contradiction, Evidence, contradiction_id, ordered_pair, verdict
from .rebuttal_paraphrase import opening
from .stance import stance_of
from .words import tokens

# a plain report of speech: the lead-in's cue, a verb that tells the speaker's own claim
# ("said", "told"; "confirmed that jobs would go", "admitted", "promised"), not one that
# rejects another's ("disputed") or reports a finding ("found")
_SAYING = re.compile(
    r"(?:said|says|say|added|adds|told|tells|confirmed|confirms|explained|explains"
    r"|announced|announces|admitted|admits|acknowledged|acknowledges|conceded|concedes"
    r"|promised|promises|pledged|pledges|stressed|stresses|insisted|insists|suggested|suggests)",
    re.IGNORECASE,
)

# words that deny or withhold the report ("did not say", "declined to say", "failed to confirm")
_DENIED = frozenset(
    {"not", "never", "declined", "declines", "refused", "refuses", "failed", "fails"}
    | {"declining", "refusing", "failing", "won't", "wouldn't"}
)

# the most characters between the lead-in's sentence and the quote's (spaces, a line break)
_GAP = 3


def quotes_after_lead_ins(items: Iterable[Item], *, same: bool = True) -> dict[str, Item]:
    """Statement key of each lead-in -> the quote that follows it (see the module); with
    ``same`` false, also a quote that gives no answer of the lead-in's own."""
    by_article: dict[str, list[Item]] = {}
    for it in items:
        by_article.setdefault(it.article, []).append(it)
    out: dict[str, Item] = {}
    for told in by_article.values():
        told.sort(key=lambda it: it.statement.content.start)
        for lead, quote in pairwise(told):
            if leads_into(lead, quote) and (not same or _same_claim(lead, quote)):
                out[lead.key] = quote
    return out


def leads_into(lead: Item, quote: Item) -> bool:
    """Whether ``quote`` gives in the speaker's own words what ``lead`` reports of them."""
    a, b = lead.statement, quote.statement
    if lead.speaker is None or lead.speaker != quote.speaker:
        return False
    if a.kind != "indirect" or b.kind != "direct" or a.cue is None:
        return False
    if not _saying(a.cue.text):
        return False
    if a.sentence is None or b.sentence is None:
        return False
    return 0 <= b.sentence.start - a.sentence.end <= _GAP


def _saying(cue: str) -> bool:
    """Whether a cue is a plain report of speech, an adverb before it allowed ("also
    confirmed", "later added"), not a denied or withheld one ("did not say", "declined to
    say", "refused to confirm")."""
    words = cue.lower().split()
    return (
        bool(words)
        and _SAYING.fullmatch(words[-1]) is not None
        and not any(w in _DENIED or w.endswith("n't") for w in words)
    )


def _same_claim(lead: Item, quote: Item) -> bool:
    """Whether the quote gives the lead-in's claim."""
    # the same claim: an event of the lead-in is the quote's, with the same certain answer
    # ("had offered compensation" / "We have offered every household 250 pounds"), not
    # another point made after it, nor the opponent's words the speaker quotes ("said the port
    # would be shut" / "He keeps telling shippers the port will stay open")
    shared = {e.key for e in lead.claim.events} & {e.key for e in quote.claim.events}
    return any(_answer(lead, key) == _answer(quote, key) != "" for key in shared)


def _answer(item: Item, key: str) -> str:
    """The certain answer ("yes", "no") of ``item`` on the event ``key``; "" for none."""
    stance = stance_of(item.claim, key)
    return stance.label if stance.certain else ""


def _as_quote(e: Evidence, quote: Item) -> Evidence:
    c = quote.statement.content
    return replace(e, statement=quote.key, text=c.text, start=c.start, end=c.end, words=())


def show_quotes(
    found: Iterable[Contradiction], items: Iterable[Item], matters: Iterable[Matter] = ()
) -> list[Contradiction]:
    """``found`` with each lead-in side shown by the quote after it (a rebuttal's rebutting
    side excepted); a pair that would become one already found gives way to it, its lead-in
    kept as that pair's support. ``matters``: a pair on a figure's matter keeps a lead-in
    whose quote gives no answer of the lead-in's own there (see the module)."""
    items = list(items)
    quotes = quotes_after_lead_ins(items)
    matters = list(matters)
    answers = _figure_answers(matters)
    loose = quotes_after_lead_ins(items, same=False)
    sentence = {it.key: it.sentence for it in items}
    by_key = {it.key: it for it in items}
    matter_of = {m.id: m for m in matters}
    found = list(found)
    seen = {ordered_pair(c.a.statement, c.b.statement) for c in found}
    out: list[Contradiction] = []
    backing: dict[tuple[str, str], list[str]] = {}
    for c in found:
        a, b = c.a, c.b
        if c.kind != "rebuttal" and _shows(a.statement, c.matter, quotes, answers):
            a = _as_quote(a, quotes[a.statement])
        if _shows(b.statement, c.matter, quotes, answers) and not (
            c.kind == "rebuttal" and _lead_states(c, by_key, quotes, sentence)
        ):
            b = _as_quote(b, quotes[b.statement])
        elif (
            c.kind == "rebuttal"
            and b.statement in loose
            and (
                _no_claim_named(c, sentence)
                or _quote_states(c, by_key, loose, sentence)
                or _tells_again(
                    by_key.get(b.statement), loose[b.statement], by_key.get(a.statement)
                )
            )
            and not _answers(by_key.get(a.statement), by_key.get(b.statement))
        ):
            b = _as_quote(b, loose[b.statement])
        elif c.kind != "rebuttal":
            a, b = _opposed_quotes(a, b, loose, by_key)
        if (a, b) == (c.a, c.b):
            out.append(c)
            continue
        if c.kind == "contradiction" and _times_apart(
            a.statement, b.statement, matter_of.get(c.matter or ""), by_key
        ):
            continue  # the quotes date what the lead-ins left open, to two times
        pair = ordered_pair(a.statement, b.statement)
        if a.statement == b.statement:
            out.append(c)
            continue
        if pair in seen:  # the quote's pair is found already: the lead-in backs it
            backing.setdefault(pair, []).extend(
                k for k in (c.a.statement, c.b.statement) if k not in pair
            )
            continue
        seen.add(pair)
        out.append(replace(c, id=contradiction_id(c.kind, a.statement, b.statement), a=a, b=b))
    return [_backed(c, backing) for c in out]


def _opposed_quotes(
    a: Evidence, b: Evidence, loose: dict[str, Item], by_key: dict[str, Item]
) -> tuple[Evidence, Evidence]:
    """The two sides of a contradiction or a reversal, lead-ins shown by the quotes after
    them when the two quotes give two certain answers on an event both name, or one
    lead-in by its quote when the quote tells the lead-in again (:func:`told_again`) and
    answers the other side's words the other way ("Upcott said one block would go on the
    market. 'The Clock Tower block will be sold,' he said." against his "No toilet block is
    being sold"): the quotes say in other words what the lead-ins report, and a reader checks
    the quotes. A quote on another point ("Marsh said the firm has not signed. 'Until it
    does, it cannot add a single car,' she said.") leaves its lead-in."""
    qa, qb = loose.get(a.statement), loose.get(b.statement)
    x, y = by_key.get(a.statement), by_key.get(b.statement)
    if qa is not None and qb is not None and _opposed(qa, qb):
        return _as_quote(a, qa), _as_quote(b, qb)
    if x is None or y is None:
        return a, b
    if qa is not None and told_again(x, qa) and _opposed(qa, y):
        return _as_quote(a, qa), b
    if qb is not None and told_again(y, qb) and _opposed(x, qb):
        return a, _as_quote(b, qb)
    return a, b


def told_again(lead: Item, quote: Item) -> bool:
    """Whether ``quote`` tells the lead-in ``lead`` again: it follows the lead-in
    (:func:`leads_into`) and shares a content word with it ("the board had paid the money" /
    "The board has paid the trust 40,000 pounds")."""
    return leads_into(lead, quote) and bool(set(lead.claim.terms) & set(quote.claim.terms))


def _opposed(x: Item, y: Item) -> bool:
    """Whether two statements give two certain answers on an event both name."""
    shared = {e.key for e in x.claim.events} & {e.key for e in y.claim.events}
    return any("" != _answer(x, k) != _answer(y, k) != "" for k in shared)


def _times_apart(a: str, b: str, matter: Matter | None, by_key: dict[str, Item]) -> bool:
    """Whether the two statements shown, quotes in place of lead-ins, are about two times
    (the check of :func:`.contradictions.verdict` that names a time rejects them): "He said
    bills had fallen in the past. 'Last winter, bills fell by ten per cent,' he said." against
    "bills have gone up since October". The lead-in left the time open, its quote gives it,
    and a reader checks the quote. Each one's stance is its position in the matter, or, for a
    quote the matter does not hold, its stance on the matter's event. Contradictions only: a
    reversal is one speaker at two times (a date put back), so two times do not undo it."""
    x, y = by_key.get(a), by_key.get(b)
    if matter is None or x is None or y is None:
        return False
    held = {p.item.key: p for p in matter.positions}
    p, q = (held.get(it.key) or Position(it, stance_of(it.claim, matter.event)) for it in (x, y))
    if not (p.stance.certain and q.stance.certain and p.stance.label != q.stance.label):
        return False
    judged = verdict(p, q, matter)
    return isinstance(judged, str) and judged.startswith("time:")


def _figure_answers(matters: Iterable[Matter]) -> dict[str, dict[str, str]]:
    """Matter id -> statement key -> its answer, for the matters of a figure ("complaint:count",
    keyed with a colon)."""
    return {
        m.id: {p.item.key: p.stance.label for p in m.positions} for m in matters if ":" in m.event
    }


def _shows(
    lead: str, matter: str | None, quotes: dict[str, Item], answers: dict[str, dict[str, str]]
) -> bool:
    """Whether the quote after the lead-in ``lead`` shows it in ``matter``: on a figure's
    matter, only a quote that answers there as the lead-in does."""
    if lead not in quotes:
        return False
    told = answers.get(matter or "")
    return told is None or told.get(quotes[lead].key) == told.get(lead)


def _backed(c: Contradiction, backing: dict[tuple[str, str], list[str]]) -> Contradiction:
    more = backing.get(ordered_pair(c.a.statement, c.b.statement), [])
    new = tuple(k for k in dict.fromkeys(more) if k not in c.statements)
    return replace(c, support=(*c.support, *new)) if new else c


def _answers(rebuttal: Item | None, lead: Item | None) -> bool:
    """Whether the rebuttal gives the other certain answer on an event of the lead-in ("said
    the library would close on Saturdays" / "disputed the claim, saying it would stay open on
    Saturdays"): it answers the lead-in's own claim, whatever the quote after it says."""
    if rebuttal is None or lead is None:
        return False
    # the rebuttal's answer, told after "disputed ..., saying", counts however it is framed
    said = {(e.key, "yes" if e.polarity > 0 else "no") for e in rebuttal.claim.events}
    return any(_answer(lead, k) not in ("", label) for k, label in said)


def _no_claim_named(c: Contradiction, sentence: dict[str, str]) -> bool:
    """Whether a rebuttal names the claim it answers only by whose it is ("disputed the
    opposition leader's claim, saying ...", "rejected the council's account of the
    inspection"): then it answers what the target said, and the target's own words are the
    quote, not the reporter's lead-in. A claim named with "that" ("rejected Y's claim that the
    retirements were forced") is the lead-in's as much as the quote's."""
    text, cue = sentence.get(c.a.statement, ""), c.cue or ""
    at = text.find(cue) if cue else -1
    return at >= 0 and _THAT.match(cue) is None and _THAT.match(text, at + len(cue)) is None


def _quote_states(
    c: Contradiction, by_key: dict[str, Item], loose: dict[str, Item], sentence: dict[str, str]
) -> bool:
    """Whether the quote after a rebuttal's target, a lead-in that gives none of the events of
    the claim the rebuttal names, gives one of them the way the claim does: "Banerjee
    suggested that the fields had a history of flooding. 'That field has flooded every
    winter,' she said." is what "hit back at the suggestion that the field had always
    flooded" answers, in her own words. Its answer is neither hedged nor doubted ("I doubt
    the field has ever flooded"), and of one of the claim's things at least ("my cellar has
    flooded every winter" is not the field)."""
    text, cue = sentence.get(c.a.statement, ""), c.cue or ""
    at = text.find(cue) if cue else -1
    lead, quote = by_key.get(c.b.statement), loose.get(c.b.statement)
    if lead is None or quote is None:
        return False
    # the claim named in the cue ("hit back at the suggestion that <claim>") or after it
    m = _IN_CUE.search(cue) or (_NAMED.match(text, at + len(cue)) if at >= 0 else None)
    if m is None:
        return False
    claim = parse_claim(m.group(1))
    named = {(e.key, e.polarity) for cl in claim.clauses for e in cl.events}
    if {k for k, _ in named} & lead.claim.event_keys():
        return False  # the lead-in gives the claim's event: it is what the rebuttal names
    things = content_terms(claim)
    if things and not things & set(quote.claim.terms):
        return False  # "my cellar has flooded every winter": not the lane the claim names
    return any(_gives(c, key, polarity) for c in quote.claim.clauses for key, polarity in named)


# a verb that doubts or denies what its clause goes on to say ("I doubt the lane has ever
# flooded", "I deny that it flooded")
_DOUBTING = re.compile(r"(?:doubt(?:s|ed|ing)?|question(?:s|ed|ing)?|"
                       + "|".join(lx.DENYING_VERBS) + r")$", re.IGNORECASE)  # fmt: skip


def _gives(clause: Clause, key: str, polarity: int) -> bool:
    """Whether a quote's clause gives the event ``key`` with ``polarity``, not hedged nor
    asked ("the lane may have flooded"), nor doubted or denied by a verb before it ("I doubt
    Mill Lane has ever flooded")."""
    if clause.modality in ("hedged", "question"):
        return False
    toks = [t.lower() for t in tokens(clause.text)]
    for e in clause.events:
        if e.key == key and e.polarity == polarity:
            at = toks.index(e.word.lower()) if e.word.lower() in toks else len(toks)
            return not any(_DOUBTING.match(w) for w in toks[:at])
    return False


# the claim a cue names in itself ("denied that <claim>")
_IN_CUE = re.compile(r"\bthat\s+([^,.;:]+)", re.IGNORECASE)
# a claim named with "that" after the cue, before the clause ends
_THAT = re.compile(r"[^,.;:]*?\bthat\b", re.IGNORECASE)
# the claim a rebuttal names after its cue: "that" and its clause ("..., saying" ends it)
_NAMED = re.compile(r"\s*that\s+([^,.;:]+)", re.IGNORECASE)


def _tells_again(lead: Item | None, quote: Item, rebuttal: Item | None) -> bool:
    """Whether the quote after a rebuttal's target, a lead-in of one claim, tells that claim
    again in the speaker's own words, before the rebuttal: it names one of the lead-in's
    things besides its subject ("Kell said the night log did not record a pump failure.
    'Nobody wrote down a word about the pumps that night,' he said."), and does not say it
    the other way round. A quote that shares only the lead-in's subject may say another thing
    of it ("the board had been slow to tell the tenants" / "The board sat on this for a
    month"), and a lead-in of two claims ("the lab ran a deficit and that the grant runs
    out") may be told by its quote in either."""
    if lead is None or rebuttal is None or len(lead.claim.clauses) != 1:
        return False
    if quote.sentence == rebuttal.sentence or (
        quote.article == rebuttal.article
        and quote.statement.content.start > rebuttal.statement.content.start
    ):
        return False  # the rebuttal's own sentence, or a reply to it
    if quote.claim.rebutted or says_otherwise(quote.claim, lead.claim):
        return False
    things = content_terms(lead.claim) - lx.LONG_PREPOSITIONS - opening(lead.statement.content.text)
    return bool(things & content_terms(quote.claim))  # a thing, not the quote's event


def _lead_states(
    c: Contradiction, by_key: dict[str, Item], quotes: dict[str, Item], sentence: dict[str, str]
) -> bool:
    """Whether a rebuttal's target, a lead-in, states the claim the rebuttal names with more of
    its things (its words besides events, names and times) than the quote after it: "disputed
    Crane's account that savings had been found elsewhere" answers "Crane said the broadcaster
    had found savings elsewhere", not the quote after it, "We listened, and we found the
    money", which shares only the event."""
    text, cue = sentence.get(c.a.statement, ""), c.cue or ""
    at = text.find(cue) if cue else -1
    m = _NAMED.match(text, at + len(cue)) if at >= 0 else None
    lead, quote = by_key.get(c.b.statement), quotes.get(c.b.statement)
    if m is None or lead is None or quote is None:
        return False
    things = content_terms(parse_claim(m.group(1)))
    return len(things & set(lead.claim.terms)) > len(things & set(quote.claim.terms))
