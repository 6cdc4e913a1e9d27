"""Matters and contradictions: who says yes, who says no, who changed their mind.

>>> from onrecord.matters import analyze_record, analyze_corpus
>>> matters, contradictions = analyze_record(record)       # one article
>>> report = analyze_corpus(store)                         # the whole store, persisted

Stages: :mod:`.claims` (statement -> claim), :mod:`.cluster` (matters, BM25),
:mod:`.stance` (yes / no / hedged / unclear; :mod:`.themes`: what an event happens to, and
whether it is a settled past), :mod:`.figures` (matters of a quantity given different
values), :mod:`.contradictions` (contradictions, reversals, rebuttals), :mod:`.store` (tables
``matters``, ``stances``, ``contradictions``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..models import Record
from .answer_pairs import with_answers
from .claims import Claim, Clause, Item, parse_claim
from .cluster import Matter, Position, find_matters
from .confidence import calibrate
from .contradictions import Contradiction, Evidence, find_contradictions
from .counted_wholes import whole_matters
from .destinations import destination_matters
from .echoed_figures import echo_matters
from .embeddings import Embedder
from .events import Event
from .figure_matters import value_matters
from .grouping import group_disagreements
from .joined_across import without_unjoined
from .lead_ins import show_quotes
from .majorities import majority_matters
from .marked_reversals import marked_reversals
from .meaning import close_in_meaning
from .one_question import one_question_each
from .own_turns import own_turns
from .owned_reversals import owned_reversals
from .pair_judge import default_weights, rescored
from .persons import named_in_full
from .rebuttals import find_rebuttals
from .recalled_words import recalled_reversals
from .reported_reversals import reported_reversals
from .sides import speaker_sides
from .slipped_dates import slipped_dates
from .stance import Stance, stance_of
from .store import AnalysisReport, analyze_corpus, load_items
from .stories import story_names
from .universal_instances import universal_matters

log = logging.getLogger(__name__)

__all__ = [
    "AnalysisReport",
    "Claim",
    "Clause",
    "Contradiction",
    "Event",
    "Evidence",
    "Item",
    "Matter",
    "Position",
    "Stance",
    "analyze_corpus",
    "analyze_items",
    "analyze_record",
    "load_items",
    "parse_claim",
    "rules_only",
    "stance_of",
]


def rules_only(items: Iterable[Item]) -> list[Item]:
    """The statements matters are made of: the rules' own. A verb that learned weights chose
    (``basis="learned"``) states a view or a vote ("voted against the levy"), and the object of
    an act (``basis="object"``) a decree or a stance ("approved a cap on rents"), rarely a
    claim with an answer."""
    return [it for it in items if it.statement.basis == "rules"]


def analyze_items(
    items: Iterable[Item],
    *,
    min_confidence: float = 0.0,
    embedder: Embedder | None = None,
    texts: Mapping[str, str] | None = None,
    judge: bool = False,
) -> tuple[tuple[Matter, ...], tuple[Contradiction, ...]]:
    """Matters and contradictions (with reversals and rebuttals) among ``items``.

    ``embedder``: link statements close in meaning too (see :mod:`.embeddings`). ``texts``
    (article -> its title and text) tell which articles tell one story (:mod:`.stories`);
    without them, the statements' sentences do. ``judge``: the learned judge of pairs
    (:mod:`.pair_judge`) sets the confidence and drops the reports below its floor, as
    :func:`analyze_corpus` does (off: the rules' own confidence, which the judge weighs).
    """
    items = named_in_full(rules_only(items), texts)
    stories = story_names(items, texts)
    matters = find_matters(items, embedder=embedder, stories=stories) + value_matters(
        items, embedder=embedder, stories=stories, texts=texts
    )
    matters += echo_matters(items, stories, matters)  # "420 on the payroll, not 310"
    matters += destination_matters(items, stories)  # "every line is going to" two places
    matters += universal_matters(items, stories)  # "never been a fire" / "four fires"
    matters += majority_matters(items)  # "most respondents backed it" / "60 per cent opposed it"
    matters += whole_matters(items, stories)  # "every one of the 96 trees" / "six of the 96"
    # two articles' statements joined only through others answer two questions
    judged = without_unjoined(find_contradictions(matters), matters)
    found = _with_rebuttals(judged, find_rebuttals(items, matters, texts))
    found = with_answers(found, items, texts)  # "Corrigan rejected that."
    found += owned_reversals(items, found, stories)  # "..., and I was wrong to say otherwise"
    found += reported_reversals(items, found, stories)  # "In May she had said ..."
    found += marked_reversals(items, found, stories, texts)  # "weeks after promising ..."
    found += recalled_reversals(items, found, stories, texts)  # "... it would start in May"
    found += slipped_dates(items, found, matters, stories)  # "will not sail before January"
    found += own_turns(items, found, matters, stories)  # "no one has been overcharged" / "140 were"
    found = show_quotes(found, items, matters)  # the speaker's words, not the lead-in
    figures = frozenset(m.id for m in matters if ":" in m.event)
    # each pair's evidence first, so that a disagreement is shown by its best-evidenced pair
    found = calibrate(found, matters, items)
    quoted = frozenset(it.key for it in items if it.statement.kind == "direct")
    found = group_disagreements(found, speaker_sides(items), figures, quoted)
    found = calibrate(found, matters, items)  # how sure each one is, once the pairs are set
    if embedder is not None:
        found = close_in_meaning(found, items, embedder)
    weights = default_weights() if judge else None
    if weights is not None:
        found = rescored(found, items, matters, stories, weights)
    found = [c for c in found if c.confidence >= min_confidence]
    found.sort(key=lambda c: (-c.confidence, c.a.date or "", c.id))
    # "refused to meet": a refusal and a meeting, one question shown once
    matters, moved = one_question_each(matters, (c.matter for c in found))
    found = [replace(c, matter=moved[c.matter]) if c.matter in moved else c for c in found]
    log.info("%d statements: %d matters, %d contradictions", len(items), len(matters), len(found))
    return tuple(matters), tuple(found)


def _with_rebuttals(
    found: list[Contradiction], rebuttals: list[Contradiction]
) -> list[Contradiction]:
    """Add rebuttals; a rebuttal's cue also backs the other pairs of the same two speakers on
    the same matter (or sharing a statement with it), never a disagreement about another."""
    out = {_pair(c): c for c in found}
    for r in rebuttals:
        speakers = {r.a.speaker, r.b.speaker}
        for key, c in list(out.items()):
            related = (r.matter is not None and c.matter == r.matter) or bool(
                set(key) & set(_pair(r))
            )
            if (
                c.cue is None
                and related
                and not _recalled(c, r)
                and {c.a.speaker, c.b.speaker} == speakers
                and c.a.speaker != c.b.speaker
            ):
                out[key] = replace(c, cue=r.cue, confidence=min(0.95, c.confidence + 0.15))
        if _pair(r) not in out:
            out[_pair(r)] = r
        elif out[_pair(r)].kind != "rebuttal":
            old = out[_pair(r)]
            out[_pair(r)] = replace(r, matter=old.matter or r.matter,
                                    confidence=max(r.confidence, old.confidence))  # fmt: skip
    return list(out.values())


def _recalled(c: Contradiction, r: Contradiction) -> bool:
    """Whether the pair ``c`` sets a statement of another article against the exchange a
    rebuttal ``r`` reports within one: the cue backs that exchange, not a claim recalled from
    weeks before ("no member of staff will lose their job" in January, against the union's
    claim the rebuttal answers in March)."""
    return r.a.article == r.b.article and c.a.article != c.b.article


def _pair(c: Contradiction) -> tuple[str, str]:
    a, b = sorted((c.a.statement, c.b.statement))
    return a, b


def analyze_record(record: Record) -> tuple[tuple[Matter, ...], tuple[Contradiction, ...]]:
    """Matters and contradictions within one article's record."""
    items = [
        Item.of(st, article=record.id, published=record.article.published,
                outlet=record.article.outlet)
        for st in record.statements
    ]  # fmt: skip
    text = f"{record.article.title or ''}\n{record.article.text}"
    return analyze_items(items, texts={record.id: text})
