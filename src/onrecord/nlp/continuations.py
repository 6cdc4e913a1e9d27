"""Quotations that go on a statement found before them: ``"A," she said. "B."``.

A quotation no cue claims continues the last quotation's statement when it follows it closely:
the speaker goes on after the cue (``"A," said Ana Ruiz. "B."``), however long the aside that
names her (``"A," said Ana Ruiz, who chairs the board and ... "B."``), and a statement that
ends on a quotation of the speaker's words (mixed: ``The plan is a "long shot," Ruiz
conceded.``) is continued by the next one. PolNeAR annotates the stretches as one attribution with
a discontinuous content; onrecord keeps one statement per stretch with the same cue and speaker
(joined when scored, :mod:`onrecord.evaluation.conventions`).
"""

from __future__ import annotations

from bisect import bisect_right

from .attribution import Attribution, Offsets
from .quotes import Quote


def statements_by_quote(found: list[Attribution], quotes: list[Quote]) -> dict[int, Attribution]:
    """The statement each quotation is the content of, or ends: a mixed statement (``The plan
    is a "long shot," Varga conceded.``) owns its last quotation, which the next may continue."""
    out: dict[int, Attribution] = {}
    starts = [q.outer_start for q in quotes]
    for a in found:
        if a.quote is not None:
            out[a.quote] = a
        elif a.kind == "mixed":
            j = bisect_right(starts, a.content[1]) - 1
            if j >= 0 and a.content[0] <= quotes[j].outer_start:
                out.setdefault(j, a)
    return out


def previous_quote_statement(
    i: int,
    quotes: list[Quote],
    by_quote: dict[int, Attribution],
    text: str,
    paragraphs: list[Offsets] | None,
) -> Attribution | None:
    """The statement this unattributed quotation continues: the last quotation's, when near."""
    if i == 0 or (i - 1) not in by_quote:
        return None
    prev_q, q = quotes[i - 1], quotes[i]
    between = text[prev_q.outer_end : q.outer_start]
    if between.count("\n") > 2:
        return None
    if len(between.split()) > 12 and not _split_by_attribution(by_quote[i - 1], prev_q, q, text):
        return None
    if not q.continued and "\n" in between and not between.strip():
        return by_quote[i - 1]
    return by_quote[i - 1]


def _split_by_attribution(prev: Attribution, prev_q: Quote, q: Quote, text: str) -> bool:
    """``"A," said Ana Ruiz, who chairs the board and ... "B."``: a quotation that goes on after
    its own cue and source, however long the aside that names the speaker; the second stretch
    is the same statement (PolNeAR's discontinuous content), not an unattributed quotation."""
    if prev.cue is None or prev.source is None or "\n" in text[prev_q.outer_end : q.outer_start]:
        return False
    gap = range(prev_q.outer_end, q.outer_start + 1)
    return prev.cue[0] in gap and prev.source[0] in gap
