"""Word tables for the time stage: months, weekdays, numbers, units, modifiers, fixed phrases.

Kept as data, apart from the regular expressions that use them (``timex_patterns``) and the
code that turns matches into TIMEX3 values (``timex_rules``).
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

# fmt: off
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Month names that are also common words or names: alone they need a temporal cue nearby.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "june", "august", "april"})

WEEKDAYS: dict[str, int] = {  # ISO numbering, Monday = 1
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "couple of": 2, "a couple": 2,
    "single": 1, "half a": 0, "a half": 0,
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Vague amounts: the number becomes X in the value (P3Y -> PXY).
VAGUE_AMOUNTS = frozenset({
    "few", "a few", "several", "many", "some", "a number of", "number of", "various",
    "dozens of", "hundreds of", "thousands of",
})

# unit word -> (TIMEX3 unit letter, is a time-of-day unit, multiplier)
UNITS: dict[str, tuple[str, bool, int]] = {
    "year": ("Y", False, 1), "yr": ("Y", False, 1), "month": ("M", False, 1),
    "week": ("W", False, 1), "day": ("D", False, 1), "night": ("D", False, 1),
    "hour": ("H", True, 1), "minute": ("M", True, 1), "second": ("S", True, 1),
    "decade": ("Y", False, 10), "century": ("Y", False, 100), "centurie": ("Y", False, 100),
    "quarter": ("Q", False, 1), "weekend": ("WE", False, 1), "millennium": ("Y", False, 1000),
    "fortnight": ("W", False, 2),
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "mid-afternoon": "AF", "midafternoon": "AF",
}

# Prefix modifier word -> TIMEX3 mod (points in time).
POINT_MODS: dict[str, str] = {
    "early": "START", "beginning": "START", "start": "START", "earlier": "START",
    "dawn": "START", "late": "END", "end": "END", "close": "END", "later": "END",
    "mid": "MID", "middle": "MID", "around": "APPROX", "about": "APPROX",
    "approximately": "APPROX", "circa": "APPROX", "roughly": "APPROX", "turn": "START",
    "post": "AFTER", "pre": "BEFORE",
}

# Quantity modifier -> TIMEX3 mod (durations and "ago" expressions).
QUANT_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "just under": "LESS_THAN", "fewer than": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "well over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS", "only": "", "just": "", "barely": "", "an estimated": "APPROX",
}

# Fixed words and phrases with a fixed value (lowercase) -> (type, value).
FIXED_PHRASES: dict[str, tuple[str, str]] = {
    "now": ("DATE", "PRESENT_REF"), "right now": ("DATE", "PRESENT_REF"),
    "just now": ("DATE", "PRESENT_REF"),
    "currently": ("DATE", "PRESENT_REF"), "nowadays": ("DATE", "PRESENT_REF"),
    "at present": ("DATE", "PRESENT_REF"), "presently": ("DATE", "PRESENT_REF"),
    "at the moment": ("DATE", "PRESENT_REF"), "these days": ("DATE", "PRESENT_REF"),
    "the present": ("DATE", "PRESENT_REF"), "present-day": ("DATE", "PRESENT_REF"),
    "recently": ("DATE", "PAST_REF"), "more recently": ("DATE", "PAST_REF"),
    "most recently": ("DATE", "PAST_REF"),
    "lately": ("DATE", "PAST_REF"), "formerly": ("DATE", "PAST_REF"),
    "the past": ("DATE", "PAST_REF"),
    "recent years": ("DATE", "PAST_REF"), "past years": ("DATE", "PAST_REF"),
    "the future": ("DATE", "FUTURE_REF"), "the near future": ("DATE", "FUTURE_REF"),
    "the distant future": ("DATE", "FUTURE_REF"),
    "as soon as possible": ("DATE", "FUTURE_REF"),
    "the near term": ("DATE", "FUTURE_REF"), "the short term": ("DATE", "FUTURE_REF"),
    "the long term": ("DATE", "FUTURE_REF"), "the medium term": ("DATE", "FUTURE_REF"),
    "a later date": ("DATE", "FUTURE_REF"), "the coming months": ("DURATION", "PXM"),
    "coming months": ("DURATION", "PXM"), "the coming weeks": ("DURATION", "PXW"),
    "coming weeks": ("DURATION", "PXW"), "the coming days": ("DURATION", "PXD"),
    "coming days": ("DURATION", "PXD"), "the coming years": ("DURATION", "PXY"),
    "coming years": ("DURATION", "PXY"), "the weeks ahead": ("DURATION", "PXW"),
    "the months ahead": ("DURATION", "PXM"), "the years ahead": ("DURATION", "PXY"),
    "the days ahead": ("DURATION", "PXD"), "future quarters": ("DATE", "FUTURE_REF"),
    "coming quarters": ("DATE", "FUTURE_REF"),
    "recent months": ("DURATION", "PXM"), "recent weeks": ("DURATION", "PXW"),
    "recent days": ("DURATION", "PXD"), "recent decades": ("DURATION", "PXY"),
    "a while": ("DURATION", "PXX"), "some time": ("DURATION", "PXX"),
    "decades-long": ("DURATION", "PXY"), "years-long": ("DURATION", "PXY"),
    "months-long": ("DURATION", "PXM"), "weeks-long": ("DURATION", "PXW"),
    "day-long": ("DURATION", "P1D"), "daylong": ("DURATION", "P1D"),
    "year-long": ("DURATION", "P1Y"), "yearlong": ("DURATION", "P1Y"),
    "month-long": ("DURATION", "P1M"), "monthlong": ("DURATION", "P1M"),
    "week-long": ("DURATION", "P1W"), "weeklong": ("DURATION", "P1W"),
    "centuries": ("DURATION", "PXE"),
    "daily": ("SET", "P1D"), "weekly": ("SET", "P1W"), "monthly": ("SET", "P1M"),
    "yearly": ("SET", "P1Y"), "hourly": ("SET", "PT1H"),
    "nightly": ("SET", "P1D"), "biweekly": ("SET", "P2W"),
    "semiannually": ("SET", "P6M"), "semi-annually": ("SET", "P6M"),
}
# fmt: on
