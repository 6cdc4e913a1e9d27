"""The claim a rebuttal names, answered right after its owner said it in other words.

"Lenihan said Altura had spoken to the school early on. 'We met the head teacher in
March,' he said. Roper rejected Lenihan's claim that the school had been consulted." The
rebuttal sums up in the rebutter's (or the reporter's) words what its owner has just said:
"consulted" is not "met", and the claim shares no word with the owner's quote, so neither
:func:`.rebuttal_choice.states` nor :func:`.rebuttal_paraphrase.paraphrased_before` find it.
But news reports an exchange in its order: a claim named as an owner's ("Lenihan's claim",
"the council's claim") answers the owner's words told just before the rebuttal, with no
other voice between them.

:func:`adjacent_claim` is the last resort of a rebuttal that names its owner and the claim:
of the owners' statements told before the rebuttal in its article, the latest one, when no
statement of a third speaker (neither an owner nor the rebutter) stands between it and the
rebuttal; the rebutter's own words may ("Dellow said senior staff had not been aware.
... He also dismissed Whitlock's claim that ..."). It must assert something plainly (no
question, no condition, not itself a claim rebutted), not say the claim the other way round,
and be negated as the claim is ("the school was never asked" is the rebutter's side). An
owner whose last words before the rebuttal were interrupted by another speaker is left
alone: the rebuttal may answer words the article does not give, and so is an owner whose
earlier report holds one of the claim's things (the claim may have been told there), and a
statement with no words of its own ("She added that, according to ..."), words that share one
of the claim's words (the claim told in the same words is found by the earlier steps, so words
that share one and were passed over there speak of another point of that thing), and words of
another tense than the claim's (a plan, "will meet in the spring", for a claim of what
happened, "had lost its funding"). What the owner's own paper said ("Our report said the
wall could fail at any time": :func:`own_source`) is the owner's claim, though it reads as
reported.

A denial that names no owner ("Penlow denied that the parish council had turned down a plea
for help") answers, as the last resort, another speaker's words in the sentence right before
its own (:func:`adjacent_denied`; "'The parish council refused to give us a penny,' said
Tansey."): they must share two of the claim's words (words that name the denier's own body
count, where :mod:`.set_before` passes them over), be asserted plainly, of the claim's tense,
and not name its event the other way round; a sentence between breaks the exchange.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .claim_words import DENIED_SHARED, content_terms, says_otherwise
from .claims import Claim, Item
from .said_days import said_earlier
from .words import tokens


def adjacent_claim(
    me: Item, items: list[Item], named: Claim, owners: set[str], told: Item
) -> int | None:
    """The index of the last statement of one of ``owners`` told before the rebuttal
    sentence ``told`` in its article (``me``: the rebutting words, ``told`` or the words
    after it) with no third speaker's statement between, None when there is none or when it
    cannot be the claim ``named`` (:func:`_can_state`)."""
    if not owners or me.speaker in owners or _told_elsewhere(items, named, owners, told):
        return None
    at = told.statement.sentence
    if at is None:
        return None
    before = [  # told in an earlier sentence of the article
        (it.statement.content.start, j)
        for j, it in enumerate(items)
        if it.article == told.article and it.speaker is not None
        and it.statement.sentence is not None and it.statement.sentence.end <= at.start
    ]  # fmt: skip
    told_before = [j for _, j in sorted(before, reverse=True)]
    for k, j in enumerate(told_before):
        other = items[j]
        if other.speaker in owners:
            j = _quote_opened(items, told_before[k:])
            fits = (_can_state(items[j], named) and _same_tense(items[j].claim, named)
                    and not _other_claim(items[j], named))  # fmt: skip
            return j if fits else None
        if other.speaker != me.speaker:
            return None  # another voice between: not an exchange of the two
    return None


def _quote_opened(items: list[Item], latest_first: list[int]) -> int:
    """The first sentence of the quote whose last sentence is ``latest_first[0]``: a quote
    told on past its attribution ('"The notice is based on readings from three gardens," he
    said. "On four evenings the noise was a nuisance."') makes its point where its speaker is
    named; the sentences after it bear it out."""
    at = 0
    while at + 1 < len(latest_first):
        this, prev = items[latest_first[at]], items[latest_first[at + 1]]
        if not _carried_on(this) or prev.speaker != this.speaker:
            break
        if prev.statement.kind != "direct":
            break
        at += 1
    return latest_first[at]


def _carried_on(item: Item) -> bool:
    """Whether a quoted statement goes on from an earlier sentence: no speech verb of its
    own in its sentence."""
    st = item.statement
    if st.kind != "direct" or st.sentence is None:
        return False
    return st.cue is None or not st.sentence.start <= st.cue.start < st.sentence.end


def _other_claim(other: Item, named: Claim) -> bool:
    """Whether the owner's words share one of the claim's words: the claim in the same words
    is found by the earlier steps, so these words, passed over there, make another point
    about that thing ("the board's claim that the rise would be modest" / the board's "fees
    will rise in April")."""
    return bool(set(named.terms) & set(other.claim.terms))


def _can_state(other: Item, named: Claim) -> bool:
    """Whether the owner's statement can be the claim named in other words: asserted plainly,
    not rebutted or conditional, not the claim the other way round, and negated as it is."""
    claim = other.claim
    if not claim.terms:
        return False  # no words of its own to state anything ("she added that, ...")
    if claim.rebutted or claim.conditional:
        return False
    if not any(c.asserted for c in claim.clauses) and not own_source(other.statement.content.text):
        return False
    if says_otherwise(claim, named):
        return False
    text = named.clauses[0].text if named.clauses else named.text
    return negated(other.statement.content.text) == negated(text)


# the speaker's own paper or words as the source of what they tell ("Our report said the
# boiler could fail", "My letter warned that ..."): the speaker's position, not hearsay
_OWN_SOURCE = re.compile(
    r"^\s*(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:report|letter|survey|study|review|assessment"
    r"|inspection|findings|advice|notice|email|statement|evidence|figures|data|analysis"
    r"|modelling|modeling)s?\s+(?:said|says|warned|warns|stated|states|showed|shows|found"
    r"|finds|concluded|concludes|made\s+clear)\b",
    re.IGNORECASE,
)


def own_source(text: str) -> bool:
    """Whether words are told from the speaker's own paper ("Our report said ..."): what it
    said is what its speaker says, though it reads as reported."""
    return _OWN_SOURCE.search(text) is not None


def _same_tense(claim: Claim, named: Claim) -> bool:
    """Whether the owner's words and the claim share a tense: a plan ("will meet in the
    spring") does not state a claim of what happened ("had lost its funding"), nor a past a
    claim of what will be."""
    mine, theirs = _tenses(claim), _tenses(named)
    return not (mine and theirs) or bool(mine & theirs)


def _tenses(claim: Claim) -> set[str]:
    """The tenses of the claim's asserted clauses ("future" or "present", the past with it)."""
    return {c.tense for c in claim.clauses if c.asserted}


def _told_elsewhere(items: list[Item], named: Claim, owners: set[str], told: Item) -> bool:
    """Whether an owner's statement in an earlier article names one of the claim's things
    (besides the owners' names) and can state it (:func:`_can_state`): the claim may have been
    told there, not in the words just before the rebuttal ("rejected the authority's claim
    that the closure had been purely precautionary": the authority's words of a month before,
    "the bridge had been closed purely as a precaution"). A hedge ("we may serve a notice")
    states nothing."""
    names = {lx.stem(w.lower()) for it in items if it.speaker in owners
             for w in tokens(it.speaker_name or "")}  # fmt: skip
    wanted = content_terms(named) - names
    return any(
        it.speaker in owners and it.article != told.article and said_earlier(it.said, told.said)
        and wanted & set(it.claim.terms)
        and _can_state(it, named) for it in items
    )  # fmt: skip


def negated(text: str) -> bool:
    """Whether ``text`` holds a word of negation ("not", "never", "no")."""
    return any(lx.negating(w.lower()) for w in tokens(text))


# a denial's sentence right after its claim's: no more than a space or a paragraph break
# between the two sentences (a sentence of no statement between breaks the exchange)
_ADJACENT_GAP = 2


def adjacent_denied(me: Item, items: list[Item], denied: Claim, told: Item) -> int | None:
    """The index of the statement a denial that names no owner ("Strood denied that the
    firm had botched the repair") answers in the sentence right before it: another
    speaker's words that share :data:`.claim_words.DENIED_SHARED` of the claim's words and
    can state it in other words ("the repair by the firm was not done properly": a word of
    manner denied is no denial of the act, so only an event said the other way round keeps
    them apart); None when no such statement ends the sentence before."""
    at = told.statement.sentence
    if at is None:
        return None
    before = [
        (it.statement.content.start, j)
        for j, it in enumerate(items)
        if it.article == told.article and it.speaker is not None
        and it.statement.sentence is not None and it.statement.sentence.end <= at.start
    ]  # fmt: skip
    if not before:
        return None
    j = max(before)[1]
    other = items[j]
    sentence = other.statement.sentence
    if other.speaker == me.speaker or sentence is None:
        return None
    if at.start - sentence.end > _ADJACENT_GAP:
        return None  # a sentence of no statement between, or the claim told further back
    claim = other.claim
    if claim.rebutted or claim.conditional or not any(c.asserted for c in claim.clauses):
        return None
    if says_otherwise(claim, denied) or not _same_tense(claim, denied):
        return None
    shared = content_terms(denied) & set(claim.terms)
    return j if len(shared) >= DENIED_SHARED else None
