"""``onrecord contradictions`` and ``/api/contradictions`` take the same filters the same way:
one query (:func:`onrecord.matters.store.contradictions`) answers both."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from onrecord.cli import cli
from onrecord.web import create_app

from .conftest import build_store

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


# -- matters --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def matters_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web fixture with two more matters: m2 (Lind no, the girders unclear, 2024-02-06 and
    -14) and m3 (Markovic's summer alone, 2024-03-05); m1 keeps its two disagreements."""
    path = build_store(tmp_path_factory.mktemp("matters") / "matters.db", analyzed=True)
    conn = sqlite3.connect(path)
    ids = {content[:20]: sid for sid, content in conn.execute("SELECT id, content FROM statements")}
    conn.executemany("INSERT INTO matters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        ("m0000000002", "Were the girders checked before autumn?", "check girders", 1, 1, 0, 0,
         "2024-02-06", "2024-02-14"),
        ("m0000000003", "Will the bridge reopen before summer?", "reopen bridge", 0, 1, 0, 0,
         "2024-03-05", "2024-03-05"),
    ])  # fmt: skip
    conn.executemany("INSERT INTO stances VALUES (?, ?, ?, 0.9, '[]', NULL)", [
        ("m0000000002", ids["Repairs cannot finis"], "no"),
        ("m0000000002", ids["Nobody checked the g"], "yes"),
        ("m0000000003", ids["The bridge will not "], "no"),
    ])  # fmt: skip
    conn.commit()
    conn.close()
    return path


@pytest.fixture(scope="module")
def matters_client(matters_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(matters_db)) as c:
        yield c


M1, M2, M3 = "m0000000001", "m0000000002", "m0000000003"
MATTER_FILTERS = [
    ({"speaker": "Teodor Lind"}, [M1, M2]),
    ({"speaker": "lind"}, [M1, M2]),
    ({"speaker": "Markovic"}, [M1, M3]),
    ({"since": "2024-03"}, [M1, M3]),
    ({"until": "2024-02-10"}, [M1, M2]),
    # one statement of the speaker's in the dates: Lind spoke on m1 only before its later words
    ({"speaker": "Lind", "since": "2024-02-10"}, []),
    ({"speaker": "Markovic", "since": "2024-02-10", "until": "2024-02-20"}, [M1]),
    ({"q": "bridge"}, [M1, M3]),
    ({"q": "BRIDGE summer"}, [M3]),
    ({"disputed": "true"}, [M1]),
    ({"min_statements": "2"}, [M1, M2]),
    ({"speaker": "Lind", "disputed": "true"}, [M1]),
    ({"speaker": "Nobody Atall"}, []),
]


@pytest.mark.parametrize(("params", "expected"), MATTER_FILTERS)
def test_api_and_cli_matters_take_the_same_filters(
    matters_client: TestClient, matters_db: Path, params: dict[str, str], expected: list[str]
) -> None:
    body = matters_client.get("/api/matters", params=params).json()
    assert body["ok"] is True, body
    assert [r["id"] for r in body["rows"]] == expected
    args = []
    for k, v in params.items():
        flag = "--" + {"q": "search"}.get(k, k).replace("_", "-")
        args += [flag] if v == "true" else [f"{flag}={v}"]
    result = CliRunner().invoke(cli, ["matters", "--db", str(matters_db), *args])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.stdout)] == expected


def test_api_matters_speaker_is_a_name_or_an_id(matters_client: TestClient) -> None:
    speakers = matters_client.get("/api/speakers", params={"q": "Lind"}).json()["rows"]
    by_id = matters_client.get("/api/matters", params={"speaker": speakers[0]["id"]}).json()
    by_name = matters_client.get("/api/matters", params={"speaker": "Teodor Lind"}).json()
    assert by_id["rows"] == by_name["rows"] and len(by_id["rows"]) == 2


def test_matters_filter_that_names_nobody_says_so(
    matters_client: TestClient, matters_db: Path
) -> None:
    body = matters_client.get("/api/matters", params={"speaker": "Nobody Atall"}).json()
    assert body["rows"] == [] and body["notes"][0].startswith(
        "No speaker called 'Nobody Atall' is in the store: GET /api/speakers?q=PART"
    )
    body = matters_client.get("/api/matters", params={"speaker": "Lind", "since": "2025"}).json()
    assert body["rows"] == [] and body["notes"] == []  # a known speaker: no note
    result = CliRunner().invoke(cli, ["matters", "--db", str(matters_db), "--speaker", "Nobody"])
    assert json.loads(result.stdout) == []
    assert "No speaker called 'Nobody' is in the store" in result.stderr


def test_api_matters_empty_values_are_no_filter(matters_client: TestClient) -> None:
    narrowed = matters_client.get("/api/matters", params={"disputed": "1"}).json()
    assert [r["id"] for r in narrowed["rows"]] == [M1]
    params = {"speaker": "", "since": "", "until": "", "q": "", "disputed": "",
              "min_statements": ""}  # fmt: skip
    body = matters_client.get("/api/matters", params=params).json()
    assert [r["id"] for r in body["rows"]] == [M1, M2, M3]


def test_matters_page_takes_the_filters_and_says_a_speaker_that_names_nobody(
    matters_client: TestClient,
) -> None:
    page = matters_client.get("/matters", params={"speaker": "Lind", "disputed": "true"}).text
    assert "/matters/m0000000001" in page and "/matters/m0000000002" not in page
    page = matters_client.get("/matters", params={"speaker": "Nobody Atall"}).text
    assert "No speaker called &#39;Nobody Atall&#39; is in the store: /speakers lists" in page
    assert "No matter meets these filters." in page and 'href="/matters"' in page
