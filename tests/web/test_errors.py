"""Errors say what to do on the surface that asked: the API points to API routes, a page to
pages, neither to a command line; invalid values are described in words, not as a regex."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.web import create_app

from .conftest import build_store


@pytest.mark.parametrize(
    ("path", "listing"),
    [("/api/speakers/999", "GET /api/speakers"), ("/api/articles/999", "GET /api/articles"),
     ("/api/matters/m999", "GET /api/matters")],
)  # fmt: skip
def test_api_404_points_to_the_api(client: TestClient, path: str, listing: str) -> None:
    body = client.get(path).json()
    assert body["status"] == 404 and listing in body["error"]
    assert "onrecord " not in body["error"]  # no command line: the caller may not have one


def test_api_unknown_speaker_id_is_called_an_id(client: TestClient) -> None:
    error = client.get("/api/speakers/999").json()["error"]
    assert error.startswith("No speaker with id 999 is in the store.")


@pytest.mark.parametrize(
    ("path", "listing"),
    [("/speakers/999", "/speakers lists"), ("/articles/999", "/articles lists"),
     ("/matters/m999", "/matters lists")],
)  # fmt: skip
def test_page_404_points_to_the_pages(client: TestClient, path: str, listing: str) -> None:
    r = client.get(path)
    message = re.search(r'class="error-message">([^<]*)', r.text)
    assert r.status_code == 404 and message is not None
    assert listing in message[1] and "/api/" not in message[1] and "onrecord " not in message[1]


@pytest.mark.parametrize(
    ("path", "words"),
    [("/api/statements?since=yesterday", "a date is YYYY, YYYY-MM or YYYY-MM-DD"),
     ("/api/statements?q=a%00b", "may not hold control characters"),
     ("/api/matters/a%20b", "a matter id is 1 to 64 letters"),
     ("/api/contradictions?matter=a.b", "a matter id is up to 64 letters")],
)  # fmt: skip
def test_invalid_values_are_described_in_words(client: TestClient, path: str, words: str) -> None:
    error = client.get(path).json()["error"]
    assert words in error
    assert "pattern" not in error and "^" not in error  # no regular expression


@pytest.mark.parametrize(
    "path",
    ["/api/articles?since=2024-13", "/api/contradictions?until=2024-02-32",
     "/api/matters?since=2023-00", "/api/statements?until=2024-1-05"],
)  # fmt: skip
def test_a_month_or_day_off_the_calendar_is_refused(client: TestClient, path: str) -> None:
    body = client.get(path).json()
    assert body["status"] == 400
    assert "a date is YYYY, YYYY-MM or YYYY-MM-DD" in body["error"]
    if not path.startswith("/api/statements"):  # the page of the same list alike
        assert client.get(path.replace("/api", "", 1)).status_code == 400


def test_a_leap_day_and_a_month_end_are_dates(client: TestClient) -> None:
    for day in ("2024-02-29", "2024-12-31", "2024-10"):
        assert client.get(f"/api/statements?since={day}").status_code == 200


def test_405_says_the_server_is_read_only(client: TestClient) -> None:
    body = client.delete("/api/articles/1").json()
    assert body["status"] == 405 and "read-only" in body["error"] and "GET" in body["error"]


@pytest.mark.parametrize("analyzed", [True, False])
def test_docs_try_links_all_answer(
    tmp_path_factory: pytest.TempPathFactory, analyzed: bool
) -> None:
    db = build_store(tmp_path_factory.mktemp("docs") / "d.db", analyzed=analyzed)
    with TestClient(create_app(db)) as c:
        links = re.findall(r'class="try" href="([^"]+)"', c.get("/docs").text)
        assert any("{" not in link and "/api/speakers/" in link for link in links)
        assert any(link.startswith("/api/search?q=") for link in links)
        assert any(link.startswith("/api/matters/") for link in links) is analyzed
        for link in links:
            assert c.get(link.replace("&amp;", "&")).status_code == 200, link


def test_contradiction_tabs_keep_the_other_filters(client: TestClient, ids: dict[str, int]) -> None:
    r = client.get(f"/contradictions?speaker={ids['markovic']}&offset=1")
    tabs = re.search(r'<nav class="tabs".*?</nav>', r.text, re.S)
    assert tabs is not None
    hrefs = re.findall(r'href="([^"]+)"', tabs[0])
    assert len(hrefs) == 4
    assert all(f"speaker={ids['markovic']}" in h and "offset" not in h for h in hrefs)
    assert "Only pairs with speaker Dana Markovic." in r.text  # a narrowed list says so
    assert "Only pairs with" not in client.get("/contradictions").text


def test_contradiction_evidence_keeps_a_space_after_the_cue(client: TestClient) -> None:
    text = client.get("/contradictions?kind=reversal").text
    assert "“concedes”</span> reopen in March" in text


def test_search_says_when_a_speaker_or_outlet_filter_names_nothing(client: TestClient) -> None:
    r = client.get("/search", params={"q": "bridge", "speaker": "Siobhán O’Rourke"})
    assert "No speaker called &#39;Siobhán O’Rourke&#39; is in the store" in r.text
    r = client.get("/search", params={"outlet": "Fjord Gazette"})
    assert "No outlet called &#39;Fjord Gazette&#39; is in the store" in r.text
    # a name the store holds, under another spelling or an id, is no note
    for speaker in ["dana markovic", "Markovic"]:
        assert "is in the store" not in client.get("/search", params={"speaker": speaker}).text
    assert "is in the store" not in client.get("/search", params={"outlet": "harbor ledger"}).text


@pytest.mark.parametrize("path", ["/articles", "/speakers", "/search", "/contradictions"])
def test_a_page_past_the_end_links_back_to_the_first(client: TestClient, path: str) -> None:
    text = client.get(path, params={"limit": 2, "offset": 10_000}).text
    pager = re.search(r'<nav class="pager".*?</nav>', text, re.S)
    assert pager is not None
    assert re.findall(r'href="([^"]+)"', pager[0]) == [f"{path}?limit=2"]
    assert "10001–10000" not in text and "No rows this far" in pager[0]


def test_pager_words_fit_lists_not_sorted_by_date(client: TestClient) -> None:
    pager = re.search(
        r'<nav class="pager".*?</nav>', client.get("/speakers?limit=1&offset=1").text, re.S
    )
    assert pager is not None and "← Previous" in pager[0] and "Next →" in pager[0]
    assert "Newer" not in pager[0] and "Older" not in pager[0]


def test_another_host_name_is_refused_saying_what_to_open(web_db: Path) -> None:
    loopback = ["127.0.0.1", "localhost", "[::1]", "::1"]
    app = create_app(web_db, allowed_hosts=loopback)
    with TestClient(app, base_url="http://127.0.0.1:8731") as c:
        r = c.get("/api/stats", headers={"host": "rebind.example:8731"})
        body = r.json()
        assert r.status_code == 400 and body["ok"] is False and body["status"] == 400
        assert (
            "'rebind.example'" in body["error"] and "Open http://127.0.0.1:8731/" in body["error"]
        )
        page = c.get("/articles", headers={"host": "rebind.example"})
        assert page.status_code == 400 and "text/html" in page.headers["content-type"]
        assert "DNS rebinding" in page.text
        for host in ["127.0.0.1:8731", "LOCALHOST", "[::1]:8731"]:
            assert c.get("/api/stats", headers={"host": host}).status_code == 200, host


def test_api_statements_notes_a_filter_that_names_nothing(client: TestClient) -> None:
    body = client.get("/api/statements", params={"speaker": "Siobhán O’Rourke"}).json()
    assert body["rows"] == [] and len(body["notes"]) == 1
    assert body["notes"][0].startswith("No speaker called 'Siobhán O’Rourke' is in the store")
    assert "GET /api/speakers?q=PART" in body["notes"][0] and "onrecord " not in body["notes"][0]
    body = client.get("/api/statements", params={"outlet": "Fjord Gazette"}).json()
    assert body["notes"] == ["No outlet called 'Fjord Gazette' is in the store: GET /api/outlets "
                             "lists them."]  # fmt: skip
    # a name the store holds is no note, even when nothing else matches
    for params in [{"speaker": "Markovic"}, {"speaker": "dana markovic", "since": "2030"}]:
        assert client.get("/api/statements", params=params).json()["notes"] == []


def test_head_answers_like_get_without_a_body(client: TestClient, ids: dict[str, int]) -> None:
    for path in ["/api/stats", f"/articles/{ids['first']}", "/static/style.css"]:
        get, head = client.get(path), client.head(path)
        assert head.status_code == 200 and head.content == b"", path
        assert head.headers["content-type"] == get.headers["content-type"]
        assert head.headers["content-length"] == str(len(get.content))
    assert client.head("/api/speakers/999").status_code == 404
    assert client.post("/api/stats").status_code == 405
