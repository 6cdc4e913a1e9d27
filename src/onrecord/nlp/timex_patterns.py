"""Recognition: compiled regular expressions that find candidate time expressions in text.

Each :class:`Rule` has one regular expression (compiled once, at import) with named groups that
``timex_rules`` reads to compute the TIMEX3 value. :func:`candidates` runs every rule, drops
matches that fail a context check (``timex_filters``: ``May`` the modal verb, ``2016 people``),
and keeps the longest non-overlapping ones.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .timex_filters import plausible
from .timex_lexicon import FIXED_PHRASES

log = logging.getLogger(__name__)

# --- building blocks (used inside patterns compiled with re.IGNORECASE) ------------------------

_MONTH_FULL = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_ABBR = r"(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.|Sept)"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:,.]\d)"
YEAR4 = r"(?:1[1-9]\d\d|20\d\d)(?![\d,.]\d|%|-\d|:\d)"
_UNIT_NAMES = (
    r"years?|yrs?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|decades?|century|"
    r"centuries|quarters?|weekends?|fortnights?|millennium"
)
UNIT = rf"(?:{_UNIT_NAMES})\b"
_SMALL = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen"
)
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUM_WORD = rf"(?:(?:{_TENS})(?:[- ](?:{_SMALL}))?|{_SMALL}|(?:a\s+)?hundred|(?:a\s+)?dozen)"
NUM_DIGIT = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+\d/\d)?"
NUM_EXACT = rf"(?:{NUM_DIGIT}|{NUM_WORD}(?:(?:\s+and)?\s+a\s+half)?)"
NUM = (
    rf"(?:{NUM_EXACT}(?:\s+(?:or|to)\s+{NUM_EXACT})?|an?(?:\s+half)?|half\s+an?|a\s+couple(?:\s+of)?|"
    r"couple\s+of|(?:a\s+)?few|several|many|a\s+number\s+of|dozens\s+of|hundreds\s+of)"
)
# Quantity modifiers kept inside a duration (TIMEX3 ``mod``). Prepositions are TimeML SIGNALs,
# outside the extent: "within a week" is ``a week``, "over the next two years" ``the next two
# years`` ("over" is a modifier only before a bare amount: "over a week", MORE_THAN).
QMOD = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|less\s+than|fewer\s+than|"
    r"(?:just\s+|well\s+)?(?:under|over(?!\s+(?:the|its|their|his|her|this|that)\b))|"
    r"more\s+than|at\s+least|at\s+most|up\s+to|no\s+(?:more|less)\s+than|an\s+estimated)"
)
MODPRE = (
    r"(?P<pre>(?:the\s+)?(?:beginning|start|end|middle|close|turn|rest|remainder)\s+of\s+|"
    r"(?:the\s+)?(?:early|late|mid)[-\s]|mid-?|early\s+|late\s+|"
    r"(?:around|about|approximately|circa)\s+|(?:post|pre)-)"
)
REL = (
    r"(?P<rel>last|next|this(?:\s+(?:past|coming))?|the\s+(?:previous|following|same|past|last|"
    r"next|coming|current|prior)|that|previous|prior|coming|past|current)"
)


SPELLED_YEAR = (
    r"(?P<spelled>nineteen|two\s+thousand)(?:[\s-]+(?P<tens>(?:ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|and\s+(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten)|(?:one|two|three|four|five|six|seven|eight|nine)))?"
)


@dataclass(frozen=True, slots=True)
class Rule:
    """A named recognizer: a compiled pattern; lower ``rank`` wins ties between equal spans."""

    name: str
    pattern: re.Pattern[str]
    rank: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """One match of one rule, before normalization."""

    rule: str
    start: int
    end: int
    groups: dict[str, str | None]
    rank: int


def _fixed_alternation() -> str:
    phrases = sorted(FIXED_PHRASES, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


_HOLIDAYS = (
    r"(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|"
    r"Election\s+Day|Independence\s+Day|July\s+Fourth|Fourth\s+of\s+July|Labor\s+Day|"
    r"Memorial\s+Day|Halloween|Valentine's\s+Day|Veterans\s+Day|Easter(?:\s+Sunday)?|"
    r"Good\s+Friday|Boxing\s+Day)"
)

# fmt: off
_RULES: list[tuple[str, str]] = [
    ("iso",
     r"\b(?P<y>1[89]\d\d|20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
     r"(?:[T\s](?P<h>[012]\d):(?P<mi>[0-5]\d))?\b"),
    ("slash", r"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)\b(?!/)"),
    ("clock",
     r"(?:(?P<q>around|about|at\s+about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
     r"(?:(?P<h>[012]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b|o'clock)"
     r"|(?P<h24>[012]?\d):(?P<mi24>[0-5]\d)(?![\d:])|(?P<noon>noon|midnight|midday)"
     r"|(?P<hpod>1[0-2]|[1-9])\s+in\s+the\s+(?P<pod>morning|afternoon|evening))"
     r"(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC)))?"
     rf"(?:,?\s+(?:on\s+)?(?P<dayref>{WEEKDAY}|today|yesterday|tomorrow|{MONTH}\s+{DAY}))?"),
    ("mdy",
     rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<q>around|about|early|late|mid-?)\s*)?"
     rf"(?P<month>{MONTH})\s+(?P<day>{DAY})\b(?:,?\s+(?P<year>{YEAR4}))?"),
    ("dmy",
     rf"(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR4}))?\b"),
    # the second day of "April 24 and 25"; the candidate starts at the day (see _trimmed_start)
    ("andday", rf"(?P<month>{MONTH})\s+{DAY}\s+(?:and|or|to)\s+(?P<day>{DAY})\b(?!,?\s+\d)"),
    ("weekof", rf"the\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})"),
    ("my", rf"{MODPRE}?(?P<month>{MONTH})\s*,?\s+(?:of\s+)?(?P<year>{YEAR4})\b"),
    ("month",
     rf"(?:{REL}\s+|{MODPRE})?(?P<month>{_MONTH_FULL})\b"
     r"(?:\s+(?P<yrel>(?:of\s+)?(?:last|this|next)\s+year))?"),
    ("season",
     rf"(?:{REL}\s+|{MODPRE}|(?P<the>the)\s+)?(?P<season>spring|summer|fall|autumn|winter)\b"
     rf"(?:\s+(?:of\s+)?(?P<year>{YEAR4})|\s+(?P<yrel>(?:of\s+)?(?:last|this|next)\s+year))?"),
    ("year",
     rf"(?:{MODPRE}|(?P<fiscal>fiscal(?:\s+year)?)\s+|(?P<ty>the\s+year)\s+|(?P<cal>calendar)\s+)?"
     rf"(?P<year>{YEAR4})\b(?:\s+(?P<suffix>and\s+beyond|or\s+later|or\s+earlier|onwards?))?"),
    ("decade",
     r"(?:the\s+)?(?:(?P<dpre>early|late|mid)[-\s]?)?"
     r"(?P<dec>(?:1[0-9]|20)\d0'?s|'\d0s|\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
    ("century",
     r"(?:the\s+)?(?:(?P<cpre>early|late|mid)[-\s]?)?"
     r"(?:(?P<crel>this|last|next|the\s+(?:last|past|next|previous))\s+"
     r"|(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
     r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
     r"twentieth|twenty-first)[-\s])century\b"),
    ("quarter",
     r"(?:(?P<det>the|its|this|that|a|an)\s+)?"
     rf"(?:(?P<qyear>{YEAR4})\s+|(?P<rely>this|last|next)\s+year's\s+|(?P<adjs>(?:(?:year-(?:ago|earlier)|comparable|corresponding|same|latest|current|previous|prior|fiscal|flat|strong|weak|disappointing|sluggish|record)[\s-]+)+))?"
     r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?P<hy>[\s-]+)(?:fiscal\s+)?quarters?\b"
     rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<qyear2>{YEAR4})|\s+(?P<qrel>(?:of\s+)?(?:last|this|next)\s+year))?"),
    ("half",
     rf"(?:the\s+)?(?:(?P<qyear>{YEAR4})\s+)?(?P<ord>first|second|last|latter)[\s-]half\b"
     rf"(?:\s+of\s+(?:(?P<qyear2>{YEAR4})|(?P<qrel>(?:this|last|next|the)\s+year)))?"),
    ("period",
     r"(?:(?P<det>the|that|this|its|last\s+year's)\s+)?"
     r"(?P<adjs>(?:(?:year-(?:ago|earlier)|comparable|corresponding|same|latest|"
     rf"current|previous|prior|fiscal|(?:{YEAR4}))[\s-]+)*)"
     r"(?P<what>quarter|period)\b(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|last\s+year))?"),
    ("yearago", r"\byear-(?:ago|earlier)\b"),
    ("midpod", r"mid[-\s]?(?P<pod>afternoon|morning)\b"),
    ("relday",
     r"(?:(?P<pre>early|late|earlier|later|mid-?afternoon|mid-?morning)\s+)?"
     r"(?P<rel>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b"
     r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"),
    ("pod",
     r"(?:(?P<pre>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+"
     r"(?P<pod>morning|afternoon|evening|night)\b"),
    ("weekday",
     r"(?:(?P<rel>last|next|this(?:\s+(?:past|coming))?|the\s+(?:previous|following)|that)\s+"
     r"|(?P<pre>early|late|earlier|later)\s+)?"
     rf"(?P<wd>{WEEKDAY})(?P<plural>s)?\b(?:\s+(?P<pod>morning|afternoon|evening|night)s?\b)?"),
    ("holiday", rf"(?P<rel>last|next|this)?\s*(?P<name>{_HOLIDAYS})"),
    ("relunit",
     r"(?:(?P<pre>early|late|earlier|later|mid|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of)\s+)?"
     rf"{REL}\s+(?P<unit>year|month|week|weekend|quarter|decade|fiscal\s+year|day|night)\b"
     r"(?P<orso>\s+or\s+so\b)?"),
    ("theunit",
     r"(?:(?P<pre>(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of|earlier\s+in|later\s+in)\s+)?"
     r"(?P<det>the|that|this)\s+(?:(?P<adj>full|fiscal|same|entire|whole|current|latest(?:\s+fiscal)?)\s+)?"
     r"(?P<unit>year|month|week|weekend|day|morning|night)\b"),
    ("yearend", r"(?:(?P<pre>around|about)\s+)?(?P<ye>year[-\s]end|year's\s+end)\b"),
    ("narr",
     r"(?:(?P<pre>earlier|later)\s+)?(?:the\s+|that\s+)?(?P<rel>next|following|previous|preceding|prior|same)\s+"
     r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b"),
    ("narrday",
     r"(?P<rel>(?:earlier|later)\s+that|that\s+same|that|the\s+same)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b"),
    # "he left the day before." (not "the day before the vote", which TimeML leaves unmarked)
    ("daybefore",
     r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier)(?=\s*[.,;])"),
    ("ago",
     rf"(?:(?P<q>{QMOD})\s+)?(?P<num>{NUM})[\s-]+(?P<unit>{UNIT})\s+(?:or\s+so\s+)?"
     # TimeML: in "three days later" only "three days" is a (DURATION) timex, "later" a signal
     r"(?P<dir>ago|earlier|from\s+now|hence|back)\b"),
    ("duration",
     rf"(?:(?P<q>{QMOD})\s+)?(?:(?P<det>the|its|their|his|her)\s+)?"
     r"(?:(?P<adj>past|last|next|first|previous|coming|following|latest|final|remaining|initial|preceding|"
     r"full|entire|whole|better\s+part\s+of\s+the|rest\s+of\s+the|same)\s+)?"
     rf"(?P<num>{NUM})[\s-]+(?:(?P<extra>more|additional|straight|consecutive|trading|business|full|"
     rf"long|calendar|working|extra)[\s-]+)?(?P<unit>{UNIT})(?P<half>\s+and\s+an?\s+half\b)?"
     r"(?P<old>-old)?"
     r"(?:\s+(?P<orso>or\s+so|or\s+more|or\s+less|ahead))?"),
    ("vague",
     r"(?:the\s+)?(?:(?P<adj>past|last|next|first|coming|previous)\s+)?"
     r"(?P<unit>years|months|weeks|decades|days|hours|minutes|centuries)\b"),
    ("set",
     r"(?:(?P<freq>once|twice|thrice|(?:\w+|\d+)\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit>year|month|week|day|hour|quarter)\b"
     r"|(?:every|each|per)\s+(?:(?P<num>other|\d+|two|three|four|five|six|ten|few)\s+)?"
     rf"(?P<unit2>{UNIT}|{WEEKDAY}|{_MONTH_FULL}|morning|evening|night|afternoon|summer|winter|spring|fall)"
     r"|(?P<a>an?|per)\s+(?P<unit3>year|month|week|day|hour)\b)"),
    ("spelledin",  # transcribed speech: "January nineteen ninety-seven", "the year two thousand"
     rf"(?:(?P<month>{_MONTH_FULL})|the\s+(?P<season>spring|summer|fall|autumn|winter)\s+of|"
     rf"the\s+year)\s+{SPELLED_YEAR}"),
    ("spelled", SPELLED_YEAR),
    ("fixed", rf"\b(?P<phrase>{_fixed_alternation()})\b"),
    # "once was", "a once high-flying toy maker" (not "Once triggered, the rights...")
    ("once", r"(?<![.!?]\s)(?<!^)\bonce\b(?=\s+(?:was|were|had|used|\w+ed)\b)|(?<=\ba\s)once\b"),
]
# fmt: on

RULES: tuple[Rule, ...] = tuple(
    Rule(name, re.compile(rf"(?<![\w'-]){body}(?![\w])", re.IGNORECASE), rank)
    for rank, (name, body) in enumerate(_RULES)
)


_POSSESSIVES = frozenset(("its", "their", "his", "her", "our", "my", "your"))
_SPACES = re.compile(r"\s*")
_ONE = frozenset(("a", "an", "one", "1"))
# "repaid over five years", "evolved over several years": "over" is "during" after a verb
# (a signal), but "more than" after one that measures ("lasted over a week")
_DURING_VERB = re.compile(
    r"\b(?!(?:lasted|waited|needed|required)\b)(?:\w+[^\We]ed|\w*paid|spread|held|built|made|sold)"
    r"\s+$",
    re.IGNORECASE,
)
_VERB_LAST = re.compile(r"last\s", re.IGNORECASE)
_MODAL_END = re.compile(
    r"\b(?:will|would|could|may|might|can|should|must|to|did|does|didn't|won't)\s+$", re.IGNORECASE
)


def _singular_after_plural(m: re.Match[str]) -> bool:
    """A compound modifier written without its hyphen: "the two day rally", "a 10 year plan"."""
    unit = (m["unit"] or "").lower()
    return not unit.endswith("s") and (m["num"] or "").lower() not in _ONE and not m["half"]


def _trimmed_start(rule: str, m: re.Match[str], text: str) -> int:
    """Leave a determiner out of adjectival expressions: "the [13-day] trip", and a possessive
    out of any: "its [fourth quarter]" (TimeBank marks the article, never the possessor)."""
    if rule == "andday":
        return m.start("day")
    det = m.groupdict().get("det")
    if det and det.lower() in _POSSESSIVES and m.start("det") == m.start():
        return _SPACES.match(text, m.end("det")).end()  # type: ignore[union-attr]
    over = rule == "duration" and (m["q"] or "").lower() == "over"
    if over and _DURING_VERB.search(text, max(0, m.start() - 20), m.start()):
        return _SPACES.match(text, m.end("q")).end()  # type: ignore[union-attr]
    verb = rule == "duration" and _VERB_LAST.match(m.group(0))
    if verb and _MODAL_END.search(text, max(0, m.start() - 12), m.start()):
        return m.start("num")  # "the tour will last [three weeks]": "last" is the verb
    adjectival = rule == "duration" and (
        "-" in text[m.end("num") : m.start("unit")] or _singular_after_plural(m)
    )
    if adjectival and m["det"] and not m["adj"]:
        return m.start("num")
    adjectival = rule == "quarter" and "-" in (m["hy"] or "")
    if adjectival and m["det"] and not (m["adjs"] or m["qyear"] or m["rely"]):
        return m.start("ord")
    return m.start()


def candidates(text: str) -> list[Candidate]:
    """All plausible matches in ``text``, longest first, non-overlapping, sorted by start.

    Args:
        text: the text to search.

    Returns:
        The kept candidates, in text order.
    """
    found: list[Candidate] = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            start, end = _trimmed_start(rule.name, m, text), m.end()
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
            if end <= start or not plausible(rule.name, m, text):
                continue
            groups = m.groupdict()
            if groups.get("q") and start > m.start("q"):
                groups["q"] = None  # a modifier left out of the extent is a signal, no mod
            found.append(Candidate(rule.name, start, end, groups, rule.rank))
    found.sort(key=lambda c: (-(c.end - c.start), c.rank, c.start))
    taken: list[Candidate] = []
    for cand in found:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken
