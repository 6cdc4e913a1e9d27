"""A count of people who report something: "Thirty-one people have reported falling ill".

A report verb makes its clause reported speech (:mod:`.claims`), and a figure of reported
speech is no value the speaker gives. But when the figure is the report's subject, the speaker
asserts the count: thirty-one people did report it. What they report, told as a gerund
("reported falling ill", "complained of feeling sick"), is what is said of the people counted,
as "nine people have fallen ill" says it: the two counts answer one question.

Not read: a count of what is reported ("the firm reported 40 complaints": its object, not its
subject), a report with a that-clause ("31 people said that ..."), or one with no gerund.
"""

from __future__ import annotations

from . import lexicon as lx
from .claims import Clause
from .figure_words import NUMBER_WORDS
from .words import tokens

__all__ = ["compound_number", "reported_act", "reported_count"]

_REPORTING = frozenset({"report", "reports", "reported", "reporting", "complain", "complains",
                        "complained", "complaining"})  # fmt: skip
_OPENERS = frozenset({"the", "some", "about", "around", "nearly", "almost", "over", "more",
                      "than", "at", "least", "only", "just"})  # fmt: skip
_AIDS = frozenset({"have", "has", "had", "now", "already", "also", "all", "since"})
_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine".split())}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip


def compound_number(w: str) -> float | None:
    """The value of a hyphened number word ("thirty-one": 31), else None."""
    tens, _, unit = w.partition("-")
    if tens in _TENS and unit in _UNITS and unit != "zero":
        return float(_TENS[tens] + _UNITS[unit])
    return None


def _number(w: str) -> bool:
    return w[:1].isdigit() or w in NUMBER_WORDS or compound_number(w) is not None


def reported_count(clause: Clause) -> bool:
    """Whether a reported clause opens with a count that is its report verb's subject, the
    report told as a gerund ("Thirty-one people have reported falling ill")."""
    if clause.modality != "reported":
        return False
    low = [t.lower() for t in tokens(clause.text)]
    k = 0
    while k < len(low) and low[k] in _OPENERS:
        k += 1
    if k >= len(low) or not _number(low[k]):
        return False
    k += 1
    while k < len(low) and (low[k] == "," or low[k][:1].isdigit()):
        k += 1  # "1 , 200"
    if k >= len(low) or not low[k].isalpha() or low[k] in lx.STOPWORDS:
        return False  # the counted noun
    return reported_act(low, k + 1) != ""


def reported_act(low: list[str], k: int) -> str:
    """The stem of the gerund a report verb after the counted noun tells ("have reported
    <falling> ill", "complained of <feeling> sick"), or ""."""
    while k < len(low) and low[k] in _AIDS:
        k += 1
    if k >= len(low) or low[k] not in _REPORTING:
        return ""
    k += 1
    if k < len(low) and low[k] in ("of", "about"):
        k += 1
    if k < len(low) and low[k].endswith("ing") and low[k].isalpha() and len(low[k]) > 4:
        return lx.stem(low[k])
    return ""
