"""A speaker owning up, in later words, that earlier words of theirs were wrong.

A state told in the present is about the day it was said, so one speaker's "there is no
shortage of the drug" (April 9) and "there is a shortage" (April 30) are two days, and the
state may have changed between them ("the road is open" in May, "the road is closed" in
June, after a flood). When the later words own up to the earlier ones ("..., and I should
have said so earlier", "I said it was, and I was wrong", "we now know the file was
downloaded"), the speaker says the state held then too: both speak of one time, and the two
answers are a reversal.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cluster import Position
from .days import days_apart

# how far apart the two statements may be and still be one account corrected
_WITHIN_DAYS = 183

_OWNING_UP = re.compile(
    r"\b(?:i|we)\s+(?:should|ought\s+to)\s+have\s+(?:said|told|admitted|acknowledged|"
    r"accepted|known)\b"  # "I should have said so earlier"
    r"|\b(?:i|we)\s+(?:should|ought\s+to)\s+have\s+been\s+(?:clearer|more\s+precise)\b"
    r"|\b(?:i|we)\s+(?:was|were)\s+(?:wrong|mistaken)\b(?!\s+(?:about|to|on|in)\b)"
    # "I was wrong to say otherwise", "wrong to call it one", "wrong about that."
    r"|\b(?:i|we)\s+(?:was|were)\s+(?:wrong|mistaken)\s+(?:to\s+(?:say|call|claim|tell|"
    r"deny|suggest|describe|insist|state)\b|about\s+(?:that|it|this)\s*(?:[,;.]|and\b|$))"
    r"|\b(?:i|we)\s+should\s+(?:not|never)\s+have\s+(?:said|told|claimed|denied|"
    r"suggested|insisted)\b"  # "I should not have said that it had"
    r"|\b(?:i|we)\s+said\s+otherwise\b"  # "I said otherwise in August"
    r"|\b(?:i|we)\s+(?:got\s+(?:it|that|this)(?:\s+one)?\s+wrong|misspoke|stand\s+corrected)\b"
    r"|\b(?:i|we)\s+(?:accept|admit|acknowledge|concede)\s+(?:it|that|this)\s+now\b"
    r"|\b(?:i|we)\s+now\s+(?P<known>accept|admit|acknowledge|concede|know)\b"  # "we now know"
    r"|\b(?:i|we)\s+(?:did\s+not|didn't|did\s+n't)\s+(?:accept|admit)\s+(?:it|that|this)\b",
    re.IGNORECASE,
)


def owns_up(text: str) -> bool:
    """Whether ``text`` has the speaker own up to earlier words: "I should have said so
    earlier", "I said it was, and I was wrong", "I did not accept that a month ago",
    "we now know". Not "I was wrong about the date" (another thing), not "we should have
    issued a notice" (regret for an act, not for words), not "they were wrong"."""
    return bool(_own_matches(text))


# words that make "I was wrong" another's view of the speaker, or a supposition, when they
# stand before it in its clause with no "I" or "we" of the speaker's own ("critics say I was
# wrong to say otherwise", "some think we were wrong"; not "I accept that I was wrong")
_NOT_OWN = lx.REPORT_VERBS | lx.BELIEFS | {"argue", "argues", "accuse", "accuses", "suggest",
                                           "suggests", "whether", "if", "unless"}  # fmt: skip
_CLAUSE = re.compile(r"[,;:.?!]|\bbut\b", re.IGNORECASE)


def _own_matches(text: str) -> list[re.Match[str]]:
    """The owning up of ``text`` that the speaker tells as their own."""
    out = []
    for m in _OWNING_UP.finditer(text):
        before = set(_CLAUSE.split(text[: m.start()])[-1].lower().split())
        supposed = bool(before & {"if", "whether", "unless"})
        if not supposed and (not before & _NOT_OWN or before & {"i", "we"}):
            out.append(m)
    return out


def owned_up(p: Position, q: Position) -> bool:
    """Whether one speaker told a matter both ways on two dates, and the later statement
    owns up that the earlier was wrong: both then speak of the earlier time. Neither may
    look ahead (a plan changed is judged as plans are)."""
    if p.item.speaker is None or p.item.speaker != q.item.speaker:
        return False
    days = days_apart(p.item.said, q.item.said)
    if not days or days > _WITHIN_DAYS:
        return False
    first, second = sorted((p, q), key=lambda x: x.item.said or "")
    if first.stance.future or second.stance.future:
        return False
    text = second.item.statement.content.text
    return _of_the_clause(text, second.stance.clause) and not owns_up(
        first.item.statement.content.text
    )


# what "we now know" may take that points back to the words before it ("..., we now accept
# that")
_BACK = frozenset({"it", "that", "this", "so"})


def owns_up_to_all(text: str) -> bool:
    """Whether the owning up in ``text`` takes back all the words around it: "I should have
    said so", "..., we now accept that"; not "we now know the bridge was damaged", which owns
    up only to what it goes on to say."""
    for m in _own_matches(text):
        if m.group("known") is None:
            return True
        rest = text[m.end() :].strip(" ,.;").split()
        if not rest or (rest[0].lower() in _BACK and len(rest) == 1):
            return True
    return False


# the verb of saying an owning up ends on, before the words it takes back ("I was wrong to say
# the whole orchard was blighted", "we should not have claimed that it had")
_SAYING = re.compile(
    r"(?:say|said|call|called|claim|claimed|tell|told|deny|denied|suggest|suggested|describe|"
    r"insist|insisted|state)$",
    re.IGNORECASE,
)


# the end of the words taken back: a stop, then a space and a capital, or the text's end (not
# after "Mr." or a single capital, never inside "3.5"), or a semicolon
_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\b[A-Z])[.!?](?=\s+[A-Z\"“‘'(]|\s*$)"
    r"|;"
)


def taken_back(text: str) -> str:
    """The words an owning up names as the ones it takes back, to the end of their sentence
    ("I was wrong to say the whole orchard was blighted. ...": "the whole orchard was
    blighted"); "" when it names none ("I was wrong", "we now know ...")."""
    out = []
    for m in _own_matches(text):
        if _SAYING.search(m.group(0)):
            out.append(_END.split(text[m.end() :], maxsplit=1)[0])
    return " ".join(out).strip()


def now_known(text: str) -> str:
    """What "we now know" goes on to say, the one thing it owns up to ("the road is closed,
    and we now know the bridge was damaged": "the bridge was damaged"); "" when the owning up
    takes back all the words around it."""
    if owns_up_to_all(text):
        return ""
    return " ".join(text[m.end() :] for m in _own_matches(text)).strip()


def _of_the_clause(text: str, clause: str) -> bool:
    """Whether the owning up in ``text`` is of ``clause``: all the words around it (see
    :func:`owns_up_to_all`), or what "we now know" goes on to say, not "the road is closed"
    before it."""
    if owns_up_to_all(text):
        return True
    return bool(clause) and any(clause in text[m.end() :] for m in _own_matches(text))
