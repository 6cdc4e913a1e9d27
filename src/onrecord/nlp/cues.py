"""The lexicon of reporting cues, kept as data.

Verbs are listed by lemma. A verb cue becomes an attribution only when it governs a clause or
a quotation (``said that ...``, ``"...," she said``); nouns only in the frames listed in
:mod:`onrecord.nlp.attribution`. ``POLNEAR_TOP_CUES`` (in :mod:`onrecord.nlp.cue_data`, when
present) adds the most frequent cue lemmas of the PolNeAR training split.
"""

from __future__ import annotations

import importlib

# fmt: off
SPEECH_VERBS: frozenset[str] = frozenset("""
say tell add state announce assert claim contend declare insist maintain note observe remark
report reply respond answer explain argue acknowledge admit concede confirm deny disclose reveal
warn caution predict promise pledge vow vouch swear guarantee assure reassure tweet post write
testify allege accuse charge complain lament concede boast brag joke quip muse recall recount
describe suggest propose recommend urge demand ask question wonder inquire query request plead
continue repeat reiterate stress emphasize emphasise underscore highlight point mention comment
counter retort rebut dispute contradict reject dismiss disagree agree concur object protest
criticize criticise condemn denounce blast slam attack praise applaud hail welcome thank
estimate calculate project forecast conclude find determine rule decide indicate signal hint
imply show suggest clarify specify detail outline elaborate summarize
speculate theorize guess surmise infer deduce caution advise inform notify
brief relay convey communicate shout yell scream whisper mutter murmur sigh exclaim cry
declare proclaim pronounce affirm aver avow attest certify verify corroborate
threaten
learn read notice discover
""".split())

BELIEF_VERBS: frozenset[str] = frozenset("""
believe think feel hope expect fear worry suspect figure reckon assume presume suppose
doubt trust know understand realize realise recognize recognise consider regard view
anticipate envision foresee intend plan want wish prefer insist
""".split())

# Nouns that carry an attribution in frames such as "the official stance of X that ...",
# "X's claim that ...", "in a statement", "X's view is that ...".
CUE_NOUNS: frozenset[str] = frozenset("""
statement claim assertion announcement stance position view belief argument contention
suggestion warning promise pledge vow assurance allegation accusation charge denial admission
report testimony remark comment comments response reply answer insistence prediction
estimate forecast assessment conclusion finding ruling decision message note letter memo
tweet post interview speech address briefing conference
""".split())

# Adverbs that mark a statement without a source ("the two leaders reportedly exchanged ...").
SOURCELESS_ADVERBS: frozenset[str] = frozenset("""
reportedly purportedly supposedly ostensibly
""".split())

# Verbs of the passive report frame "it was announced that ..." / "X is said to ...".
PASSIVE_REPORT_VERBS: frozenset[str] = frozenset("""
announce report say reveal disclose confirm claim allege believe expect understand learn
rumor rumour state declare know think fear estimate
""".split())
# fmt: on

# Raising frames, whose subject belongs to the content: "X seems to ...", "X appears uneasy"
# (appearance verbs), "X is expected to ...", "X is seen as ..." (passive reports). The cue is
# the verb group, the content the subject and the infinitive or predicate; the source is the
# passive's agent when there is one ("is said by aides to ..."), else there is none.
APPEARANCE_VERBS: frozenset[str] = frozenset({"seem", "appear"})
PASSIVE_RAISING_VERBS: frozenset[str] = frozenset(
    """
expect believe say think know report rumor rumour understand project predict estimate
see view regard consider deem
""".split()
)
# Passive raising verbs whose predicate follows a preposition, which joins the cue: "X is seen
# as ...", and what a person or thing is known for or as ("She was known as the rainmaker",
# "is best known for his ads"): the guidelines' attribution with no source.
AS_RAISING_VERBS: dict[str, frozenset[str]] = {
    "see": frozenset({"as"}),
    "view": frozenset({"as"}),
    "regard": frozenset({"as"}),
    "consider": frozenset({"as"}),
    "know": frozenset({"as", "for"}),
}
# Passive raising verbs of judging whose predicate follows with no preposition: "X is
# considered an asset", "the plan was deemed a failure".
PREDICATE_RAISING_VERBS: frozenset[str] = frozenset({"consider", "deem"})

# Verbs whose passive subject, or the subject of their opening participle, is the one spoken
# to, not the speaker: "X was asked whether ...", "Asked about the delay, X said ...".
ADDRESSEE_VERBS: frozenset[str] = frozenset(
    "ask tell question inform warn remind assure advise".split()
)
# Of those, the verbs that put a question, whose content may be a noun ("was asked about X").
QUESTION_VERBS: frozenset[str] = frozenset({"ask", "question"})

# Cue lemmas whose present tense describes a report, not an event on a date ("Reuters reports").
REPORTING_PRESENT = frozenset({"report", "say", "write", "tell", "note", "claim"})


def _polnear_cues() -> frozenset[str]:
    try:
        mod = importlib.import_module("onrecord.nlp.cue_data")
    except ImportError:  # the table is optional data
        return frozenset()
    cues: tuple[str, ...] = getattr(mod, "POLNEAR_TOP_CUES", ())
    return frozenset(c.lower() for c in cues)


# Frequent PolNeAR cue lemmas that are light verbs everywhere else ("is expected", "made clear"):
# alone they head far more clauses that report nothing, so they are not verb cues on their own.
# fmt: off
LIGHT_VERBS: frozenset[str] = frozenset("""
be have make give use include provide put look hit fire pass cover issue deliver release
represent hire sign ban block back present
mean allow remember see hear prove demonstrate imagine
""".split())
# fmt: on

EXTRA_CUES: frozenset[str] = _polnear_cues()

ALL_VERB_CUES: frozenset[str] = (
    SPEECH_VERBS | BELIEF_VERBS | frozenset(c for c in EXTRA_CUES - LIGHT_VERBS if " " not in c)
)


def is_cue_lemma(lemma: str) -> bool:
    """Whether ``lemma`` (lowercased, possibly multi-word) is a known reporting cue."""
    lemma = lemma.lower().strip()
    if lemma in ALL_VERB_CUES or lemma in CUE_NOUNS or lemma in SOURCELESS_ADVERBS:
        return True
    if lemma in EXTRA_CUES or lemma in {"according to", "according"}:
        return True
    words = lemma.split()
    return bool(words) and (words[0] in ALL_VERB_CUES or words[-1] in ALL_VERB_CUES)


def is_speech_verb(lemma: str) -> bool:
    lemma = lemma.lower()
    return lemma in SPEECH_VERBS or (lemma in EXTRA_CUES and lemma not in LIGHT_VERBS)


def is_belief_verb(lemma: str) -> bool:
    return lemma.lower() in BELIEF_VERBS


# Verbs whose content is an infinitive: intentions and undertakings ("vowed to repeal").
# fmt: off
INTENTION_VERBS: frozenset[str] = frozenset("""
vow promise pledge threaten refuse decline plan hope want intend seek aim agree offer propose
swear resolve vow want wish seek urge encourage order expect ask implore beg request
hop claim prefer decide
""".split())
# ("hop" is how the tagger lemmatizes "hoping" and "hoped" in running text; "decided to run"
# is an intention its subject resolved on, as "resolved to run" is.)

# Verbs whose content is a gerund: proposals and positions ("proposed banning the levy",
# "supports raising the wage", "reported raising $2 million").
GERUND_STANCE_VERBS: frozenset[str] = frozenset(
    "propose support favor favour oppose suggest recommend report consider".split()
)

# Verbs whose content is a noun phrase: stances taken in words ("rejected the offer").
STANCE_VERBS: frozenset[str] = frozenset("""
reject endorse praise criticize criticise deny announce express describe blame accuse mock slam
attack question defend oppose dismiss condemn welcome applaud hail acknowledge admit dispute
mention discuss predict decry denounce lambast blast rebuke tout champion laud recommend
cite list note tweet retweet portray reveal promise declare echo voice repeat reiterate recall
emphasize stress credit quote confirm disclose warn outline lament articulate assail chide invoke
reference characterize detail recount recite rebut bemoan liken compare propose explain report
highlight publish email congratulate state chant argue broadcast retweete
""".split())
# ("retweete" is how the tagger lemmatizes "retweeted", as "hop" is "hoped" above.)

# Verbs whose noun object is content only in a finite clause with a subject that can speak
# (``stances.py``): decrees, which the guidelines count when they rest on a statement ("Lowell
# appointed a new chief of staff", "imposed a ban"); accepting and refusing, acts of expression
# and attitudes toward a thing ("He declined the invitation", "embraced the plan"); knowing
# what is the case ("understood the risk"); and sharing, passing on in words what one has or
# holds ("shared the news", "shares this bleak view"). Not "to challenge her", "accepting
# awards", "the rule requires": infinitives, gerunds and things stay out.
OBJECT_STANCE_VERBS: dict[str, frozenset[str]] = {
    "decree": frozenset("order appoint nominate name veto approve sign impose".split()),
    "acceptance": frozenset("accept embrace challenge ignore decline refuse".split()),
    "knowing": frozenset("understand recognize recognise remember".split()),
    "sharing": frozenset({"share"}),
}
OBJECT_STANCE_LEMMAS: frozenset[str] = frozenset().union(*OBJECT_STANCE_VERBS.values())

# Phrasal verbs whose object is a stance in words: "laid out a plan", "singled out the mayor".
PARTICLE_STANCE_VERBS: dict[str, str] = {
    "lay": "out",
    "single": "out",
    "spell": "out",
    "point": "out",
    "shrug": "off",
}
# fmt: on

# Verbs of support and endorsement, whose content is what is backed ("endorsed Cruz").
ENDORSE_VERBS: frozenset[str] = frozenset("support back endorse favor favour oppose prefer".split())

# Verbs of desire and liking, whose content is what is wanted or felt about (the guidelines'
# desires and attitudes: "Ruiz wants a recount", "Lowell dislikes pickles"; the annotators mark
# 20 of 27 objects of "want" on train, 24 of 36 of the others); with an infinitive they are
# intentions (INTENTION_VERBS).
DESIRE_VERBS: frozenset[str] = frozenset(
    "want crave like love hate dislike fear admire despise detest loathe".split()
)

# Verbs that cast something as something: a stance only with both ("sees the levy as a tax").
AS_STANCE_VERBS: frozenset[str] = frozenset(
    "see view regard consider cast paint frame identify label".split()
)
# Verbs that put something forward as something, a stance in words only with both and with a
# subject that can speak ("presented the levy as a tax cut", "pitched the plan as a cure";
# not "presented the award", nor "the hotel presents itself as a retreat").
PORTRAYAL_VERBS: frozenset[str] = frozenset("present pitch bill depict".split())

# Verbs that name something in words: "called the plan a disaster", "labeled him a liar".
NAMING_VERBS: frozenset[str] = frozenset({"call", "label", "dub", "brand", "deem", "term"})

# Verbs by which polls, studies and videos report what they found: "a poll shows X ahead".
FINDING_VERBS: frozenset[str] = frozenset({"show"})

# Verb + preposition cues whose content is the preposition's object ("called for a ban").
PREP_CUES: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on"}),
    "speak": frozenset({"about", "of", "against"}),
    "refer": frozenset({"to"}),
    "point": frozenset({"to"}),
    "rail": frozenset({"against"}),
    "warn": frozenset({"of", "about", "against"}),
    "complain": frozenset({"about", "of"}),
    "joke": frozenset({"about"}),
    "argue": frozenset({"for", "against"}),
    "push": frozenset({"for"}),
    "advocate": frozenset({"for"}),
    "campaign": frozenset({"for", "against"}),
    "boast": frozenset({"of", "about"}),
    "comment": frozenset({"on"}),
    "testify": frozenset({"about"}),
    "talk": frozenset({"about", "of"}),
    "accuse": frozenset({"of"}),
    "charge": frozenset({"with"}),
    "criticize": frozenset({"for"}),
    "apologize": frozenset({"for"}),
    "attribute": frozenset({"to"}),
    "compare": frozenset({"to", "with"}),
    "liken": frozenset({"to"}),
    "hint": frozenset({"at"}),
    "allude": frozenset({"to"}),
    "brag": frozenset({"about", "of"}),
    "dwell": frozenset({"on"}),
    "touch": frozenset({"on"}),
    "vouch": frozenset({"for"}),
    "balk": frozenset({"at"}),
    "side": frozenset({"with"}),
    "lash": frozenset({"at", "out"}),
    "distance": frozenset({"from"}),
    "thank": frozenset({"for"}),
    "write": frozenset({"about", "of"}),
    "agree": frozenset({"with"}),
    "disagree": frozenset({"with"}),
    "concur": frozenset({"with"}),
    # a mind or a wish and what it is about: "believes in the plan", "hoped for a recount",
    # "thinks about X" (not "stood by": a place as often as a remark; not "asks for": a rule
    # or a form asks for things; "worried about" is left to the learned pass, which marks it)
    "believe": frozenset({"in"}),
    "hop": frozenset({"for"}),
    "hope": frozenset({"for"}),
    "think": frozenset({"about", "of"}),
}
# Of those, the verbs whose preposition brings in what they are about only right after the
# verb group: "agreed with the mayor", not "agreed on a plan with the union" (a party to it).
ADJACENT_PREP_CUES: frozenset[str] = frozenset({"agree", "disagree", "concur"})
