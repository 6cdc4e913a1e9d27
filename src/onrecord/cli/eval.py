"""``onrecord eval``: score attribution extraction against gold annotations."""

from __future__ import annotations

import json
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ._base import cli, cli_errors, cue_weights_option

if TYPE_CHECKING:  # imported when the command runs, not by every command line
    from ..evaluation import EvaluationReport
    from ..evaluation.scoring import PRF


@cli.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--errors", "show_errors", is_flag=True, help="List missed and spurious spans.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents.")
@click.option("--model", help="spaCy model of the extractor (default: ONRECORD_MODEL or bundled).")
@cue_weights_option
def eval_command(
    gold: Path,
    show_errors: bool,
    as_json: bool,
    limit: int | None,
    model: str | None,
    cue_weights: str | None,
) -> None:
    """Score the extractor on GOLD: a PolNeAR split folder, a brat folder or a derived .jsonl."""
    from ..evaluation import evaluate

    with cli_errors():
        report = evaluate(gold, limit=limit, model=model, cue_weights=cue_weights)
    if as_json:
        click.echo(json.dumps(report.to_dict(errors=show_errors), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, errors=show_errors))


def format_report(report: EvaluationReport, *, errors: bool = False) -> str:
    """The report as a readable table, optionally followed by the span errors per document."""
    s = report.scores
    lines = [
        f"gold: {report.gold} ({s.documents} documents, model: {report.model or 'default'})",
        f"learned cues: {report.cue_weights or 'off (the rules alone)'}",
        "",
        f"{'':<12} {'exact P':>8} {'R':>6} {'F1':>6}   {'partial P':>9} {'R':>6} {'F1':>6}"
        f"   {'gold':>6} {'pred':>6}",
    ]
    for name, role in (("source", s.source), ("cue", s.cue), ("content", s.content)):
        lines.append(
            f"{name:<12} {_prf(role.exact, 8)}   {_prf(role.partial, 9)}   {_n(role.exact)}"
        )
    lines.append(
        f"{'attribution':<12} {'':>8} {'':>6} {'':>6}   {_prf(s.attribution, 9)}   "
        f"{_n(s.attribution)}"
    )
    recall = ", ".join(
        f"{t.type} {t.exact / t.gold if t.gold else 0:.3f} / "
        f"{t.partial / t.gold if t.gold else 0:.3f} (n={t.gold})"
        for t in s.content_recall
    )
    lines += ["", f"content recall by type (exact / partial): {recall}"]
    if report.failed:
        lines.append(f"failed documents: {', '.join(f.source for f in report.failed)}")
    if errors:
        lines += ["", "errors: gold in [...], predicted in {...}"]
        ordered = sorted(s.errors, key=lambda e: (e.doc_id, e.start))
        for doc_id, doc_errors in groupby(ordered, key=lambda e: e.doc_id):
            lines += ["", f"== {doc_id}"]
            lines += [f"  {e}" for e in doc_errors]
    return "\n".join(lines)


def _prf(prf: PRF, width: int) -> str:
    return f"{prf.precision:>{width}.3f} {prf.recall:>6.3f} {prf.f1:>6.3f}"


def _n(prf: PRF) -> str:
    return f"{prf.gold:>6} {prf.predicted:>6}"
