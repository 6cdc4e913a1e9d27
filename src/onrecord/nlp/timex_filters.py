"""Context checks: drop regular-expression matches that are not time expressions where they stand.

"May" the modal verb, "March" the noun, "Black Friday", "2016 people", "$1,990", ages, the TV
show "This Week" and the film "High Noon" look like time expressions and are not. TimeML leaves
them unannotated, and so does :func:`plausible`.
"""

from __future__ import annotations

import logging
import re

from .timex_lexicon import AMBIGUOUS_MONTHS

log = logging.getLogger(__name__)

_COUNT_NOUNS = re.compile(
    r"\s*(?:-\s*)?(?:people|persons|men|women|children|kids|jobs|shares|troops|soldiers|votes|cases|"
    r"deaths|units|workers|employees|members|students|residents|copies|cars|vehicles|homes|houses|"
    r"miles|feet|meters|metres|kilometers|points|tons|tonnes|barrels|dollars|euros|pounds|yen|"
    r"acres|pages|words|rooms|seats|delegates|stores|plants|flights|passengers|refugees|patients|"
    r"victims|officers|police|prisoners|companies|firms|banks|contracts|others|more|square|cubic|"
    r"yards|block|south|north|east|west)\b",
    re.IGNORECASE,
)
_BEFORE_MONTH_CUES = frozenset(
    "in since until till by of from to through during before after early late mid last next this "
    "between around on throughout into".split()
)
_DETERMINERS = frozenset("a an the its their his her this that".split())
_MONTH_AS_MODIFIER = re.compile(
    r"\s+(?!(?:of|for|to|on|in|at|by|and|or|with|through|from|is|was|will|would|could|may)\b)"
    r"(?-i:[a-z]{3,})\b"
)
_BEFORE_SEASON_CUES = frozenset(
    "in since until till by during through throughout over for into before after".split()
)
_BEFORE_VAGUE_CUES = frozenset(
    "for in over within took take takes taken taking last lasted lasting spent spend spending "
    "past".split()
)
# "Weeks later, ...": the amount is the timex, "later" its signal
_AFTER_VAGUE_CUES = re.compile(r"\s+later\b", re.IGNORECASE)
_WEEKDAY_NAMES_BEFORE = re.compile(
    r"(?:Black|Good|Bloody|Cyber|Man|Girl|Ash|Holy|Easter|Palm|Maundy|Super|Giving)\s+$"
)
_WEEKDAY_NAMES_AFTER = re.compile(
    r"\s+(?-i:Times|Telegraph|Mirror|Express|Herald|Post|Independent|Mail|Night\s+Live|School|"
    r"Morning\s+Post|Tribune|People|Sport|Star|Business|Review|Magazine|Observer|Book)\b"
)
_RATE_BEFORE = re.compile(
    r"(?:[\d%]|\b(?:cents?|dollars?|percent|times|once|twice|miles?|pounds?|euros?|yuan|yen|"
    r"barrels?|tons?|hours?|shares?|people|million|billion|thousand|hundred|trillion))"
    r",?\s+$",
    re.IGNORECASE,
)
_PREV_WORD = re.compile(r"([\w'$£€#]+)[^\w]*$")


def _previous_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


_TITLES = re.compile(r"(?-i:This\s+Week|High\s+Noon)|high\s+noon", re.IGNORECASE)
_GENERIC_TODAY = re.compile(
    r"'s\s+(?:youth|young|world|society|generation|children|kids|teenagers|personal|modern)\b",
    re.IGNORECASE,
)


def _is_name(rule: str, m: re.Match[str], text: str) -> bool:
    """Titles and generic uses: the show "This Week", "High Noon", "VOA Today", today's youth."""
    start, end = m.span()
    if _TITLES.match(text, max(0, start - 5)) or _TITLES.fullmatch(m.group(0)):
        before = text[max(0, start - 40) : start].rstrip(" \t\n`'\"“")
        sentence_start = not before or before[-1] in ".!?:"
        return m.group(0).lower() != "this week" or not sentence_start
    if rule == "relday" and m.group(0).lower() == "today":
        if _GENERIC_TODAY.match(text, end):
            return True
        return m.group(0) == "Today" and bool(re.search(r"(?-i:[A-Z]\w*)\s+$", text[:start][-20:]))
    return False


def plausible(rule: str, m: re.Match[str], text: str) -> bool:
    """False for matches that are not time expressions in context."""
    start, end = m.span()
    if _is_name(rule, m, text):
        return False
    before = text[max(0, start - 2) : start]
    if rule in ("year", "decade", "duration", "ago") and re.search(r"[$£€#]\s?$", before):
        return False
    if rule == "year":
        if not (m["fiscal"] or m["ty"] or m["cal"]) and _COUNT_NOUNS.match(text, end):
            return False
        if not (m["pre"] or m["fiscal"] or m["ty"] or m["cal"]):
            if _previous_word(text, start) in ("no.", "no", "#"):
                return False
            if re.match(r"\s*(?:to|-)\s*\d", text[end : end + 5]) and not re.match(
                r"\s*(?:to|-)\s*(?:1[89]|20)\d\d", text[end : end + 8]
            ):
                return False
    elif rule == "month":
        month = m["month"].lower()
        if month in AMBIGUOUS_MONTHS and not (m["rel"] or m["pre"] or m["yrel"]):
            prev = _previous_word(text, start)
            if prev in _DETERMINERS:  # "a June agreement", "the March accession"
                return bool(_MONTH_AS_MODIFIER.match(text, end))
            if prev not in _BEFORE_MONTH_CUES or re.match(r"\s+(?-i:[A-Z])", text[end:]):
                return False
            if re.match(r"\s+(?:be|have|not|also|well|yet|never)\b", text[end:]):
                return False
    elif rule == "season":
        if not (m["rel"] or m["pre"] or m["year"] or m["yrel"]):
            return _previous_word(text, start) in _BEFORE_SEASON_CUES
    elif rule == "vague":
        cue_before = _previous_word(text, start) in _BEFORE_VAGUE_CUES
        if not m["adj"] and not cue_before and not _AFTER_VAGUE_CUES.match(text, end):
            return False
    elif rule == "weekday":
        if _WEEKDAY_NAMES_BEFORE.search(text, max(0, start - 12), start):
            return False
        if _WEEKDAY_NAMES_AFTER.match(text, end):
            return False
    elif rule == "decade":
        dec = m["dec"].lower()
        if not dec[0].isdigit() or len(dec.rstrip("s").rstrip("'")) < 4:
            # "the '80s", "the nineties", but not "in their 80s"
            article = m.group(0).lower().startswith("the")
            return article and _previous_word(text, start) not in ("their", "his", "her", "in")
    elif rule == "duration":
        num = m["num"].lower()
        unit = m["unit"].lower()
        if unit.startswith("second") and num in ("a", "an", "one") and not m["q"]:
            return False
        if m["old"] or re.match(r"\s+old\b", text[end : end + 5]):
            return False  # ages ("a 44-year-old", "52 years old") are not annotated
        if unit.startswith("quarter") and (num in ("a", "an") or "-" in m.group(0)):
            return False  # "a quarter of", "three-quarters"
        if num in ("a", "an") and not (m["q"] or m["det"] or m["adj"]):
            return not _RATE_BEFORE.search(text, max(0, start - 20), start)
    elif rule == "theunit":
        unit = m["unit"].lower()
        if m["det"].lower() == "the" and not m["pre"] and not m["adj"]:
            return unit in ("year", "week", "weekend")
        if unit in ("morning", "night") and m["det"].lower() != "that":
            return False
    elif rule == "spelled":
        if m["spelled"].lower() == "nineteen":
            return bool(m["tens"]) and not _COUNT_NOUNS.match(text, end)
        return not _COUNT_NOUNS.match(text, end)
    elif rule == "set" and m["unit3"]:
        return bool(_RATE_BEFORE.search(text, max(0, start - 20), start))
    elif rule == "period":
        adjs = (m["adjs"] or "").strip()
        if m["what"].lower() == "period" and not adjs:
            return False
        if not adjs and not m["det"]:
            return False
        # "a quarter of", "its quarter-century low", "the quarter-to-quarter comparison"
        return not re.match(r"\s+(?:of|century|mile|hour|point)|-\w", text[end:])
    return True
