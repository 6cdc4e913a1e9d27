"""``onrecord eval-times``: score the time stage on TimeML files (TempEval-3 Task A)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ._base import cli, cli_errors

if TYPE_CHECKING:  # the scorer needs the time tagger and spaCy: imported when the command runs
    from ..evaluation.timeml import TimeScores

log = logging.getLogger(__name__)

_ROWS = (
    ("strict span", "strict_precision", "strict_recall", "strict_f1"),
    ("relaxed span", "relaxed_precision", "relaxed_recall", "relaxed_f1"),
)


def format_scores(scores: TimeScores, errors: bool = False) -> str:
    """A readable table of ``scores`` (and the errors, one a line, when asked)."""
    lines = [
        f"{scores.documents} documents, {scores.gold} gold and {scores.system} system TIMEX3",
        f"{'':14}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for label, p, r, f in _ROWS:
        values = (getattr(scores, p), getattr(scores, r), getattr(scores, f))
        lines.append(f"{label:14}" + "".join(f"{v:8.3f}" for v in values))
    lines += [
        f"{'type accuracy':22}{scores.type_accuracy:8.3f}",
        f"{'value accuracy':22}{scores.value_accuracy:8.3f}",
        f"{'value F1':22}{scores.value_f1:8.3f}",
    ]
    if errors:
        for e in scores.errors:
            lines.append(
                f"{e.kind:12} {e.doc}: {e.text!r} gold={e.gold} system={e.system} | {e.context}"
            )
    return "\n".join(lines)


@cli.command("eval-times")
@click.argument("timeml_dir", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--errors", is_flag=True, help="List missed, spurious and wrongly valued expressions."
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--spacy", "use_spacy", is_flag=True, help="Take tense from the spaCy parse.")
def eval_times(timeml_dir: Path, errors: bool, as_json: bool, use_spacy: bool) -> None:
    """Score time expressions against the TimeML (.tml) files in TIMEML_DIR."""
    from ..evaluation.timeml import evaluate_times

    with cli_errors():
        scores = evaluate_times(timeml_dir, use_spacy=use_spacy)
    if as_json:
        click.echo(json.dumps(scores.to_dict(errors=errors), indent=2))
    else:
        click.echo(format_scores(scores, errors=errors))
