"""The cause a clause gives its event ("no layoffs as a result of the merger", "the 60 layoffs
from the earlier closures"): two speakers who name different causes speak of two events of
one kind, not of one event both ways. "caused by" is no such phrase: what causes is there the
event's own argument ("none of the injuries was caused by the drug"), the thing in dispute.

Plain Python over the words of the stance's clause, no model.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cluster import Position
from .unrelated import other_doer

# phrases that name a cause wherever they stand in the clause
_BECAUSE = re.compile(
    r"\b(?:as a (?:result|consequence) of|because of|due to|owing to)\s+",
    re.IGNORECASE,
)
# "for" and a verb in "-ing" give the reason the event happened to someone ("sent home for
# wearing trainers", "nobody was sent home for not having a blazer"); not a noun in "-ing"
_FOR_DOING = re.compile(r"\bfor\s+(?:not\s+)?(?=[a-z]{3,}ing\b)", re.IGNORECASE)
_ING_NOUNS = frozenset({"nothing", "something", "anything", "everything", "morning", "evening",
                        "spring", "string", "ceiling", "during"})  # fmt: skip
_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "these", "those", "a", "an"})
# words that end a cause's noun phrase
_STOP = frozenset({"and", "but", "or", "in", "on", "at", "by", "for", "to", "with", "next",
                   "last", "this", "would", "will", "was", "were", "is", "are"})  # fmt: skip


# words for one cause in news copy, folded to the first of their group
_SAME_CAUSE = {lx.stem(w): lx.stem(group[0]) for group in (
    *((k, *v) for k, v in lx.SYNONYMS.items()),
    ("merger", "takeover", "acquisition", "buyout", "deal", "sale"),
    ("fire", "blaze", "flames", "wildfire", "inferno"),
    ("flood", "floods", "flooding", "floodwater", "floodwaters"),
    ("storm", "gale", "gales", "hurricane"),
) for w in group}  # fmt: skip
# words that set a cause apart from another of its kind ("the earlier closures")
_APART = frozenset(lx.stem(w) for w in ("earlier", "previous", "prior", "separate"))


def _folded(stems: frozenset[str]) -> frozenset[str]:
    """A cause's stems in one word for each thing (:data:`lexicon.THEME_STEMS`, the event's
    synonyms, :data:`_SAME_CAUSE`): "the blaze" is "the fire"."""
    return frozenset(_SAME_CAUSE.get(s) or lx.THEME_STEMS.get(s) or s for s in stems)


def causes(p: Position) -> frozenset[str]:
    """Stems of the words of the causes the stance's clause names for its event: after "as a
    result of", "because of", "due to", or after "from" right behind the deciding word ("the
    layoffs from the closures"); and a reason told by "for" and a verb in "-ing" anywhere in
    the statement ("sent home on Monday, most of them for wearing trainers"). Empty when it
    names none."""
    clause = p.stance.clause
    starts = [(clause, m.end()) for m in _BECAUSE.finditer(clause)]
    for word in p.stance.words:
        for m in re.finditer(rf"\b{re.escape(word)}\s+from\s+", clause, re.IGNORECASE):
            starts.append((clause, m.end()))
    text = p.item.statement.content.text
    starts += [(text, at) for at in _reasons_for_doing(text)]
    out: set[str] = set()
    for told, at in starts:
        words = re.findall(r"[\w'-]+|[^\w\s]", told[at:])
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        cause: set[str] = set()
        for w in words[:3]:
            low = w.lower()
            if not w[:1].isalnum() or low in _STOP:
                break
            if w[:1].isupper() or w[:1].isdigit():
                return frozenset()  # a name or a figure: the same cause may be named in
                # other words ("the Bramhall deal", "the merger"), so none we can compare
            if low not in lx.STOPWORDS:
                cause.add(lx.stem(low))
        out |= cause
    return frozenset(out)


def _reasons_for_doing(clause: str) -> list[int]:
    """Where each reason told by "for" and a verb in "-ing" starts in ``clause`` ("sent home
    for wearing trainers"); not "for nothing", "for the morning"."""
    out: list[int] = []
    for m in _FOR_DOING.finditer(clause):
        verb = re.match(r"[a-z]+", clause[m.end() :], re.IGNORECASE)
        if verb is not None and verb.group().lower() not in _ING_NOUNS:
            out.append(m.end())
    return out


def other_causes(p: Position, q: Position) -> bool:
    """Whether both stances name a cause for their event and the causes share no word ("no
    layoffs as a result of the merger" against "the layoffs from the closures will go
    ahead"): two events of one kind."""
    if (
        p.stance.words
        and q.stance.words
        and other_doer((p.stance.clause, p.stance.words[0]), (q.stance.clause, q.stance.words[0]))
    ):
        return True  # "the deaths have nothing to do with the plant", "killed by the heat"
    a, b = causes(p), causes(q)
    if not a or not b:
        return False
    if (a & _APART) != (b & _APART):
        return True  # "the closures" against "the earlier closures"
    return not _folded(a) & _folded(b)
