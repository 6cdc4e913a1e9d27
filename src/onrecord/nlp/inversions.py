"""The speaker after a tag verb that follows what it reports, where the parser hung it
elsewhere: as the verb's object (``"...," recalled Mr. Barnes``), as the subject of the
quoted clause the tag is set inside (``"The risk," said Ann Ruiz, "is ..."``), or as the
subject of a clause it made out of the aside on the speaker (``"...," said Robin Maynard,
half joking``: "Maynard" the subject of "joking"); and the speaker of a tag set inside the
clause it reports with the speaker after it (``The bridge, said Hana Brill, would close``),
where the parser gave the verb the clause's subject instead."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_verbs import is_cue_verb
from .cues import ADDRESSEE_VERBS
from .speaker_words import QUOTE_MARKS, THING_ENTITIES, speaker_like

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# what sets a description off after a noun: an apposition, a relative or participle clause
_ASIDES = frozenset({"appos", "relcl", "acl"})


def inverted_subject(verb: Token) -> Token | None:
    """The speaker named right after a tag verb that has no subject of its own."""
    return _inverted_subject(verb) or _tag_subject_on_host(verb) or _subject_of_aside(verb)


def inserted_speaker(verb: Token) -> tuple[Token, Token] | None:
    """The speaker and the host clause's subject of a tag verb set inside the clause it
    reports, its speaker after it: in ``The bridge, said Hana Brill, would close`` the parser
    makes "bridge" the subject of "said" and "Brill" the subject of "close" (or a second
    subject of "said"); the speaker is Brill, and the bridge is the first words of what she
    said. Only a finite reporting verb right after a comma closing its subject, with a name or
    noun right after it closed by a comma, that is a subject of the verb or of the clause
    the verb governs after it (``The plan, said the mayor's aide, would fail``); not a verb
    after a quotation (``"...," said Ruiz``), nor one whose noun after it is its object
    (``The mayor, said to favour the plan, ...`` has none, ``The board, told Ruiz, ...`` is no
    tag). Worked out once per verb: the subject rules and the content's pieces both ask."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or verb.tag_ not in _FINITE:
        return None
    key = f"onrecord_inserted_{verb.i}"
    if key not in doc.user_data:
        found = _inserted_speaker(verb)
        doc.user_data[key] = None if found is None else (found[0].i, found[1].i)
    found_at = doc.user_data[key]
    return None if found_at is None else (doc[found_at[0]], doc[found_at[1]])


def _inserted_speaker(verb: Token) -> tuple[Token, Token] | None:
    """:func:`inserted_speaker` past its cheap first test, worked out afresh."""
    doc = verb.doc
    if verb.lemma_.lower() in ADDRESSEE_VERBS or not is_cue_verb(verb):
        return None
    host = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if host is None or host.right_edge.i not in (verb.i - 2, verb.i - 1):
        return None
    if _closes_an_aside(doc[verb.i - 2], host):
        return None  # "The report, released Monday, said Ruiz, the mayor, had resigned"
    if any(t.text in QUOTE_MARKS for t in doc[host.left_edge.i : verb.i]):
        return None
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > verb.i:
            after += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    for speaker in after:
        if not _named_right_after(speaker, verb) or not speaker_like(speaker):
            continue
        edge = speaker.right_edge.i  # "said Ruiz," "said experts like Paul Vell, a geologist,"
        if doc[edge].text == "," or (edge + 1 < len(doc) and doc[edge + 1].text == ","):
            return speaker, host
    return None


def _closes_an_aside(last: Token, host: Token) -> bool:
    """Whether the host subject's last word ends a description set off inside it (an
    apposition, a relative or participle clause: "Aides to Ana Ruiz, who ran the port,"): the
    comma before the verb closes that description, and the verb is the host's own."""
    node = last
    while node.i != host.i and node.head.i != node.i:
        if node.dep_ in _ASIDES:
            return True
        node = node.head
    return False


def inserted_pieces(verb: Token, content: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """What a tag set inside its clause with its speaker after it reports, in two pieces: the
    host clause's subject before the tag, and ``content`` (the clause the verb governs) past
    the speaker's phrase (``The bridge, said Hana Brill, the county engineer, would close``:
    "The bridge" and "would close"); None for any other verb."""
    inserted = inserted_speaker(verb)
    if inserted is None:
        return None
    speaker, host = inserted
    phrase = range(speaker.left_edge.i, speaker.right_edge.i + 1)
    rest = [t for t in content if t.i not in phrase and t.i > verb.i]
    while rest and rest[0].is_punct:
        rest.pop(0)
    lead = [t for t in host.subtree if t.i < verb.i - 1]
    return (lead, rest) if lead and rest else None


def _inverted_subject(verb: Token) -> Token | None:
    """The subject after a reporting verb that follows what it reports, which the parser took
    for its object: in ``"...," recalled Mr. Barnes`` or ``"...," added a Vermont Democrat``
    the name is the one who spoke. Only a noun right after the verb, and only when the verb
    comes after its clause or quotation (a verb that reports the clause after it has its
    object there: "told reporters that ...")."""
    if not _inverting_tag(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not _named_right_after(obj, verb):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    return obj


def _subject_of_aside(verb: Token) -> Token | None:
    """The name after a tag verb that the parser made the subject of a clause it built out of
    the aside set off after the name: in ``"...," said Robin Maynard, half joking`` "Maynard"
    is the subject of "joking", in ``"...," said Ann Ruiz, a council member, told reporters``
    of "told", in ``"...," said Dan Okoro, who chairs the board, yet backed ...`` of "backed",
    each a clause of "said". Only a noun right after the verb, followed by the comma that
    opens the aside (``"...," said the mayor would resign`` is no English tag)."""
    if not _inverting_tag(verb):
        return None
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "advcl") or clause.i <= verb.i:
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subj is None or not _named_right_after(subj, verb):
            continue
        last = max((c for c in subj.children if c.dep_ == "conj"), key=lambda c: c.i, default=subj)
        if last.i + 1 < len(verb.doc) and verb.doc[last.i + 1].text == ",":
            return subj
    return None


def _tag_subject_on_host(verb: Token) -> Token | None:
    """The name after a tag verb set inside a split quotation that the parser made the
    subject of the quoted clause instead: in ``"The risk," said Ann Ruiz, an economist, "is
    that ..."`` "Ruiz" hangs on "is". Only a name or noun right after the verb, when the verb
    follows a closing quotation mark."""
    if verb.dep_ != "parataxis" or not _follows_its_report(verb):
        return None
    host = verb.head
    subj = next((c for c in host.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if subj is None or not _named_right_after(subj, verb):
        return None
    return subj


def _inverting_tag(verb: Token) -> bool:
    """A finite main reporting verb after what it reports, not one of telling or asking
    ("told the crowd": the one spoken to)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in _FINITE:
        return False  # only a finite main verb inverts; a verb joined to another takes its subject
    if verb.lemma_.lower() in ADDRESSEE_VERBS:
        return False
    return is_cue_verb(verb) and _follows_its_report(verb)


def _named_right_after(noun: Token, verb: Token) -> bool:
    """A noun phrase that starts right after the verb and names no date, number or place."""
    if noun.left_edge.i != verb.i + 1 or noun.pos_ not in ("PROPN", "NOUN"):
        return False
    return noun.ent_type_ not in THING_ENTITIES and noun.ent_type_ not in _PLACES


def _follows_its_report(verb: Token) -> bool:
    """Whether the verb comes after what it reports: its clause hangs before it, or a closing
    quotation mark (maybe with a comma) stands right before it."""
    if any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return True
    before = [t for t in verb.doc[max(verb.i - 2, 0) : verb.i] if not t.is_space]
    return bool(before) and (
        before[-1].text in QUOTE_MARKS
        or (len(before) == 2 and before[-1].text == "," and before[0].text in QUOTE_MARKS)
    )
