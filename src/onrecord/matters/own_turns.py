"""One speaker who answers one event both ways in two reports of a story, with nothing else in
common: a reversal no matter joins.

Matters join two statements of two articles only when they share a word besides their event
(:mod:`.cluster`): "No one on the estate has been overcharged" and, weeks later, "Some 140
households were overcharged" share only "overcharged", and stay apart. Said by two speakers,
such a pair is too often two things; said by one person, sure both times, about one story's
event on two days, it is most often the same question answered again. So a speaker's certain
answer and their later certain opposite answer on one event key, both in their own quoted
words, in another article of the story, are judged as if one matter held them
(:func:`.contradictions.verdict`: its checks of time frames, things named, a plan and a
routine keep out two questions).

Not a reversal: words the reporter tells in their own ("the date had moved", "she would run
in the 200 metres only"), a summary of another question as often as the speaker's answer; a
hedge or a condition on either side; two statements one matter already holds, which judged
them; a statement already shown in a reversal; an earlier statement on the same day or in the
same article (:func:`.owned_reversals.said_before`); of several earlier statements, none when
two answer alike (which one changed is not told); an answer about another thing, where one
side names someone or something ("I have never met Mr Corlan") that the other leaves out
for a thing of its own ("I met his brother"), a place it happened in aside ("no one on the
Carrow estate").

The reversal keeps the verdict's evidence: each side's stance and deciding words.
"""

from __future__ import annotations

from dataclasses import replace

from .claims import Item
from .cluster import Matter, Position
from .contradictions import Contradiction, verdict
from .owned_reversals import said_before
from .reversal_checks import said_surely
from .stance import Stance, stance_of
from .words import tokens

__all__ = ["own_turns"]

# how far apart the two may be and still be one question answered again
_WITHIN_DAYS = 366
# how sure before :mod:`.confidence` sets it: no matter joins the two
_CONFIDENCE = 0.55
# words before a name that make it the place the event happened in ("on the Carrow estate")
_PLACE_PREPS = frozenset({"on", "in", "at", "near", "across", "around", "outside", "inside"})
_ARTICLES = frozenset({"the", "a", "an"})


def own_turns(
    items: list[Item],
    found: list[Contradiction],
    matters: tuple[Matter, ...] | list[Matter],
    stories: dict[str, frozenset[str]] | None = None,
) -> list[Contradiction]:
    """Reversals of one speaker's certain answer on one event key, in two articles of one story
    that no matter joins (see the module)."""
    shown = {s for c in found if c.kind == "reversal" for s in (c.a.statement, c.b.statement)}
    reported = {frozenset((c.a.statement, c.b.statement)) for c in found}
    in_matters: dict[str, set[str]] = {}
    for m in matters:
        for p in m.positions:
            in_matters.setdefault(p.item.key, set()).add(m.id)
    by_speaker: dict[str, list[Item]] = {}
    for it in items:
        if it.speaker is not None and it.statement.kind == "direct" and said_surely(it):
            by_speaker.setdefault(it.speaker, []).append(it)
    out: list[Contradiction] = []
    for told in by_speaker.values():
        told.sort(key=lambda it: (it.said or "", it.key))
        answers = {it.key: _answers(it) for it in told}
        # event key -> the speaker's statements that answer it surely, in order told
        by_key: dict[str, list[Item]] = {}
        for it in told:
            for key in answers[it.key]:
                by_key.setdefault(key, []).append(it)
        for later in told:
            if later.key in shown:
                continue
            hits: list[tuple[Item, Contradiction]] = []
            for it in _candidates(later, answers, by_key):
                if (
                    it.key in shown
                    or frozenset((it.key, later.key)) in reported
                    or not said_before(it, later, stories, _WITHIN_DAYS)
                    or in_matters.get(it.key, set()) & in_matters.get(later.key, set())
                ):
                    continue
                found_ = _turned(it, later)
                if found_ is not None:
                    hits.append((it, found_))
                    if len(hits) > 1:
                        break  # two earlier answers: which one changed is not told
            if len(hits) != 1:
                continue
            earlier, turn = hits[0]
            why = f"{later.speaker_name} answered one question both ways, in two reports"
            out.append(replace(turn, confidence=_CONFIDENCE, matter=None, reason=why))
            shown |= {earlier.key, later.key}
    return out


def _answers(it: Item) -> dict[str, str]:
    """Event key -> the statement's certain answer on it ("yes", "no")."""
    out: dict[str, str] = {}
    for key in {e.key for e in it.claim.events}:
        st = stance_of(it.claim, key)
        if st.certain and st.label in ("yes", "no"):
            out[key] = st.label
    return out


def _candidates(
    later: Item, answers: dict[str, dict[str, str]], by_key: dict[str, list[Item]]
) -> list[Item]:
    """The speaker's statements told before ``later`` that answer one of its event keys the
    other way, in order told."""
    mine = answers[later.key]
    seen: set[str] = set()
    out: list[Item] = []
    for key, label in sorted(mine.items()):
        for it in by_key.get(key, ()):
            if it.key == later.key or (it.said or "", it.key) >= (later.said or "", later.key):
                break
            if answers[it.key][key] != label and it.key not in seen:
                seen.add(it.key)
                out.append(it)
    out.sort(key=lambda it: (it.said or "", it.key))
    return out


def _turned(earlier: Item, later: Item) -> Contradiction | None:
    """The reversal the two answer on one event key, both certain and opposite, when the checks
    of one matter pass it."""
    keys = {e.key for e in earlier.claim.events} & {e.key for e in later.claim.events}
    for key in sorted(keys):
        sa, sb = stance_of(earlier.claim, key), stance_of(later.claim, key)
        if not (sa.certain and sb.certain) or {sa.label, sb.label} != {"yes", "no"}:
            continue
        if _about_another(sa, sb) or _about_another(sb, sa):
            continue  # "never met Mr Corlan" / "met his brother": two people
        p, q = Position(earlier, sa), Position(later, sb)
        yes, no = (p, q) if sa.label == "yes" else (q, p)
        matter = Matter(f"turn-{key}", f"{key}?", key, (p, q))
        c = verdict(yes, no, matter)
        if isinstance(c, Contradiction) and c.kind == "reversal":
            return c
    return None


def _about_another(a: Stance, b: Stance) -> bool:
    """Whether ``a`` names someone or something, not as a place, that ``b`` leaves out while
    naming a thing of its own, and the two share no thing ("never met Mr Corlan" / "met his
    brother"; "will not sell the Harle depot" / "sold two buses")."""
    named = _named(a) - b.entities - {t.lower() for t in tokens(b.clause)}
    return bool(named) and bool(b.theme or b.entities) and not a.theme & b.theme


def _named(st: Stance) -> set[str]:
    """The stance's names that are not the place its event happened in: a name whose phrase
    opens after "on", "in", "at" ("on the Carrow estate") is a place."""
    toks = tokens(st.clause)
    low = [t.lower() for t in toks]
    out: set[str] = set()
    for name in st.entities:
        if name not in low:
            continue
        j = low.index(name) - 1
        while j >= 0 and (low[j] in _ARTICLES or low[j] in st.entities or toks[j][:1].isupper()):
            j -= 1
        if j < 0 or low[j] not in _PLACE_PREPS:
            out.add(name)
    return out
