"""WARC reading: tiny archives written here with warcio from invented pages."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from onrecord.models import Article, Skipped

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from onrecord.ingest.warc import read_warc  # noqa: E402

BODY = (
    "Harbor officials in the invented town of Port Alder said on Tuesday that the ferry "
    "terminal would reopen in May after a long winter of repairs to the north pier. "
    '"We expect the first boats to run on the fourth of May," said Elena Vela, the harbor '
    "director, speaking to reporters outside the terminal. The council approved the "
    "repair budget in January after storms damaged the pilings and the loading ramp. "
    "Residents who commute to the mainland have waited months for the service to return, "
    "and shop owners near the pier said business had fallen sharply since the closure."
)


def page(title: str, body: str = BODY) -> bytes:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return (
        f"<html><head><title>{title}</title><meta charset='utf-8'></head><body>"
        f"<nav>Home | News | Sports</nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright Port Alder Gazette</footer></body></html>"
    ).encode()


def response(writer: WARCWriter, url: str, payload: bytes, ctype: str = "text/html",
             date: str = "2024-03-05T10:11:12Z") -> None:  # fmt: skip
    http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(payload),
        http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(rec)  # fmt: skip


def write_warc(path: Path, *, gzip_: bool = True, extra: bytes = b"") -> Path:
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gzip_)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        response(writer, "https://gazette.test/ferry", page("Ferry terminal to reopen in May"))
        response(writer, "https://gazette.test/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
                 ctype="image/png")  # fmt: skip
        req = writer.create_warc_record(
            "https://gazette.test/ferry",
            "request",
            payload=io.BytesIO(b"GET /ferry HTTP/1.1\r\n\r\n"),
        )
        writer.write_record(req)  # fmt: skip
        response(writer, "https://gazette.test/empty", b"<html><body><nav>Menu</nav></body></html>")
        f.write(extra)
    return path


def test_warc_reads_html_responses_only(tmp_path: Path) -> None:
    items = list(read_warc(write_warc(tmp_path / "news.warc.gz")))
    articles = [i for i in items if isinstance(i, Article)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(articles) == 1 and len(skipped) == 1
    article = articles[0]
    assert article.url == "https://gazette.test/ferry"
    assert article.published == "2024-03-05"  # from WARC-Date: the page has no date
    assert "Elena Vela" in article.text
    assert article.source == str(tmp_path / "news.warc.gz") + "#2"
    assert skipped[0].reason in ("no_article", "empty")


def test_warc_published_overrides_warc_date(tmp_path: Path) -> None:
    items = list(read_warc(write_warc(tmp_path / "news.warc", gzip_=False),
                           published="2024-01-02"))  # fmt: skip
    assert [i.published for i in items if isinstance(i, Article)] == ["2024-01-02"]


def test_warc_malformed_record_is_skipped(tmp_path: Path) -> None:
    bad = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: oops\r\n\r\n"
    path = write_warc(tmp_path / "bad.warc", gzip_=False, extra=bad)
    items = list(read_warc(path))
    assert sum(isinstance(i, Article) for i in items) == 1
    bad = [i for i in items if isinstance(i, Skipped) and i.reason == "malformed"]
    assert len(bad) == 1 and "WARC" in bad[0].detail


def test_warc_garbage_between_records_is_skipped(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "junk.warc", gzip_=False, extra=b"this is not a warc record\n")
    items = list(read_warc(path))
    assert sum(isinstance(i, Article) for i in items) == 1
    assert [i.reason for i in items if isinstance(i, Skipped)][-1] == "malformed"


def test_warc_truncated_gzip_is_skipped(tmp_path: Path) -> None:
    full = write_warc(tmp_path / "full.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    # keep the warcinfo and most of the first response: its gzip member ends too soon
    first = full.index(b"\x1f\x8b", 10)
    cut.write_bytes(full[: first + 200])
    items = list(read_warc(cut))
    assert items and all(isinstance(i, Skipped) for i in items)
    assert items[-1].reason == "malformed"


def test_warc_not_a_warc_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.warc.gz"
    path.write_bytes(gzip.compress(b"hello, this is not an archive"))
    items = list(read_warc(path))
    assert [(type(i), i.reason) for i in items] == [(Skipped, "malformed")]  # type: ignore[union-attr]


def test_warc_missing_file(tmp_path: Path) -> None:
    items = list(read_warc(tmp_path / "nope.warc"))
    assert [i.reason for i in items] == ["unreadable"]  # type: ignore[union-attr]


def test_warc_too_large_payload(tmp_path: Path) -> None:
    items = list(read_warc(write_warc(tmp_path / "news.warc.gz"), max_bytes=100))
    assert "too_large" in [i.reason for i in items if isinstance(i, Skipped)]


def test_warc_without_warcio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from onrecord.errors import MissingExtra

    monkeypatch.setitem(__import__("sys").modules, "warcio.archiveiterator", None)
    with pytest.raises(MissingExtra, match=r"onrecord\[warc\]"):
        list(read_warc(tmp_path / "x.warc"))


def _cut_in_last_record(tmp_path: Path) -> Path:
    with (tmp_path / "two.warc.gz").open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        response(writer, "https://gazette.test/ferry", page("Ferry terminal to reopen in May"))
        response(writer, "https://gazette.test/pier", page("Pier repairs go on", BODY + " More"))
    full = (tmp_path / "two.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(full[:-40])  # the second record's gzip member ends too soon
    return cut


def test_warc_cut_in_its_last_record_keeps_the_records_before(tmp_path: Path) -> None:
    items = list(read_warc(_cut_in_last_record(tmp_path)))
    assert [type(i) for i in items] == [Article, Skipped]
    assert items[0].url == "https://gazette.test/ferry"  # type: ignore[union-attr]
    skipped = items[1]
    assert isinstance(skipped, Skipped) and skipped.reason == "malformed"
    assert skipped.source.endswith("#2") and "truncated" in skipped.detail


def test_warc_without_records_or_pages_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert [(i.reason, i.source) for i in read_warc(empty)] == [("empty", str(empty))]  # type: ignore[union-attr]
    path = tmp_path / "requests.warc"
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=False)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        response(writer, "https://gazette.test/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png")
    (item,) = read_warc(path)
    assert isinstance(item, Skipped) and item.reason == "no_article"
    assert "2 records" in item.detail


def test_warc_resource_record_of_a_page_is_read(tmp_path: Path) -> None:
    path = tmp_path / "resources.warc.gz"
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        rec = writer.create_warc_record(
            "https://gazette.test/ferry",
            "resource",
            payload=io.BytesIO(page("Ferry terminal to reopen in May")),
            warc_headers_dict={"Content-Type": "text/html", "WARC-Date": "2024-03-05T10:11:12Z"},
        )
        writer.write_record(rec)
    (item,) = read_warc(path)
    assert isinstance(item, Article) and item.url == "https://gazette.test/ferry"
    assert item.published == "2024-03-05"


def test_warc_page_in_the_charset_of_its_http_header(tmp_path: Path) -> None:
    quoted = BODY.replace('"We expect', "\u201cWe expect").replace('May," said', "May,\u201d said")
    html = page("Ferry terminal to reopen in May", quoted).replace(b"<meta charset='utf-8'>", b"")
    payload = html.decode().encode("cp1252")
    path = tmp_path / "cp1252.warc"
    with path.open("wb") as f:
        response(WARCWriter(f, gzip=False), "https://gazette.test/ferry", payload,
                 ctype="text/html; charset=windows-1252")  # fmt: skip
    (item,) = read_warc(path)
    assert isinstance(item, Article), item
    assert "\u201cWe expect" in item.text
