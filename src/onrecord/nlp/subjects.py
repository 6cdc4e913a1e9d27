"""Who a cue verb reports: its subject (borrowed from the verb it hangs from when it has
none), whether that subject is the one spoken to, and the source phrase around it.

A closing participle set off by a comma after a reported clause ("Patel said he plans to
oppose the tunnel, insisting ...") is borrowed from the one who reports the clause, with or
without "that", when the clause's subject is a pronoun that can stand for them or a thing
that cannot say what the participle says; another person in the clause ("Aides said Ruiz
calmed the room, telling ..."), a kin, trade or firm noun ("her brother", "the company"), a
"he" or "she" of the other gender than the speaker's title or first name ("Ana Ruiz said he
resigned, citing ..."), or a thing that can show or suggest keeps it.

A name set off by an aside before a verb that reports a clause after it ("Reyes, who holds
no endorsements, said ...") is the verb's subject when the parser read the aside as a clause
the verb reports before it and left the verb with none."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_verbs import complement, is_cue_verb
from .cues import ADDRESSEE_VERBS, SPEECH_VERBS
from .entities import FEMALE_WORDS, MALE_WORDS, ORG_WORDS
from .gender import gender_of_name
from .inversions import inserted_speaker, inverted_subject
from .issued_texts import issuing_verb
from .speaker_words import (
    PERSONAL,
    QUOTE_MARKS,
    SPEAKER_NOUNS,
    THING_ENTITIES,
    keeps_closing,
)
from .speaker_words import speaker_like as speaker_like  # the rules that ask it import it here

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Subjects that never name who holds a stance: "it seems", "this shows", "what worries them".
NOT_STANCE_SOURCES = frozenset({"it", "this", "that", "which", "there", "what"})
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"}


def relative_subject(verb: Token, subj: Token) -> bool:
    """Whether ``subj`` is the relative word subject of ``verb``'s relative clause set off by a
    comma or a dash (``the union, which endorsed Ruiz, ...``): the clause says what the noun
    did, and PolNeAR's source is the relative word (the guidelines' "Bay Financial, which said
    ..."). Not a restrictive clause (``a group that backs the levy``), which picks the noun out
    by what it did and is mostly not marked (train: 21 cues marked of 66, against 13 of 23)."""
    if verb.dep_ != "relcl" or subj.head.i != verb.i or subj.dep_ != "nsubj":
        return False
    if subj.lower_ not in ("which", "that") or not 0 < subj.i < verb.i:
        return False
    return subj.doc[subj.i - 1].text in _SET_OFF


_SET_OFF = frozenset({",", "—", "–", "--", "("})


def second_report(verb: Token) -> bool:
    """``X said the plan failed and said that ...``: a reporting verb the parser joined to the
    reported clause (or to the infinitive of ``called on Y to act``), not to the verb that
    reports it, and so a report of the same speaker."""
    return report_head(verb) is not None


def report_head(verb: Token) -> Token | None:
    """The reporting verb whose speaker also makes the second report ``verb``, if it is one.

    A reporting verb with a clause of its own, joined to the reported clause, is always the
    speaker's. Any other cue verb with an object (``... and accused the minister of lying``),
    joined to a clause somewhere inside the content, is the speaker's only when that clause
    cannot be its subject's doing: a non-finite clause beside a finite verb (``called on X to
    act and proposed ...``), a copular or passive clause whose subject cannot speak (``said
    the warning was empty and accused ...``), or a relative clause on a thing (``to cut the
    tax that funds the agency and proposed ...``); or when that clause's subject is the
    speaker's own pronoun (``he said he was leaving and vowed to ...``).
    """
    if verb.dep_ != "conj" or not is_cue_verb(verb):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    partner = verb.head
    if partner.dep_ == "ccomp" and is_cue_verb(partner.head) and complement(verb) is not None:
        return partner.head
    outer = _reporting_head(partner)
    if outer is None or not is_finite(verb):
        return None
    if complement(verb) is None and not any(
        c.dep_ in _OBJECT_DEPS and c.i > verb.i for c in verb.children
    ):
        return None
    if not is_finite(partner):
        return outer
    subj = next((c for c in partner.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and _same_pronoun(subj, outer):
        return outer
    if subj is None or speaker_like(subj):
        return None
    relative = subj.lower_ in ("that", "which") and partner.dep_ == "relcl"
    stative = partner.lemma_ == "be" or any(c.dep_ == "auxpass" for c in partner.children)
    return outer if relative or stative else None


def _same_pronoun(subj: Token, outer: Token) -> bool:
    """``He said he was leaving and vowed to ...``: the reported clause's subject is the
    speaker's own pronoun, so a cue verb joined to it is the speaker's second report."""
    speaker = next((c for c in outer.children if c.dep_ == "nsubj"), None)
    if speaker is None or subj.lower_ not in ("he", "she", "they"):
        return False
    return speaker.lower_ == subj.lower_


def _reporting_head(clause: Token) -> Token | None:
    """The cue verb whose content ``clause`` lies in, a few clause levels up."""
    node = clause
    for _ in range(4):
        if node.dep_ in ("ccomp", "xcomp") and is_cue_verb(node.head):
            return node.head
        if node.dep_ not in _INNER_DEPS or node.head == node:
            return None
        node = node.head
    return None


_INNER_DEPS = frozenset(
    {"ccomp", "xcomp", "relcl", "acl", "advcl", "pcomp", "pobj", "prep", "dobj", "acomp", "attr"}
)
_NOT_SPEAKERS = frozenset({"it", "this", "that", "these", "those", "there", "what", "which"})
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "prep", "oprd", "prt"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_finite(verb: Token) -> bool:
    """Whether the verb group is finite: its verb or first auxiliary carries tense."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    first = min(auxes, key=lambda a: a.i) if auxes else verb
    return first.tag_ in _FINITE_TAGS


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it hangs from."""
    head = report_head(verb)
    if head is not None:
        return subject_of(head, depth + 1)
    issuing = issuing_verb(verb)
    if issuing is not None:  # "the council issued a statement saying ...": the council
        return subject_of(issuing, depth + 1)
    inserted = inserted_speaker(verb)
    if inserted is not None:  # "The bridge, said Hana Brill, would close": Brill
        return inserted[0]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        return min(subjects, key=lambda c: _unlikely_subject(c, verb))
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            if verb.lemma_.lower() in _QUOTED and speaker_like(c):
                return c  # "Ruiz was quoted by the Herald as saying": Ruiz spoke, the Herald relays
            agent = next((a for a in verb.children if a.dep_ == "agent"), None)
            if agent is not None:
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
            return c
    share = share_subject(verb)
    if share is not None:
        return share
    lent = _participle_subject(verb) or _subject_of_split_aside(verb)
    if lent is not None:
        return lent
    inverted = inverted_subject(verb)
    if inverted is not None:
        return inverted
    if verb.dep_ == "xcomp" and verb.head.i < verb.i:  # "led the mayor to declare": the mayor
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") and not is_pronoun(obj):
            return obj
    climbs = ("advcl", "xcomp", "conj", "pcomp", "acl", "acomp")
    if depth < 3 and verb.dep_ in climbs and verb.head != verb:
        if verb.dep_ == "pcomp" and verb.head.lower_ in _MANNER_PREPS and verb.tag_ == "VBG":
            # "began by talking about X", "wavered in answering": the gerund is the doing of
            # the subject of the verb its preposition hangs from (not "praised her for saying")
            subj = subject_of(verb.head.head, depth + 1) if verb.head.head != verb.head else None
            return None if subj is None or subj.lower_ in _NOT_SPEAKERS else subj
        head = verb.head
        if verb.tag_ == "VBG" and (_that_clause(head) or _reported_clause(head, verb)):
            head = head.head  # "disputed Kerr's claim that the fare covered costs, saying ..."
        return subject_of(head, depth + 1)
    return None


# nouns that name a share of a group ("a third", "half", "26 percent", "the majority")
_SHARES = frozenset(
    "half halves third thirds quarter quarters fifth fifths tenth tenths percent % "
    "majority minority plurality".split()
)


def share_subject(verb: Token) -> Token | None:
    """The share of people the parser hung on a subjectless verb as a number or a measure
    instead of its subject: ``About 4 in 10 say ...`` ("10" a number of "say"), ``Less than a
    third agreed ...`` ("third" a measure of "agreed"). The guidelines keep a quantifier in
    its source, so the whole phrase is the speaker. Not a date or a time (``Two years on,
    ...``), nor a plain noun of measure (``Each week brings ...``), nor a phrase that does not
    end right before the verb (``just 2.5 points ahead of Cruz, highlights ...``)."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None  # not a noun a participle hangs from ("One pastor supporting ...")
    for c in verb.children:
        if c.i > verb.i or c.dep_ not in ("nummod", "npadvmod", "quantmod"):
            continue
        if any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
            continue
        between = verb.doc[c.i + 1 : verb.i]
        if c.right_edge.i != c.i or any(t.pos_ not in ("ADV", "AUX", "PART") for t in between):
            continue  # "just 2.5 ahead of Cruz, highlights ...": a margin, not who speaks
        number = c.pos_ == "NUM" and c.dep_ == "nummod"
        if number or c.lower_ in _SHARES:
            return c
    return None


# participles of being asked, which the parser may read as a past verb ("Coulthard, asked
# about the closures, said ...": "asked" a clause of "said" with Coulthard its subject)
_ASKED = frozenset({"ask", "press", "question", "challenge"})


def _participle_subject(verb: Token) -> Token | None:
    """The subject the parser gave to a participle set off before ``verb`` instead of to the
    verb: in "Ravi Coulthard, visiting a clinic, told reporters ..." Coulthard is made the
    subject of "visiting", and "told" is left with none; in "Coulthard, asked about the
    closures, said ..." of "asked"."""
    doc = verb.doc
    for c in verb.children:
        if c.i > verb.i:
            continue
        asked = c.dep_ in ("advcl", "ccomp") and c.lemma_.lower() in _ASKED
        if not asked and (c.dep_ != "advcl" or c.tag_ not in ("VBG", "VBN")):
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        if subj is not None and doc[c.i - 1].text == ",":
            return subj
    return None


def _subject_of_split_aside(verb: Token) -> Token | None:
    """The speaker the parser left inside an aside on it, which it read as a clause reported
    before the verb: in "Mr. Slinker, whose start-up uses big data, said ..." or "Sanders,
    who sits at zero endorsements, said ..." the relative clause (and in "Ana Ruiz, a Fresno
    farmer helping the boycott, said ..." the apposition) becomes a clause of "said", with
    the name as its subject. Only when the verb reports a clause after it too (a verb
    reports one clause: the one before is no report) and a comma sets the aside off; not a
    quotation before the verb ('"Ruiz will win," said ...')."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if before is None or any(t.text in QUOTE_MARKS for t in doc[before.left_edge.i : verb.i]):
        return None
    subj = min(
        (c for c in before.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < before.i),
        key=lambda c: c.i,
        default=None,
    )
    if subj is None or is_pronoun(subj) or subj.lower_ in PERSONAL:
        return None
    named = subj.is_title and subj.ent_type_ not in ("GPE", "LOC", "FAC", *THING_ENTITIES)
    if not (speaker_like(subj) or named):  # "Sanders" the tagger may read as a plural noun
        return None
    if doc[subj.i + 1].text != ",":
        return None  # the aside opens right after the name
    return subj


def _that_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a "that" clause hung on a verb above it: what someone said or
    claimed, whose subject is no speaker of a participle after it."""
    return (
        verb.dep_ in ("advcl", "ccomp")
        and verb.head != verb
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )


def _reported_clause(verb: Token, participle: Token) -> bool:
    """Whether ``participle``, set off by a comma after a clause ``verb`` that the cue verb
    before it reports with no "that", is the speaker's act and not the clause's: the parse
    hangs it on the clause either way. It is the speaker's when the clause's subject is a
    pronoun that can stand for the speaker (``Ruiz said she would appeal, adding ...``,
    ``Aides said they ..., insisting``) or a thing that cannot say what the participle says
    (``Ruiz said the levy was unfair, noting ...``). Not when the clause's subject is another
    person (``Aides said Ruiz calmed the room, telling them ...``: Ruiz tells), or a thing
    that can show or suggest (``Ruiz said the figures were dramatic, showing ...``); not a
    participle without the comma, nor after a tag the parse made the clause
    (``Ruiz said Reed "had no chance," an aide recalled, adding ...``: the aide adds)."""
    outer = verb.head
    if verb.dep_ != "ccomp" or outer == verb or outer.i > verb.i or not is_cue_verb(outer):
        return False
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in outer.children if c.dep_ == "nsubj"), None)
    if subj is None or speaker is None:
        return False  # no clause of its own: the parse split one sentence's verbs
    before = [t.text for t in doc[max(subj.left_edge.i - 2, 0) : subj.left_edge.i]]
    if is_cue_verb(verb) and any(m in QUOTE_MARKS for m in before):
        return False  # a tag the parse made the clause: '"...," the aide recalled, adding'
    if subj.lower_ in _SPEAKER_PRONOUNS:
        return _can_stand_for(subj, speaker)
    lemma = participle.lemma_.lower()
    if speaker_like(subj) or subj.lemma_.lower() in _ACTORS:
        return False  # "... said her brother would appeal, insisting": the brother insists
    return lemma in SPEECH_VERBS and lemma not in _EVIDENCE_VERBS


# pronouns that may stand for the one who reports the clause they open
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})
# people and bodies that act and speak, besides the speaker nouns: kin, trades, firms
_ACTORS = ORG_WORDS | frozenset(
    "brother sister son daughter mother father uncle aunt cousin neighbour neighbor partner "
    "colleague boss company firm farmer landlord tenant contractor developer operator".split()
)
# verbs of saying that things do as well as people: "the figures ..., showing"
_EVIDENCE_VERBS = frozenset(
    "show indicate suggest signal reveal confirm highlight underscore imply project "
    "forecast predict estimate find read determine".split()
)


def _can_stand_for(pronoun: Token, speaker: Token) -> bool:
    """Whether ``pronoun`` may be the speaker again: the same pronoun, or a name or noun of
    the same number (he/she/it for one, they for many; "Ruiz said she ...", "Aides said
    they ..."; not "Officials said he ...")."""
    word = pronoun.lower_
    if speaker.lower_ in _SPEAKER_PRONOUNS or is_pronoun(speaker):
        return speaker.lower_ == word or {speaker.lower_, word} <= {"i", "we"}
    plural = speaker.tag_ in ("NNS", "NNPS")
    if word == "they":
        return plural or speaker.ent_type_ in ("ORG", "NORP")
    if word in ("he", "she"):
        if plural or speaker.ent_type_ in ("NORP", "GPE", "LOC"):
            return False  # a name the tagger calls an organisation may be a person's
        if _gender_of(speaker) not in (None, "f" if word == "she" else "m"):
            return False  # "Ana Ruiz said he ...", "Mrs. Ruiz said he ...": someone else
        return speaker.pos_ == "PROPN" or speaker.lemma_.lower() in SPEAKER_NOUNS
    return word == "it" and not plural and speaker.ent_type_ != "PERSON"


def _gender_of(speaker: Token) -> str | None:
    """The speaker's gender where its own words tell it: a title or a gendered noun
    ("Mrs. Ruiz", "the spokeswoman") or a first name of one gender ("Ana Ruiz"); not a
    possessive before it ("his wife" is a woman), and None where they do not."""
    words = [c for c in speaker.lefts if c.dep_ == "compound"] + [speaker]
    for t in words:
        if t.lower_ in FEMALE_WORDS or t.lemma_.lower() in FEMALE_WORDS:
            return "f"
        if t.lower_ in MALE_WORDS or t.lemma_.lower() in MALE_WORDS:
            return "m"
    first = next((t for t in words if t.pos_ == "PROPN"), None)
    return gender_of_name(first.text) if first is not None and first != speaker else None


# passive verbs whose subject is the one who spoke and whose agent only passes the words on
_QUOTED = frozenset({"quote"})

_MANNER_PREPS = frozenset({"by", "in", "while", "after", "before", "without", "when", "since"})


def _unlikely_subject(c: Token, verb: Token) -> tuple[bool, bool, int]:
    """Rank the subjects the parser gave one verb ("Not one," lawyer Ana Ruiz said; "said
    Monday, weeks after its director told ..."): not a date, no quotation mark between it
    and the verb, then the closest."""
    lo, hi = sorted((c.i, verb.i))
    quoted = any(t.text in QUOTE_MARKS for t in c.doc[lo + 1 : hi])
    return c.ent_type_ in ("DATE", "TIME"), quoted, abs(verb.i - c.i)


def addressed(verb: Token) -> bool:
    """Whether the subject ``verb`` would borrow is the one spoken to, not the speaker.

    ``X was asked whether ...``, ``X was told that ...``, ``Asked about the delay, X said ...``;
    also where the tagger reads the participle clause's verb as a past tense (``Asked what a
    deal looks like, X replied``: a finite clause would have its own subject).
    """
    if verb.lemma_.lower() not in ADDRESSEE_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return False
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def asker(verb: Token) -> Token | None:
    """The one who put the question to the addressed subject, when named: the passive's
    agent (``Asked by Ruiz whether ...``)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((p for p in agent.children if p.dep_ == "pobj"), None) if agent else None


def source_tokens(head: Token, qidx: list[int]) -> list[Token]:
    """The source phrase around ``head``: its subtree minus its relative clauses, any relative
    clause set off by a comma, and quotations."""
    stop = len(head.doc)
    for c in head.children:  # a relative clause on the source is not part of its name
        if c.dep_ in ("relcl", "acl") and c.i > head.i:
            stop = min(stop, c.left_edge.i)
    toks = [t for t in head.subtree if t.i < stop and qidx[t.i] < 0]
    while (
        toks and (toks[-1].is_punct or toks[-1].dep_ == "cc") and not keeps_closing(toks[-1], toks)
    ):
        toks.pop()  # "Sen. Lindsey Graham (R-S.C.)" and "42% said" keep their last mark
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks.pop(0)
    return toks or [head]


def is_pronoun(tok: Token) -> bool:
    return tok.lower_ in _PRONOUNS or tok.pos_ == "PRON"
