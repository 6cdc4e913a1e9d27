"""Hostile inputs: JSON Lines edge cases, sniffing, odd encodings, scripts, over-long articles.

Every input is invented here; each test pins one fault a careless reader would have: a crash
that stops the batch, an article lost or misread, or a reason that does not say what to do.
"""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path
from typing import Any

import pytest

from onrecord.errors import BinaryInput
from onrecord.ingest import article_from_html, read_articles
from onrecord.ingest.dates import coerce_date
from onrecord.ingest.decode import decode_bytes
from onrecord.ingest.language import is_english
from onrecord.models import Article, Skipped

BODY = (
    "Mayor Odile Brannigan said on Tuesday that the Quillport ferry would resume service in "
    "June. Councillor Tamsin Varga said the ferry would not run before autumn, and the harbour "
    "authority said repairs to the pier were nearly done."
)


def _jsonl(tmp_path: Path, *lines: str | bytes, name: str = "feed.jsonl") -> list[Any]:
    path = tmp_path / name
    path.write_bytes(b"".join(x if isinstance(x, bytes) else (x + "\n").encode() for x in lines))
    return list(read_articles([path]))


def _reasons(items: list[Any]) -> list[str]:
    return [i.reason if isinstance(i, Skipped) else "article" for i in items]


# --- JSON Lines ---------------------------------------------------------------------------


def test_jsonl_lone_surrogate_is_replaced_not_a_crash(tmp_path: Path) -> None:
    # "\ud800" is valid JSON but no UTF-8: hashing or storing the text would raise
    line = '{"id": "s1", "title": "Ferry \\udc00 row", "text": "' + BODY + ' \\ud800 end."}'
    (item,) = _jsonl(tmp_path, line)
    assert isinstance(item, Article)
    assert "\ufffd" in item.text
    item.text.encode("utf-8")
    assert item.title is not None
    item.title.encode("utf-8")


def test_load_article_text_with_lone_surrogate_can_be_encoded() -> None:
    from onrecord.ingest import load_article

    article = load_article(BODY + " \udfff")
    assert article.text.endswith("\ufffd")


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('{"id": ' + "9" * 5000 + ', "text": "x"}', "4300 digits"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_jsonl_unreadable_json_is_malformed_not_parse_error(
    tmp_path: Path, line: str, words: str
) -> None:
    items = _jsonl(tmp_path, line, json.dumps({"id": "ok", "text": BODY}))
    assert _reasons(items) == ["malformed", "article"]
    assert words in items[0].detail and "each line must be" in items[0].detail


@pytest.mark.parametrize(("raw", "shown"), [("true", "true"), ("1.5", "1.5")])
def test_jsonl_id_must_be_a_string_or_whole_number(tmp_path: Path, raw: str, shown: str) -> None:
    (item,) = _jsonl(tmp_path, '{"id": ' + raw + ', "text": "' + BODY + '"}')
    assert isinstance(item, Skipped) and item.reason == "malformed"
    assert "whole number" in item.detail and shown in item.detail


def test_jsonl_text_of_another_type_says_so(tmp_path: Path) -> None:
    (item,) = _jsonl(tmp_path, '{"id": "n", "text": 12345}')
    assert isinstance(item, Skipped) and item.reason == "malformed"
    assert '"text" must be a string, not int' in item.detail


def test_jsonl_published_iso_date_time_is_read(tmp_path: Path) -> None:
    # the "T" glues the date to the time: no word boundary for a date search to find
    values = ["2026-12-02T09:00:00+01:00", "2026-12-02T23:59:59.123Z", "2026-12-02 09:00"]
    lines = [
        json.dumps({"id": f"d{n}", "text": BODY, "published": v}) for n, v in enumerate(values)
    ]
    items = _jsonl(tmp_path, *lines)
    assert [i.published for i in items] == ["2026-12-02"] * 3, items
    assert coerce_date("2 Dec. 2026") == "2026-12-02"
    for no_date in ("2026-02-30T10:00:00Z", "2026-12-023", "yesterday"):
        assert coerce_date(no_date) is None


def test_jsonl_written_as_utf16_with_bom_is_read(tmp_path: Path) -> None:
    rows = [{"id": "w1", "text": BODY}, {"id": "w2", "text": BODY + " Crews worked at night."}]
    text = "".join(json.dumps(r) + "\r\n" for r in rows)
    for codec in ("utf-16-le", "utf-16-be"):
        bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
        items = _jsonl(tmp_path, bom + text.encode(codec), name=f"{codec}.jsonl")
        assert [i.id for i in items] == ["w1", "w2"], items


def test_jsonl_with_old_mac_line_ends_gives_one_article_per_line(tmp_path: Path) -> None:
    one, two = (json.dumps({"id": i, "text": BODY + f" Line {i}."}) for i in ("m1", "m2"))
    items = _jsonl(tmp_path, f"{one}\r{two}\r".encode())
    assert [(i.id, i.source.rsplit(":", 1)[1]) for i in items] == [("m1", "1"), ("m2", "2")]


# --- sniffing stdin and unknown suffixes ----------------------------------------------------


def test_stdin_jsonl_with_a_first_line_longer_than_the_sniffed_head() -> None:
    long_text = " ".join([BODY] * 40)  # about 7 KB: real articles are longer than 4 KB
    data = (json.dumps({"id": "big", "text": long_text}) + "\n").encode()
    (item,) = read_articles(["-"], stdin=io.BytesIO(data))
    assert isinstance(item, Article) and item.id == "big"
    assert not item.text.startswith("{")


def test_stdin_jsonl_with_a_broken_first_line_is_still_jsonl() -> None:
    data = ("{broken\n" + json.dumps({"id": "ok", "text": BODY}) + "\n").encode()
    items = list(read_articles(["-"], stdin=io.BytesIO(data)))
    assert _reasons(items) == ["malformed", "article"]
    assert items[1].source == "<stdin>:2" and not items[1].text.startswith("{")
    # text that merely opens with a brace stays text
    (item,) = read_articles(["-"], stdin=io.BytesIO(("{Draft} " + BODY).encode()))
    assert isinstance(item, Article) and item.source == "<stdin>"


def test_stdin_over_the_limit_does_not_claim_a_size_it_did_not_read() -> None:
    (item,) = read_articles(["-"], stdin=io.BytesIO(b"x" * 500), max_bytes=100)
    assert isinstance(item, Skipped) and item.reason == "too_large"
    assert "101 bytes" not in item.detail and "more than the limit of 100 bytes" in item.detail


# --- encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded_not_called_binary(codec: str) -> None:
    text = "Renée Dubois said the café would close. " + BODY
    assert decode_bytes(text.encode(codec), source="x.txt") == text
    with pytest.raises(BinaryInput):  # stray NULs in UTF-8 text are no UTF-16
        decode_bytes((BODY + "\x00\x00" + BODY).encode(), source="x.txt")


SMART = "Mayor Odile Brannigan said \u201cthe ferry will run in June\u201d \u2014 and left."


def _page(charset: str, body: str = SMART) -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>Ferry</title></head><body><article>'
        f"<p>{body}</p><p>{BODY}</p></article></body></html>"
    )


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO-8859-1", "us-ascii", "latin1"])
def test_html_labelled_latin1_is_read_as_windows_1252(label: str) -> None:
    # browsers do so (WHATWG Encoding): 0x93/0x94 are curly quotes, not invisible controls
    article = article_from_html(_page(label).encode("cp1252"), source="p.html")
    assert "\u201cthe ferry will run in June\u201d \u2014" in article.text


def test_html_with_an_unknown_declared_charset_is_an_encoding_skip() -> None:
    from onrecord.errors import EncodingError

    with pytest.raises(EncodingError, match=r"declares the charset 'x-klingon'.*--encoding"):
        article_from_html(_page("x-klingon", "Caf\u00e9 owners said.").encode("latin-1"))


# --- languages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "奎尔波特市长周二表示，渡轮将于六月恢复运营。市议员对此表示反对。",
        "市长说渡轮六月恢复。",  # one sentence: no spaces, so one "word"
        "港の市長は火曜日、フェリーが六月に再開すると述べた。",
    ],
)
def test_text_in_a_script_without_spaces_is_not_english(text: str) -> None:
    assert not is_english(text)
    # a few letters of another script in English, or alone, are not judged
    for short in ("Mr. Li Wei (李伟) said the plan would fail.", "东京", "Vela."):
        assert is_english(short)


# --- over-long articles ---------------------------------------------------------------------


def test_article_longer_than_spacy_reads_is_too_large_with_a_fix(extractor: Any) -> None:
    long = Article(id="long", source="long.txt", text=BODY * 3)
    short = Article(id="short", source="short.txt", text=BODY)
    saved = extractor.nlp.max_length
    extractor.nlp.max_length = len(BODY) + 10
    try:
        out = list(extractor.pipe_safe([long, short]))
    finally:
        extractor.nlp.max_length = saved
    assert isinstance(out[0], Skipped) and out[0].reason == "too_large"
    assert "Split it" in out[0].detail and f"{len(BODY) * 3:,} characters" in out[0].detail
    assert out[1].article.id == "short"


def test_stray_nul_bytes_say_where_and_how_to_remove_them() -> None:
    with pytest.raises(BinaryInput, match=r"2 NUL byte\(s\), the first at byte 10\..*tr -d"):
        decode_bytes(b"The harbor\x00\x00 board met.", source="x.txt")


@pytest.mark.parametrize(
    "head",
    [
        '<meta http-equiv="refresh" content="0; url=https://news.test/a/ferry">',
        '<script>window.location.href = "https://news.test/a/ferry";</script>',
        "<script>location.replace('https://news.test/a/ferry')</script>",
    ],
)
def test_a_page_that_only_redirects_names_its_target(head: str) -> None:
    from onrecord.errors import NoArticle

    page = f"<html><head>{head}</head><body></body></html>"
    with pytest.raises(NoArticle, match=r"only redirects to https://news\.test/a/ferry;"):
        article_from_html(page, source="moved.html")


GERMAN = (
    "Der Bürgermeister der Stadt sagte am Dienstag, dass die Fähre im Juni wieder fahren werde. "
    "Die Stadträtin widersprach und sagte, die Fähre werde nicht vor dem Herbst fahren, und die "
    "Hafenbehörde teilte mit, dass die Arbeiten an der Mole fast abgeschlossen seien."
)
NARRATIVE = (
    "Mayor Odile Brannigan spoke to reporters in Quillport on Tuesday and read out a letter "
    "from the twin town, which she said showed that the ferry had friends abroad. Councillor "
    "Tamsin Varga said she would reply to the letter before the council met again in June."
)


def test_english_report_quoting_a_long_foreign_letter_is_english() -> None:
    one, two = NARRATIVE.split(". ", 1)
    assert is_english(f"{one}: \u201c{GERMAN * 4}\u201d {two}")
    assert is_english(f'{one}: "{GERMAN * 4}" {two}')
    # a German report quoting English, or quoting German, is still not English
    assert not is_english(f"{GERMAN} \u201e{GERMAN}\u201c {GERMAN}")
    assert not is_english(f"{GERMAN} {GERMAN} \u201cThe ferry will run in June,\u201d sagte sie.")


@pytest.mark.parametrize("opening", ["[\n  {", "{\n  "])
def test_pretty_printed_json_is_one_skip_saying_how_to_convert(
    tmp_path: Path, opening: str
) -> None:
    body = (
        opening + '"id": "p1",\n  "text": "' + BODY + '"\n}' + ("\n]" if opening[0] == "[" else "")
    )
    path = tmp_path / "export.json"
    path.write_text(body + "\n")
    for items in (
        list(read_articles([path])),
        list(read_articles(["-"], stdin=io.BytesIO(body.encode()))),
    ):
        assert len(items) == 1 and isinstance(items[0], Skipped), items
        assert items[0].reason == "malformed" and "jq -c" in items[0].detail
    (row,) = _jsonl(tmp_path, '[{"id": "a", "text": "x"}]')
    assert isinstance(row, Skipped) and "jq -c '.[]'" in row.detail
