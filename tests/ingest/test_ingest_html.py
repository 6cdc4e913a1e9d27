"""HTML pages: main text through trafilatura, metadata, then the line cleaner."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.errors import EmptyArticle, NoArticle, NotEnglish
from onrecord.ingest import article_from_html, load_article

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"

SPANISH_PAGE = """<html lang="es"><head><title>El puente abrirá en mayo</title></head>
<body><article>
<h1>El puente abrirá en mayo, dice la alcaldesa</h1>
<p>La alcaldesa Ana Vela dijo el martes que el nuevo puente sobre el río Lark se abrirá en mayo,
pero los críticos dicen que el proyecto tiene dos años de retraso y que costó el doble de lo que se
prometió a los votantes en 2019.</p>
<p>"Estamos dentro del plazo", dijo Vela a los periodistas en el ayuntamiento. "El trabajo de acero
está terminado y solo faltan las pruebas de carga."</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def gazette() -> bytes:
    return (DATA / "gazette_transit.html").read_bytes()


def test_html_metadata_title_date_outlet_author_url(gazette: bytes) -> None:
    article = article_from_html(gazette, source="gazette_transit.html")
    assert article.title == "Transit Workers Approve New Contract, Ending Strike Threat"
    assert article.published == "2019-03-14"
    assert article.outlet == "The Lakeside Gazette"
    assert article.author == "Daniel Mbeki"
    assert article.url == "https://lakesidegazette.example/news/2019/03/transit-contract"
    assert article.language == "en"


def test_html_keeps_paragraphs_and_drops_page_furniture(gazette: bytes) -> None:
    article = article_from_html(gazette, source="gazette_transit.html")
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    assert paragraphs[0].startswith("Lakeside transit workers voted on Thursday")
    assert paragraphs[-1].startswith("Some riders said they were relieved.")
    assert len(paragraphs) == 5
    for junk in ("Home", "Most Read", "Privacy Policy", "Copyright", "Share this article"):
        assert junk not in article.text
    assert article.title not in article.text
    assert "Share this article" in {r.text for r in article.removed}


def test_html_is_sniffed_by_load_article_and_arguments_override(gazette: bytes) -> None:
    article = load_article(
        gazette, source="page.bin", published="2019-03-15", outlet="Gazette", title="Deal Done"
    )
    assert (article.published, article.outlet, article.title) == (
        "2019-03-15",
        "Gazette",
        "Deal Done",
    )
    assert article.source == "page.bin"


def test_html_without_article_body_is_no_article() -> None:
    with pytest.raises(NoArticle, match=r"no_article\.html") as info:
        article_from_html((DATA / "no_article.html").read_bytes(), source="no_article.html")
    assert info.value.reason == "no_article"
    assert "article page" in info.value.detail


def test_html_empty_page_is_empty() -> None:
    with pytest.raises(EmptyArticle, match=r"blank\.html"):
        article_from_html("   \n", source="blank.html")


def test_html_in_spanish_is_not_english() -> None:
    with pytest.raises(NotEnglish, match=r"es\.html") as info:
        article_from_html(SPANISH_PAGE, source="es.html")
    assert info.value.reason == "not_english"


def test_html_declared_charset_is_used_for_non_utf8_bytes() -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9 Owners Win Appeal</title></head>'
        "<body><article><p>The owners of the Caf\xe9 Lumi\xe8re won their appeal on Monday, the "
        "city's licensing board said in a statement that ended a two-year dispute.</p>"
        "<p>The board said the caf\xe9 could keep its terrace open until midnight.</p>"
        "</article></body></html>"
    ).encode("cp1252")
    article = article_from_html(page, source="cafe.html")
    assert "Café Lumière" in article.text
