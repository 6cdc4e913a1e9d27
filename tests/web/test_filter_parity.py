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

# c2's statements are on 2024-02-14 and 2024-03-05: a period holds a pair when one of its two
# statements is dated in it, the same one for both bounds
PERIODS = [
    ({"until": "2024-02-10"}, ["c1"]),
    ({"until": "2024-02"}, ["c1", "c2"]),  # a prefix keeps all of February
    ({"until": "2024-01"}, []),
    ({"since": "2024-02-10", "until": "2024-02-20"}, ["c2"]),
    ({"since": "2024-03", "until": "2024-03"}, ["c2"]),
    ({"since": "2024-02-07", "until": "2024-02-13"}, []),  # c2 spans it; neither side is in it
    ({"speaker": "Lind", "until": "2024-02-06"}, ["c1"]),
    ({"speaker": "Lind", "since": "2024-02-07", "until": "2024-12"}, []),
    ({"kind": "reversal", "until": "2024-02-14"}, ["c2"]),
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


@pytest.mark.parametrize(("params", "expected"), PERIODS)
def test_api_cli_and_export_contradictions_take_the_same_period(
    client: TestClient, web_db: Path, params: dict[str, str], expected: list[str]
) -> None:
    body = client.get("/api/contradictions", params=params).json()
    assert body["ok"] is True, body
    assert [r["id"] for r in body["rows"]] == expected
    args = [f"--{k.replace('_', '-')}={v}" for k, v in params.items()]
    listed = CliRunner().invoke(cli, ["contradictions", "--db", str(web_db), *args])
    assert listed.exit_code == 0, listed.output
    assert [r["id"] for r in json.loads(listed.stdout)] == expected
    exported = CliRunner().invoke(cli, ["export", "contradictions", "--db", str(web_db), *args])
    assert exported.exit_code == 0, exported.output
    assert [json.loads(line)["id"] for line in exported.stdout.splitlines()] == expected


def test_cli_contradictions_until_must_be_a_date(web_db: Path) -> None:
    for command in (["contradictions"], ["export", "contradictions"]):
        result = CliRunner().invoke(cli, [*command, "--db", str(web_db), "--until", "March"])
        assert result.exit_code == 2 and "is not a date" in result.stderr, result.output


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
