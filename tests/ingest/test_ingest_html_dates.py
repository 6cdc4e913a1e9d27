"""Slash dates in an HTML page's metadata follow ``--date-order`` as a text's date lines do.

htmldate (through trafilatura) reads "04/05/2026" day-first whatever the setting; onrecord
reads it again in the run's order when the page shows nothing but the slash date. Every page
here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.ingest import article_from_html, read_articles
from onrecord.ingest.dates import metadata_date, reading_dates
from onrecord.models import Article

STORY = (
    "<p>The harbour board of Kelby said on Monday that the new ferry terminal would open in the "
    "spring, after a year of delays and a bill that rose by a third.</p>"
    "<p>Board chair Maren Holt told reporters that the last cranes had been delivered and that "
    "the berths would be dredged in the coming weeks.</p>"
)


def _page(head: str = "", before: str = "") -> str:
    return (
        f"<html><head><title>Kelby ferry terminal</title>{head}</head><body><article>"
        f"<h1>Kelby ferry terminal</h1>{before}{STORY}</article></body></html>"
    )


AMBIGUOUS = {
    "meta": _page('<meta property="article:published_time" content="04/05/2026">'),
    "short year": _page('<meta name="date" content="4/5/26">'),
    "time element": _page(before='<time datetime="04/05/2026">04/05/2026</time>'),
    "visible byline": _page(before='<p class="date">Published 04/05/2026</p>'),
}


@pytest.mark.parametrize("shape", AMBIGUOUS)
def test_ambiguous_slash_date_follows_the_order(shape: str) -> None:
    page = AMBIGUOUS[shape]
    assert article_from_html(page).published == "2026-04-05"  # the default: month-first
    with reading_dates("day-first"):
        assert article_from_html(page).published == "2026-05-04"


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        ("13/02/2026", "2026-02-13"),  # day-first is the only reading
        ("02/13/2026", "2026-02-13"),  # month-first is the only reading
        ("2026-04-05T10:00:00Z", "2026-04-05"),  # ISO: never ambiguous
        ("07/07/2026", "2026-07-07"),  # both readings are one day
        ("04.05.2026", "2026-05-04"),  # dotted: day-first everywhere
    ],
)
def test_unambiguous_metadata_dates_are_kept_in_either_order(meta: str, date: str) -> None:
    page = _page(f'<meta name="date" content="{meta}">')
    for order in ("month-first", "day-first"):
        with reading_dates(order):  # type: ignore[arg-type]
            assert article_from_html(page).published == date


def test_a_page_that_spells_the_date_out_keeps_it() -> None:
    """htmldate took 4 May from the ISO meta; "04/05/2026" in the text is another date's or
    the same one written day-first: the order is not asked."""
    iso = _page('<meta property="article:published_time" content="2026-05-04T09:00:00Z">',
                before="<p>The consultation closes on 04/05/2026.</p>")  # fmt: skip
    assert article_from_html(iso).published == "2026-05-04"
    assert metadata_date("2026-05-04", "posted 04/05/2026 · 4 May 2026") == "2026-05-04"
    assert metadata_date("2026-05-04", "/news/2026/05/04/ferry 04/05/2026") == "2026-05-04"
    assert metadata_date("2026-05-04", "on 04/05/2026") == "2026-04-05"
    assert metadata_date("2026-05-04", "on 104/05/2026 or 04/05/20267") == "2026-05-04"


def test_read_articles_date_order_and_environment_reach_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "kelby.html"
    page.write_text(AMBIGUOUS["meta"], encoding="utf-8")
    (article,) = read_articles([page], date_order="day-first")
    assert isinstance(article, Article) and article.published == "2026-05-04"
    monkeypatch.setenv("ONRECORD_DATE_ORDER", "day-first")
    (article,) = read_articles([page])
    assert isinstance(article, Article) and article.published == "2026-05-04"
    (article,) = read_articles([page], date_order="month-first")
    assert isinstance(article, Article) and article.published == "2026-04-05"
