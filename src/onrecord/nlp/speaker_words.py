"""The words that tell a source: which subjects can speak, which entities name a thing
rather than someone, the marks that open or close a quotation, and the closing marks a source
phrase keeps at its end. Shared by the subject rules (:mod:`.subjects`) and the tags whose
speaker follows the verb (:mod:`.inversions`)."""

from __future__ import annotations

from spacy.tokens import Token

# entities that name a date, a time, a number or an amount, never who speaks
THING_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})

# Subjects that can put something into words: people and the bodies and papers that speak.
SPEAKER_NOUNS = frozenset(
    "official spokesman spokeswoman spokesperson lawyer attorney senator minister mayor "
    "president governor leader chief director aide adviser advisor critic opponent supporter "
    "candidate campaign party union council committee government administration ministry "
    "department agency court judge prosecutor report statement letter memo filing lawsuit "
    "editorial column ruling voter resident people person man woman expert analyst economist "
    "scientist researcher activist protester lawmaker legislator politician delegate donor "
    "member ally rival nominee wife husband friend family group team staff worker employee "
    "executive owner parent student teacher doctor strategist pollster observer republican "
    "democrat conservative liberal progressive majority".split()
)
PERSONAL = frozenset("i we you he she they who".split())


def speaker_like(subj: Token | None) -> bool:
    """Whether a subject can speak: a person or organization, a personal pronoun, or a noun
    for people or for papers that state things."""
    if subj is None:
        return False
    if subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.lower_ in PERSONAL:
        return True
    if subj.pos_ == "PROPN":  # a name the parser did not type; not a place ("Russia"), a day
        return subj.ent_type_ not in ("GPE", "LOC", "FAC") and subj.ent_type_ not in THING_ENTITIES
    return subj.lemma_.lower() in SPEAKER_NOUNS


def keeps_closing(tok: Token, toks: list[Token]) -> bool:
    """Whether a source phrase ``toks`` keeps the punctuation ``tok`` at its end: a closing
    parenthesis or bracket whose opening one is in the phrase (``Sen. Lindsey Graham
    (R-S.C.)``), or a percent sign, which stands for the word (``42% said``)."""
    if tok.text == "%":
        return True
    return tok.text in ")]" and any(t.text in "([" for t in toks)
