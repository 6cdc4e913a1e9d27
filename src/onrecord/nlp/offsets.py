"""Character offsets over a Doc's text: the spans every rule builds its statements from."""

from __future__ import annotations

from spacy.tokens import Doc, Token

Offsets = tuple[int, int]

_TRIM = set(",;:—–-") | {" ", "\n"}

# Capitalized abbreviations whose period is part of the word even when it also ends the
# sentence ("moved to Fresno, Calif.", "went to Harlow Brothers Inc."): states as newspapers
# shorten them, company and name suffixes, months. A word that is also an ordinary one at a
# sentence's end ("attended Mass.", "signed by Pa.") counts only after a comma, a hyphen or a
# parenthesis, where a state follows a city or a party ("Everett, Mass.", "D-Mass.").
_ABBREVIATIONS = frozenset(
    "Ala Ariz Ark Calif Colo Conn Fla Ga Ill Ind Kan Kans Ky La Md Mich Minn Mont Neb Nebr "
    "Nev Okla Ore Tenn Va Vt Wis Wyo "
    "Inc Corp Co Ltd Bros Jr Sr "
    "Feb Aug Sept Oct Nov Dec".split()
)
_AMBIGUOUS_ABBREVIATIONS = frozenset("Mass Miss Wash Del Mo Pa".split())


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
        if text[end - 1] == "." and ends_in_abbreviation(text, start, end - 1):
            break
        end -= 1
    if strip_that:
        low = text[start:end].lower()
        for lead in ("that ", "that\n"):
            if low.startswith(lead):
                start += len(lead)
                break
    return start, end


def ends_in_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the word that ends at ``end`` (before a period) is a capitalized abbreviation."""
    i = end
    while i > start and text[i - 1].isalpha():
        i -= 1
    word = text[i:end]
    if word in _ABBREVIATIONS:
        return True
    after_mark = text[i - 1 : i] in ("-", "(") or text[max(start, i - 2) : i] == ", "
    return word in _AMBIGUOUS_ABBREVIATIONS and i > start and after_mark
