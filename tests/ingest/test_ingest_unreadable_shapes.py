"""Inputs whose shape defeats reading: HTML nested deeper than the parser goes, and text made
only of characters that do not show. Each is a typed skip that says what is wrong, and the
batch goes on. Every input is invented here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.errors import EmptyArticle, MalformedInput
from onrecord.ingest import article_from_html, load_article, read_articles
from onrecord.ingest.decode import has_visible
from onrecord.models import Article, Skipped

BODY = (
    "Harbourmaster Ines Calloway said on Tuesday that the Wrenfield locks would reopen to "
    "barges in June. Councillor Bram Oduya said the repairs could not finish before autumn, "
    "and the canal trust said the new gates had already been delivered."
)


def _nested(levels: int) -> str:
    return (
        "<html><head><title>Locks to reopen</title></head><body>"
        + "<div>" * levels
        + f"<p>{BODY}</p>"
        + "</div>" * levels
        + "</body></html>"
    )


# --- HTML nested deeper than the parser reads ----------------------------------------------


@pytest.mark.parametrize("levels", [260, 3000])
def test_html_nested_too_deep_is_malformed_and_says_what_to_do(levels: int) -> None:
    with pytest.raises(MalformedInput) as e:
        article_from_html(_nested(levels), source="deep.html")
    detail = e.value.detail
    assert e.value.reason == "malformed"
    assert "more than 255 levels deep" in detail
    assert ".txt" in detail and "tidy" in detail  # what to do


def test_html_nested_deep_but_within_the_limit_is_read() -> None:
    article = article_from_html(_nested(200), source="ok.html")
    assert article.text.startswith("Harbourmaster Ines Calloway")


def test_html_too_deep_in_a_batch_is_one_skip_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_deep.html").write_text(_nested(400), encoding="utf-8")
    (tmp_path / "b_story.txt").write_text(BODY, encoding="utf-8")
    deep, story = read_articles([tmp_path])
    assert isinstance(deep, Skipped)
    assert (deep.reason, deep.source) == ("malformed", str(tmp_path / "a_deep.html"))
    assert isinstance(story, Article)


# --- text with no visible character ----------------------------------------------------------

INVISIBLE = [
    "\u00a0\u00a0\n\u00a0",  # no-break spaces
    "\u200b\u200b \u200b",  # zero-width spaces
    "\ufeff\u2060\u200d\u200c",  # BOM, word joiner, zero-width joiner and non-joiner
    "\u3000\u2028\u00ad\t",  # ideographic space, line separator, soft hyphen
]


@pytest.mark.parametrize("text", INVISIBLE)
def test_text_of_invisible_characters_is_empty_and_says_so(text: str) -> None:
    assert not has_visible(text)
    with pytest.raises(EmptyArticle) as e:
        load_article(text, source="blank.txt")
    assert e.value.reason == "empty"
    assert "no visible characters" in e.value.detail


def test_html_page_of_invisible_characters_is_empty_not_no_article() -> None:
    page = (
        "<html><head><title>Locks</title></head><body><article>"
        "<p>&nbsp;&#8203;</p><p>\u200b\u00a0</p></article></body></html>"
    )
    with pytest.raises(EmptyArticle, match="no visible characters"):
        article_from_html(page, source="blank.html")


def test_visible_text_with_zero_width_characters_is_read() -> None:
    assert has_visible("\u200bx")
    article = load_article("\u200b\n\n" + BODY + "\n\n\u00a0\u200b\n")
    assert article.text == BODY  # the invisible paragraphs are no paragraphs


def test_jsonl_invisible_text_is_an_empty_skip(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": "z1", "text": "\u00a0\u200b \u200b"}, {"id": "z2", "text": BODY}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    blank, story = read_articles([feed])
    assert isinstance(blank, Skipped)
    assert blank.reason == "empty" and "no visible characters" in blank.detail
    assert isinstance(story, Article)
