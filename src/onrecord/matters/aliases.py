"""Names and the common nouns a story calls the same thing by.

A story introduces a thing once by name and class ("its budgeting app Pennywise", "the
weekly show The Long Table", "Pennywise, a budgeting app,") and then speakers call it either
way: "the app had 90,000 users" and "Pennywise had 200,000 users" speak of one thing. Only
these appositions are read: a name after a common noun that a determiner opens, or a common
noun phrase set off by commas after a name. A class given to two names in one article ("its
app Pennywise", "its rival app Coinjar") is no alias of either. A name before a noun ("the
Pennywise deal") is no identity (a deal is no Pennywise), nor is a possessive ("Pennywise's
app"); a person's name after a title ("chief executive Mara Lind") is left out, as no
quantity is hers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..nlp.gender import is_first_name
from . import lexicon as lx
from .claims import Item

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[0-9][0-9,.]*|\n|[^\sA-Za-z0-9]")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your"})
# words after a name that end its apposition: prepositions and auxiliaries ("its app Pennywise
# <was> closed"); a noun or a verb after it makes the name a modifier or a clause's subject
# ("the Pennywise app", "a decision Pennywise said")
_AFTER_NAME = lx.AUXILIARIES | lx.MODALS | frozenset({
    "on", "in", "at", "for", "from", "with", "to", "by", "off", "since", "until", "after",
    "before", "and", "but", "or", "as", "when", "because", "which", "that", "who", "last",
    "this", "next", "earlier", "later", "yesterday", "today",
})  # fmt: skip
# words of place, time and order before a name, no class of it ("near Dunmore", "this month")
_NOT_CLASS = frozenset({
    "near", "between", "among", "against", "below", "under", "above", "off", "across",
    "beyond", "beside", "outside", "inside", "toward", "towards", "past", "via", "behind",
    "former",
    "month", "week", "year", "day", "time", "moment", "season", "night", "morning", "evening",
})  # fmt: skip
# capitalized words that open a name's run but are no part of what it names
_NAME_OPENERS = frozenset({"the"})
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "sir", "dame", "lord", "lady"})
_CALENDAR = frozenset(lx.MONTHS) | frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
# words between a determiner and the noun of an apposition (a few modifiers)
_MODIFIERS = 3


@dataclass(frozen=True, slots=True)
class Alias:
    """A common noun and a name that a story gives one thing (stems)."""

    noun: str
    name: frozenset[str]


def aliases_in(text: str) -> tuple[Alias, ...]:
    """The appositions of ``text`` (see the module's docstring)."""
    toks = _WORD.findall(text)
    out: dict[tuple[str, frozenset[str]], Alias] = {}
    for i in range(1, len(toks)):
        if not _name_start(toks, i):
            continue
        name, end = _name_run(toks, i)
        after = toks[end].lower() if end < len(toks) else "."
        if not name or not (after in _AFTER_NAME or not after[:1].isalnum()):
            continue
        noun = _noun_before(toks, i)
        if noun is None and end < len(toks) and toks[end] == ",":
            noun = _noun_after(toks, end + 1)
        if noun is not None and noun not in name:
            out[(noun, name)] = Alias(noun, name)
    # a class given to two names ("its app Pennywise", "its rival app Coinjar") names neither:
    # "the app" may be either
    names_of = Counter(a.noun for a in out.values())
    return tuple(a for a in out.values() if names_of[a.noun] == 1)


def aliases_by_article(
    items: Iterable[Item], texts: Mapping[str, str] | None
) -> dict[str, tuple[Alias, ...]]:
    """Article -> its appositions (from its text in ``texts``, else its statements' sentences)."""
    sentences: dict[str, list[str]] = {}
    for it in items:
        sentences.setdefault(it.article, []).append(it.sentence or it.statement.content.text)
    return {a: aliases_in(texts[a] if texts is not None and a in texts else "\n".join(s))
            for a, s in sentences.items()}  # fmt: skip


def widen(words: frozenset[str], aliases: tuple[Alias, ...]) -> frozenset[str]:
    """``words`` with the other names of the things it names: the name's words for a noun,
    the noun for a whole name."""
    out = set(words)
    for a in aliases:
        if a.noun in words:
            out |= a.name
        elif a.name <= words:
            out.add(a.noun)
    return frozenset(out)


def _name_start(toks: list[str], i: int) -> bool:
    """Whether a name opens at ``i``: a capital not opening a sentence."""
    tok = toks[i]
    if not (tok[:1].isupper() and tok[-1:].isalpha()) or i == 0:
        return False
    before = toks[i - 1]
    return not (before in (".", "!", "?", '"', "“", "\n") or before[:1].isupper())


def _name_run(toks: list[str], i: int) -> tuple[frozenset[str], int]:
    """The stems of the name's words from ``i`` ("The Long Table": long, table) and its end;
    none for a person (a known first name) or a date ("Monday", "March")."""
    k = i
    while k < len(toks) and toks[k][:1].isupper() and toks[k][-1:].isalpha():
        k += 1
    words = [t.lower() for t in toks[i:k] if t.lower() not in _NAME_OPENERS]
    if not words or is_first_name(words[0]) or all(w in _CALENDAR for w in words):
        return frozenset(), k
    if (
        len(words[0]) < 2 or words[0] in _TITLES or words[-1].endswith(("'s", "’s", "'", "’"))
    ):  # "I", "Kell's"
        return frozenset(), k
    return frozenset(lx.stem(w) for w in words), k


def _noun_before(toks: list[str], i: int) -> str | None:
    """The common noun right before the name, in a phrase a determiner opens ("its budgeting
    app <Pennywise>")."""
    noun = toks[i - 1]
    if not _common(noun) or noun.lower() in _NOT_CLASS:
        return None
    for k in range(i - 2, max(-1, i - 3 - _MODIFIERS), -1):
        w = toks[k].lower()
        if w in _DETERMINERS:
            return lx.stem(noun.lower())
        if not _common(toks[k]):
            return None
    return None


def _noun_after(toks: list[str], k: int) -> str | None:
    """The noun of ", a budgeting app," after a name: the last word before the closing
    comma or a preposition."""
    if k >= len(toks) or toks[k].lower() not in _DETERMINERS - {"this", "that"}:
        return None
    last = None
    for j in range(k + 1, min(len(toks), k + 2 + _MODIFIERS)):
        w = toks[j]
        if w in (",", ".") or w.lower() in ("for", "of", "in", "at", "on", "with", "that"):
            return lx.stem(last.lower()) if last is not None and w in (",", ".") else None
        if not _common(w):
            return None
        last = w
    return None


def _common(tok: str) -> bool:
    """A lower-case word that can be a common noun or its modifier."""
    w = tok.lower()
    return (
        tok[:1].islower()
        and tok.replace("-", "").isalpha()
        and w not in lx.STOPWORDS
        and w not in lx.PRONOUNS
        and w not in lx.REPORT_VERBS
        and w not in lx.AUXILIARIES
        and not w.endswith("ed")  # "promised Tidewell": a verb
    )
