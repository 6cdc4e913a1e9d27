"""A telling is a notice given: "we were told in May that the legs needed work".

Whether someone had notice of a thing is one question news asks in every kind of story
(:mod:`.notice`): "the board was never told about the contract" and "we wrote to the board in
March" meet on the key ``notify``. A telling with a clause after its hearer was read only for
what it tells ("we were told that the school would close" stands for the closure, when the
speaker vouches for it: :mod:`.vouched`), so its notice was lost, and a denied one ("nobody
told the union the site would close", "the board was never told that the firm was short of
trucks") gave no notice at all: it says nothing of the closure, but all of the notice. Here
each such telling also gives a clause of its own, the speaker's, with the notice given (or,
denied, not given) to the hearer, dated by the telling's words; what was told keeps the
stance it had. A telling gives notice when it is denied, in the passive (the hearer is the
subject: "we were told in May that ..."), or dated ("I told the board in December that
...", "told us on Friday that ..."); an undated active telling ("our manager told us the
ferry would stop") reports words, as :mod:`.notice` reads it.

Left alone: an order ("told to leave"), a notice of a thing already read as one ("told about
the leak": :func:`.dismissals.told_of`), a telling put in question ("Were you told that
...?"), a telling before the press ("told reporters that ...": an attribution), one to come
("will tell the minister that ..."), and a clause in a condition or a hedge.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.timex_lexicon import WEEKDAYS
from . import lexicon as lx
from .claim_times import times_of
from .event_record import Event
from .learned_elsewhere import bare_telling
from .notice import NOTIFY
from .vouched import told_from, told_hearer
from .words import tokens

if TYPE_CHECKING:
    from .claims import Clause

# the modalities of a clause whose telling the speaker states: their own words, or a telling
# quoted as someone else's words (the telling itself is still the speaker's to tell)
_STATED = frozenset({"certain", "belief", "reported"})


def told_notices(clauses: list[Clause], anchor: tuple[int, int]) -> list[Clause]:
    """``clauses`` of one sentence, each clause with a telling to a hearer followed by a
    clause of the speaker's that holds the notice (see the module); a clause split in two
    before (its frame and its content share the text) gives one notice. The notice is dated
    by the telling's own words ("were told in 2037 that ..."), not by the words told ("...
    would close by the end of 2027"), from ``anchor``, when the statement was made."""
    out: list[Clause] = []
    seen: set[str] = set()
    noticed = {c.text for c in clauses if any(e.key == NOTIFY for e in c.events)}
    for clause in clauses:
        out.append(clause)
        if clause.text in seen or clause.text in noticed or clause.modality not in _STATED:
            continue
        toks = tokens(clause.text)
        low = [t.lower() for t in toks]
        at = next((k for k in range(len(low)) if _given(low, k)), -1)
        bare = bare_telling(low) if at < 0 else None  # "were told before anyone else"
        if at < 0 and bare is None:
            continue
        at, sign = (at, told_hearer(low, at)) if bare is None else bare
        frame = toks[: told_from(low, at)]
        times = times_of(frame, anchor, "past")
        dated = bool(times) or _dated(low[: len(frame)])
        if sign > 0 and not _passive(low, at) and not dated:
            continue  # "our manager told us the ferry would stop": words reported
        seen.add(clause.text)
        negs = tuple(w for w in low[:at] if lx.negating(w)) if sign < 0 else ()
        notice = Event(NOTIFY, toks[at], sign, negs)
        out.append(replace(clause, events=(notice,), modality="certain", modal_words=(),
                           tense="present", times=times))  # fmt: skip
    return out


def _given(low: list[str], i: int) -> bool:
    """Whether the word at ``i`` tells a hearer a clause, as a telling done: "told", "tells",
    or "tell" after a form of "do" ("did not tell us ..."); not one to come ("will tell the
    minister that ...", "would rather tell people that now")."""
    if not told_hearer(low, i):
        return False
    if low[i] != "tell":
        return True
    k = i - 1
    while k >= 0 and lx.negating(low[k]):
        k -= 1
    return k >= 0 and low[k] in _DO


def _passive(low: list[str], i: int) -> bool:
    """Whether "told" at ``i`` is a passive, its hearer the subject ("we were (never) told
    ...", "nobody has been told ...")."""
    k = i - 1
    while k >= 0 and low[k] in _BETWEEN:
        k -= 1
    return k >= 0 and low[k] in lx.BE_FORMS | {"been", "being"}


def _dated(words: list[str]) -> bool:
    """Whether the words of a telling give it a day ("on Monday", "yesterday", "two weeks
    ago", "last week"): a telling dated is told as an event, the notice given then."""
    return any(w in _DAYS for w in words)


_DO = frozenset({"do", "does", "did", "didn't", "doesn't", "don't"})
_BETWEEN = frozenset({"never", "not", "n't", "ever", "also", "once", "even", "already"})
_DAYS = frozenset(WEEKDAYS) | {"yesterday", "ago", "last", "weekend"}
