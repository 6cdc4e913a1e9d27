"""A statement that is only what its speaker asks for or wants: "Ashgrove asks to cut the
quota to 48", "the club has applied to extend its ground", "the firm hoped to recover the cost".

The content is an infinitive with no subject of its own, the object of a verb of asking or
wanting: it says what the speaker would like to happen, not that it has happened or will.
Such a statement takes no certain stance, so it does not contradict "the committee will not
accept any cut" (a request is no cut). A decision or a promise ("agreed to sell", "vowed to
take the ministry to court", "plans to close") is left to the rules that read those.
"""

from __future__ import annotations

import re

from ..models import Statement

# a verb of asking or wanting, ending the cue ("asks", "has applied", "will be asked")
_WISHING = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|appl(?:y|ies|ied|ying)"
    r"|want(?:s|ed|ing)?|hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?)$",
    re.IGNORECASE,
)

# an infinitive with no subject of its own ("to cut ...", "to be sold ..."), or after the
# object asked ("the council to cut ..."): a few words, none of them a finite verb
_INFINITIVE = re.compile(r"(?:[\w'’-]+\s+){0,5}?to\s+[a-z]", re.IGNORECASE)
_FINITE = frozenset(
    "is are was were will would has have had can could should must may might did does do "
    "shall be been".split()
)


def wished_cue(statement: Statement) -> str | None:
    """The cue when ``statement``'s content is only what its speaker asks for or wants."""
    cue = statement.cue
    if cue is None or not _WISHING.search(cue.text.strip()):
        return None
    m = _INFINITIVE.match(statement.content.text.strip())
    if m is None or _FINITE & {w.lower() for w in m.group().split()}:
        return None  # "the council had agreed to cut": a claim of its own
    if _SAYING.match(statement.content.text.strip()):
        return None  # "wanted to make clear that the plant will close": the claim is made
    return cue.text.strip()


# an infinitive of saying: what follows is said, not wished ("wished to stress that ...")
_SAYING = re.compile(
    r"to\s+(?:make\s+(?:it\s+)?clear|stress|say|state|point\s+out|emphasi[sz]e|underline"
    r"|confirm|insist|repeat|reiterate|add|note|(?:re)?assure\s+\w+|remind\s+\w+)\b",
    re.IGNORECASE,
)
