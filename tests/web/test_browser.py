"""The UI in real headless Chromium: every page, a contradiction followed to both articles and
to a speaker, the article highlights, hostile text inert. Screenshots: artifacts/screenshots/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("selenium")
from selenium.webdriver.support.ui import WebDriverWait

from .live import browser_missing, chromium, full_page_png, serve

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(browser_missing() is not None, reason=str(browser_missing())),
]


@pytest.fixture(scope="module")
def base(web_db: Path) -> Iterator[str]:
    with serve(web_db) as url:
        yield url


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with chromium() as d:
        yield d


def _by(css: str) -> tuple[str, str]:
    return ("css selector", css)


def _check_clean(driver: Any) -> None:
    """No hostile text ran, and the console has no errors."""
    assert driver.execute_script("return window.__pwned") is None
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    # a broken <img src=x> would be an error; escaped text never makes one
    assert not severe, severe


@pytest.mark.parametrize(
    ("name", "path", "heading"),
    [
        ("home", "/", "The record"),
        ("articles", "/articles", "Articles"),
        ("article", "/articles/{hostile}", "Mayor sticks to March <script>"),
        ("speakers", "/speakers", "Speakers"),
        ("speaker", "/speakers/{markovic}", "Dana Markovic"),
        ("matters", "/matters", "Matters"),
        ("matter", "/matters/m0000000001", "Will the bridge reopen in March?"),
        ("contradictions", "/contradictions", "Contradictions"),
        ("search", "/search?q=bridge", "Search the record"),
        ("api", "/docs", "REST API"),
    ],
)
def test_browser_page(
    driver: Any, base: str, ids: dict[str, int], name: str, path: str, heading: str
) -> None:
    driver.get(base + path.format(**ids))
    h1 = driver.find_element(*_by("h1")).text
    assert h1.startswith(heading), h1
    json_link = driver.find_element(*_by(".json-pill")).get_attribute("href")
    assert json_link.startswith(base + "/")
    _check_clean(driver)
    full_page_png(driver, SHOTS / f"{name}.png")


def test_browser_follow_a_contradiction(driver: Any, base: str) -> None:
    driver.get(base + "/contradictions?kind=contradiction")
    pair = driver.find_element(*_by(".pair"))
    sides = pair.find_elements(*_by(".side"))
    said = [s.find_element(*_by(".st-content")).text for s in sides]
    links = [s.find_element(*_by(".article-link")).get_attribute("href") for s in sides]
    speakers = [s.find_element(*_by("a.speaker")).text for s in sides]
    assert speakers == ["Dana Markovic", "Teodor Lind"]
    for link, content in zip(links, said, strict=True):
        driver.get(link)
        sid = re.search(r"#st-(\d+)$", link)[1]  # type: ignore[index]
        card = driver.find_element(*_by(f"#st-{sid}"))
        assert "selected" in card.get_attribute("class")
        marked = driver.find_elements(*_by(f'.hl-content[data-st="{sid}"]'))
        assert "".join(m.text for m in marked) == content
        _check_clean(driver)
    driver.get(base + "/contradictions?kind=contradiction")
    driver.find_elements(*_by(".pair .side a.speaker"))[1].click()
    assert driver.find_element(*_by("h1")).text == "Teodor Lind"
    assert "/speakers/" in driver.current_url
    full_page_png(driver, SHOTS / "followed-speaker.png")


def test_browser_article_highlights_and_boilerplate(
    driver: Any, base: str, ids: dict[str, int]
) -> None:
    driver.get(f"{base}/articles/{ids['first']}")
    kinds = {m.get_attribute("class") for m in driver.find_elements(*_by("mark.hl"))}
    assert {"hl hl-speaker", "hl hl-cue", "hl hl-content"} <= kinds
    colours = {
        k: driver.find_element(*_by(f"#article-text .hl-{k}")).value_of_css_property(
            "background-color"
        )
        for k in ("speaker", "cue", "content")
    }
    assert len(set(colours.values())) == 3, colours
    lind = next(
        m for m in driver.find_elements(*_by(".hl-content")) if m.text.startswith("Repairs")
    )
    assert lind.get_attribute("title") == "Teodor Lind · said 2024-02-06 · via Reuters"
    lind.click()
    popover = driver.find_element(*_by("#popover"))
    assert popover.is_displayed() and "Teodor Lind" in popover.text and "Reuters" in popover.text
    removed = driver.find_element(*_by("details.removed"))
    assert not removed.find_element(*_by("ul")).is_displayed()
    removed.find_element(*_by("summary")).click()
    assert "Skip to main content" in removed.find_element(*_by("ul")).text
    _check_clean(driver)
    full_page_png(driver, SHOTS / "article-clicked.png")


def test_browser_search_with_filters(driver: Any, base: str) -> None:
    driver.get(base + "/search")
    form = driver.find_element(*_by("form.search-form"))
    form.find_element(*_by("input[name=q]")).send_keys("bridge")
    form.find_element(*_by("input[name=speaker]")).send_keys("Markovic")
    form.find_element(*_by("input[name=since]")).send_keys("2024-03")
    form.find_element(*_by("button")).click()
    WebDriverWait(driver, 10).until(lambda d: "q=bridge" in d.current_url)
    rows = driver.find_elements(*_by("li.statement"))
    assert len(rows) == 1 and "not reopen before summer" in rows[0].text
    assert rows[0].find_element(*_by("mark.term")).text.lower() == "bridge"
    _check_clean(driver)


def test_browser_contradictions_filter_form(driver: Any, base: str) -> None:
    driver.get(base + "/contradictions?kind=reversal")
    form = driver.find_element(*_by("form.filters"))
    form.find_element(*_by("input[name=speaker]")).send_keys("Markovic")
    form.find_element(*_by("input[name=until]")).send_keys("2024-02")
    form.find_element(*_by("button")).click()
    WebDriverWait(driver, 10).until(lambda d: "until=2024-02" in d.current_url)
    assert "kind=reversal" in driver.current_url  # the tab's kind is kept
    assert [p.get_attribute("id") for p in driver.find_elements(*_by(".pair"))] == ["c-c2"]
    form = driver.find_element(*_by("form.filters"))
    assert form.find_element(*_by("input[name=until]")).get_attribute("value") == "2024-02"
    assert form.find_element(*_by("input[name=speaker]")).get_attribute("value") == "Markovic"
    # a screen reader reads each field by its label
    names = {f.get_attribute("name"): f.accessible_name.casefold()  # shown in capitals
             for f in form.find_elements(*_by("input:not([type=hidden])"))}  # fmt: skip
    assert names == {"speaker": "speaker", "matter": "matter", "since": "from", "until": "to",
                     "min_confidence": "confidence"}  # fmt: skip
    full_page_png(driver, SHOTS / "contradictions-filtered.png")
    form.find_element(*_by("a.clear")).click()
    WebDriverWait(driver, 10).until(lambda d: "until" not in d.current_url)
    assert driver.current_url.endswith("/contradictions?kind=reversal")
    form = driver.find_element(*_by("form.filters"))
    assert form.find_element(*_by("input[name=until]")).get_attribute("value") == ""
    _check_clean(driver)
