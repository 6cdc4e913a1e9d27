"""Global fixtures: the model-backed extractor (loaded once), the CLI runner, shared data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_860d44aacc00b277.txt"
SEED_EXPECTED = SHARED / "seed" / "expected.json"
DATA = Path(__file__).parent / "data"

# The suite reads by the rules alone, whatever table this machine has trained for the learned
# pass (``make cue-weights``); tests of that pass hand their own invented table in.
os.environ["ONRECORD_CUE_WEIGHTS"] = "off"


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from onrecord.extractor import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor):  # type: ignore[no-untyped-def]
    return extractor.nlp


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seed_expected() -> dict[str, object]:
    if not SEED_EXPECTED.exists():
        pytest.skip("../shared/seed is not present in this checkout")
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
