"""A closing tag the parser took for a relative clause or a conjunct: ``Kestrel is recalling
80,000 heaters, the company and federal regulators announced on Tuesday.``

The parser may hang a sentence's closing ``, SUBJECT VERB [when].`` on the last noun before
it as a relative clause, or on the last verb as its conjunct, and the report it makes is lost
(the verb has no clause of its own). A relative clause set off by a comma needs a relative
word in English (``, which the company announced``), and a conjunct with a subject of its own
a conjunction (``, and the company announced``); a clause with neither, with a subject of its
own, that runs to the end of its sentence, is the writer's tag: its content is the sentence
before the comma, as with a tag parsed well (``The city will close two piers, officials said
on Tuesday``).
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token

_SUBJECTS = frozenset({"NOUN", "PROPN", "PRON"})
_RELATIVE_WORDS = frozenset({"WDT", "WP", "WP$"})
# What a verb reports of its own; a tag has none but an addressee ("..., she told reporters").
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "dative", "acomp", "attr", "oprd"})


def relative_tag_content(verb: Token) -> list[Token] | None:
    """The content of a cue verb parsed as a relative clause or a conjunct that is a closing
    tag (no object of its own but an addressee): the tokens of its sentence before the comma
    that opens the tag; None when the verb is no such tag."""
    if verb.dep_ not in ("relcl", "conj") or verb.head.i > verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in _SUBJECTS:
        return None
    if any(t.tag_ in _RELATIVE_WORDS or t.lower_ == "that" for t in subj.subtree):
        return None  # "..., who added", "..., which votes on March 1": a relative clause
    doc = verb.doc
    comma = subj.left_edge.i - 1
    if comma <= verb.sent.start or doc[comma].text != ",":
        return None  # "..., which X announced", "..., and X announced": a clause indeed
    if any(c.dep_ in _OWN_OBJECTS and not _addressee(c) for c in verb.children):
        return None  # "The mayor resigned, the chairman announced his bid": a clause of its own
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "have" for c in verb.children):
        return None  # "if he opted to, he should have insisted ...": a tag is said, has said
    rest = doc[verb.right_edge.i + 1 : verb.sent.end]
    if any(not (t.is_punct or t.is_space) for t in rest):
        return None  # the tag does not close its sentence
    content = list(doc[verb.sent.start : comma])
    return content if len(content) >= 3 else None


def _addressee(c: Token) -> bool:
    """The person or body a verb of telling is told to ("told reporters", "told the Wire")."""
    return c.dep_ in ("dobj", "dative") and c.head.lemma_.lower() == "tell"


class _Found(Protocol):
    cue_token: int | None
    content: tuple[int, int]


F = TypeVar("F", bound=_Found)


def yield_to_tags(doc: Doc, found: list[F]) -> list[F]:
    """``found`` less the statements cued inside a tag's content that took the tag into their
    own (``Kestrel is recalling heaters, the company announced``: the parse hung the tag on
    "heaters", the object of "recalling"): what the tag reports, not reports of their own."""
    tags = [
        (doc[a.cue_token], content)
        for a in found
        if a.cue_token is not None
        and (content := relative_tag_content(doc[a.cue_token])) is not None
    ]
    if not tags:
        return found
    return [a for a in found if not any(_held(a, tag, verb) for verb, tag in tags)]


def _held(a: _Found, tag: list[Token], verb: Token) -> bool:
    cue = a.cue_token
    return (
        cue is not None and tag[0].i <= cue <= tag[-1].i and a.content[0] <= verb.idx < a.content[1]
    )
