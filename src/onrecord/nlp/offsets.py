"""Character offsets over a Doc's text: the spans every rule builds its statements from."""

from __future__ import annotations

from spacy.tokens import Doc, Token

Offsets = tuple[int, int]

_TRIM = set(",;:—–-") | {" ", "\n"}


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy joins every token each time the property is read."""
    cached = doc.user_data.get("onrecord_text")
    if cached is None:
        cached = doc.user_data["onrecord_text"] = doc.text
    return str(cached)


def span_offsets(tokens: list[Token]) -> Offsets:
    toks = sorted(tokens, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def trim(text: str, start: int, end: int, *, strip_that: bool = False) -> Offsets:
    """Shrink ``[start, end)`` past surrounding spaces and clause punctuation."""
    while start < end and (text[start] in _TRIM):
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] == "."):
        # keep a period that closes an abbreviation such as "U.S."
        if (
            text[end - 1] == "."
            and end - 2 >= start
            and text[end - 2].isalpha()
            and (end - 3 < start or text[end - 3] == ".")
        ):
            break
        end -= 1
    if strip_that:
        low = text[start:end].lower()
        for lead in ("that ", "that\n"):
            if low.startswith(lead):
                start += len(lead)
                break
    return start, end
