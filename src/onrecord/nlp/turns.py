"""A pronoun that continues the sentence before: its main subject keeps the turn.

News prose introduces a person in one sentence and lets them speak in the next, either with a
pronoun that opens the sentence ("Lena Marsh, the union's organiser, disputed that. She said
...") or with a pronoun right after a quote that opens it ("Orrin Pryce voted for the plan.
'We need the jobs,' he said."). The pronoun then names the person who was the main subject
of the sentence before, however that person acted, rather than whoever spoke last.

Only a narrative sentence gives the turn: its main verb is in the past tense. A present-tense
sentence describes someone in passing ("Alex Moreno, a volunteer, drives the van on
Fridays.") and leaves the pronoun to the speaker before."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .entities import ORG_WORDS, EntityDraft, EntityTable

__all__ = ["named_before", "previous_subject", "subject_of_other_gender"]

_QUOTES = frozenset({'"', "“", "”"})


def previous_subject(
    table: EntityTable,
    head: Token,
    gender: str | None,
    adopt: Callable[[EntityTable, Token], EntityDraft | None],
) -> EntityDraft | None:
    """The person who is the main subject of the sentence before the pronoun ``head`` opens
    (directly or after a quote), when that sentence tells what they did; else None.

    ``adopt`` makes an entity of a name the NER missed, used only for a name the parser
    gives a role in apposition ("Pradeep Lall, an organiser with the union, ...")."""
    sent = _sentence_before(head)
    if sent is None:
        return None
    doc = head.doc
    root = sent.root
    if not _narrative(root):
        return None
    for subj in root.children:
        if subj.dep_ != "nsubj":
            continue
        if sum(1 for t in doc[sent.start : subj.i] if t.text in _QUOTES) % 2:
            return None  # inside someone's words
        ent = table.at(subj)
        if ent is None and subj.pos_ == "PROPN" and _described(subj):
            ent = adopt(table, subj)
        if ent is None:
            ent = _owner(table, subj) or _named_in_apposition(table, subj)
        if ent is None or ent.type != "person":
            return None
        if gender is not None and ent.gender not in (None, gender):
            return None
        return ent
    return None


def subject_of_other_gender(
    table: EntityTable,
    head: Token,
    gender: str | None,
    adopt: Callable[[EntityTable, Token], EntityDraft | None],
) -> EntityDraft | None:
    """The subject of the sentence before, when its gender came only from the first name's
    usual use, the pronoun ``head`` has the other, and no one named before has the pronoun's
    ("Bernie Lowry, the trust's chair, said ... '...,' she said"): the text overrules the name's
    prior, and the person takes the pronoun's gender."""
    if gender is None:
        return None
    ent = previous_subject(table, head, None, adopt)
    if ent is None or not ent.gender_by_name or ent.gender == gender:
        return None
    for other in table.entities:
        if (
            other.type == "person"
            and other.gender == gender
            and min(m[0] for m in other.mentions) < head.idx
        ):
            return None
    ent.gender, ent.gender_by_name = gender, False
    return ent


def _narrative(root: Token) -> bool:
    """Whether the sentence's main verb tells what someone did: a past tense, a present perfect
    ("Rosalind Adeyemi has changed her position."), or a past participle with an active subject
    and no auxiliary, which is a past tense the tagger took for a participle ("Lena Marsh, the
    union's organiser, set out where the work would be done": "set", "put" and "cut" read
    either way)."""
    if root.tag_ == "VBD" or any(c.dep_ == "conj" and c.tag_ == "VBD" for c in root.children):
        return True  # "... lives near the crossroads and arrived after the crash."
    if root.tag_ != "VBN":
        return False
    deps = {c.dep_ for c in root.children}
    if "nsubj" not in deps or deps & {"auxpass", "nsubjpass"}:
        return False
    aux = [c.lower_ for c in root.children if c.dep_ == "aux"]
    return not aux or aux in (["has"], ["have"], ["had"])


def _named_in_apposition(table: EntityTable, subj: Token) -> EntityDraft | None:
    """The person a description subject names in apposition ("Tarnland's foreign minister,
    Halvard Lunnquist, said the opposite.")."""
    for c in subj.children:
        ent = table.at(c) if c.dep_ == "appos" else None
        if ent is not None and ent.type == "person":
            return ent
    return None


def _owner(table: EntityTable, subj: Token) -> EntityDraft | None:
    """The person whose body is the subject ("Trescothick's group has changed course."): the
    one who speaks for it next. A person owned ("Trescothick's lawyer") speaks for themself."""
    if subj.lemma_.lower() not in ORG_WORDS:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return table.at(owner) if owner is not None else None


def named_before(ent: EntityDraft, head: Token) -> bool:
    """Whether ``ent`` is named in the sentence before the one the pronoun ``head`` opens
    ("... said the trust had asked Martin Brenn to resign. 'I will not resign,' he said")."""
    sent = _sentence_before(head)
    if sent is None:
        return False
    return any(sent.start_char <= s < sent.end_char for s, _e in ent.mentions)


def _sentence_before(head: Token) -> Span | None:
    """The sentence before the one the pronoun subject ``head`` opens, directly or after a
    quote."""
    if head.dep_ != "nsubj":
        return None
    opening = _opening(head)
    if opening is None:
        return None
    doc = head.doc
    k = opening.sent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return doc[k].sent if k >= 0 else None


def _described(name: Token) -> bool:
    """Whether ``name`` is a person by its tag or by a role noun set off after it."""
    if name.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in name.children)


def _opening(head: Token) -> Token | None:
    """The token that opens the pronoun's turn: the pronoun itself when it opens its sentence,
    or the quotation mark that opens the sentence the pronoun closes ('"...," he said')."""
    doc = head.doc
    first = next((t for t in head.sent if not t.is_space), None)
    if first is not None and first.i == head.i:
        return head
    j = head.i - 1
    if j < 0 or doc[j].text not in _QUOTES:
        return None
    j -= 1
    while j >= 0 and doc[j].text not in _QUOTES:
        if doc[j].is_space and "\n" in doc[j].text:
            return None  # a paragraph break inside: not one quote
        j -= 1
    if j < 0:
        return None
    opening = doc[j]
    first = next((t for t in opening.sent if not t.is_space), None)
    return opening if first is not None and first.i == opening.i else None
