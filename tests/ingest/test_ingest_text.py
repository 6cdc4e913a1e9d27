"""Scraped text: boilerplate removal, title, credits, byline and date lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.errors import UsageError
from onrecord.ingest import article_from_text, clean_scraped_text, load_article

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def _reasons(article_removed: tuple[object, ...]) -> dict[str, str]:
    return {r.text: r.reason for r in article_removed}  # type: ignore[attr-defined]


def test_text_tribune_page_drops_every_kind_of_boilerplate() -> None:
    article = load_article((DATA / "tribune_ferry.txt").read_bytes(), source="tribune_ferry.txt")
    removed = _reasons(article.removed)
    assert removed["Skip to main content"] == "navigation"
    assert removed["Home | World | Politics | Local"] == "navigation"
    assert removed["Menu"] == removed["Search"] == removed["Sign in"] == "navigation"
    assert removed["Share this article"] == removed["Follow us on Twitter"] == "share"
    assert removed["Advertisement"] == "promo"
    assert removed["Watch: Storm waves batter the Marlow Island pier"] == "promo"
    assert removed["Read more: Island residents demand a second ferry"] == "promo"
    assert removed["© 2017 Harbor City Tribune. All rights reserved."] == "copyright"
    assert "cookie" in removed.values() and "newsletter" in removed.values()
    assert any(r.reason == "image" and "(AP Photo/Lena Marsh)" in r.text for r in article.removed)
    for junk in ("Skip to", "Share", "Advertisement", "Watch:", "cookies", "newsletter", "©"):
        assert junk not in article.text


def test_text_tribune_page_reads_title_byline_and_date_line() -> None:
    article = load_article((DATA / "tribune_ferry.txt").read_bytes(), source="tribune_ferry.txt")
    assert article.title == "Ferry Service to Marlow Island Will Resume in March, Officials Say"
    assert article.title not in article.text
    assert article.author == "Maria Okafor"
    assert article.published == "2017-11-11"
    assert article.language == "en"
    assert article.text.startswith("The ferry between Harbor City and Marlow Island")


def test_text_body_sentence_mentioning_video_and_photo_is_kept() -> None:
    article = load_article((DATA / "tribune_ferry.txt").read_bytes(), source="tribune_ferry.txt")
    assert (
        "The mayor posted a video of the flooded pier on Tuesday, and a photo of the damaged "
        "ferry was shared thousands of times."
    ) in article.text


def test_text_glued_title_credits_and_popular_video() -> None:
    article = load_article((DATA / "bulletin_dam.txt").read_bytes(), source="bulletin_dam.txt")
    assert article.title == "Engineers Say Corran Valley Dam Needs Urgent Repairs"
    assert article.credited_sources == (
        "Valley Daily News",
        "Harbor City Tribune",
        "The Dover Herald",
    )
    removed = _reasons(article.removed)
    assert removed["Engineers Say Corran Valley Dam Needs Urgent Repairs Promo Image"] == (
        "duplicate_title"
    )
    assert removed["Image placeholder title"] == "image"
    assert removed["Popular Video"] == "promo"
    for junk in ("Promo Image", "Image placeholder", "Popular Video", "Featured Image", "Sources:"):
        assert junk not in article.text
    assert article.text.endswith("according to The Dover Herald.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sources: ABC News, ReutersThe Telegraph, The Washington Post", ["ABC News", "Reuters"]),
        ("Source: Associated Press", ["Associated Press"]),
        ("SOURCES: CNN; The Hill and Politico", ["CNN", "The Hill", "Politico"]),
        ("Sources: Fox NewsThe Guardian (2)", ["Fox News", "The Guardian"]),
    ],
)
def test_text_credits_line_is_split_into_outlets(line: str, expected: list[str]) -> None:
    clean = clean_scraped_text(f"A Headline About the Port Strike\n\nThe port reopened.\n\n{line}")
    assert list(clean.credited_sources[: len(expected)]) == expected
    assert clean.removed[-1].reason == "credits"


def test_text_wrapped_paragraphs_byline_and_published_line() -> None:
    article = load_article((DATA / "wrapped_council.txt").read_bytes(), source="wrapped.txt")
    assert article.title is None
    assert article.author == "Jane Doe and Omar Reyes"
    assert article.published == "2017-11-11"
    assert len(article.paragraphs) == 3
    assert article.text.startswith(
        "The Lakeside town council voted 5-2 on Thursday to close the old library on Mill Street,"
    )
    # A body sentence that only starts with "By" is not a byline.
    assert "By the end of the meeting, dozens of residents had left in protest." in article.text


def test_text_published_argument_overrides_date_line() -> None:
    text = "Published Nov. 11, 2017\n\nThe council met on Thursday and voted to close the library."
    assert article_from_text(text, published="2018-01-02").published == "2018-01-02"
    assert article_from_text(text).published == "2017-11-11"


@pytest.mark.parametrize("bad", ["11/11/2017", "2017-13-01", "yesterday", "2017-02-30"])
def test_text_malformed_published_argument_is_a_usage_error(bad: str) -> None:
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        article_from_text("The council met on Thursday.", published=bad)


def test_text_paragraph_offsets_and_id() -> None:
    article = article_from_text("First paragraph here.\n\nSecond paragraph here.")
    assert article.text == "First paragraph here.\n\nSecond paragraph here."
    assert [article.text[s:e] for s, e in article.paragraphs] == [
        "First paragraph here.",
        "Second paragraph here.",
    ]
    assert len(article.id) == 16
    assert article.id == article_from_text("First  paragraph here.\n\n\nSecond paragraph here.").id
    assert article_from_text("Some text here.", id="custom-7").id == "custom-7"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Image copyright Getty Images", "image"),
        ("Getty Images", "image"),
        ("Photo: Marta Lind/Dover Herald", "image"),
        ("Related: Mayor unveils harbor plan", "promo"),
        ("Recommended", "promo"),
        ("Story continues below advertisement", "promo"),
        ("Share on Facebook", "share"),
        ("Follow Rosa Delgado on Twitter @rosadelgado", "share"),
        ("Copyright 2019 The Lakeside Gazette", "copyright"),
        ("Reporting by Ana Ruiz; Editing by Tom Holt", "credits"),
        ("Updated 3:04 PM ET, Sat November 11, 2017", "date"),
        ("By Jane Doe", "byline"),
    ],
)
def test_text_single_boilerplate_lines(line: str, reason: str) -> None:
    body = "The harbor commission approved the dredging plan on Monday after a long debate."
    clean = clean_scraped_text(f"{body}\n\n{line}\n\n{body.replace('Monday', 'Tuesday')}")
    assert [(r.text, r.reason) for r in clean.removed] == [(line, reason)]
    assert len(clean.paragraphs) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday, officials had counted 40 damaged homes.",
        "A video released by the police shows the arrest.",
        "The photo was taken by a resident, Ms. Cole said.",
        "Share prices fell 4 percent on Monday, according to the exchange.",
        "She said she would follow the committee's advice.",
        "Read the report, the senator urged colleagues.",
    ],
)
def test_text_body_sentences_are_never_dropped(sentence: str) -> None:
    clean = clean_scraped_text(f"The council met.\n\n{sentence}\n\nThe meeting ended at noon.")
    assert sentence in clean.paragraphs
    assert clean.removed == ()


WIRE_PAGE = """Sections
World News
Europe

Port Workers in Velmar Extend Strike Into Second Week

Last modified on Tue 14 Nov 2017 10.04 GMT

VELMAR (Meridian Wire) - Dock workers in the port of Velmar extended their strike into a second
week on Tuesday, union leader Ines Korva said, as talks with the port authority stalled.

Image caption Striking dock workers gathered outside the port authority on Monday

"We are not going back until the safety rules are signed," Korva told a rally of about 2,000
workers.

FILE PHOTO: Cranes stand idle in the port of Velmar, November 13, 2017. MERIDIAN/Aldo Brenn

Related Articles

The port authority said in a statement that it had offered a 4 percent raise.

Click to share on Twitter (Opens in new window)
(Reporting by Ines Alva; Editing by Mark Dunne)
Our Standards: The Meridian Trust Principles.
"""


def test_text_wire_page_with_hard_wrapped_paragraphs() -> None:
    article = article_from_text(WIRE_PAGE.replace("\n", "\r\n"), source="wire.txt")
    assert article.title == "Port Workers in Velmar Extend Strike Into Second Week"
    assert article.published == "2017-11-14"
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    assert paragraphs == [
        "VELMAR (Meridian Wire) - Dock workers in the port of Velmar extended their strike into a "
        "second week on Tuesday, union leader Ines Korva said, as talks with the port authority "
        "stalled.",
        '"We are not going back until the safety rules are signed," Korva told a rally of about '
        "2,000 workers.",
        "The port authority said in a statement that it had offered a 4 percent raise.",
    ]
    reasons = [r.reason for r in article.removed]
    assert reasons == [
        "navigation",
        "navigation",
        "navigation",
        "date",
        "image",
        "image",
        "promo",
        "share",
        "credits",
        "navigation",
    ]


MASTHEAD_PAGE = """Skip to main content
Pellham Evening Star
News  Politics  Transport  Business  Opinion

Pellham council delays vote on harbor bridge tolls

By Irene Salo
Published March 3, 2024

The Pellham city council postponed a vote on bridge tolls on Tuesday, saying it needed more data.

"We will not rush this," council president Amos Tell said.

Most read
Pellham school board names new superintendent
Weekend forecast: wind, then sun

© 2024 Pellham Evening Star
"""


def test_text_masthead_menu_and_teaser_list() -> None:
    article = article_from_text(MASTHEAD_PAGE, source="masthead.txt")
    assert article.title == "Pellham council delays vote on harbor bridge tolls"
    assert article.outlet == "Pellham Evening Star"  # the masthead is the copyright holder
    assert article.author == "Irene Salo"
    assert article.published == "2024-03-03"
    removed = _reasons(article.removed)
    assert removed["Pellham Evening Star"] == "navigation"
    assert removed["News Politics Transport Business Opinion"] == "navigation"
    assert removed["Most read"] == removed["Weekend forecast: wind, then sun"] == "promo"
    assert removed["Pellham school board names new superintendent"] == "promo"
    assert article.text.endswith('"We will not rush this," council president Amos Tell said.')
