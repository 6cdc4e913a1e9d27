"""The spaCy component ``onrecord_times``: sets ``doc._.times`` from ``doc._.published``.

It runs :func:`onrecord.nlp.timex.find_times` on the text and gives it the tense of the verb that
governs each expression, read from the parse (morphology and auxiliaries).
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Token

from .timex_calendar import Tense

log = logging.getLogger(__name__)

if not Doc.has_extension("times"):
    Doc.set_extension("times", default=None, force=True)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None, force=True)

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})


def verb_tense(token: Token) -> Tense | None:
    """The tense of the verb that governs ``token``: walk up to a verb, read its auxiliaries.

    ``will``/``would``/``going to`` make it future; otherwise the verb's (or its auxiliary's)
    ``Tense`` morphology decides. None when no verb governs the token.
    """
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            break
        if current.head == current:
            break
        current = current.head
    if current.pos_ not in ("VERB", "AUX"):
        return None
    words = [current, *(c for c in current.children if c.dep_ in ("aux", "auxpass"))]
    if any(w.lower_ in _FUTURE_AUX for w in words):
        return "future"
    if any(w.lower_ == "going" for w in words) and any(c.lower_ == "to" for c in current.children):
        return "future"
    for w in words:
        tense = w.morph.get("Tense", [])
        if tense:
            return "past" if tense[0] == "Past" else "present"
    return None


class TimeTagger:
    """Callable pipeline component: ``doc._.times = find_times(doc.text, doc._.published)``."""

    def __init__(self, use_parse: bool = True) -> None:
        self.use_parse = use_parse

    def __call__(self, doc: Doc) -> Doc:
        from .timex import find_times  # timex imports this module to register the factory

        def tense_at(offset: int) -> Tense | None:
            span = doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is None or len(span) == 0:
                return None
            return verb_tense(span[0])

        has_parse = self.use_parse and doc.has_annotation("DEP")
        doc._.times = find_times(
            doc.text, doc._.published, tense_at=tense_at if has_parse else None
        )
        return doc


@Language.factory(
    "onrecord_times",
    default_config={"use_parse": True},
    assigns=["doc._.times"],
)
def make_time_tagger(nlp: Language, name: str, use_parse: bool) -> TimeTagger:
    """Build the ``onrecord_times`` component (add it after the parser)."""
    return TimeTagger(use_parse=use_parse)
