"""The date a paragraph sets for the words said after it: a day it names ("The board met on
May 4. Ellery said ..."), never a month or a year a narrative sentence gives an event ("The
group made its bid last month. Ellery said ..."), which is no occasion of the saying.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.models import TimeExpression
from onrecord.nlp.attribution import Attribution
from onrecord.nlp.statement_dates import _paragraph_scene


def _scene(lead: str, when: str, value: str) -> str | None:
    """The scene date of a statement that follows ``lead`` (which holds ``when``, read as
    ``value``) in one paragraph."""
    text = lead + ' "The mill never answered our letter," Ellery said.'
    start = lead.index(when)
    t = TimeExpression(when, start, start + len(when), "DATE", value)
    said = len(lead) + 1
    a = Attribution(kind="direct", content=(said + 1, said + 35), sentence=(said, len(text)),
                    tense="past")  # fmt: skip
    date = _paragraph_scene(a, [t], [(0, len(text))])
    return date.value if date else None


def test_a_day_the_paragraph_names_is_the_scene() -> None:
    assert _scene("The tenants met the owners on May 4.", "May 4", "2031-05-04") == "2031-05-04"


def test_a_month_an_event_is_given_sets_no_scene() -> None:
    lead = "The tenants sent their bid to Harlow Mills last month."
    assert _scene(lead, "last month", "2031-04") is None
    assert _scene("The mill was sold in 2029.", "2029", "2029") is None
