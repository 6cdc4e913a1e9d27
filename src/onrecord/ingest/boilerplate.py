"""Line rules for the boilerplate that scrapers leave around an article.

Each rule looks at one whole line and names why it is not article text ("navigation",
"image", "promo", "share", "cookie", "newsletter", "copyright", "credits", "link", "byline",
"date"). Rules are anchored to the shape of the whole line, so that a body sentence which merely
mentions a video or a photo is never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .dates import DateLineKind, parse_date_line
from .outlets import is_outlet_name, split_credit_list

_SHORT = 8  # words: label-like lines are at most this long
_LONGEST_RULE_LINE = 1500  # characters: a longer line is never boilerplate

# fmt: off
_NAV_WORDS_TEXT = """
    skip to main content navigation nav menu search sign in log login logout out up register
    subscribe subscription subscriber account my profile home homepage edition international us uk
    world politics business opinion sports sport tech technology science health entertainment arts
    culture style travel food life lifestyle news local national weather video videos more sections
    section all topics latest close open toggle back top next previous prev page go the and &
    live podcasts newsletters markets economy us-news u.s. election elections europe asia africa
    americas middle east australia india china climate environment media education crime
    transport transportation obituaries community real estate jobs cars autos classifieds events
    photos podcast puzzles games crossword books music movies film tv fashion wellness money
    investing nation metro traffic
"""
_NAV_WORDS = frozenset(_NAV_WORDS_TEXT.split())
_SHARE_WORDS_TEXT = """
    share shares this article story tweet email e-mail print facebook twitter x linkedin whatsapp
    pinterest reddit messenger copy link copied comments comment sms flipboard save gift telegram
    on via mail url bookmark
"""
_SHARE_WORDS = frozenset(_SHARE_WORDS_TEXT.split())
_MEDIA_JUNK_WORDS_TEXT = """
    image images photo photos picture pictures video videos gallery galleries placeholder title
    promo popular featured embedded play watch view click to now more the caption captions ad ads
    feedback slideshow related latest top full screen fullscreen expand enlarge hide show close
    toggle open credit credits icon media loading replay next previous up here a of this in
    thumbnail poster autoplay audio listen
"""
_MEDIA_JUNK_WORDS = frozenset(_MEDIA_JUNK_WORDS_TEXT.split())
# fmt: on
_MEDIA_WORDS = frozenset(
    ("image", "images", "photo", "photos", "picture", "pictures", "video", "videos", "gallery")
)
_WORD_RE = re.compile(r"[\w'’&.-]+")

_PROMO_PREFIX_RE = re.compile(
    r"^(?:watch(?: now| live| next)?|live|breaking|video|listen"
    r"|related(?: articles?| stories| coverage| content)?"
    r"|read more|read also|also read|read next|read|see also|more|recommended|sponsored"
    r"|editor'?s'? picks?|must read|don'?t miss|trending(?: now)?|up next|click here)\s*[:|>»›-]",
    re.I,
)
_PROMO_LINE_RE = re.compile(
    r"^(?:advertisement|advertising|ad|sponsored(?: content| links?)?|popular videos?|promo image"
    r"|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?"
    r"|continue reading(?: (?:the )?(?:main )?(?:story|article))?"
    r"|read (?:the )?full (?:story|article)|read more"
    r"|related(?: articles| stories| coverage| content| links| news)?|recommended(?: for you)?"
    r"|trending(?: now| stories)?|most (?:read|popular|viewed|shared)(?: stories| articles)?"
    r"|top stories|latest (?:news|stories|headlines)|you (?:may|might) also like|up next"
    r"|more (?:from|on|stories|news)\b.{0,60}|editor'?s'? picks?|don'?t miss|must read"
    r"|(?:listen to|hear) this (?:article|story).{0,30}|featured videos?|more videos"
    r"|click here to .{0,60}|watch (?:the |our )?(?:full )?(?:video|live).{0,40})\s*[.:!»›]*$",
    re.I,
)
# Headers of teaser lists: the headline lines that follow them are promos too.
_LIST_HEADER_RE = re.compile(
    r"^(?:most (?:read|popular|viewed|shared)(?: stories| articles| now)?|popular(?: now| stories)?"
    r"|related(?: articles| stories| coverage| content| links| news)?|recommended(?: for you)?"
    r"|trending(?: now| stories)?|top stories|latest (?:news|stories|headlines)"
    r"|you (?:may|might) also like|more (?:from|on) .{1,40}|more stories|more news|read more"
    r"|read next|up next|don'?t miss|editor'?s'? picks?|must read|more on this story)\s*[:.…]*$",
    re.I,
)
_IMAGE_PREFIX_RE = re.compile(
    r"^(?:photo|photograph|photos|image|images|picture|pictured|caption|photo credit|image credit"
    r"|image caption|image copyright|image source|media caption|featured image|embedded images?"
    r"|top image|main image|header image|graphic|illustration|credit)\s*[:|,]",
    re.I,
)
_IMAGE_CAPTION_RE = re.compile(
    r"^(?:image caption|media caption|image copyright|image source|file photo)\b", re.I
)
_IMAGE_TAIL_RE = re.compile(
    r"(?:\((?:AP|AFP|Reuters|EPA|Getty)?\s*Photo[^)]*\)|\((?:Photo|Image|Credit)\s*(?:by|:)[^)]*\)"
    r"|\bREUTERS/[A-Z][\w.' -]+(?:/File(?: Photo)?)?"
    r"|\[(?:Photo|Image)[^\]]*\])\s*$",
    re.I,
)
_PHOTO_AGENCY_RE = re.compile(
    r"(?:Getty Images|Shutterstock|Wikimedia Commons|AP Photo|AFP Photo|Reuters Photo|EPA-EFE"
    r"|iStock(?:photo)?|Alamy)\b",
    re.I,
)
_SHARE_RE = re.compile(
    r"^(?:share|follow|like|join|find)\b.{0,80}\b(?:on|via)\s+(?:facebook|twitter|x|instagram"
    r"|linkedin|tiktok|threads|bluesky|youtube|whatsapp|telegram)\b|^follow (?:us|@\w+)\b"
    r"|^(?:share|email|tweet) (?:this|the) (?:article|story|page)\b"
    r"|^click to (?:share|email|print)\b",
    re.I,
)
_COOKIE_RE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_CONTEXT_RE = re.compile(
    r"\b(?:we|our|this (?:web)?site|you)\b.*\b(?:use|uses|accept|consent|policy|settings"
    r"|preferences|browsing|experience)\b|^(?:accept|reject|manage|allow)\b",
    re.I,
)
_NEWSLETTER_RE = re.compile(
    r"\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|e-?mail|delivered|free)\b"
    r"|\b(?:sign up|subscribe)\b.*\bnewsletters?\b|^enter your e-?mail\b"
    r"|^thanks? (?:you )?for (?:signing up|subscribing)\b|^by signing up\b|^sign up\b"
    r"|^subscribe\b(?!.*[.!?]\s*\S).{0,60}\b(?:alerts?|newsletters?|updates|today|now|edition)\b",
    re.I,
)
_COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b"
    r"|\bmay not be (?:published|reproduced), broadcast, rewritten,? or redistributed\b",
    re.I,
)
_FOOTER_RE = re.compile(
    r"^(?:privacy policy|terms of (?:use|service)|terms and conditions|contact us|about us"
    r"|advertise with us|careers|site ?map|accessibility|help|faq|rss|tags?|topics?|filed under"
    r"|categories|loading|please enable javascript.*|javascript is disabled.*"
    r"|media playback is unsupported on your device|our standards:.{0,60}"
    r"|this article is more than \d+ (?:years?|months?) old)\s*[:.]?",
    re.I,
)
_CREDITS_RE = re.compile(
    r"^\(?(?:additional )?(?:reporting|editing|writing|compiled|edited|written|research) by\b"
    r"|^contributing\s*:|\bcontributed (?:reporting )?to this (?:report|story|article)\b",
    re.I,
)
_LINK_RE = re.compile(
    r"(?:[\w ]{1,20}:\s*)?(?:https?://|www\.)\S+|[\w.-]+\.(?:com|org|net)/\S*", re.I
)
_SOURCES_RE = re.compile(r"^sources?\s*:\s*", re.I)
_SEGMENT_RE = re.compile(r"\s+/\s+")
_BYLINE_RE = re.compile(r"^(?:by|written by|story by|words by)\s+(?P<names>\S.*)$", re.I)
_BYLINE_CONNECTORS = frozenset(
    (
        "and",
        "&",
        "of",
        "for",
        "the",
        "de",
        "del",
        "da",
        "van",
        "von",
        "der",
        "la",
        "le",
        "jr.",
        "sr.",
    )
)
_ROLE_WORDS_RE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|bureau|chief|producer)\b",
    re.I,
)
_PIECES_RE = re.compile(r"\s+[|•·]\s+|\s+(?=(?:published|updated|posted)\b)", re.I)


def _words(line: str) -> list[str]:
    return [w.strip(".'’").lower() for w in _WORD_RE.findall(line) if w.strip(".'’")]


def _only(words: list[str], vocab: frozenset[str]) -> bool:
    return bool(words) and all(w in vocab for w in words)


def _navigation(line: str, words: list[str]) -> bool:
    if len(words) <= _SHORT and _only(words, _NAV_WORDS) and not line.endswith("."):
        return True
    if _FOOTER_RE.fullmatch(line) or re.match(r"^(?:tags|topics|filed under)\s*:", line, re.I):
        return True
    # Breadcrumbs and menus: "Home | World | Politics", "News > Europe > France".
    parts = [p for p in re.split(r"\s*(?:\||>|›|»|·|•|/)\s*", line) if p]
    return (
        len(parts) >= 2
        and len(words) <= 3 * len(parts)
        and all(len(p.split()) <= 3 and not p.endswith(".") for p in parts)
    )


def _image(line: str, words: list[str]) -> bool:
    if _IMAGE_PREFIX_RE.match(line) or _IMAGE_CAPTION_RE.match(line):
        return True
    if _IMAGE_TAIL_RE.search(line):
        return True
    if len(words) <= 12 and _PHOTO_AGENCY_RE.search(line) and not line.endswith("."):
        return True
    if len(words) <= 10 and re.match(r"^photo(?:graph)?s? by\b", line, re.I):
        return True
    return (
        len(words) <= 5
        and _only(words, _MEDIA_JUNK_WORDS)
        and any(w in _MEDIA_WORDS for w in words)
        and not any(w in ("video", "videos", "watch", "play", "listen") for w in words)
    )


def _promo(line: str, words: list[str]) -> bool:
    if _PROMO_PREFIX_RE.match(line) or _PROMO_LINE_RE.fullmatch(line):
        return True
    return (
        len(words) <= 5
        and _only(words, _MEDIA_JUNK_WORDS)
        and any(w in ("video", "videos", "watch", "play", "listen", "audio") for w in words)
    )


def _share(line: str, words: list[str]) -> bool:
    if len(words) <= _SHORT and _only(words, _SHARE_WORDS) and not line.endswith("."):
        return True
    return len(words) <= 15 and bool(_SHARE_RE.search(line))


def _cookie(line: str, words: list[str]) -> bool:
    return len(words) <= 60 and bool(_COOKIE_RE.search(line) and _COOKIE_CONTEXT_RE.search(line))


def _newsletter(line: str, words: list[str]) -> bool:
    return len(words) <= 40 and bool(_NEWSLETTER_RE.search(line))


def _copyright(line: str, words: list[str]) -> bool:
    return len(words) <= 40 and bool(_COPYRIGHT_RE.search(line))


def _link(line: str, words: list[str]) -> bool:
    return bool(_LINK_RE.fullmatch(line))


def _credits(line: str, words: list[str]) -> bool:
    return len(words) <= 40 and bool(_CREDITS_RE.search(line))


RULES: tuple[tuple[str, Callable[[str, list[str]], bool]], ...] = (
    ("credits", _credits),
    ("share", _share),
    ("promo", _promo),
    ("image", _image),
    ("cookie", _cookie),
    ("newsletter", _newsletter),
    ("copyright", _copyright),
    ("link", _link),
    ("navigation", _navigation),
)


def is_list_header(line: str) -> bool:
    """Whether ``line`` heads a list of teaser headlines ("Most read", "Related stories")."""
    return bool(_LIST_HEADER_RE.fullmatch(line))


def is_teaser(line: str) -> bool:
    """Whether ``line`` could be a teaser headline in such a list: short, not a sentence."""
    return len(line.split()) <= 20 and not re.search(r"[.!?\"”’]$", line)


def classify_line(line: str) -> str | None:
    """Name the boilerplate rule that ``line`` matches, or None for article text.

    Credits lines, bylines and date lines are read by :func:`parse_sources_line`,
    :func:`parse_byline` and :func:`parse_meta_line`; this function covers the rest.
    """
    if len(line) > _LONGEST_RULE_LINE:
        return None  # a long paragraph is article text; the rules below are for short lines
    words = _words(line)
    for reason, rule in RULES:
        if rule(line, words):
            return reason
    return None


def parse_sources_line(line: str) -> list[str] | None:
    """Read a credits line ("Sources: ABC News, ReutersThe Telegraph / Featured Image: ...").

    Returns:
        The credited names (glued names split), or None when ``line`` is not a sources line.
    """
    if not _SOURCES_RE.match(line):
        return None
    names: list[str] = []
    for segment in _SEGMENT_RE.split(line):
        m = _SOURCES_RE.match(segment)
        if m:
            names.extend(n for n in split_credit_list(segment[m.end() :]) if n not in names)
    return names


def parse_byline(line: str) -> str | None:
    """Read a byline ("By Jane Doe and Omar Reyes, Dover Herald") and return the author names.

    Returns None for lines that only start with "By" ("By the end of the day, ...").
    """
    m = _BYLINE_RE.match(line)
    if not m:
        return None
    names = m.group("names").strip()
    tokens = names.replace(",", " ").split()
    if (
        not tokens
        or len(tokens) > 14
        or (names.endswith((".", "!", "?", ":")) and not re.search(r"\b[A-Z][a-z]?\.$", names))
    ):
        return None
    for tok in tokens:
        if tok.lower() in _BYLINE_CONNECTORS:
            continue
        if not (
            tok[0].isupper() or tok[0] in "@(" or tok.isupper() or _ROLE_WORDS_RE.fullmatch(tok)
        ):
            return None  # "By Valley Wire staff" is a byline; "By the end of the day" is not
    parts = [p.strip() for p in names.split(",") if p.strip()]
    people = [p for p in parts if not is_outlet_name(p) and not _ROLE_WORDS_RE.search(p)]
    return ", ".join(people or parts[:1])


def parse_meta_line(line: str) -> tuple[str, str | None, tuple[DateLineKind, str] | None] | None:
    """Read a byline and/or date line, also both on one line ("By Jane Doe | Nov. 11, 2017").

    Returns:
        ``(reason, author, (kind, date))`` where reason is "byline" or "date", or None when some
        piece of the line is neither a byline nor a date.
    """
    author: str | None = None
    date: tuple[DateLineKind, str] | None = None
    for piece in _PIECES_RE.split(line):
        piece = piece.strip()
        if not piece:
            continue
        found_date = parse_date_line(piece)
        if found_date is not None:
            date = date or found_date
            continue
        found_author = parse_byline(piece)
        if found_author is None or author is not None:
            return None
        author = found_author
    if author is None and date is None:
        return None
    return ("byline" if author else "date"), author, date
