"""One question, one matter: two matters a reader would see asking the same thing.

A clause that names two events the rules read ("the union had refused to meet the council":
a refusal, and a meeting denied through it) makes a matter of each, and both are asked by the
same clause, so both get the question "Did the union refuse to meet the council?". A reader
then sees one question twice, and in one of the two the answers run against its words (a
"no" for the refusal, read as a meeting not held).

:func:`one_question_each` reads the matters as a reader does, by their questions, once the
reports are found (every matter was judged; merging changes what is shown, not what is
found). Two that ask the same question (letter case and spacing aside) and hold the same
proposition (the same statements, answered all alike or all opposite) are one matter: the
one a report was found in is kept, then the one read most directly (its statements' stances
name the fewest words: "refused", not "meet" through "refused"), and the reports of the
other point to it. Two that ask the same question of different propositions (other
statements, or answers alike on some and opposite on others) are both kept, and each
question after the first names the word it asks about (``(on "meet")``), so that no two
read the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .cluster import Matter

__all__ = ["one_question_each"]

_ANSWERS = frozenset({"yes", "no"})


def _asked(m: Matter) -> str:
    """The question as a reader compares it: case and spacing aside."""
    return " ".join(m.question.lower().split())


def _answers(m: Matter) -> dict[str, str]:
    """Each statement's yes or no on ``m`` (its hedges and unclear answers aside)."""
    return {p.item.key: p.stance.label for p in m.positions if p.stance.label in _ANSWERS}


def same_proposition(one: Matter, other: Matter) -> bool:
    """Whether two matters hold the same statements and answer them all alike or all
    opposite (see the module), at least one of them yes or no on both."""
    if {p.item.key for p in one.positions} != {p.item.key for p in other.positions}:
        return False
    a, b = _answers(one), _answers(other)
    alike = {a[k] == b[k] for k in a.keys() & b.keys()}
    return len(alike) == 1


def _word(m: Matter) -> str:
    """The word the matter asks about: its statements' event word, most often named."""
    words = [p.stance.words[0].lower() for p in m.positions if p.stance.words]
    return max(sorted(set(words)), key=words.count) if words else m.event


def one_question_each(
    matters: Iterable[Matter], reported: Iterable[str | None] = ()
) -> tuple[list[Matter], dict[str, str]]:
    """``matters`` with no two asking the same question (see the module), in their order, and
    the id of each matter merged away with the id of the one kept in its place. Of one
    proposition, the matter a report (``reported``: the reports' matter ids) was found in is
    kept, then the one read most directly (its stances name the fewest words: "refused", not
    "meet" through "refused"), then the first by id."""
    listed = list(matters)
    told = frozenset(reported)
    by_question: dict[str, list[int]] = {}
    for i, m in enumerate(listed):
        by_question.setdefault(_asked(m), []).append(i)
    moved: dict[str, str] = {}
    dropped: set[int] = set()
    renamed: dict[int, Matter] = {}
    for group in by_question.values():
        if len(group) < 2:
            continue
        kept: list[int] = []
        for i in sorted(group, key=lambda i: _order(listed[i], told)):
            into = next((k for k in kept if same_proposition(listed[i], listed[k])), None)
            if into is None:
                kept.append(i)
                continue
            dropped.add(i)
            moved[listed[i].id] = listed[into].id
        for i in kept[1:]:
            m = listed[i]
            renamed[i] = replace(m, question=f'{m.question.rstrip("?")} (on "{_word(m)}")?')
    shown = [renamed.get(i, m) for i, m in enumerate(listed) if i not in dropped]
    return shown, moved


def _order(m: Matter, told: frozenset[str | None]) -> tuple[bool, int, str]:
    """The order in which matters of one question are kept (see :func:`one_question_each`)."""
    return (m.id not in told, sum(len(p.stance.words) for p in m.positions), m.id)
