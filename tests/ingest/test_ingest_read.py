"""read_articles: files, folders, stdin, JSON Lines, and the matrix of bad inputs."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from onrecord.errors import UsageError
from onrecord.ingest import read_articles
from onrecord.models import Article, Skipped

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"

BODY = (
    "The harbor commission approved the dredging plan on Monday after a long debate.\n\n"
    '"The channel has to be deeper for the new ships," commissioner Lena Park said.\n'
)
SPANISH = (
    "La comisión del puerto aprobó el lunes el plan de dragado después de un largo debate. "
    '"El canal tiene que ser más profundo para los nuevos barcos", dijo la comisionada Lena Park, '
    "que también pidió más fondos para el muelle y para los trabajadores de la ciudad.\n"
)
GERMAN = (
    "Die Hafenkommission hat am Montag den Plan für die Ausbaggerung nach einer langen Debatte "
    'genehmigt. "Der Kanal muss für die neuen Schiffe tiefer sein", sagte die Kommissarin Lena '
    "Park, die auch mehr Geld für den Kai und für die Arbeiter der Stadt forderte.\n"
)


@pytest.fixture(autouse=True)
def _skip_warnings_on() -> Iterator[None]:
    """Skips log a WARNING; the CLI turns that logger down, so set it here for every test."""
    logger = logging.getLogger("onrecord.ingest.skips")
    level = logger.level
    logger.setLevel(logging.WARNING)
    yield
    logger.setLevel(level)


def _one(path: Path, **kwargs: object) -> Article | Skipped:
    items = list(read_articles([path], **kwargs))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


class _Messages(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _skip(path: Path, reason: str, **kwargs: object) -> Skipped:
    """Read one bad input: exactly one Skipped with ``reason``, and a WARNING that names it."""
    handler = _Messages()
    logger = logging.getLogger("onrecord.ingest")
    logger.addHandler(handler)
    try:
        item = _one(path, **kwargs)
    finally:
        logger.removeHandler(handler)
    assert isinstance(item, Skipped), item
    assert item.reason == reason
    assert item.source == str(path)
    assert item.detail
    assert [m for m in handler.messages if str(path) in m and reason in m]
    return item


def test_read_text_file(tmp_path: Path) -> None:
    path = tmp_path / "harbor.txt"
    path.write_text(BODY, encoding="utf-8")
    article = _one(path, published="2019-05-06")
    assert isinstance(article, Article)
    assert article.source == str(path)
    assert article.published == "2019-05-06"
    assert article.text.startswith("The harbor commission")


def test_read_folder_is_recursive_sorted_and_ignores_other_suffixes(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(BODY.replace("Monday", "Tuesday"), encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n....")
    sources = [item.source for item in read_articles([tmp_path])]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]


def test_read_empty_folder_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("nothing here", encoding="utf-8")
    skipped = _skip(tmp_path, "unreadable")
    assert ".txt" in skipped.detail


def test_read_a_bare_path_is_one_path(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(BODY, encoding="utf-8")
    assert [type(i).__name__ for i in read_articles(path)] == ["Article"]  # type: ignore[arg-type]
    assert [type(i).__name__ for i in read_articles(str(path))] == ["Article"]


def test_read_fixture_folder() -> None:
    items = list(read_articles([DATA]))
    kinds = {Path(i.source).name: type(i).__name__ for i in items}
    assert kinds["gazette_transit.html"] == "Article"
    assert kinds["tribune_ferry.txt"] == "Article"
    assert kinds["no_article.html"] == "Skipped"


def test_read_stdin_text_html_and_jsonl() -> None:
    [text] = read_articles(["-"], stdin=io.BytesIO(BODY.encode()))
    assert isinstance(text, Article) and text.source == "<stdin>"
    html = (DATA / "gazette_transit.html").read_bytes()
    [page] = read_articles(["-"], stdin=io.BytesIO(html))
    assert isinstance(page, Article) and page.outlet == "The Lakeside Gazette"
    lines = b'{"id": "s1", "text": "The pier reopened on Monday after repairs, officials said."}\n'
    row, bad = read_articles(["-"], stdin=io.BytesIO(lines + b"{not json}\n"))
    assert isinstance(row, Article) and row.id == "s1" and row.source == "<stdin>:1"
    assert isinstance(bad, Skipped) and bad.reason == "malformed" and bad.source == "<stdin>:2"


def test_read_jsonl_good_and_bad_lines(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    rows = [
        json.dumps({"id": "a1", "text": BODY, "published": "2019-05-06", "outlet": "Dover Herald"}),
        "",
        "{not json",
        json.dumps({"id": "a3", "title": "No body here"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a5", "text": BODY, "published": "last week"}),
        json.dumps({"id": "a6", "text": SPANISH}),
        json.dumps({"id": "a7", "html": (DATA / "gazette_transit.html").read_text("utf-8")}),
        json.dumps({"id": "a8", "text": BODY, "url": 42}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        items = list(read_articles([path]))
    got = [(i.source, i.reason if isinstance(i, Skipped) else "ok") for i in items]
    assert got == [
        (f"{path}:1", "ok"),
        (f"{path}:3", "malformed"),
        (f"{path}:4", "malformed"),
        (f"{path}:5", "malformed"),
        (f"{path}:6", "malformed"),
        (f"{path}:7", "not_english"),
        (f"{path}:8", "ok"),
        (f"{path}:9", "malformed"),
    ]
    first = items[0]
    assert isinstance(first, Article)
    assert (first.id, first.published, first.outlet) == ("a1", "2019-05-06", "Dover Herald")
    assert "YYYY-MM-DD" in items[4].detail  # type: ignore[union-attr]
    assert '"text"' in items[2].detail  # type: ignore[union-attr]
    assert f"{path}:3" in caplog.text


def test_read_jsonl_published_argument_overrides_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.json-lines"
    path.write_text(json.dumps({"text": BODY, "published": "2001-01-01"}) + "\n", encoding="utf-8")
    [article] = read_articles([path], published="2019-05-06")
    assert isinstance(article, Article) and article.published == "2019-05-06"


def test_read_unknown_suffix_named_explicitly_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "page.dat"
    path.write_bytes((DATA / "gazette_transit.html").read_bytes())
    article = _one(path)
    assert isinstance(article, Article) and article.outlet == "The Lakeside Gazette"


def test_read_malformed_published_argument_raises_at_once() -> None:
    with pytest.raises(UsageError, match="not '11/11/2017'"):
        read_articles(["whatever.txt"], published="11/11/2017")


# The matrix of bad inputs: each gives one Skipped with the exact reason, and names the file.


def test_bad_missing_file_is_unreadable(tmp_path: Path) -> None:
    _skip(tmp_path / "missing.txt", "unreadable")


def test_bad_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _skip(path, "empty")


def test_bad_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t \n", encoding="utf-8")
    _skip(path, "empty")


def test_bad_boilerplate_only_file(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    path.write_text(
        "Skip to main content\nMenu\nSearch\nSubscribe\nAdvertisement\n", encoding="utf-8"
    )
    skipped = _skip(path, "empty")
    assert "boilerplate" in skipped.detail


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("nul.txt", b"The harbor\x00\x00\x00 commission\x00 met."),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3"),
        # gzip is decompressed, whatever the name (test_ingest_gzip_folders.py); a zip is not
        ("archive.html", b"PK\x03\x04\x14\x00\x00\x00\x08\x00"),
    ],
)
def test_bad_binary_file(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    _skip(path, "binary")


def test_bad_latin1_file_is_encoding_error_and_works_with_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(BODY.replace("Lena Park", "Renée Paré").encode("latin-1"))
    skipped = _skip(path, "encoding")
    assert "offset" in skipped.detail and "--encoding latin-1" in skipped.detail
    article = _one(path, encoding="latin-1")
    assert isinstance(article, Article) and "Renée Paré" in article.text


def test_bad_huge_file_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(BODY * 50, encoding="utf-8")
    skipped = _skip(path, "too_large", max_bytes=1000)
    assert "--max-bytes" in skipped.detail


def test_bad_huge_jsonl_line_is_too_large_and_the_rest_go_on(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    big = json.dumps({"text": BODY * 50})
    path.write_text(big + "\n" + json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    items = list(read_articles([path], max_bytes=1000))
    assert [getattr(i, "reason", "ok") for i in items] == ["too_large", "ok"]
    assert items[1].source == f"{path}:2"


def test_bad_huge_stdin_is_too_large() -> None:
    [item] = read_articles(["-"], stdin=io.BytesIO(BODY.encode() * 50), max_bytes=1000)
    assert isinstance(item, Skipped) and item.reason == "too_large" and item.source == "<stdin>"


@pytest.mark.parametrize("text", [SPANISH, GERMAN])
def test_bad_non_english_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "foreign.txt"
    path.write_text(text, encoding="utf-8")
    _skip(path, "not_english")


def test_bad_html_without_article(tmp_path: Path) -> None:
    path = tmp_path / "login.html"
    path.write_bytes((DATA / "no_article.html").read_bytes())
    _skip(path, "no_article")


def test_bad_inputs_do_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    items = list(read_articles([tmp_path / "missing.txt", good, tmp_path / "gone.html"]))
    assert [type(i).__name__ for i in items] == ["Skipped", "Article", "Skipped"]


def test_bad_50_megabyte_file_in_a_folder_is_skipped_and_the_rest_go_on(tmp_path: Path) -> None:
    # A real 50 MB file with the default limit (20 MB): refused from its size, never read.
    big = tmp_path / "a_dump.txt"
    with big.open("wb") as f:
        line = b"The council said the harbor would stay open through the winter.\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    assert big.stat().st_size >= 50 * 1024 * 1024
    (tmp_path / "b_story.txt").write_text(
        "Mayor Ana Lindqvist said the ferry would run on Sunday.\n", encoding="utf-8"
    )
    items = list(read_articles([tmp_path]))
    reasons = [i.reason if isinstance(i, Skipped) else "ok" for i in items]
    assert reasons == ["too_large", "ok"]
    assert "a_dump.txt" in items[0].source


def test_a_date_opening_the_file_name_is_the_publication_date(tmp_path: Path) -> None:
    (tmp_path / "2026-05-04_harbor-news_dredging.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "2026-13-45_draft.txt").write_text(BODY, encoding="utf-8")  # no such day
    (tmp_path / "notes-2026-05-04.txt").write_text(BODY, encoding="utf-8")  # not at the start
    got = {Path(a.source).name: a.published for a in read_articles([tmp_path])}
    assert got == {
        "2026-05-04_harbor-news_dredging.txt": "2026-05-04",
        "2026-13-45_draft.txt": None,
        "notes-2026-05-04.txt": None,
    }


def test_a_date_given_or_in_the_text_comes_before_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2026-05-04_harbor-news_dredging.txt"
    path.write_text(BODY, encoding="utf-8")
    (a,) = read_articles([path], published="2026-06-01")
    assert isinstance(a, Article) and a.published == "2026-06-01"
    path.write_text("Harbor plan approved\n\nPublished June 9, 2026\n\n" + BODY, encoding="utf-8")
    (b,) = read_articles([path])
    assert isinstance(b, Article) and b.published == "2026-06-09"


def test_a_date_in_the_name_of_a_json_lines_file_is_not_every_line_s(tmp_path: Path) -> None:
    line = json.dumps({"id": "a1", "text": BODY})
    (tmp_path / "2026-05-04_feed.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "2026-05-04_feed.dat").write_text(line + "\n", encoding="utf-8")  # sniffed
    got = [a for a in read_articles(sorted(tmp_path.iterdir())) if isinstance(a, Article)]
    assert [a.published for a in got] == [None, None]
