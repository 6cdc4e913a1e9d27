"""decode_bytes, is_english and the outlet gazetteer."""

from __future__ import annotations

import codecs

import pytest

from onrecord.errors import BinaryInput, EncodingError, IngestError, UsageError
from onrecord.ingest import (
    canonical_outlet,
    decode_bytes,
    is_english,
    is_outlet_name,
    load_article,
)
from onrecord.ingest.outlets import split_credit_list

ENGLISH = (
    "The harbor commission approved the dredging plan on Monday after a long debate, and "
    "commissioner Lena Park said the channel had to be deeper for the new ships."
)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"plain ascii", "plain ascii"),
        ("Café".encode(), "Café"),
        (codecs.BOM_UTF8 + "Café".encode(), "Café"),
        (codecs.BOM_UTF16_LE + "Café".encode("utf-16-le"), "Café"),
        (codecs.BOM_UTF16_BE + "Café".encode("utf-16-be"), "Café"),
    ],
)
def test_decode_boms_and_utf8(data: bytes, text: str) -> None:
    assert decode_bytes(data, source="x.txt") == text


def test_decode_latin1_names_offset_and_fix() -> None:
    with pytest.raises(EncodingError, match=r"x\.txt: byte 0xe9 at offset 3 .*--encoding latin-1"):
        decode_bytes("Café au lait".encode("latin-1"), source="x.txt")
    assert decode_bytes("Café".encode("latin-1"), source="x.txt", encoding="latin-1") == "Café"


def test_decode_windows_quotes_advise_cp1252_not_latin1() -> None:
    """Curly quotes of Windows-1252 are control characters in Latin-1: advised latin-1, a
    user would lose every quotation of the file without an error."""
    data = "\u201cWe will not close it,\u201d Mayor Petra Nollen said.".encode("cp1252")
    with pytest.raises(EncodingError, match=r"byte 0x93 at offset 0 .*--encoding cp1252 \(or"):
        decode_bytes(data, source="x.txt")
    assert decode_bytes(data, source="x.txt", encoding="cp1252").startswith("\u201cWe will")


def test_decode_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown encoding 'klingon'"):
        decode_bytes(b"abc", source="x.txt", encoding="klingon")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\nrest", "PNG"),
        (b"%PDF-1.4 rest", "PDF"),
        (b"\x1f\x8b\x08rest", "gzip"),
        (b"PK\x03\x04rest", "zip"),
        (b"\xff\xd8\xff\xe0rest", "JPEG"),
        (b"text with a \x00 NUL byte", "NUL"),
        (bytes(range(1, 9)) * 20, "control"),
    ],
)
def test_decode_binary_is_refused(data: bytes, what: str) -> None:
    with pytest.raises(BinaryInput, match=what) as info:
        decode_bytes(data, source="bin.txt")
    assert info.value.source == "bin.txt" and info.value.reason == "binary"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ENGLISH, True),
        ("Vela: Bridge Opens May 3", True),  # too short to judge
        ("Ministerio de Hacienda", True),  # a short foreign name is not a foreign text
        ("Reuters, AP, AFP, CNN, BBC, NPR, 2017-11-11, 14:00 GMT, Da Nang, APEC, U.S.", True),
        (
            "El alcalde dijo que el puente se abrirá en mayo, pero los críticos dicen que el "
            "proyecto tiene dos años de retraso y que costó el doble de lo prometido.",
            False,
        ),
        (
            "Der Bürgermeister sagte, dass die Brücke im Mai eröffnet wird, aber die Kritiker "
            "sagen, dass das Projekt zwei Jahre zu spät ist und doppelt so viel gekostet hat.",
            False,
        ),
        ("Мэр сказал, что мост откроется в мае, но критики говорят, что проект опоздал.", False),
    ],
)
def test_is_english(text: str, expected: bool) -> None:
    assert is_english(text) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Reuters", True),
        ("the AP", True),
        ("Associated Press", True),
        ("The Washington Post", True),
        ("ABC News", True),
        ("Valley Daily News", True),
        ("The Dover Herald", True),
        ("Harbor City Tribune", True),
        ("Breaking News", False),
        ("Sarah Sanders", False),
        ("Emily Post", False),
        ("White House", False),
        ("", False),
    ],
)
def test_is_outlet_name(name: str, expected: bool) -> None:
    assert is_outlet_name(name) is expected


def test_canonical_outlet() -> None:
    assert canonical_outlet("AP") == "Associated Press"
    assert canonical_outlet("washington post") == "The Washington Post"
    assert canonical_outlet("Dover Herald") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ABC News, ReutersThe Telegraph, The Washington Post", None),
        ("CNNThe Hill", ["CNN", "The Hill"]),
        ("ABC NewsReuters", ["ABC News", "Reuters"]),
        ("McClatchy, BuzzFeed News", ["McClatchy", "BuzzFeed News"]),
        ("The New York Times and Politico", ["The New York Times", "Politico"]),
    ],
)
def test_split_credit_list(text: str, names: list[str] | None) -> None:
    expected = names or ["ABC News", "Reuters", "The Telegraph", "The Washington Post"]
    assert split_credit_list(text) == expected


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"", "EmptyArticle", "empty"),
        ("  \n\t", "EmptyArticle", "empty"),
        (b"\x89PNG\r\n\x1a\n", "BinaryInput", "binary"),
        ("Café au lait on Tuesday.".encode("latin-1"), "EncodingError", "encoding"),
        (ENGLISH * 100, "InputTooLarge", "too_large"),
        (
            "Der Bürgermeister sagte, dass die Brücke im Mai eröffnet wird, aber die Kritiker " * 3,
            "NotEnglish",
            "not_english",
        ),
        ("<html><body><form><input name='q'></form></body></html>", "NoArticle", "no_article"),
    ],
)
def test_load_article_raises_typed_errors_naming_the_input(
    data: str | bytes, error: str, reason: str
) -> None:
    with pytest.raises(IngestError) as info:
        load_article(data, source="inbox/story-17.txt", max_bytes=5000)
    assert type(info.value).__name__ == error
    assert info.value.reason == reason
    assert str(info.value).startswith("inbox/story-17.txt: ")


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Coastline 7 News", True),
        ("The Harbor Ledger", True),
        ("Valley Wire", True),
        ("Sierra Basin Public Radio", True),
        ("Breaking News", False),
        ("Northgate Post", False),  # "Post" is a surname too: only "The ... Post" counts
    ],
)
def test_outlet_name_shapes(name: str, outlet: bool) -> None:
    from onrecord.ingest.outlets import is_outlet_name

    assert is_outlet_name(name) is outlet
