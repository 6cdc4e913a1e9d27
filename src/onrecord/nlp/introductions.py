"""A person introduced by a description before their name: "A former data engineer says that
is not true. Calum Reid, who left the company in February, said ...".

News often opens a turn with an indefinite description of someone ("a former engineer", "a
nurse on the ward") and names them in the very next sentence, as that sentence's subject. The
description is then the named person's role, so that the description's own statement, and a
later "the former engineer's claim", find that person. Only within one paragraph, when the
name is new there and the article gives the person no role of their own ("Mara Lind, the
ward's matron," is someone else).
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from .entities import FEMALE_WORDS, MALE_WORDS, EntityDraft, EntityTable, strip_det
from .gender import gender_of_name
from .speakers import one_person

_SUBJECTS = ("nsubj", "nsubjpass")
# verbs of an answer to what was just said: their speaker is the other side
_ANSWERS = frozenset({"deny", "dispute", "reject", "insist", "counter", "disagree", "contest",
                      "refute", "rebut", "respond", "reply", "dismiss", "retort",
                      "contradict"})  # fmt: skip
_CONTRAST = frozenset({"however", "but", "though", "although", "instead", "meanwhile"})


def _subject(sent: Span) -> Token | None:
    root = sent.root
    return next((t for t in root.children if t.dep_ in _SUBJECTS), None)


def _description(sent: Span) -> str | None:
    """The indefinite one-person description that is ``sent``'s subject ("A former engineer
    says ..."), as a role ("former engineer"), or None."""
    head = _subject(sent)
    if head is None or head.pos_ != "NOUN" or not one_person(head):
        return None
    det = next((t for t in head.children if t.dep_ == "det"), None)
    if det is None or det.lower_ not in ("a", "an"):
        return None
    toks = strip_det([t for t in head.subtree if t.i <= head.i])
    return head.doc[toks[0].i : toks[-1].i + 1].text if toks else None


def _introduced(table: EntityTable, sent: Span) -> EntityDraft | None:
    """The person first named in ``sent`` as its subject, described there by nothing but a
    relative clause or an age ("Calum Reid, who left in February,"), or None. A bare name
    ("Tobias Wren said ...") is the next speaker, not the one just described, and so is one
    who answers ("Ana Ruiz, who signed it, insists ...", "however")."""
    head = _subject(sent)
    if head is None or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in head.children):
        return None
    if not any(c.dep_ == "relcl" or (c.dep_ == "appos" and c.like_num) for c in head.children):
        return None  # no description of the writer's: "Tobias Wren said he did not believe it"
    if sent.root.lemma_.lower() in _ANSWERS or any(t.lower_ in _CONTRAST for t in sent):
        return None  # "Calum Reid, who was arrested on Monday, denied being there"
    ent = table.at(head)
    if ent is None or ent.type != "person" or ent.roles:
        return None
    first = min(s for s, _e in ent.mentions)
    return ent if sent.start_char <= first < sent.end_char else None


def introduce_roles(table: EntityTable) -> None:
    """Give a person named right after an indefinite description of them that description as
    their role (see the module's docstring)."""
    doc = table.doc
    sents = list(doc.sents)
    for before, after in pairwise(sents):
        if "\n" in doc.text[before.start_char : after.start_char]:
            continue  # a new paragraph starts a new turn
        role = _description(before)
        if role is None:
            continue
        ent = _introduced(table, after)
        if ent is not None and not _other_gender(role, ent):
            ent.add_role(role)


def _other_gender(role: str, ent: EntityDraft) -> bool:
    """Whether the description's gender ("a spokeswoman") is not the person's, given by the
    text or, before the text has given one, by their first name ("Tom Ashby")."""
    word = role.split()[-1].lower()
    said = "f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else None
    first = ent.name.split()[0] if ent.name else ""
    gender = ent.gender or (gender_of_name(first) if first else None)
    return said is not None and gender is not None and said != gender
