"""A telling the speaker vouches for: what it tells keeps its stance.

Words reported from someone else decide no stance (:mod:`.claims`): "the company says the
plant will close" only tells what the company says. But a speaker who tells of a telling to a
hearer, as an event ("Evergreen told council officers on Friday that the home will close",
"we were told at the meeting that the school would close", "managers told us jobs would
go"), or of a document received ("we got a letter saying fees go up in April"), stands for
what was told: the news is the closure, and whoever denies it ("the home is not closing")
answers it. So the verb "tell" with a hearer (its object, or its subject in the passive) and a
clause after it, and a verb of saying whose subject is a letter or a notice, quote no one.

Left alone: "said" or "claims" with no hearer ("the company says the plant will close": an
attribution); an order ("told us to leave") or a notice with nothing told ("was told about
the leak"); a telling denied ("nobody told us the school would close", "we were never told
that fees would rise"), which says nothing of the closure; and a telling the speaker
disowns in the same sentence ("they told us the pool would close, which is false").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import lexicon as lx
from .words import tokens

if TYPE_CHECKING:
    from .claims import Clause

_TELL = frozenset({"told", "tells", "tell"})
# hearers named by a pronoun, after which a clause may follow with no "that"
_HEARERS = frozenset({"us", "me", "him", "her", "them", "you"})
# verbs of saying whose subject can be a document the speaker received
_SAYING = frozenset({"saying", "says", "said", "stating", "states", "stated"})
_DOCUMENTS = frozenset({
    "letter", "letters", "email", "emails", "e-mail", "notice", "notices", "memo", "memos",
    "message", "messages", "leaflet", "circular", "text",
})  # fmt: skip
# words by which the speaker disowns what was told
_DISOWNED = frozenset({
    "false", "untrue", "wrong", "lie", "lies", "lying", "nonsense", "rubbish", "fantasy",
    "misleading", "fiction", "myth",
})  # fmt: skip
# hearers before whom the teller speaks on record: the press ("told reporters that ..."), a
# court or a hearing ("told the jury that ..."): the teller's own claim, attributed as "said" is
_PRESS = frozenset({
    "reporters", "journalists", "press", "media", "newspaper", "paper", "interviewer",
    "radio", "television", "tv", "court", "jury", "judge", "magistrates", "hearing", "inquiry",
    "inquest", "tribunal", "committee", "mps", "lawmakers", "senators", "parliament",
    "congress", "councillors", "assembly",
})  # fmt: skip
# spans that, after "last", date a telling long before ("last year", "last month")
_LONG = frozenset({"year", "month", "spring", "summer", "autumn", "winter", "term"})
# words that set a telling before a later turn ("originally they told us ...", "at first")
_ONCE = frozenset({"originally", "initially", "previously", "formerly", "once", "first"})
# auxiliaries that, first in a clause, put it in question or in a condition ("Had we been
# told that ..., we would have objected", "Were you told that ...")
_INVERTING = frozenset({"had", "were", "was", "should", "did", "do", "does", "have", "has",
                        "is", "are", "would", "will", "could", "can"})  # fmt: skip
# words after a telling that set it against what follows ("they told us it would close, but
# the plan was dropped"): the speaker tells of the telling to turn from it
_CONTRAST = frozenset({"but", "yet", "however", "though", "although"})
# words whose denial disowns what was told ("That is not true", "I don't believe them")
_TRUTH = frozenset({"true", "case", "correct", "accurate", "right", "happen", "happening",
                    "believe", "believed"})  # fmt: skip
_MONTHS = frozenset(lx.MONTH_NAMES.split("|"))
_PREPOSITIONS = frozenset({"in", "at", "on", "of", "from", "by", "with", "after", "before"})
# words that give a telling as a reason
_CAUSES = frozenset({"because", "since", "as"})
# words that end the stretch in which a hearer and a clause are looked for
_STOPS = frozenset({",", ";", ".", "but", "and", "or", "because", "although", "while"})
# words that make "tell" an order or a notice, not a telling of a clause
_NOT_CLAUSE = frozenset({"to", "about", "of", "off", "so", "what", "how", "why", "whether"})
# words that show a finite clause after a hearer given by a pronoun ("told us they had sold")
_FINITE = frozenset({"is", "are", "was", "were", "'s", "'re", "has", "have", "had", "will",
                     "would", "'ll", "could", "can", "did", "does", "do"})  # fmt: skip


def vouched_telling(low: list[str], i: int) -> bool:
    """Whether the verb of reporting at ``i`` of the lowered clause ``low`` tells a telling
    the speaker stands for (see the module): "told officers that ...", "were told that ...",
    "a letter saying ...", not denied before it."""
    if _denied(low, i) or _earlier(_frame(low, i)) or _reason(low, i) or _inverted(low, i):
        return False
    if low[i] in _TELL:
        return _passive_told(low, i) or _active_told(low, i)
    if low[i] in _SAYING:
        before = low[max(0, i - 4) : i]
        if _said_nothing(low, i):
            return False
        return any(w in _DOCUMENTS for w in before) and not any(w in _STOPS for w in before)
    return False


def _frame(low: list[str], i: int) -> list[str]:
    """The words of the telling itself: before the verb at ``i``, and after it up to the
    clause told ("told us three weeks ago that ..."; a clause with no "that": the next
    four words)."""
    after = _window(low, i)
    that = _that(after)
    return low[:i] + after[: that if that is not None else 4]


def _earlier(low: list[str]) -> bool:
    """Whether the clause dates its telling a month or more back ("In October she told the
    staff ...", "told us three weeks ago ...", "told us last year ..."): an earlier word of the
    teller, which the speaker sets against what the teller says now, not today's news."""
    for k, w in enumerate(low):
        nxt = low[k + 1] if k + 1 < len(low) else ""
        then = low[k + 2] if k + 2 < len(low) else ""
        if w == "ago" or (w == "last" and nxt in _LONG) or (w == "in" and nxt in _MONTHS):
            return True
        if (
            w in _ONCE
            or (w == "in" and _year(nxt))
            or (w == "in" and nxt == "the" and then in _LONG)
        ):
            return True  # "originally told", "told us in 2019", "told us in the spring"
    return False


def _said_nothing(low: list[str], i: int) -> bool:
    """Whether the saying at ``i`` tells nothing ("the notice said nothing about the pool"),
    not a clause that opens on "nothing" ("the letter said nothing would change")."""
    nxt = low[i + 1 : i + 3]
    return bool(nxt) and lx.negating(nxt[0]) and (len(nxt) == 1 or nxt[1] in _NOT_CLAUSE | _STOPS)


def _year(word: str) -> bool:
    """Whether ``word`` is a year ("2019")."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _inverted(low: list[str], i: int) -> bool:
    """Whether the clause opens on an auxiliary before its subject, in question or in a
    condition ("Were you told that ...", "Had we been told that ..., we would have
    objected"): nothing told is vouched for."""
    first = next((w for w in low[:i] if w.isalpha()), None)
    return first in _INVERTING and low.index(first) < i - 1


def _reason(low: list[str], i: int) -> bool:
    """Whether the telling is given as the reason for an act ("we built the quay because we
    were told the windfarm was coming"): it tells why, not what holds."""
    return any(w in _CAUSES for w in low[max(0, i - 4) : i])


def _denied(low: list[str], i: int) -> bool:
    """Whether a word before the verb at ``i``, in its stretch, denies it ("nobody told us",
    "were never told")."""
    k = i - 1
    while k >= 0 and low[k] not in _STOPS:
        if lx.negating(low[k]):
            return True
        k -= 1
    return False


def _that(after: list[str]) -> int | None:
    """Where "that" opens the clause told among ``after``: not a determiner after a
    preposition ("told in that meeting that ...")."""
    opens = (
        k
        for k, w in enumerate(after)
        if w == "that" and (k == 0 or after[k - 1] not in _PREPOSITIONS)
    )
    return next(opens, None)


def _window(low: list[str], i: int) -> list[str]:
    """The words after ``i`` up to the end of the stretch, at most twelve."""
    after = low[i + 1 : i + 13]
    stop = next((k for k, w in enumerate(after) if w in _STOPS), len(after))
    return after[:stop]


def told_hearer(low: list[str], i: int) -> int:
    """Whether the word at ``i`` tells a hearer a clause ("we were told in May that ...",
    "managers told the union the site would close"): 1, or -1 where the telling is denied
    ("nobody told us the school would close", "were never told that ..."); 0 for none, an
    order or a notice of a thing ("told to leave", "told about the leak"), and a telling put
    in question ("Were you told that ...")."""
    if low[i] not in _TELL or _inverted(low, i):
        return 0
    told = _passive_told(low, i) or _active_told(low, i) or _named_hearer(low, i)
    if not told and i > 1 and low[i - 1] in _BETWEEN:  # "were never told that ..."
        told = _passive_told([*low[: i - 1], *low[i:]], i - 1)
    if not told:
        return 0
    return -1 if _denied(low, i) else 1


def told_from(low: list[str], i: int) -> int:
    """Where the words told begin after the telling at ``i`` (its "that", or else the first
    finite word of the clause told, "told us on Monday the pool would close"), so that the
    words before it are the telling's own (its hearer, its time)."""
    after = _window(low, i)
    that = _that(after)
    finite = next((k for k, w in enumerate(after) if w in _FINITE), len(after))
    return i + 1 + (that if that is not None else finite)


def _named_hearer(low: list[str], i: int) -> bool:
    """ "told the council this was coming", "told the union the site would close": a hearer
    named by a determiner and a noun or two, then a clause with no "that"."""
    after = _window(low, i)
    if not after or after[0] not in _HEARER_DETERMINERS or _that(after) is not None:
        return False
    finite = next((k for k, w in enumerate(after) if w in _FINITE), None)
    if finite is None or finite < 3:
        return False
    return not any(w in _NOT_CLAUSE or w in _PRESS for w in after[:finite])


# words that open a hearer named by a noun ("told the council ...", "told our members ...")
_HEARER_DETERMINERS = frozenset({"the", "our", "their", "my", "his", "her", "its", "every",
                                 "any", "all"})  # fmt: skip
# words that may stand between the passive's "be" and "told" ("was never told that ...")
_BETWEEN = frozenset({"never", "not", "n't", "ever", "also", "once", "even"})


def _passive_told(low: list[str], i: int) -> bool:
    """ "we were told that ...", "staff had been told on Tuesday that ...", "I was told the
    school would close": the hearer is the subject, a clause follows."""
    if i == 0 or low[i - 1] not in lx.BE_FORMS or low[i] != "told":
        return False
    after = _window(low, i)
    if not after or after[0] in _NOT_CLAUSE:
        return False
    return _that(after) is not None or any(w in _FINITE for w in after[1:])


def _active_told(low: list[str], i: int) -> bool:
    """ "Evergreen told council officers on Friday that ...", "told us they had sold ...": a
    hearer after the verb, then a clause."""
    after = _window(low, i)
    if not after or after[0] in _NOT_CLAUSE or after[0] == "that":
        return False  # "told to leave", "told that ..." with no hearer (a passive's tail)
    that = _that(after)
    if that is not None:
        hearer = after[:that]
        return not any(w in _NOT_CLAUSE or w in _PRESS for w in hearer)
    return after[0] in _HEARERS and len(after) > 2 and any(w in _FINITE for w in after[2:])


def disowned(clauses: list[Clause], text: str) -> list[Clause]:
    """``clauses`` of a statement ``text``, a vouched telling among them reported again when
    the statement disowns what was told ("They told us the pool would close. That is
    false."): the speaker quotes it to deny it."""
    low = [t.lower() for t in tokens(text)]
    if not (any(w in _DISOWNED for w in low) or _doubted(low) or _turned(low)):
        return clauses
    out: list[Clause] = []
    for clause in clauses:
        words = [t.lower() for t in tokens(clause.text)]
        told = [
            w for k, w in enumerate(words) if w in lx.REPORT_VERBS and vouched_telling(words, k)
        ]
        if told and clause.modality != "question":
            clause = replace(clause, modality="reported", modal_words=(told[0],))
        out.append(clause)
    return out


def _doubted(low: list[str]) -> bool:
    """Whether the statement denies the truth of something ("That is not true", "That is not
    going to happen", "I don't believe them"): said after a telling, it disowns it."""
    return any(
        lx.negating(w) and any(x in _TRUTH for x in low[k + 1 : k + 5]) for k, w in enumerate(low)
    )


def _turned(low: list[str]) -> bool:
    """Whether a word of contrast follows a vouched telling ("they told us the pool would close,
    but the plan was dropped"): the telling is set against what came after it."""
    told = next(
        (k for k, w in enumerate(low) if w in lx.REPORT_VERBS and vouched_telling(low, k)), None
    )
    return told is not None and any(w in _CONTRAST for w in low[told + 1 :])


def content_start(low: list[str]) -> int | None:
    """Where the words told begin in a clause with a vouched telling (after "that", the
    hearer or the verb), or None when the clause has none."""
    for i, w in enumerate(low):
        if w not in lx.REPORT_VERBS or not vouched_telling(low, i):
            continue
        that = _that(_window(low, i))
        if that is not None:
            return i + 2 + that
        if w in _TELL and not _passive_told(low, i):
            return i + 2  # "told us they had sold": after the pronoun
        return i + 1
    return None


def framed(clause: Clause) -> list[Clause]:
    """``clause`` with the events of its frame split off as reported: in "I was told at the
    meeting that the school would close" the speaker stands for the closure, but the meeting
    is only where the telling was, as before."""
    if clause.modality not in ("certain", "belief"):
        return [clause]
    low = [t.lower() for t in tokens(clause.text)]
    start = content_start(low)
    if start is None:
        return [clause]
    frame = tuple(e for e in clause.events if _first(low, e.word.lower()) < start)
    if not frame:
        return [clause]
    told = tuple(e for e in clause.events if e not in frame)
    return [replace(clause, events=told),
            replace(clause, events=frame, modality="reported", modal_words=("told",))]  # fmt: skip


def _first(low: list[str], word: str) -> int:
    """Where ``word`` (or the first of its words) first stands in ``low``; past the end if
    nowhere."""
    head = word.split()[0] if word.split() else word
    return next((k for k, w in enumerate(low) if w == head), len(low))
