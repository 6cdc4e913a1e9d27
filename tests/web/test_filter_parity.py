"""``onrecord contradictions`` and ``/api/contradictions`` take the same filters the same way:
one query (:func:`onrecord.matters.store.contradictions`) answers both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from onrecord.cli import cli

# the web fixture: c1 (Markovic vs Lind, 2024-02-06), c2 (Markovic's reversal, to 2024-03-05)
FILTERS = [
    ({"speaker": "Teodor Lind"}, ["c1"]),
    ({"speaker": "teodor lind"}, ["c1"]),
    ({"speaker": "Lind"}, ["c1"]),
    ({"speaker": "Dana Markovic", "kind": "reversal"}, ["c2"]),
    ({"since": "2024-03"}, ["c2"]),
    ({"since": "2024-02-06", "speaker": "Markovic"}, ["c1", "c2"]),
    ({"since": "2025"}, []),
    ({"matter": "m0000000001"}, ["c1", "c2"]),
    ({"matter": "m0000000001", "since": "2024-03-01", "speaker": "Markovic"}, ["c2"]),
    ({"matter": "m0000000002"}, []),
    ({"speaker": "Nobody Atall"}, []),
    ({"min_confidence": "0.9", "matter": "m0000000001"}, ["c1"]),
]


@pytest.mark.parametrize(("params", "expected"), FILTERS)
def test_api_and_cli_contradictions_take_the_same_filters(
    client: TestClient, web_db: Path, params: dict[str, str], expected: list[str]
) -> None:
    body = client.get("/api/contradictions", params=params).json()
    assert body["ok"] is True, body
    assert [r["id"] for r in body["rows"]] == expected
    args = [f"--{k.replace('_', '-')}={v}" for k, v in params.items()]
    result = CliRunner().invoke(cli, ["contradictions", "--db", str(web_db), *args])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.stdout)] == expected


def test_api_contradictions_speaker_is_a_name_or_an_id(
    client: TestClient, ids: dict[str, int]
) -> None:
    by_id = client.get("/api/contradictions", params={"speaker": ids["lind"]}).json()
    by_name = client.get("/api/contradictions", params={"speaker": "Teodor Lind"}).json()
    assert by_id["rows"] == by_name["rows"] and len(by_id["rows"]) == 1


def test_api_contradictions_notes_a_filter_that_names_nothing(client: TestClient) -> None:
    body = client.get("/api/contradictions", params={"speaker": "Nobody Atall"}).json()
    assert body["rows"] == [] and body["notes"][0].startswith(
        "No speaker called 'Nobody Atall' is in the store: GET /api/speakers?q=PART"
    )
    body = client.get("/api/contradictions", params={"matter": "m0000000002"}).json()
    assert body["notes"] == ["No matter 'm0000000002' is in the store: GET /api/matters lists "
                             "them."]  # fmt: skip
    # a known speaker with no pair then is no note
    body = client.get("/api/contradictions", params={"speaker": "Lind", "since": "2025"}).json()
    assert body["rows"] == [] and body["notes"] == []


def test_cli_contradictions_says_a_matter_that_names_nothing(web_db: Path) -> None:
    result = CliRunner().invoke(cli, ["contradictions", "--db", str(web_db), "--matter", "m42"])
    assert json.loads(result.stdout) == []
    assert "No matter 'm42' is in the store; onrecord matters lists them." in result.stderr


def test_contradictions_page_names_the_speaker_and_since_filters(client: TestClient) -> None:
    page = client.get("/contradictions", params={"speaker": "lind", "since": "2024-02"}).text
    assert "Only pairs with speaker Teodor Lind, a statement since 2024-02." in page
    page = client.get("/contradictions", params={"speaker": "Nobody Atall"}).text
    assert "No speaker called &#39;Nobody Atall&#39; is in the store: /speakers lists" in page


@pytest.mark.parametrize("speaker", ["²", "99999999999999999999"])
def test_a_speaker_that_looks_like_an_id_and_is_none_is_no_error(
    client: TestClient, speaker: str
) -> None:
    for path in ["/api/contradictions", "/api/statements"]:
        body = client.get(path, params={"speaker": speaker}).json()
        assert body["ok"] is True and body["rows"] == []
