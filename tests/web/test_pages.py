"""HTML pages in process: every page renders, escapes hostile text and links to its JSON."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.web import create_app, markup

from .conftest import XSS_IMG, XSS_SCRIPT

PAGES = ["/", "/articles", "/articles/{first}", "/articles/{hostile}", "/speakers",
         "/speakers/{markovic}", "/matters", "/matters/m0000000001", "/contradictions", "/search",
         "/search?q=bridge&speaker=Markovic&outlet=Harbor+Ledger&since=2024&until=2024-12",
         "/docs"]  # fmt: skip
RAW = ["<script>window", "<img src=x", 'onerror="window', "<img src"]


def _pages(ids: dict[str, int]) -> list[str]:
    return [p.format(**ids) for p in PAGES]


def test_pages_render_and_link_to_their_json(client: TestClient, ids: dict[str, int]) -> None:
    for path in _pages(ids):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")
        links = re.findall(r'href="([^"]+)"[^>]*>\{ \} JSON', r.text)
        assert links, f"{path} has no JSON link"
        target = links[0].replace("&amp;", "&")
        body = client.get(target).json()
        assert body.get("ok", True) is True, (path, target)


def test_pages_escape_hostile_text(client: TestClient, ids: dict[str, int]) -> None:
    for path in [*_pages(ids), "/search?q=girders", "/speakers?q=Mallory"]:
        html = client.get(path).text
        for raw in RAW:
            assert raw not in html, (path, raw)
    article = client.get(f"/articles/{ids['hostile']}").text
    assert "&lt;script&gt;window.__pwned" in article
    assert "Mallory Quinn&#34;&gt;&lt;img" in article or "Mallory Quinn&quot;&gt;&lt;img" in article


def test_pages_escape_reflected_parameters(client: TestClient) -> None:
    for path in [f"/search?q={XSS_SCRIPT}", f"/search?speaker={XSS_IMG}",
                 f"/articles?outlet={XSS_IMG}", f"/speakers?q={XSS_SCRIPT}",
                 f"/nothing/{XSS_SCRIPT}"]:  # fmt: skip
        html = client.get(path).text
        for raw in RAW:
            assert raw not in html, (path, raw)


def test_pages_send_a_strict_content_security_policy(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in client.get("/").text.replace('<script src="/static/app.js"', "")


def test_pages_article_highlights_speaker_cue_content(
    client: TestClient, ids: dict[str, int]
) -> None:
    html = client.get(f"/articles/{ids['first']}").text
    assert '<mark class="hl hl-speaker"' in html and '<mark class="hl hl-cue"' in html
    assert re.search(r'class="hl hl-content"[^>]*>The bridge will reopen in March</mark>', html)
    assert 'title="Teodor Lind · said 2024-02-06 · via Reuters"' in html
    assert "Show 2 lines removed as boilerplate" in html and "Skip to main content" in html


def test_pages_matter_draws_a_timeline(client: TestClient) -> None:
    html = client.get("/matters/m0000000001").text
    assert '<svg class="timeline"' in html
    assert html.count('class="dot dot-yes"') == 2 and html.count('class="dot dot-no"') == 2


def test_pages_contradictions_link_both_articles_and_speakers(client: TestClient) -> None:
    html = client.get("/contradictions").text
    links = re.findall(r'class="article-link" href="(/articles/\d+#st-\d+)"', html)
    assert len(links) == 4
    for link in links:
        assert client.get(link.split("#")[0]).status_code == 200
    assert re.search(r'href="/speakers/\d+">Teodor Lind</a>', html)


def test_pages_before_analysis_say_how_to_compute(bare_client: TestClient) -> None:
    for path in ["/", "/matters", "/contradictions"]:
        html = bare_client.get(path).text
        assert "onrecord analyze --db bare.db" in html, path
    r = bare_client.get("/matters/m0000000001")
    assert r.status_code == 404 and "onrecord analyze" in r.text


@pytest.mark.parametrize(
    ("path", "status"),
    [("/articles/999", 404), ("/articles/x", 400), ("/search?since=soon", 400),
     ("/nowhere", 404), ("/static/../pool.py", 404), ("/static/%2e%2e/pool.py", 404),
     ("/static/..%2fpool.py", 404)],
)  # fmt: skip
def test_pages_errors_are_pages(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html") and "Error" in r.text


def test_pages_static_files_are_served(client: TestClient) -> None:
    assert "--paper" in client.get("/static/style.css").text
    assert "addEventListener" in client.get("/static/app.js").text


def test_pages_refuse_foreign_host_headers(web_db: Path) -> None:
    app = create_app(web_db, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"host": "evil.example"}).status_code == 400


def test_pages_empty_form_fields_mean_no_filter(client: TestClient) -> None:
    r = client.get("/search?q=bridge&speaker=&outlet=&since=&until=")
    assert r.status_code == 200 and r.text.count('class="statement"') == 3
    assert client.get("/speakers?q=&type=").status_code == 200
    assert client.get("/articles?outlet=&since=&until=").status_code == 200
    assert client.get("/contradictions?kind=&matter=").status_code == 200


def test_pages_every_chart_is_an_image_with_a_name(client: TestClient, ids: dict[str, int]) -> None:
    """Each SVG chart is role="img" with an aria-label that says what it shows, its numbers
    included (a screen reader does not read the bars one by one), or hidden as decoration."""
    page = client.get(f"/speakers/{ids['markovic']}").text
    label = 'role="img" aria-label="Statements quoted by outlet: Harbor Ledger 2, Valley Wire 1">'
    assert '<svg class="bars" viewBox="0 0 340 52" width="340" height="52" ' + label in page
    for path in ["/", f"/speakers/{ids['markovic']}", "/matters/m0000000001"]:
        tags = re.findall(r"<svg\b[^>]*>", client.get(path).text)
        named = [t for t in tags if 'role="img"' in t and 'aria-label="' in t]
        hidden = [t for t in tags if 'aria-hidden="true"' in t]  # decoration beside its number
        assert tags and len(named) + len(hidden) == len(tags), (path, tags)


def test_roles_chart_names_each_role_and_its_dates() -> None:
    roles = [{"role": "harbour master", "first_seen": "2023-05-02", "last_seen": "2023-09-30"},
             {"role": "mayor", "first_seen": "2024-01-10", "last_seen": "2024-01-10"},
             {"role": 'warden <"x">', "first_seen": "2024-02-01", "last_seen": None}]  # fmt: skip
    svg = str(markup.roles_svg(roles))
    assert svg.startswith('<svg class="roles" ')
    assert ('role="img" aria-label="Roles over time: harbour master, 2023-05-02 to 2023-09-30; '
            'mayor, 2024-01-10; warden &lt;&#34;x&#34;&gt;, 2024-02-01">') in svg  # fmt: skip
