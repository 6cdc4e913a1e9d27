"""A claim held inside an evaluation of it: "there is no evidence that our food made anyone
ill", "we accept that the chicken made people ill", "it is not true that the wall cracked".

News weighs a claim in a few set frames, whatever the story. The frame is no event of its
own ("evidence", "accept" read as an approval): what both speakers answer is the clause
inside it, so that clause is read, with the polarity the frame gives it:

* granted (:data:`_GRANTING`): "we accept / admit / acknowledge / concede that ...", "it is
  true that ...", "there is no doubt that ...", "we now know ...": the clause as it stands;
* denied (:data:`_DENYING`): "there is no evidence / sign / proof that ...", "nothing to
  suggest that ...", "it is not true / untrue / false / not the case that ...", "we deny
  that ...": the clause denied;
* left open (:data:`_OPEN`): "we cannot rule out that ...", "it is possible that ...",
  "it is not clear that ...": hedged.

Only a frame that opens the clause (after at most a few words of subject) and ends in
"that" (or, for "now know", a clause of its own) is read: "we accept the findings" and "no
evidence was presented at the hearing" hold no clause, and keep their own words. A clause
that is nothing but a frame put after what it weighs ("Brannock did score higher, I accept
that") names no event of its own (:func:`bare_frame`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx

# a subject of a few words before a frame ("we", "the council", "Mr Dellow's lawyers")
_SUBJECT = r"(?:[\w'’.-]+\s+){0,4}?"
_ADVERB = r"(?:(?:now|fully|freely|readily|openly|also|do|does|did|would|will|must|have|has)\s+)*"
_GRANTING = re.compile(
    rf"^{_SUBJECT}{_ADVERB}(?:accept(?:s|ed)?|admit(?:s|ted)?|acknowledge[sd]?|"
    r"concede[sd]?|recogni[sz]e[sd]?)\s+that\s+"
    r"|^(?:it\s+is|it's|it\s+was)\s+(?:true|clear|undeniable)\s+that\s+"
    rf"|^(?:there\s+(?:is|was|can\s+be)\s+|{_SUBJECT}(?:have|has|had)\s+)?(?:no|little)\s+"
    r"doubt\s+(?:whatsoever\s+)?that\s+"
    rf"|^{_SUBJECT}now\s+know(?:s)?\s+(?:that\s+)?",
    re.I,
)
_DENYING = re.compile(
    r"^(?:there\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:no|not\s+any|not\s+a\s+shred\s+of)\s+"
    r"(?:\w+\s+)?(?:evidence|sign|proof|indication|suggestion)\s+(?:whatsoever\s+)?that\s+"
    r"|^(?:there\s+(?:is|was)\s+)?nothing\s+to\s+(?:suggest|show|indicate)\s+that\s+"
    r"|^nothing\s+(?:suggests|shows|indicates)\s+that\s+"
    r"|^(?:it\s+is|it's|it\s+was)\s+(?:not\s+true|untrue|false|not\s+the\s+case|simply\s+untrue|"
    r"simply\s+not\s+true)\s+that\s+"
    rf"|^{_SUBJECT}(?:(?:strongly|firmly|categorically)\s+)?den(?:y|ies|ied)\s+that\s+",
    re.I,
)
_OPEN = re.compile(
    rf"^{_SUBJECT}(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+rule\s+out\s+that\s+"
    r"|^(?:it\s+is|it's)\s+(?:possible|conceivable)\s+that\s+"
    r"|^(?:it\s+is|it's|it\s+was)\s+(?:not\s+(?:yet\s+)?clear|unclear)\s+that\s+",
    re.I,
)
# a frame with nothing after it to weigh: "I accept that", "we admit it" ("I concede",
# with no object, concedes an election)
_BARE = re.compile(
    r"^(?:i|we|he|she|they)\s+(?:fully\s+|do\s+)?(?:accept|admit|acknowledge|concede)s?"
    r"\s+(?:that|it|this)[\s.,;!]*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Frame:
    """An evaluation that opens a clause: the clause it weighs, and how it weighs it."""

    inner: str  # the clause weighed ("our food made anyone ill")
    cue: str  # the frame's words ("there is no evidence that")
    sign: int  # +1 granted or left open, -1 denied
    hedged: bool  # left open ("cannot rule out that")


def frame_of(text: str) -> Frame | None:
    """The evaluation that opens ``text`` and the clause inside it, or None."""
    body = text.strip().lstrip("\"' ")
    for pattern, sign, hedged in ((_DENYING, -1, False), (_OPEN, 1, True), (_GRANTING, 1, False)):
        m = pattern.match(body)
        if m is None:
            continue
        inner = body[m.end() :].strip()
        if len(inner.split()) < 2:
            return None  # "we now know it": nothing weighed here
        cue = m.group(0).strip().lower()
        if pattern is not _OPEN and _denied_verb(cue):
            sign = -sign  # "nobody denies that ...": granted; "did not accept that ...": denied
        return Frame(inner, cue, sign, hedged)
    return None


# the verbs of a frame that its subject can deny ("we do not accept", "nobody denies")
_FRAME_VERB = re.compile(r"^(?:accept|admit|acknowledge|concede|recogni[sz]e|den(?:y|ie))")


def _denied_verb(cue: str) -> bool:
    """Whether a negator stands before the verb of the frame ``cue`` ("the firm did not accept
    that", "nobody denies that", "we can't accept that"): the frame then weighs its clause the
    other way. The frame's own negators ("there is no evidence that") come after no verb, and
    "not only" or "not just" before it adds to it ("not only do we accept that")."""
    words = cue.replace("’", "'").split()
    if words[:1] == ["not"] and words[1:2] in (["only"], ["just"]):
        words = words[2:]
    verb = next((k for k, w in enumerate(words) if _FRAME_VERB.match(w)), -1)
    return verb > 0 and any(lx.negating(w) for w in words[:verb])


def bare_frame(text: str) -> bool:
    """Whether ``text`` is a frame with nothing to weigh ("I accept that", after a comma)."""
    return _BARE.match(text.strip().strip("\"'")) is not None
