"""Attributions whose content is not a clause: intentions and stances taken in words.

* ``X vowed to repeal the law``: an intention verb with an infinitive (kind ``belief``).
* ``X rejected the offer`` / ``X described the plan as reckless``: a stance verb with a noun
  phrase (kind ``indirect``).
* ``X called for a ban`` / ``X railed against the deal``: a verb and its preposition.
* ``X is confident that ...`` / ``X was upbeat about ...``: "be" and an adjective of feeling or
  conviction, a state of mind (kind ``belief``); ``X made it clear that ...``.

These are attributions in PolNeAR's sense (a source, a cue and what the source committed to),
narrower than statements with a clause. They run after the clause rules, on verbs those left.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution import Attribution, Kind, verb_attribution
from .contents import content_tokens
from .cue_verbs import cue_tokens, is_cue_verb
from .cues import (
    ADJACENT_PREP_CUES,
    AS_STANCE_VERBS,
    DESIRE_VERBS,
    ENDORSE_VERBS,
    FINDING_VERBS,
    GERUND_STANCE_VERBS,
    INTENTION_VERBS,
    NAMING_VERBS,
    PARTICLE_STANCE_VERBS,
    PORTRAYAL_VERBS,
    PREP_CUES,
    STANCE_VERBS,
)
from .made_clear import made_clear
from .object_stances import CONTENT_DEPS as _CONTENT_DEPS
from .object_stances import object_frame, object_parts
from .offsets import doc_text, span_offsets, trim
from .subjects import NOT_STANCE_SOURCES, relative_subject, subject_of
from .subjects import speaker_like as _speaker_like

_WH = {"what", "which", "that"}
_RELATIVE = frozenset({"which", "that", "whom", "who"})
_EXPRESS_VERBS = frozenset({"express", "voice"})
# Intention verbs whose object does what the infinitive says ("urged the council to act");
# with "promised voters to cut taxes" the subject does it, and the object stays out.
_OBJECT_CONTROL = frozenset(
    "ask beg encourage expect implore order request urge want press tell call allow".split()
)
# Verbs that tell someone to do something; PolNeAR's content is the infinitive alone, the one
# told is the addressee ("told the mayor to resign", "warned voters not to wait").
_ADDRESSEE_INFINITIVE = frozenset("tell warn advise instruct caution".split())
# Objects of "say" that stand in for what was said.
_SAID_STAND_INS = frozenset(
    "same something much little this lot more what everything anything otherwise".split()
)
_ANSWERS = frozenset({"yes", "no", "so"})
# What finds things in the world rather than about itself ("a survey found Ortega ahead").
_RESEARCH = frozenset(
    "poll survey study report analysis review audit investigation probe research".split()
)
# Verbs whose preposition frame has an object before the preposition ("accused her of").
_OBJECT_PREP_VERBS = frozenset(
    "accuse charge criticize apologize attribute compare liken distance thank warn".split()
)
# Verbs that put a noun of expression into words: "made no mention of", "voiced support for".
_LIGHT_EXPRESSION_VERBS = frozenset(
    "make deliver voice express give raise issue level launch unleash lodge pose renew repeat "
    "reiterate avoid share post tweet add register have take pay draw offer".split()
)
# Nouns "have" does not put into words: "had a shot at the title", "has the endorsement of the
# union" (others endorse), "has the attention of voters".
_NOT_HAD = frozenset("shot aim credit attention issue endorsement".split())
# Nouns of expression with the prepositions that bring in what they are about.
_ON_ABOUT = frozenset({"on", "about"})
# fmt: off
_EXPRESSION_NOUNS: dict[str, frozenset[str]] = {
    "mention": frozenset({"of"}),
    # not "on": "posted a comment on Facebook", "remarks on the Senate floor"
    "comment": frozenset({"about"}), "remark": frozenset({"about"}), "view": _ON_ABOUT,
    "opinion": _ON_ABOUT,
    "criticism": frozenset({"of"}), "critique": frozenset({"of"}),
    "defense": frozenset({"of"}), "defence": frozenset({"of"}),
    "praise": frozenset({"for", "of"}), "support": frozenset({"for"}),
    "attack": frozenset({"on", "against"}), "swipe": frozenset({"at"}),
    "jab": frozenset({"at"}), "dig": frozenset({"at"}),
    "case": frozenset({"for", "against"}), "argument": frozenset({"for", "against"}),
    "call": frozenset({"for"}), "plea": frozenset({"for"}),
    "warning": frozenset({"about", "against", "of"}),
    "complaint": frozenset({"about"}), "objection": frozenset({"to"}),
    "apology": frozenset({"for"}), "tribute": frozenset({"to"}),
    "reference": frozenset({"to"}), "allusion": frozenset({"to"}),
    "endorsement": frozenset({"of"}), "denunciation": frozenset({"of"}),
    "condemnation": frozenset({"of"}), "rebuke": frozenset({"of"}),
    "question": _ON_ABOUT, "concern": frozenset({"about", "over"}),
    "doubt": frozenset({"about"}), "aim": frozenset({"at"}), "issue": frozenset({"with"}),
    "shot": frozenset({"at"}), "credit": frozenset({"for"}), "attention": frozenset({"to"}),
    "feeling": frozenset({"about", "toward", "towards"}),
}
# Adjectives of a stance after "be": "was critical of", "is supportive of".
_EXPRESSION_ADJECTIVES: dict[str, frozenset[str]] = {
    "critical": frozenset({"of"}), "supportive": frozenset({"of"}),
    "dismissive": frozenset({"of"}), "skeptical": frozenset({"of", "about"}),
    "sceptical": frozenset({"of", "about"}), "scornful": frozenset({"of"}),
    "contemptuous": frozenset({"of"}), "disdainful": frozenset({"of"}),
    "derisive": frozenset({"of"}), "complimentary": frozenset({"of"}),
    "appreciative": frozenset({"of"}), "approving": frozenset({"of"}),
}
# Adjectives of a feeling or a conviction after "be", states of mind PolNeAR attributes with
# what they are about: "is confident that ...", "was upbeat about ...", "are tired of ...". Not
# "willing", "interested", "open": mostly a plan, not a view ("happy with", "proud of" are views).
_ATTITUDE_ADJECTIVES: frozenset[str] = frozenset("""
confident sure unsure certain uncertain convinced aware unaware optimistic pessimistic hopeful
doubtful upbeat worried concerned afraid fearful nervous wary upset angry furious frustrated
disappointed unhappy glad thrilled shocked excited eager keen reluctant adamant insistent
determined opposed tired bent upfront uncomfortable cynical skeptical sceptical
happy pleased displeased proud fond leery satisfied dissatisfied enthusiastic supportive
grateful thankful dismissive impressed unimpressed
""".split())
# fmt: on
_OPENING_QUOTES = frozenset({"“", '"', "‘", "'"})
_CLOSING_QUOTES = frozenset({"”", '"', "’", "'"})
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON", "DET", "CCONJ", "ADJ", "NUM"})
_FEELING_PREPS = frozenset({"about", "at", "for", "over", "in", "with", "on", "regarding"})


def find_stances(sent: Span, qidx: list[int], taken: set[int]) -> list[Attribution]:
    """Attributions of ``sent`` with an infinitive or noun-phrase content.

    Args:
        sent: the sentence.
        qidx: for each token of the doc, the quotation it lies in, or -1.
        taken: token indices already used as cues by the clause rules.
    """
    out: list[Attribution] = []
    for tok in sent:
        if tok.i in taken or qidx[tok.i] >= 0 or tok.pos_ not in ("VERB", "AUX"):
            continue
        found = _frame(tok)
        labels = {"stance"}
        if found is None and (found := object_frame(tok)) is not None:
            labels.add("object")  # an act's object: PolNeAR's attribution, no claim (models.py)
        if found is None:
            continue
        kind, cue, content = found
        subj = subject_of(tok)
        if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
            subj = tok.head  # "a group backing the mayor": the group backs
        if subj is None or qidx[subj.i] >= 0:
            continue
        if subj.lower_ in NOT_STANCE_SOURCES and not relative_subject(tok, subj):
            continue
        start, end = trim(doc_text(sent.doc), *span_offsets(content))
        if end - start < 2 or start <= tok.idx < end:  # a content never holds its own cue
            continue
        sentence = (sent.start_char, sent.end_char)
        found_one = verb_attribution(
            tok, subj, sentence, qidx, kind=kind, content=(start, end), cue=cue, label="stance"
        )
        found_one.labels |= labels
        if tok.lemma_.lower() == "be" and any(t.lower_ in _ATTITUDE_ADJECTIVES for t in cue):
            found_one.labels.add("attitude")  # its content is what the adjective is about
        out.append(found_one)
    return out


def _frame(verb: Token) -> tuple[Kind, list[Token], list[Token]] | None:
    """(kind, cue tokens, content tokens) when ``verb`` heads one of the frames."""
    lemma = verb.lemma_.lower()
    if lemma in _ADDRESSEE_INFINITIVE:  # "told the mayor to resign": the one told stays out
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if (
            obj is not None
            and xcomp is not None
            and obj.i < xcomp.i
            and xcomp.pos_ in ("VERB", "AUX")  # not "because his boss told him to."
            and _speaker_like(subject_of(verb))  # not "the sign told drivers to slow down"
        ):
            return "indirect", cue_tokens(verb), [t for t in xcomp.subtree if t.i > obj.i]
    if lemma in GERUND_STANCE_VERBS:  # "proposed banning the levy": the gerund's phrase
        gerund = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if (
            gerund is not None
            and gerund.tag_ == "VBG"
            and all(t.pos_ == "ADV" for t in verb.doc[verb.i + 1 : gerund.i])
            and not any(c.dep_ == "ccomp" for c in gerund.children)  # "suggested saying that"
        ):
            return "indirect", cue_tokens(verb), list(gerund.subtree)
    if lemma in INTENTION_VERBS:
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if xcomp is not None:  # "urged the council to act": the one urged is in the content
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
            lead: list[Token] = []
            if obj is not None and obj.i > verb.i and lemma in _OBJECT_CONTROL:
                lead = list(obj.subtree)  # not "promised voters to cut taxes": Reed cuts them
            # only what follows the verb: "a decision that she expects to cost millions"
            rest = [t for t in xcomp.subtree if t.i > verb.i]
            return "belief", cue_tokens(verb), [*lead, *rest]
    if lemma in NAMING_VERBS:  # "called the show 'a disgrace'": the object and what it is called
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        pred = next(
            (c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > verb.i),
            None,
        )
        if pred is None and obj is not None:  # "calling him “a disgrace”": parsed as two objects
            pred = next((c for c in verb.children if c.dep_ == "dobj" and c.i > obj.i), None)
        if obj is not None and pred is not None:
            return "indirect", cue_tokens(verb), [*obj.subtree, *pred.subtree]
        named = _named_as(verb, obj, pred)
        if named is not None:
            return "indirect", cue_tokens(verb), named
        wh = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WH), None)
        if wh is not None and wh.i < verb.i and pred is not None:  # "what aides called 'X'"
            return "indirect", cue_tokens(verb), list(pred.subtree)
    research = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    finds = lemma == "find" and research is not None and research.lemma_.lower() in _RESEARCH
    if lemma in FINDING_VERBS or finds:  # "a poll shows Sanders with 47 percent": all after
        rest = [t for t in verb.subtree if t.i > verb.i]
        if any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children) and rest:
            return "indirect", cue_tokens(verb), rest
    if lemma in ENDORSE_VERBS or lemma in DESIRE_VERBS:  # "backed the governor", "wants a wall"
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None and not any(c.dep_ in ("ccomp", "oprd") for c in verb.children):
            kind: Kind = "belief" if lemma in DESIRE_VERBS else "indirect"
            return kind, cue_tokens(verb), list(obj.subtree)
    portrays = lemma in PORTRAYAL_VERBS and _speaker_like(subject_of(verb))
    if lemma in AS_STANCE_VERBS or portrays:  # "sees the levy as a tax": the object and its "as"
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if obj is not None and as_ is not None and as_.i > obj.i:
            return "belief", cue_tokens(verb), [*obj.subtree, *as_.subtree]
    if lemma == "say" and verb.i + 1 < len(verb.doc):  # "said no", "said so"
        answer = verb.doc[verb.i + 1]
        if answer.lower_ in _ANSWERS and answer.head.i == verb.i:
            return "indirect", cue_tokens(verb), [answer]
        said = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        # "said the same of Ruiz", "said something unexpected": a word that stands in for what
        # was said; not "said nothing", "said goodbye", "said a prayer", "said his piece"
        if said is not None and said.lower_ in _SAID_STAND_INS:
            return "indirect", cue_tokens(verb), list(said.subtree)
    if lemma in _EXPRESS_VERBS and (feeling := _expressed_feeling(verb)) is not None:
        return feeling
    particle = PARTICLE_STANCE_VERBS.get(lemma)
    if particle and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None:  # "laid out a plan": the particle is in the cue (cue_tokens)
            return "indirect", cue_tokens(verb), list(obj.subtree)
    worded = _worded_stance(verb) or _attitude(verb) or made_clear(verb)
    if worded is not None:  # "made no mention of X", "was sharply critical of X"
        return worded
    relative = _relative_object(verb)
    if relative is not None:  # "a plan that the mayor mocked": the relative word
        return "indirect", cue_tokens(verb), [relative]
    if lemma in STANCE_VERBS and (toks := object_parts(verb)):
        return "indirect", cue_tokens(verb), toks
    preps = PREP_CUES.get(lemma)
    if lemma == "write" and verb.tag_ not in ("VBD", "VBN"):
        preps = None  # "who writes about technology", "assigned him to write about sports"
    if preps and "for" in preps:  # "called for the council to resign": a clause after "for"
        for c in verb.children:
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)
            if c.dep_ == "advcl" and c.i > verb.i and mark is not None and mark.i > verb.i:
                return "indirect", [*cue_tokens(verb), mark], [t for t in c.subtree if t != mark]
    if preps:
        direct = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        for c in verb.children:
            if c.dep_ in ("prep", "prt") and c.lower_ in preps and c.i > verb.i:
                if lemma in ADJACENT_PREP_CUES and c.i != max(t.i for t in cue_tokens(verb)) + 1:
                    continue  # "agreed on a plan with the union": a party, not a view
                if (
                    direct is not None
                    and direct.i < c.i
                    and lemma not in _OBJECT_PREP_VERBS
                    and not out  # "called the senator out on his vote"
                ):
                    continue  # "called her brother on Tuesday" is no "called on"
                obj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                if obj is None:
                    continue
                return "indirect", [*cue_tokens(verb), c], list(obj.subtree)
    return None


def _named_as(verb: Token, obj: Token | None, pred: Token | None) -> list[Token] | None:
    """The two parse shapes of ``called the plan "a disaster"`` with a quoted name that the
    parser does not give as the verb's object and predicate: the name as an apposition of the
    object (``called his actions "a crucial step"``), or the object inside the predicate's
    phrase (``called both Reyes and Ortiz "reckless"``). The content is the object with its
    name, as for the plain frame."""
    doc = verb.doc
    if obj is not None and pred is None:
        name = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i), None)
        edge = name.left_edge if name is not None else None
        if edge is not None and any(t.text == "," for t in doc[obj.i : edge.i]):
            return None  # "called her mother, 'a retired nurse,' on Sunday": an apposition
        if edge is not None and (
            edge.text in _OPENING_QUOTES or doc[edge.i - 1].text in _OPENING_QUOTES
        ):
            return _through_quote(list(obj.subtree))
    if obj is None and pred is not None and pred.dep_ == "oprd":
        first = pred.left_edge
        absorbed = first.i == verb.i + 1 and first.i < pred.i - 1 and first.pos_ in _NOMINAL
        if absorbed and any(t.text in _OPENING_QUOTES for t in doc[first.i : pred.i]):
            return _through_quote(list(pred.subtree))
    return None


def _through_quote(toks: list[Token]) -> list[Token]:
    """The content with the closing quotation mark the parser hung elsewhere (and the
    sentence's period inside it: ``"a disaster."``)."""
    doc = toks[-1].doc
    i = toks[-1].i + 1
    while i < len(doc) and i <= toks[-1].i + 2 and doc[i].is_punct:
        if doc[i].text in _CLOSING_QUOTES:
            return [*toks, *doc[toks[-1].i + 1 : i + 1]]
        i += 1
    return toks


def _worded_stance(verb: Token) -> tuple[Kind, list[Token], list[Token]] | None:
    """A stance put in a noun or adjective of expression with its preposition: ``made no
    mention of X``, ``has made comments about X``, ``voiced support for X``, ``was critical
    of X``. The cue runs from the verb group through the preposition (the guidelines' verb
    group with the noun that signals the expression), the content is the preposition's
    object."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    word: Token | None = None
    if lemma in _LIGHT_EXPRESSION_VERBS:
        word = next(
            (
                c
                for c in verb.children
                if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in _EXPRESSION_NOUNS
            ),
            None,
        )
        if word is not None and lemma == "have" and word.lemma_.lower() in _NOT_HAD:
            word = None
        preps = _EXPRESSION_NOUNS[word.lemma_.lower()] if word is not None else frozenset()
    elif lemma == "be":
        word = next(
            (
                c
                for c in verb.children
                if c.dep_ == "acomp" and c.i > verb.i and c.lower_ in _EXPRESSION_ADJECTIVES
            ),
            None,
        )
        preps = _EXPRESSION_ADJECTIVES[word.lower_] if word is not None else frozenset()
    if word is None or word.i - verb.i > 5 or not _speaker_like(subject_of(verb)):
        return None  # not "Russia launched an attack on Kyiv", "the map made no mention of"
    if any(c.dep_ == "poss" for c in word.children):
        return None  # "expressed her support for X": her support is what she expressed
    # the preposition hangs from the word, or from the verb right after the word
    prep = next((c for c in word.children if c.dep_ == "prep" and c.i > word.i), None)
    if prep is None:
        prep = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("prep", "dative") and c.i == word.right_edge.i + 1
            ),
            None,
        )  # "paid tribute to X": the parser makes "to" the verb's dative
    if prep is None or prep.lower_ not in preps or prep.i != word.i + 1:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    cue = [*cue_tokens(verb), *doc[verb.i + 1 : prep.i + 1]]
    return "indirect", cue, list(obj.subtree)


def _attitude(verb: Token) -> tuple[Kind, list[Token], list[Token]] | None:
    """A state of mind put as "be" and an adjective of feeling or conviction, with what it is
    about: ``is confident that X``, ``was upbeat about X``, ``is eager to X``. The cue runs from
    the verb group through the adjective (and its preposition: ``are tired of``), the content is
    the clause, the infinitive or the preposition's object."""
    if verb.lemma_.lower() != "be":
        return None
    adj = next(
        (
            c
            for c in verb.children
            if c.dep_ == "acomp" and verb.i < c.i <= verb.i + 4 and c.lower_ in _ATTITUDE_ADJECTIVES
        ),
        None,
    )
    if adj is None:
        return None
    subj = subject_of(verb)
    if subj is None or not (_speaker_like(subj) or subj.pos_ == "NOUN"):
        return None  # people or groups ("the farmers are tired of"), not "it", "this"
    held = adj.lower_ in _HELD_VIEWS
    if held and not _speaker_like(subj):
        return None
    doc = verb.doc
    cue = [*cue_tokens(verb), *doc[verb.i + 1 : adj.i + 1]]
    after = [c for c in (*adj.children, *verb.children) if c.i > adj.i]
    for c in sorted(after, key=lambda t: t.i):
        if c.dep_ == "ccomp":
            return "belief", cue, content_tokens(c, verb)
        if c.dep_ == "xcomp" and c.i == adj.i + 2 and doc[adj.i + 1].lower_ == "to":
            if adj.lower_ in _COURTESY_ADJECTIVES:
                return None  # "is happy to help", "was proud to serve": no view
            if is_cue_verb(c) or adj.lower_ in _RAISING_ADJECTIVES:
                return None  # "was reluctant to say whether": the cue runs through "say";
            # "the bridge is sure to open": a forecast, not the bridge's view
            return "belief", cue, list(c.subtree)
        if held and c.dep_ != "prep":
            continue
        if held and c.lower_ not in _VIEW_PREPS:
            return None
        if c.dep_ == "prep" and c.i == adj.i + 1 and c.lower_ in _ATTITUDE_PREPS:
            obj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return "belief", [*cue, c], _before_result(adj, list(obj.subtree))
    return None


def _before_result(adj: Token, toks: list[Token]) -> list[Token]:
    """``so opposed to X that they ...``: the clause of what follows from "so" is no part of
    what the adjective is about, wherever the parse hung it."""
    if not any(c.dep_ == "advmod" and c.lower_ == "so" for c in adj.children):
        return toks
    that = next((t for t in toks if t.lower_ == "that" and t.dep_ == "mark"), None)
    return toks if that is None else [t for t in toks if t.i < that.i]


_ATTITUDE_PREPS = frozenset({"about", "of", "on", "over", "in", "with", "at", "to"})
_RAISING_ADJECTIVES = frozenset({"sure", "certain", "bound"})
# Views with what they are about ("happy with the deal"), courtesies with an infinitive.
_COURTESY_ADJECTIVES = frozenset("happy pleased proud grateful thankful satisfied".split())
# Adjectives of a view only when a speaker holds it about something, after "with", "about",
# "of" or "over": not "is happy in his new job", "the evidence is supportive of the claim".
_HELD_VIEWS = frozenset(
    "happy pleased displeased proud fond leery satisfied dissatisfied enthusiastic supportive "
    "grateful thankful dismissive impressed unimpressed".split()
)
_VIEW_PREPS = frozenset({"with", "about", "of", "over"})


def _relative_object(verb: Token) -> Token | None:
    """The relative word a stance or speech verb takes as its object in a relative clause
    (``the levy, which Brandt denounced``, ``something the mayor mocked``): PolNeAR's content
    is that word, standing for the noun it refers back to."""
    lemma = verb.lemma_.lower()
    # not "the team that he supports": "support", "back", "favor" take people and teams as
    # often as policies ("oppose" and "endorse" are stance verbs as well, and stay)
    if verb.dep_ != "relcl" or lemma not in STANCE_VERBS:
        return None
    if any(c.dep_ in _CONTENT_DEPS and c.i > verb.i for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.lower_ in _RELATIVE),
        None,
    )


def _expressed_feeling(verb: Token) -> tuple[Kind, list[Token], list[Token]] | None:
    """``expressed concern that ...``, ``voiced doubts about ...``: a bare noun of feeling is
    part of the cue and what it is about the content (with "their concern" the noun phrase is
    the content, as for any stance verb)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ != "NOUN" or obj.i - verb.i > 2:
        return None
    if any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in obj.children):
        return None
    for c in obj.children:
        if c.i < obj.i:
            continue
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
            return "belief", [*cue_tokens(verb), obj], list(c.subtree)
        if c.dep_ == "prep" and c.lower_ in _FEELING_PREPS:
            pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return "belief", [*cue_tokens(verb), obj, c], list(pobj.subtree)
    return None
