"""Who knew, who was told, who was asked: three acts news tells of in every kind of story.

* Knowing of a thing and being told of it answer one question, whether someone had notice of
  it: "senior managers did not know about the fault until April" and "the managers were told
  about the broken machine in March" meet in one matter (the key of
  :data:`.families.FAMILY_SYNONYMS` "notify"). Read here (:func:`knew_of`): "knew / know /
  known about / of" a thing, "unaware of" it, "not aware of" it or "made aware of" it (a
  plain "we are aware of the reports" is an official's stock words, no notice given at any
  time), and a denied knowing of a clause
  ("nobody knew the fridge was faulty", "did not know that the wall had cracked"). A knowing
  affirmed with a clause ("we now know the wall cracked") vouches for the clause, no notice.
* A notice given of a thing ("were given two weeks' notice of the closure", "had no notice
  of the cuts") is one too.
* Telling a named person of a thing ("I told Miriam about the cut") is a notice as telling
  the council of it is (:func:`.dismissals.told_of`, which reads the nouns only).
* Asking for a thing and applying or putting in a request for it are one act, an asking
  (:func:`asked`): "the Home Office has never been asked for a grant" / "we applied for the
  grant in December"; and so is asking someone to act ("the club asked us to wait" / "we
  never asked anyone to wait"), which the event reader skips (a verb that takes a clause).
  "Asked whether / how / why" asks a question, not for a thing.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

NOTIFY = "notify"
ASK = "ask"
_KNOW = frozenset({"know", "knows", "knew", "known", "knowing"})
_AWARE = frozenset({"aware", "unaware"})
# forms of "be" and "have" a finite clause after "knew" has ("the fridge was faulty")
_FINITE = frozenset({"is", "was", "were", "are", "had", "has", "have", "would", "will",
                     "could", "'s", "'d"})  # fmt: skip
# words that open a question ("did not know who was behind it"): no notice of a thing
_WH = frozenset({"how", "what", "when", "why", "where", "whether", "if", "who", "whom",
                 "whose", "which"})  # fmt: skip
_CLAUSE_STOPS = frozenset({",", ";", ".", "and", "but", "because", "until", "before", "when"})


def knew_of(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """A notice had or denied, read from a word of knowing (see the module)."""
    for i, w in enumerate(low):
        if w not in _AWARE and w != "notice" and w not in _KNOW:
            continue
        nxt = low[i + 1] if i + 1 < len(low) else ""
        negs = _negators(low, i)
        if w in _AWARE and nxt == "of":
            sign = -1 if (w == "unaware") != bool(negs) else 1
            if sign < 0 or (i and low[i - 1] == "made"):
                return (Event(NOTIFY, toks[i], sign, negs),)
            continue  # "we are aware of the reports": an official's stock words, no notice
        if w == "notice" and nxt == "of" and _notice_given(low, i):
            return (Event(NOTIFY, toks[i], -1 if negs else 1, negs),)  # "given no notice of"
        if w not in _KNOW:
            continue
        if nxt in ("about", "of") and low[i + 2 : i + 3] and low[i + 2] not in ("it", "this"):
            return (Event(NOTIFY, toks[i], -1 if negs else 1, negs),)
        if negs and _clause_after(low, i):
            return (Event(NOTIFY, toks[i], -1, negs),)  # "nobody knew the fridge was faulty"
    return ()


# verbs whose object a notice is ("were given three weeks' notice of the cuts")
_GIVEN = frozenset({"give", "gives", "gave", "given", "giving", "received", "receive", "had",
                    "got", "get", "served", "issued"})  # fmt: skip


def _notice_given(low: list[str], i: int) -> bool:
    """Whether the noun "notice" at ``i`` is a notice given or denied ("were given two
    weeks' notice of the closure", "had no notice of it", "without any advance notice of"),
    not a notice put up ("a notice of the meeting was posted")."""
    before = low[max(0, i - 5) : i]
    return any(w in _GIVEN for w in before) or (i > 0 and low[i - 1] in ("no", "advance", "prior"))


def _negators(low: list[str], i: int) -> tuple[str, ...]:
    """The negators of the verb at ``i``: those of its clause before it ("nobody in
    management knew", "did not know", "had never known")."""
    out: list[str] = []
    for k in range(i - 1, max(-1, i - 7), -1):
        if low[k] in _CLAUSE_STOPS or low[k] == "that":
            break
        if lx.negating(low[k]):
            out.append(low[k])
    return tuple(reversed(out))


def _clause_after(low: list[str], i: int) -> bool:
    """Whether a finite clause follows "knew" at ``i`` ("knew that the wall had cracked",
    "knew the fridge was faulty"), not a noun alone ("knew the area") nor a question ("knew
    how")."""
    after = low[i + 1 : i + 7]
    if after[:1] == ["that"]:
        return True
    for k, w in enumerate(after):
        if w in _CLAUSE_STOPS or w in _WH:
            return False
        if w in _FINITE and k >= 1:
            return True
    return False


# verbs of asking for a thing, and the word after them that makes them one
_ASK_FOR = frozenset({"ask", "asks", "asked", "asking", "apply", "applies", "applied",
                      "applying"})  # fmt: skip
_REQUEST = frozenset({"request", "requests", "requested", "requesting"})
_ASK_TO = frozenset({"ask", "asks", "asked", "asking"})
# words that end an object before "to" ("asked the club for", "asked us to")
_NOT_OBJECT = frozenset({"that", "about", "whether", "how", "why", "what", "when", "where",
                         "if", "and", "but", ",", ";"})  # fmt: skip
_NOT_A_VERB = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                         "this", "that", "me", "him", "us", "them", "court"})  # fmt: skip


def asked(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """An asking for a thing or of someone to act (see the module), with its polarity."""
    for i, w in enumerate(low):
        if (w in _ASK_FOR and _for_after(low, i)) or (w in _REQUEST and _request_verb(low, i)):
            negs = _negators(low, i)
            return (Event(ASK, toks[i], -1 if negs else 1, negs),)
        if w in _ASK_TO and _to_act(low, i):
            negs = _negators(low, i)
            return (Event(ASK, toks[i], -1 if negs else 1, negs),)
    return ()


def _for_after(low: list[str], i: int) -> bool:
    """Whether "for" follows the verb at ``i``, after an object of a few words or none ("applied
    for the grant", "asked the council for money"); "asked for" alone of "ask" too."""
    for k in range(i + 1, min(len(low), i + 5)):
        if low[k] == "for":
            thing = low[k + 1] if k + 1 < len(low) else ""
            if thing in ("it", "this", "that", "them", ""):
                return False  # "our customers asked for it": what was asked is said elsewhere
            return k == i + 1 or low[i] in _ASK_TO
        if low[k] in _NOT_OBJECT or not low[k].isalpha():
            return False
    return False


def _request_verb(low: list[str], i: int) -> bool:
    """Whether "request(ed)" at ``i`` is the verb ("we requested a meeting", "had been
    requested"), not a noun ("a request", "the request was refused")."""
    if low[i] in ("requested", "requesting"):
        return not (i and low[i - 1] in ("the", "a", "an", "documents"))
    prev = low[i - 1] if i else ""
    return prev in ("to", "will", "would", "not", "never", "we", "they", "i", "did", "do")


def _to_act(low: list[str], i: int) -> bool:
    """Whether "asked" at ``i`` asks someone to act: an object of a few words or none, then
    "to" and a verb ("asked us to wait", "was asked to leave", "never asked anyone to wait")."""
    for k in range(i + 1, min(len(low), i + 6)):
        if low[k] == "to":
            nxt = low[k + 1] if k + 1 < len(low) else ""
            return nxt.isalpha() and nxt not in _NOT_A_VERB
        if low[k] in _NOT_OBJECT or not low[k].isalpha():
            return False
    return False


# the keys a word of knowing has of its own, dropped where the knowing is read as a notice
_KNOWN_KEYS = frozenset({lx.stem(w) for w in (*_KNOW, *_AWARE)} | {NOTIFY})


def notice_events(toks: list[str], low: list[str], events: tuple[Event, ...]) -> tuple[Event, ...]:
    """``events`` with the notices and askings of the clause read: a knowing of a thing is a
    notice (its own "know" key dropped), an application for a thing an asking as well; an
    event the clause already holds under the key is kept as it is, but for an "asked" that
    asks a question ("nobody asked what it costs"): no asking for a thing."""
    out = tuple(e for e in events if not (e.key == ASK and _asks_question(low, e.word)))
    knew = knew_of(toks, low)
    if knew:
        out = tuple(e for e in out if e.key not in _KNOWN_KEYS) + knew
    ask = asked(toks, low)
    if ask and not any(e.key == ASK for e in out):
        out += ask  # "applied for a grant" keeps its own key too
    return out


_TELL = frozenset({"tell", "tells", "told", "telling", "inform", "informs", "informed",
                   "informing", "warn", "warns", "warned", "warning"})  # fmt: skip


def told_name_of(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the verb of telling at ``i`` tells a named person of a thing: "I told Miriam
    about the cut", "had warned Ms Okafor of the risk" (a name, then "about" or "of"); "told
    Miriam that ..." reports words, "told Reuters the plan would go ahead" tells the plan."""
    if low[i] not in _TELL:
        return False
    k = i + 1
    if k < len(low) and low[k] in ("mr", "mrs", "ms", "dr", "cllr"):
        k += 1
    start = k
    while k < len(toks) and k < start + 3 and toks[k][:1].isupper() and toks[k].isalpha():
        k += 1
    return k > start and k + 1 < len(low) and low[k] in ("about", "of")


_WHEN = frozenset({"before", "until", "till", "after"})


def timed_report(low: list[str], i: int) -> bool:
    """Whether the word of reporting at ``i`` stands in a clause of time after the verb ("did
    not tell us about the cut before it was announced", "kept quiet until it was reported"):
    it dates the clause, and quotes no one; the clause is the speaker's own."""
    return any(low[j] in _WHEN for j in range(max(1, i - 4), i))


def _asks_question(low: list[str], word: str) -> bool:
    """Whether ``word`` (a form of "ask") opens a question: "asked what it costs", "asked
    the board whether", "asked why"."""
    w = word.lower()
    if w not in low:
        return False
    i = low.index(w)
    for k in range(i + 1, min(len(low), i + 5)):
        if low[k] in _WH:
            return True
        if not low[k].isalpha() or low[k] in ("to", "for", "that"):
            return False
    return False
