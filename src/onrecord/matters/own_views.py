"""A speaker's own view, told in the present on two dates: a change of mind.

"I oppose this wind farm" (March 2) and "I now support the wind farm" (April 20) are both about
the day each was said, and a state of the world told so on two dates is two states ("the
bridge is closed", then "the bridge is open"). A view held by the speaker is no such state: it
is the speaker's position, and holding the opposite one later is the reversal itself. So is
the view of the body the speaker speaks for, named as their role names it ("The community
council now opposes it", said by the chair of Elmbridge Community Council), or the board a
chair chairs ("The board could no longer support her", said by the league's chair).
"""

from __future__ import annotations

from ..nlp.entities import ROLE_SYNONYMS
from . import lexicon as lx
from .cluster import Position
from .days import days_apart
from .trust import TRUST_NOUNS
from .words import tokens

# the concept of holding a view for or against something (:data:`.lexicon.ANTONYMS`)
_VIEW = "support"
_FIRST_PERSON = frozenset({"i", "we"})
# how far apart two views may be told and still be one speaker's change of mind
_WITHIN_DAYS = 183
_PAST_FORMS = frozenset({"backed"})
# words that set a view in the past ("at first", "last year", "used to", "did")
_PAST_WORDS = frozenset(
    {
        "first",
        "last",
        "ago",
        "used",
        "did",
        "was",
        "were",
        "had",
        "once",
        "then",
        "previously",
        "formerly",
        "originally",
    }
)
# a body named as the speaker's own ("the chamber", "our union", "this council")
_OWN_DETERMINERS = frozenset({"the", "our", "this"})
# words of a role that name the post, not a body it holds ("chief executive of ...")
_ROLE_TITLES = frozenset({"chief", "executive", "head", "chair", "director", "leader", "of",
                          "the", "secretary", "general", "president", "member", "spokesman",
                          "spokeswoman", "spokesperson", "officer", "manager"})  # fmt: skip
# words of a role that hold a body without speaking for it ("member of", "former leader of")
_NOT_ITS_VOICE = frozenset({"opposition", "former", "ex", "member", "critic", "rival",
                            "backbench", "backbencher"})  # fmt: skip
# words that may stand between the holder and the verb ("I now support", "we no longer back")
_BETWEEN = frozenset({"now", "still", "do", "does", "longer", "fully", "strongly"})
# a chair's role speaks for the board it chairs ("the federation's chair": "the board")
_CHAIRS = frozenset({"chair"} | {w for w, post in ROLE_SYNONYMS.items() if post == "chair"})
_CHAIRED = frozenset({"board"})
# the most words a body's name may take after its determiner ("the community council")
_BODY_WORDS = 3


def own_view_changed(p: Position, q: Position) -> bool:
    """Whether one speaker tells their own view of a thing both ways, each in the present and
    within half a year: "I oppose the plan" and "I now support it". Not a view told in the
    past ("at first I opposed it", "we backed the levy last year"), and not two views years
    apart, which are likely about two things of one name ("the strike")."""
    if p.item.speaker is None or p.item.speaker != q.item.speaker:
        return False
    days = days_apart(p.item.said, q.item.said)
    if days is None or days > _WITHIN_DAYS:
        return False
    if not (_own_view(p) and _own_view(q)):
        return False
    return _holds(p) and _holds(q)


def _own_view(p: Position) -> bool:
    """Whether the stance tells a view for or against a thing, held now, in the present."""
    s = p.stance
    if s.future or s.times or s.settled or not s.words:
        return False
    word = s.words[0].lower()
    if word.endswith("ed") or word in _PAST_FORMS:
        return False  # "I opposed it at first": a view once held
    if lx.CONCEPTS.get(lx.stem(word), ("", 0))[0] != _VIEW and word not in TRUST_NOUNS:
        return False  # a view: "supports", "opposes", or trust placed ("full confidence in")
    low = [t.lower() for t in tokens(s.clause)]
    return word in low and not set(low) & _PAST_WORDS


def _holds(p: Position) -> bool:
    """Whether the speaker holds the view ("I oppose", "we now support"), the subject just
    before the verb, or the body their role names does."""
    low = [t.lower() for t in tokens(p.stance.clause)]
    at = low.index(p.stance.words[0].lower())
    before = [t for t in low[max(0, at - 5) : at] if t not in _BETWEEN and t not in lx.NEGATORS]
    if before and (before[-1] in _FIRST_PERSON or _own_body(p, before)):
        return True
    return _named_body(p)


def _named_body(p: Position) -> bool:
    """Whether the clause opens with the body the speaker speaks for, by a name of a few
    words whose last the role holds ("The community council supports it", said by the chair
    of Elmbridge Community Council), or the board a chair chairs ("The board has full
    confidence in her", said by the federation's chair): a chair speaks for "the board"
    alone, or for the one the role names ("chair of the health board"); not for another
    board ("The health board supports it", said by the chair of a residents' association)."""
    body = _body(p)
    if body is None:
        return False
    role_words = {w.lower() for role in p.item.roles for w in tokens(role)}
    if role_words & _NOT_ITS_VOICE:
        return False
    head = body[-1]
    if head in role_words and head not in _ROLE_TITLES:
        return True
    return head in _CHAIRED and len(body) == 2 and bool(role_words & _CHAIRS)  # "the board"


def _body(p: Position) -> tuple[str, ...] | None:
    """The body that opens the stance's clause as the holder of its view, in lower-case
    words ("the", "community", "council"): a definite name of a few words, then the verb of
    the view, or a few words of its own before it ("has full confidence", "could no longer
    support")."""
    low = [t.lower() for t in tokens(p.stance.clause)]
    at = low.index(p.stance.words[0].lower())
    if at < 2 or low[0] not in _OWN_DETERMINERS:
        return None
    end = next((i for i in range(1, at) if _verbal(low[i])), at)
    name = low[1:end]
    if not 1 <= len(name) <= _BODY_WORDS or not all(t.isalpha() for t in name):
        return None
    return tuple(low[:end]) if at - end <= _BODY_WORDS else None


def _verbal(word: str) -> bool:
    """Whether ``word`` ends a body's name: an auxiliary, a modal, a negator or an adverb of
    a view held ("now", "still")."""
    return word in lx.AUXILIARIES or word in lx.MODALS or word in lx.NEGATORS or word in _BETWEEN


def _own_body(p: Position, before: list[str]) -> bool:
    """Whether the holder is the body the speaker speaks for, named as their role names it:
    "The union backs the deal" said by the general secretary of the Tarn Valley Union. Only a
    definite or own body ("the union", "our union"), whose noun the role holds as a word."""
    if len(before) < 2 or before[-2] not in _OWN_DETERMINERS:
        return False
    role_words = {w.lower() for role in p.item.roles for w in tokens(role)}
    if role_words & _NOT_ITS_VOICE:
        return False  # "leader of the opposition on Orlby Council" does not speak for it
    return before[-1] in role_words and before[-1] not in _ROLE_TITLES
