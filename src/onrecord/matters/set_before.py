"""The claim a reporter sets just before a rebuttal.

News tells a rebuttal after the claim it answers: "Cllr Hugo Brant said the depot's night
shift had been scrapped. Marion Tull, for the operator, rejected the councillor's claim that
shifts had been cut." The rebuttal's words for the claim are the reporter's paraphrase
("shifts had been cut" for "the night shift had been scrapped"), and its words for the
owner are often a role or a body ("the councillor", "the union", "the trust") that no
speaker's name spells, or no one at all ("denied that ...", "dismissed suggestions that
..."). When no statement holds the claim's words (:mod:`.claim_holders`), the statement the
reporter set just before the rebuttal is its target:

* in the rebuttal's article, the nearest earlier statement of another speaker, passing over
  the rebutter's own statements and those of its side (:func:`.sides.affiliated`), and none
  of a third speaker between them; a speaker's quote told in several statements is one run,
  of which the one sharing most of the claim's words is taken;
* within :data:`_NEAR` characters of the rebuttal's sentence (a paragraph or two);
* of the speaker the rebuttal's words for the owner name, when they name a speaker of the
  article, or anyone by name ("rejected Brant's claim" is not answered by a statement of
  Tull's colleague, even when Brant speaks only in another report);
* asserted, not itself rejected, and not the claim the other way round
  (:func:`.claim_words.says_otherwise`, :func:`.claim_words.same_stance`): "the night shift
  has not been cut" is the rebutter's side;
* of the claim's things: half of its content words at least, one at least, besides names,
  times, figures, the words of its events and the words that name the article's speakers
  ("the company", "the team": a claim about a party shares them with anything it says); an
  event alone only when the claim names no thing. A statement of another thing ("the
  council will meet on Tuesday") set before a denial that "the depot would close" is no
  claim of it, nor is "the home did not have enough staff at night" the claim that "staff
  had been told to keep quiet during the inspection"; or of the things the rebutter's own
  answer echoes (:mod:`.rebuttal_answers`), when it shares one of the claim's things too, is
  the owner named's, or the answer denies what it echoes ("not about cutting the budget"):
  an answer that repeats an inspector's account of a fire is no rebuttal of the inspector;
* of the event in dispute, when the rebutter's own words name one of the claim's events:
  "disputed Y's claim that the increase would be modest, saying it was not modest" is not
  answered by Y's "noise will increase";
* on a tie, the speaker's own words (a quote) rather than the reporter's account of them.

It does not fire on a rebuttal with no claim of its own ("disputed Brant's figures"), nor on
a statement after the rebuttal, nor across articles.
"""

from __future__ import annotations

from . import lexicon as lx
from .claim_words import DENIED_SHARED, content_terms, same_stance, says_otherwise
from .claims import Claim, Item
from .rebuttal_answers import NO_ANSWER, Answer
from .sides import affiliated
from .words import tokens

# how far before the rebuttal's sentence the claim set before it may start, in characters
_NEAR = 700


def set_before(
    i: int,
    items: list[Item],
    named: Claim,
    owner: set[str],
    known: dict[str, set[str]],
    disputed: frozenset[str] = frozenset(),
    answer: Answer = NO_ANSWER,
) -> int | None:
    """The index of the statement the reporter set just before the rebuttal ``items[i]``
    that names the claim ``named`` (``owner``: the rebuttal's words for its owner; ``known``:
    speaker -> the words that name them; ``disputed``: the claim's events the rebutter's own
    words name; ``answer``: the rebutter's own words against it,
    :func:`.rebuttal_answers.answering_terms`), None when there is none."""
    me = items[i]
    run = _last_run(me, items)
    if not run:
        return None
    if not _owned_by(items[run[0]], me, items, owner, known):
        return None  # the owner named is another speaker
    parties = _parties(me, items, known)
    things = content_terms(named) - parties
    keys = named.event_keys()
    best: tuple[int, int, bool, int] | None = None
    for j in run:
        said = items[j].claim
        if said.rebutted or not any(c.asserted for c in said.clauses):
            continue
        if says_otherwise(said, named) or not same_stance(said, named):
            continue
        events = keys & said.event_keys()
        if events and disputed and not events & disputed:
            continue  # "the increase would be modest", disputed as not modest: not "it rose"
        shared = len(things & set(said.terms))
        answered = _echoed(answer.terms - parties, said, parties)
        if answered and not (shared or _owner_of(items[j], owner, known)
                             or _echoed(answer.denied - parties, said, parties)):  # fmt: skip
            answered = 0  # echoing a third party's words, not saying the other thing
        if not answered and (2 * shared < len(things) or not (shared or (not things and events))):
            continue  # not of the claim's things (half of them, one at least), nor of the
            # things the rebutter's own words answer it on (two at least)
        direct = items[j].statement.kind == "direct"  # its own words, on a tie
        score = (shared + len(events) + answered, len(set(named.terms) & set(said.terms)), direct)
        if best is None or score > best[:3]:
            best = (*score, j)
    return best[3] if best else None


def _echoed(answer: frozenset[str], said: Claim, parties: set[str]) -> int:
    """How many of a statement's content words the rebutter's answer echoes, when it echoes
    half of them, two at least ("This is about saving money and nothing else" / "This is
    about the law, not about saving money"); else 0: an answer that shares a word or two
    with a longer statement speaks of the same things, not of that claim."""
    own = content_terms(said) - parties
    shared = len(answer & own)
    return shared if shared >= DENIED_SHARED and 2 * shared >= len(own) else 0


def _owner_of(other: Item, owner: set[str], known: dict[str, set[str]]) -> bool:
    """Whether the rebuttal's words for the claim's owner name ``other``'s speaker."""
    return bool(owner & known.get(other.speaker or "", set()))


def _owned_by(
    other: Item, me: Item, items: list[Item], owner: set[str], known: dict[str, set[str]]
) -> bool:
    """Whether the rebuttal's words for the claim's owner allow ``other``'s speaker: they
    name no speaker of the article by a word of their names, roles or mentions, and no
    person anywhere by a word of their name ("Brant's claim", Brant quoted in another
    report), or they name ``other``'s. A body named elsewhere ("the Carrow Bus Union") may
    speak here through a person of its own ("the union's claim", told by its organiser)."""
    named = {
        it.speaker
        for it in items
        if it.speaker not in (None, me.speaker)
        and (owner & known.get(it.speaker or "", set()) if it.article == me.article
             else it.statement.speaker.type == "person"
             and owner & {t.lower() for t in tokens(it.speaker_name or "")})
    }  # fmt: skip
    return not named or other.speaker in named


def _parties(me: Item, items: list[Item], known: dict[str, set[str]]) -> set[str]:
    """The words that name the speakers of ``me``'s article, and their stems ("the company",
    "the team", "the council"): a claim about a party shares them with anything it says."""
    words = set().union(*(known.get(it.speaker or "", set()) for it in items
                          if it.article == me.article))  # fmt: skip
    return words | {lx.stem(w) for w in words}


def _last_run(me: Item, items: list[Item]) -> list[int]:
    """The statements of the nearest earlier speaker in ``me``'s article (not ``me``'s side),
    nearest first, up to a statement of another speaker."""
    if me.statement.sentence is None:
        return []
    at = me.statement.sentence.start
    earlier = [
        j
        for j, it in enumerate(items)
        if it.article == me.article and it.sentence != me.sentence
        and it.statement.content.start < at and it.speaker is not None
    ]  # fmt: skip
    earlier.sort(key=lambda j: items[j].statement.content.start, reverse=True)
    run: list[int] = []
    for j in earlier:
        it = items[j]
        if it.speaker == me.speaker or affiliated(it, me):
            continue  # the rebutter's own words, or its side's
        if run and it.speaker != items[run[0]].speaker:
            break
        if at - it.statement.content.start > _NEAR:
            break
        run.append(j)
    return run
