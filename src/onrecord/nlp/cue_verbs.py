"""The verb that cues a statement: whether it reports, its verb group, its tense and the
clause it governs."""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from .cues import BELIEF_VERBS, PREP_CUES, SOURCELESS_ADVERBS, SPEECH_VERBS, is_speech_verb
from .idioms import discourse_idiom
from .verb_groups import catenative_lead

Tense = Literal["past", "present", "perfect", "future"]

# Adverbs before a cue verb that link it to the sentence rather than modify the saying.
_NOT_CUE_ADVERBS = frozenset(
    "so as how when where why there here thus however though meanwhile nevertheless nonetheless "
    "instead".split()
)
_QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire"})


def is_cue_verb(tok: Token) -> bool:
    """Whether ``tok`` is a verb of the cue lexicon in use (not ``That said, ...``)."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and (
            tok.lemma_.lower() in SPEECH_VERBS
            or tok.lemma_.lower() in BELIEF_VERBS
            or is_speech_verb(tok.lemma_)
        )
        and not discourse_idiom(tok)
        and _object_noun_clause(tok) is None
    )


def tense_of(verb: Token) -> Tense | None:
    """The tense of a verb group, from its tag and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_lower = {a.lower_ for a in auxes}
    if aux_lower & {"will", "'ll", "shall"}:
        return "future"
    if aux_lower & {"has", "have", "'ve"}:
        return "perfect"
    if aux_lower & {"had", "did", "was", "were"}:
        return "past"
    if aux_lower & {"is", "are", "am", "does", "do"}:
        return "present"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head != verb:
        return tense_of(verb.head)
    if verb.dep_ == "conj" and verb.head != verb:
        return tense_of(verb.head)
    return None


def cue_tokens(verb: Token) -> list[Token]:
    """The verb with its auxiliaries, negation, particle and adverbs: ``has asserted``,
    ``pointed out``, ``then recalled``, ``said sarcastically``."""
    toks = [verb]
    for c in verb.children:
        if (c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i and c.i >= verb.i - 3) or (
            c.dep_ == "prt" and c.i == verb.i + 1
        ):
            toks.append(c)
    toks = sorted(toks, key=lambda t: t.i)
    toks += _trailing_adverbs(toks, verb)
    toks = catenative_lead(verb) + toks + _medium(verb, toks)
    return _lead_adverbs(toks, verb) + toks


# Nouns of a prepared text that a speaker issues, which PolNeAR's cue takes in after its verb
# ("said in a statement": the guidelines put the artifact of expression in the cue; train
# marks "in a statement" right after the verb 53 times to 28), not an event where the words
# were spoken ("said in an interview": 31 to 51).
_ISSUED_TEXTS = frozenset({"statement", "release"})
_NOUN_LEAD = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod"})


def _medium(verb: Token, toks: list[Token]) -> list[Token]:
    """ "in a statement", "in a written statement" right after the verb group: the prepared text
    the words were issued in. Nothing after the noun ("in a statement Tuesday", "released by
    the campaign"): the annotators split on it."""
    last = max(t.i for t in toks)
    doc = verb.doc
    if last + 1 >= len(doc):
        return []
    prep = doc[last + 1]
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i != verb.i:
        return []
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _ISSUED_TEXTS:
        return []
    between = doc[prep.i + 1 : noun.i]
    if noun.left_edge.i != prep.i + 1 or any(t.dep_ not in _NOUN_LEAD for t in between):
        return []
    return [prep, *between, noun]


def _lead_adverbs(toks: list[Token], verb: Token) -> list[Token]:
    """Adverbs of the verb just before its group, which PolNeAR's cue keeps: ``then recalled``,
    ``even questioned``, ``quickly dismissed``."""
    out: list[Token] = []
    i = toks[0].i - 1
    while i >= 0 and len(out) < 2:
        t = verb.doc[i]
        if t.pos_ != "ADV" or t.dep_ != "advmod" or t.head.i != verb.i:
            break
        if t.lower_ in SOURCELESS_ADVERBS or t.lower_ in _NOT_CUE_ADVERBS:
            break
        out.insert(0, t)
        i -= 1
    return out


def _trailing_adverbs(toks: list[Token], verb: Token) -> list[Token]:
    """Adverbs of the verb right after its group, which PolNeAR's cue keeps as it keeps those
    before it (the guidelines' verb group: "she said angrily"; train keeps such an adverb 92
    times out of 104): ``said sarcastically``, ``has said repeatedly that``, ``wrote back``.
    Not a word that links the verb to the sentence or stands for what was said (``said so``,
    ``said however``, ``said there``), nor a name the tagger took for an adverb."""
    out: list[Token] = []
    doc = verb.doc
    i = max(t.i for t in toks) + 1
    while i < len(doc) and len(out) < 2:
        t = doc[i]
        if t.pos_ != "ADV" or t.dep_ != "advmod" or t.head.i != verb.i or t.is_sent_start:
            break
        if t.lower_ in SOURCELESS_ADVERBS or t.lower_ in _NOT_CUE_ADVERBS or t.text[:1].isupper():
            break
        if any(c.dep_ != "ccomp" for c in t.children) or _phrase_follows(t):
            break  # "said back in 2015", "said earlier on Friday", "over and over again"
        # (a clause the parser hung on the adverb is the verb's own: "said earlier that ...")
        out.append(t)
        i += 1
    return out


def _phrase_follows(adverb: Token) -> bool:
    """Whether a phrase of setting or a conjunction comes right after ``adverb``: the
    annotators end the cue before the adverb there ("said recently in Brindle", "mentioned
    later in the speech": 4 of 7 on train)."""
    nxt = adverb.i + 1
    if nxt >= len(adverb.doc):
        return False
    t = adverb.doc[nxt]
    return t.pos_ in ("ADP", "CCONJ") and t.dep_ in ("prep", "cc", "agent", "dative")


def complement(verb: Token) -> Token | None:
    for c in verb.children:  # "told the morning show that ...": "show" a noun, not a verb
        inner = _object_noun_clause(c)
        if inner is not None:
            return inner
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        # "In a statement released after X quit, Cruz said he ...", "X won; Cruz said he ...",
        # "Ruiz, who leads, said he ...": an adverbial clause, a sentence's clause before a
        # semicolon, or one that took the verb's subject, hung on the verb by the parse, is not
        # what the verb reports when a clause follows it
        after = [c for c in clauses if c.i > verb.i]
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        adverbial = [c for c in clauses if c.i < verb.i and (_not_reported(c) or not subject)]
        if after and adverbial:
            before = {t.text for t in verb.doc[max(adverbial[0].left_edge.i - 1, 0) : verb.i]}
            if not _QUOTE_MARKS & before:
                return after[0]
        if after or not all(_closed_before(c, verb) for c in clauses):
            return clauses[0]
        # "He backs it; she had said the same thing": what it says is its object, unless a
        # predicate follows the object ("called it a mistake"), which other rules read
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or any(c.dep_ in _PREDICATES and c.i > obj.i for c in verb.children):
            return None
        return obj
    for c in verb.children:
        if c.dep_ == "parataxis" and c.i < verb.i and not _closed_before(c, verb):
            return c
    for c in verb.children:  # "said legalizing it could ...": a gerund subject taken for an xcomp
        if (
            c.dep_ == "xcomp"
            and c.tag_ == "VBG"
            and c.i == verb.i + 1
            and not is_cue_verb(c)  # "said adding that ...": a second report, not a subject
        ):
            clause = next((g for g in c.children if g.dep_ == "ccomp" and g.i > c.i), None)
            if clause is not None and any(s.dep_ == "nsubj" for s in clause.children):
                return c
    if verb.lemma_.lower() in _QUESTION_VERBS:  # "asked if he was bullied" parses as an advcl
        for c in verb.children:
            if (
                c.dep_ == "advcl"
                and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
            ):
                return c
    # "said in a statement that ...": the clause hangs from the noun; "pushed back on the
    # statement that ...": the preposition may hang from the particle
    particles = [c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"]
    for prep in [*verb.children, *(g for p in particles for g in p.children)]:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.lemma_.lower() in _CONTENT_NOUNS and prep.lower_ in _SETTING_PREPS:
                continue  # "spoke in the belief that ...": the noun's own clause
            for c in pobj.children:
                if c.dep_ in ("ccomp", "acl", "relcl") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children
                ):
                    return c
    return _clause_past_phrase(verb) or _clause_after_addressee(verb)


_PREDICATES = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})


def _object_noun_clause(c: Token) -> Token | None:
    """The "that" clause under ``c`` when ``c`` is the last noun of its head verb's object
    that the parser read as a verb ("told the Harbor Radio morning show that ...": "show" a
    present tense with no subject right after the object, holding the clause); else None. A
    real verb there has a subject or an auxiliary ("told reporters the figures show that")."""
    verb = c.head
    if c.dep_ not in ("ccomp", "dobj") or c.tag_ not in ("VBP", "VB") or c.i <= verb.i:
        return None
    objs = [o for o in verb.children if o.dep_ in ("dobj", "dative") and o.i < c.i]
    if not any(o.right_edge.i == c.i - 1 for o in objs):
        return None
    if any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for g in c.children):
        return None
    inner = next((g for g in c.children if g.dep_ == "ccomp" and g.i > c.i), None)
    if inner is None or inner.left_edge.i != c.i + 1 or inner.left_edge.lower_ != "that":
        return None
    return inner


def _closed_before(clause: Token, verb: Token) -> bool:
    """A clause before the verb that a semicolon or a colon closes, no quotation in between:
    a sentence's clause of its own (``He backs a levy; she opposes it``, ``The plan drew
    doubts: the mayor called it rushed``), not what the verb after it reports."""
    doc = verb.doc
    edge = clause.right_edge.i
    if doc[edge].text not in (";", ":"):  # the parse may hang the mark on the clause
        edge += 1
    if edge >= verb.i or doc[edge].text not in (";", ":"):
        return False
    return not any(t.text in _QUOTE_MARKS for t in doc[edge : verb.i])


def _not_reported(clause: Token) -> bool:
    """A clause before the verb that it does not report: one opened by a subordinating word
    other than one that reports (``after``, ``because``; not ``that``, ``whether``), or one a
    semicolon closes (a clause of its own)."""
    nxt = clause.right_edge.i + 1
    if nxt < len(clause.doc) and clause.doc[nxt].text == ";":
        return True
    return any(c.dep_ == "mark" and c.lower_ not in ("that", "whether") for c in clause.children)


_RELATIVES = frozenset({"who", "whom", "which", "that", "whose"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})


def _clause_after_addressee(verb: Token) -> Token | None:
    """ "told the paper the county had submitted its data": the clause after the addressee,
    parsed as a relative clause of it. A relative clause without a relative word leaves a
    gap for its object ("told the board the plan the council approved"); one with a subject
    of its own and an object of its own has none, and is what was told."""
    if verb.lemma_.lower() not in _ADDRESSED:
        return None
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < verb.i:
            continue
        for c in obj.children:
            if c.dep_ != "relcl" or c.i < obj.i:
                continue
            subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            if not subj or subj[0].lower_ in _RELATIVES or subj[0].i < obj.i:
                continue
            if any(o.dep_ in ("dobj", "ccomp", "attr", "acomp") for o in c.children):
                return c
    return None


# verbs that tell their addressee something ("told the council the plan was dead")
_ADDRESSED = frozenset({"tell", "assure", "inform", "warn", "remind", "notify"})


# Words before "that" that make it open a clause of purpose or result, not a report.
_NOT_REPORTING_THAT = frozenset({"so", "such", "now", "order", "given", "except", "provided"})
# Prepositions of a setting, a time or a medium ("said in a post", "recalled in 2008"), not of
# what the verb is about or to whom ("responded to the claim that", "knew of reports that").
_SETTING_PREPS = frozenset(
    {"in", "at", "for", "during", "on", "since", "after", "before", "through", "via", "from"}
)
# Nouns of mind or of a condition whose "that" clause is their content, in a phrase of manner:
# "in the knowledge that", "on the understanding that", "in the belief that".
_CONTENT_NOUNS = frozenset(
    """knowledge understanding belief hope expectation assumption condition premise conviction
    impression fear fact certainty awareness realization""".split()
)
_RELATIVE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative"})


def _clause_past_phrase(verb: Token) -> Token | None:
    """ "said in one of a series of posts that the truck was armed", "recalled in 2008 that
    ...", "said for the first time that ...": the clause that "that" opens right after the
    verb's prepositional phrase or adverb, which the parser hung on the phrase's noun as a
    relative clause or on the verb as an adverbial one. Not a relative clause whose "that"
    stands for the noun ("said in the letter that was sent Monday", "spoke at the hall that
    the council built": "that" is its subject or object), nor "so that", "such that"."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if (lemma not in SPEECH_VERBS and lemma not in BELIEF_VERBS) or lemma in _QUESTION_VERBS:
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # "blamed the media for ...": what the verb takes is its object
    own = PREP_CUES.get(lemma, frozenset())  # "spoke about the fear that ...": what it is about
    phrases = [
        c
        for c in verb.children
        if c.i > verb.i
        and (c.dep_ in ("npadvmod", "advmod") or (c.dep_ == "prep" and c.lower_ in _SETTING_PREPS))
        and c.lower_ not in own
    ]
    for phrase in phrases:
        that = next(
            (t for t in doc[phrase.i + 1 : phrase.right_edge.i + 2] if t.lower_ == "that"), None
        )
        if that is None or (that.dep_ in _RELATIVE_ROLES and that.tag_ != "IN"):
            continue  # a relative pronoun, not the conjunction (tagged IN whatever its arc)
        if doc[that.i - 1].lower_ in _NOT_REPORTING_THAT or doc[that.i - 1].is_punct:
            continue  # "so that ...", "complaints by the secretary, Jacob Lew, that ..."
        clause = that.head
        if clause.pos_ not in ("VERB", "AUX") or clause.left_edge.i != that.i:
            continue
        if clause.head.lemma_.lower() in _CONTENT_NOUNS and clause.head.i == that.i - 1:
            continue  # "wrote in the knowledge that ...": the noun's own clause
        if clause.dep_ == "advcl" and clause.head.i == verb.i:
            pass  # "recalled in 2008 that ...": hung on the verb as an adverbial clause
        elif clause.dep_ == "ccomp" and clause.head.i == phrase.i and phrase.dep_ == "advmod":
            pass  # "said earlier that ...": hung on a comparative adverb as its clause
        elif clause.dep_ not in ("relcl", "acl") or clause.head not in phrase.subtree:
            continue
        subj = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subj and subj[0].i > that.i:
            return clause
    return None
