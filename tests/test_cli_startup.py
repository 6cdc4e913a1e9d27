"""The command line starts without the heavy modules: ``onrecord --help`` and the store's
light commands import neither spaCy (and torch under it), the matters, nor trafilatura; the
commands that need them import them when they run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from onrecord.store import Store

HEAVY = ("spacy", "torch", "thinc", "onrecord.matters", "onrecord.nlp", "trafilatura",
         "onrecord.ingest", "onrecord.evaluation", "sqlite_utils")  # fmt: skip
SRC = str(Path(__file__).resolve().parents[1] / "src")

RUN = """
import json, sys
from onrecord.cli import cli
try:
    cli(sys.argv[1:], prog_name="onrecord")
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {"spacy", "torch",
      "thinc", "trafilatura", "sqlite_utils"} or m.startswith(("onrecord.matters",
      "onrecord.nlp", "onrecord.ingest", "onrecord.evaluation")))), file=sys.stderr)
"""


def _imported(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", RUN, *args], capture_output=True, text=True, check=True,
        env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"}, timeout=120,
    )  # fmt: skip
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("startup") / "record.db"
    with Store.open(path):
        pass
    return str(path)


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("ingest", "--help"),
        ("export", "--help"),
        ("stats", "--db", "DB"),
        ("skips", "--db", "DB"),
        ("speakers", "--db", "DB"),
    ],
)
def test_light_commands_import_no_heavy_module(db: str, args: tuple[str, ...]) -> None:
    heavy = _imported(*(db if a == "DB" else a for a in args))
    assert not {m for m in heavy if m.split(".")[0] in HEAVY or m.startswith(HEAVY)}, heavy


def test_the_check_sees_a_heavy_import(db: str) -> None:
    """The probe itself: a command that needs the matters does import them."""
    assert "onrecord.matters" in _imported("matters", "--db", db)


def test_export_lists_what_the_exports_are() -> None:
    from onrecord.cli.store import WHAT
    from onrecord.matters.export import WHAT as EXPORTS

    assert WHAT == EXPORTS
