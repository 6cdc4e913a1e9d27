"""A small gazetteer of news outlets, and the helpers that read outlet names out of credits lines.

The speaker-resolution stage imports :func:`is_outlet_name` to tell "Reuters reports" (an outlet as
conduit) from "Smith reports" (a person). The list is deliberately small and English-language; the
regular expression catches the common shapes ("X News", "The X Times") that the list misses.
"""

from __future__ import annotations

import re

# fmt: off
KNOWN_OUTLETS: tuple[str, ...] = (
    "ABC News", "Agence France-Presse", "Al Jazeera", "Associated Press", "Axios",
    "BBC", "BuzzFeed News", "Bloomberg", "Breitbart News", "Business Insider",
    "CBS News", "CNBC", "CNN", "C-SPAN", "Chicago Tribune", "Daily Beast",
    "Daily Mail", "Deutsche Welle", "Financial Times", "Forbes", "Fox News",
    "HuffPost", "Los Angeles Times", "McClatchy", "Mother Jones", "MSNBC",
    "National Review", "NBC News", "New York Post", "Newsweek", "NPR", "PBS",
    "Politico", "ProPublica", "Reuters", "Slate", "Sky News", "The Atlantic",
    "The Boston Globe", "The Daily Telegraph", "The Economist", "The Guardian",
    "The Hill", "The Independent", "The Intercept", "The New Republic",
    "The New York Times", "The New Yorker", "The Telegraph", "The Times",
    "The Wall Street Journal", "The Washington Examiner", "The Washington Post",
    "The Washington Times", "Time", "USA Today", "Vice News", "Vox",
    "Yahoo News", "Daily Caller", "Talking Points Memo", "Washington Free Beacon",
    "Salon", "The Daily Wire", "Miami Herald", "San Francisco Chronicle",
)

OUTLET_ALIASES: dict[str, str] = {
    "ap": "Associated Press", "the associated press": "Associated Press",
    "afp": "Agence France-Presse", "agence france presse": "Agence France-Presse",
    "bbc news": "BBC", "the bbc": "BBC", "nyt": "The New York Times",
    "new york times": "The New York Times", "washington post": "The Washington Post",
    "wall street journal": "The Wall Street Journal", "wsj": "The Wall Street Journal",
    "la times": "Los Angeles Times", "the los angeles times": "Los Angeles Times",
    "the guardian": "The Guardian", "guardian": "The Guardian", "telegraph": "The Telegraph",
    "huffington post": "HuffPost", "the huffington post": "HuffPost", "ft": "Financial Times",
    "the financial times": "Financial Times", "bloomberg news": "Bloomberg",
    "fox": "Fox News", "the daily beast": "Daily Beast", "the daily caller": "Daily Caller",
    "politico europe": "Politico", "npr news": "NPR", "cnn politics": "CNN",
    "time magazine": "Time", "the new york post": "New York Post",
}
# fmt: on

_LONGEST_NAME = 80  # characters: no outlet name is longer
_CANONICAL: dict[str, str] = {name.casefold(): name for name in KNOWN_OUTLETS} | OUTLET_ALIASES

# Words that make "X News" generic rather than an outlet ("Breaking News", "Fake News").
_GENERIC_NEWS_TEXT = """
    breaking fake good bad latest top more world local national international business sports
    related other real daily weekly recent
"""
_GENERIC_NEWS = frozenset(_GENERIC_NEWS_TEXT.split())
_CAP = r"[A-Z][\w.&'’-]*"
_CAP_OR_NUMBER = r"(?:[A-Z][\w.&'’-]*|\d{1,3})"  # "Coastline 7 News", "Channel 4 News"
_OUTLET_RE = re.compile(
    rf"(?:(?:The\s+)?{_CAP}(?:\s+{_CAP_OR_NUMBER}){{0,3}}\s+News)"
    rf"|(?:The\s+{_CAP}(?:\s+{_CAP}){{0,3}}\s+"
    r"(?:Times|Post|Journal|Herald|Telegraph|Tribune|Guardian|Gazette|Chronicle|Globe"
    r"|Observer|Examiner|Inquirer|Courier|Star|Record|Sentinel|Dispatch|Ledger|Wire|Bulletin"
    r"|Register|Press|Review|Daily))"
    # Without "The", only paper names that are rarely surnames: "Harbor City Tribune".
    rf"|(?:{_CAP}(?:\s+{_CAP}){{0,3}}\s+"
    r"(?:Tribune|Gazette|Herald|Chronicle|Journal|Inquirer|Courier|Dispatch|Telegraph|Sentinel"
    r"|Ledger|Wire|Public Radio|Broadcasting))"
)
# Where a scraper glues two names together: "ReutersThe Telegraph", "ABC NewsCNN".
_GLUE_RE = re.compile(r"(?<=[a-z.])(?=[A-Z])|(?<=\S)(?=The\s)")
_LIST_SPLIT_RE = re.compile(r"\s*(?:[,;]|\s&\s|\band\b)\s*")
_COUNT_RE = re.compile(r"\s*\(\d+\)\s*$")


def _norm(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).strip(" .,;:").casefold()


def canonical_outlet(name: str) -> str | None:
    """Return the gazetteer's spelling of an outlet name ("AP" -> "Associated Press"), else None."""
    return _CANONICAL.get(_norm(name))


def is_outlet_name(name: str) -> bool:
    """Tell whether ``name`` names a news outlet: known, or shaped like "X News" or "The X Times".

    Args:
        name: A name as written, e.g. "Reuters", "the AP", "The Dover Herald".

    Returns:
        True for a known outlet or an outlet-shaped proper name.
    """
    if len(name) > _LONGEST_NAME:
        return False
    key = _norm(name)
    if not key:
        return False
    if key in _CANONICAL or key.removeprefix("the ") in _CANONICAL:
        return True
    clean = " ".join(name.split()).strip(" .,;:")
    if not _OUTLET_RE.fullmatch(clean):
        return False
    words = key.removeprefix("the ").split()
    return not (words[-1] == "news" and len(words) == 2 and words[0] in _GENERIC_NEWS)


def split_glued_names(item: str) -> list[str]:
    """Split outlet names that a scraper glued together ("ReutersThe Telegraph").

    A split is made only where one side is a known or outlet-shaped name: "McClatchy" stays whole.
    """
    item = item.strip()
    if len(item) > 2 * _LONGEST_NAME:
        return [item] if item else []
    for m in _GLUE_RE.finditer(item):
        left, right = item[: m.start()].strip(), item[m.start() :].strip()
        if len(left) < 2 or not right:
            continue
        if is_outlet_name(left) and (is_outlet_name(right) or _GLUE_RE.search(right) is not None):
            return [left, *split_glued_names(right)]
        if is_outlet_name(right) and not is_outlet_name(item):
            return [left, right]
    return [item] if item else []


def split_credit_list(text: str) -> list[str]:
    """Turn the body of a credits line ("ABC News, ReutersThe Telegraph") into names, in order.

    Args:
        text: What follows "Sources:", without the image-credit segments.

    Returns:
        Distinct names, in the order they were written, with glued names split.
    """
    names: list[str] = []
    for part in _LIST_SPLIT_RE.split(text):
        part = _COUNT_RE.sub("", part).strip(" .")
        for name in split_glued_names(part):
            if name and name not in names:
                names.append(name)
    return names
