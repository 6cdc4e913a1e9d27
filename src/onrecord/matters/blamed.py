"""The cause a clause names for a state, affirmed or denied, as an event of its own.

"The closure was caused by the storm, not by the cuts" says that the storm caused it and the
cuts did not; "the closure is the direct result of years of cuts" says the cuts did. Who or
what is to blame is the thing in dispute: each cause named becomes the event ``cause-<noun>``
(the head of its noun phrase, "years of" set aside), affirmed, or denied after "not" ("not
by the cuts", "was not caused by the cuts"), so that the two speakers meet on ``cause-cut``.
What the cause is a cause of stays the clause's subject, the theme that keeps two states
apart ("the flooding" / "the fire").

Read only after "caused by", "brought about by" and "the result (or consequence,
product) of" told of the subject with "be", and after "died of" or "died from"
("the birds did not die of malaria" denies ``cause-malaria``, which "the deaths were caused by
malaria" affirms); "as a result of" and "because of" give a cause as a
clause's background (:mod:`.causes`), and are left to it.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event
from .origins import a_time, denied_origin, origin_start

_BE = frozenset({"is", "was", "are", "were", "been", "be", "being"})
_RESULT = frozenset({"result", "consequence", "product", "outcome"})
# forms of "die": "died of", "died from" name the cause of a death
_DIE = frozenset({"die", "died", "dies", "dying"})
# words between "the" and "result" ("the direct result of")
_RESULT_MODS = frozenset({"direct", "inevitable", "clear", "simple", "sole", "main", "only",
                          "entirely", "predictable", "obvious"})  # fmt: skip
# words that open a cause's noun phrase but are not its head ("years of leaks")
_SPANS = frozenset({"years", "decades", "months", "weeks", "lack", "level", "levels",
                    "series", "number", "amount", "kind", "sort", "history"})  # fmt: skip
# words that end a cause's noun phrase
_END = frozenset({",", ".", ";", ":", "and", "but", "or", "in", "on", "at", "by", "for", "to",
                  "with", "that", "which", "who", "not", "from", "since", "over", "than",
                  "after", "before", "during", "-", "–", "—",
                  # a relative clause with no "that": "a cheap charger he bought online"
                  "he", "she", "they", "we", "i", "you", "it"})  # fmt: skip


def blamed_causes(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """The causes the clause names for its subject: ``cause-<noun>`` events, affirmed, or
    denied where "not" stands before them ("caused by the drought, not by leaks")."""
    out: list[Event] = []
    for i, w in enumerate(low):
        start = _cause_start(low, i)
        if start < 0:
            origin = origin_start(low, i)  # "a fault caused the crash", "started in the battery"
            if origin is None or (not origin[1] and a_time(low, origin[0])):
                continue
            # the subject's head, before its verb ("a fault in the chain | had caused")
            head = _head(low[:i] if origin[1] else low, origin[0])
            if head is not None and not any(e.key == f"cause-{head[1]}" for e in out):
                denied = denied_origin(low, i, origin[1])
                out.append(Event(f"cause-{head[1]}", w, -1 if denied else 1,
                                 ("not",) if denied else ()))  # fmt: skip
            continue
        denied = any(low[k] in lx.NEGATORS for k in range(max(0, i - 3), i))
        out += _named(low, start, w, denied)
    return tuple(out)


def _cause_start(low: list[str], i: int) -> int:
    """Where the cause's noun phrase opens when the word at ``i`` is "caused" after "be"
    ("was caused by"), or "the result of" after "be" ("is the direct result of"), or -1."""
    prev = [t for t in low[max(0, i - 3) : i] if t not in lx.NEGATORS and t not in ("n't",)]
    if low[i] in _DIE and low[i + 1 : i + 2] in (["of"], ["from"]):
        return i + 2  # "did not die of malaria": what killed them, as "caused by" names it
    if low[i] in ("caused", "brought") and prev and prev[-1] in _BE:
        k = i + 1 + (low[i] == "brought" and low[i + 1 : i + 2] == ["about"])
        return k + 1 if low[k : k + 1] == ["by"] else -1
    if low[i] in _RESULT and low[i + 1 : i + 2] == ["of"]:
        k = i - 1
        while k >= 0 and low[k] in _RESULT_MODS:
            k -= 1
        if k >= 1 and low[k] in ("the", "a") and low[k - 1] in _BE | lx.NEGATORS:
            return i + 2
    return -1


def _named(low: list[str], start: int, word: str, denied: bool) -> list[Event]:
    """The cause at ``start`` and one more after ", not by" or "rather than" ("caused by the
    drought, not by leaks"): each its event."""
    out: list[Event] = []
    head = _head(low, start)
    if head is None:
        return out
    at, noun = head
    out.append(Event(f"cause-{noun}", word, -1 if denied else 1, ("not",) if denied else ()))
    for k in range(at + 1, min(len(low) - 1, at + 9)):
        if low[k] in ("and", "but", ";", "."):
            break
        if low[k] == "not" and (low[k - 1] == "," or low[k + 1] == "by") and not denied:
            other = _head(low, k + 1 + (low[k + 1] == "by"))  # ", not by leaks"
            if other is not None:
                out.append(Event(f"cause-{other[1]}", word, -1, ("not",)))
            break
    return out


def _head(low: list[str], start: int) -> tuple[int, str] | None:
    """(where, folded stem) of the head of the noun phrase at ``start``: its last content
    word before a word that ends it, past "years of" ("years of leaks": leaks)."""
    k, last = start, -1
    while k < len(low) and k - start < 8 and low[k] not in _END:
        if low[k] == "of" and last >= 0 and low[last] in _SPANS:
            last = -1
        elif low[k] == "of":
            break
        elif low[k].isalpha() and low[k] not in lx.STOPWORDS:
            last = k
        k += 1
    if last < 0:
        return None
    stem = lx.stem(low[last])
    return last, lx.THEME_STEMS.get(stem, stem)


def rejected_agent(part: str, before: str) -> bool:
    """Whether a part is the rejected doer of the passive before it ("caused by the drought,
    <not by leaks>"): it shares that clause, whose cause it denies."""
    return part.startswith("not by ") and " by " in f" {before.lower()} "


def caused_be(low: list[str], at: int) -> int:
    """Where the "be" stands whose subject the word at ``at`` names a cause of ("the ban
    <is> the direct result of leaks", "was caused by"), or -1: the subject, not the cause,
    is what the event happens to."""
    if _cause_start(low, at) < 0:
        origin = origin_start(low, at)
        # "the fire started in the battery": the fire; "a fault caused the crash": the object
        return at if origin is not None and not origin[1] and not _passive_at(low, at) else -1
    if low[at] in _DIE:
        return at  # "those birds did not die of malaria": the birds
    return next((k for k in range(at - 1, max(-1, at - 6), -1) if low[k] in _BE), -1)


def _passive_at(low: list[str], at: int) -> bool:
    """A participle after "be" ("was traced to"): its subject is found by the theme's own
    reading of a passive."""
    prev = [t for t in low[max(0, at - 3) : at] if t not in lx.NEGATORS]
    return bool(prev) and prev[-1] in _BE and not low[at].endswith("ing")  # not "is coming"


def undying(events: tuple[Event, ...], causes: tuple[Event, ...]) -> tuple[Event, ...]:
    """``events`` and ``causes`` of a clause, where a denied death with a cause named is a
    denied cause: "the fish did not die of pollution" denies that pollution killed them, not
    that they died, and "nobody at the farm died of the virus" denies deaths by that cause
    alone; the cause's event (``cause-pollution``, denied) carries what the clause says, and
    the death, denied by the clause's negators as the verb is, is left out."""
    denied = {e.word.lower() for e in events if e.key == "alive" and e.polarity > 0}
    dying = {c.word.lower() for c in causes if c.word.lower() in _DIE} & denied
    kept = tuple(e for e in events if not (e.key == "alive" and e.word.lower() in dying))
    named = tuple(
        Event(c.key, c.word, -1, c.negators or ("not",))
        if c.word.lower() in dying and c.polarity > 0
        else c
        for c in causes
    )
    return (*kept, *named)
