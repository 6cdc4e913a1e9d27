"""Gzip-compressed inputs, and what a folder walk keeps, leaves out and reports."""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from onrecord.ingest import read_articles
from onrecord.models import Article, Skipped

BODY = (
    "Governor Idris Fennimore said the Larkspur dam would not be raised this year. Engineer "
    "Pilar Oyelaran said the dam needed urgent work and that the state had delayed the review."
)


def _read(*paths: Path | str, **kwargs: Any) -> list[Any]:
    return list(read_articles(list(paths), **kwargs))


def _row(i: int) -> str:
    return json.dumps({"id": f"r{i}", "text": f"{BODY} Report number {i}."}) + "\n"


# --- gzip ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("story.txt.gz", BODY.encode()),
        ("2026-05-04_page.html.gz", f"<html><body><article><p>{BODY}</p></article></body></html>"),
    ],
)
def test_gzip_text_and_html_files_are_read(tmp_path: Path, name: str, data: str | bytes) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(data if isinstance(data, bytes) else data.encode()))
    (item,) = _read(path)
    assert isinstance(item, Article), item
    assert "Larkspur dam" in item.text and item.source == str(path)
    if name.startswith("2026"):
        assert item.published == "2026-05-04"


def test_gzip_json_lines_are_streamed_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress("".join(_row(i) for i in range(3)).encode()))
    items = _read(path)
    assert [i.id for i in items] == ["r0", "r1", "r2"]
    assert items[2].source == f"{path}:3"


def test_cut_gzip_json_lines_keep_the_lines_before_the_cut(tmp_path: Path) -> None:
    whole = gzip.compress("".join(_row(i) for i in range(40)).encode())
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 3 // 4])
    items = _read(path)
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) >= 10 and items[-1].reason == "malformed"
    assert "cut short" in items[-1].detail and "gzip -t" in items[-1].detail
    assert items[-1].source == str(path)


def test_corrupt_gzip_text_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(BODY.encode())[:30])
    (item,) = _read(path)
    assert isinstance(item, Skipped) and item.reason == "malformed" and "gzip" in item.detail


def test_gzip_that_inflates_past_the_limit_is_too_large_without_inflating_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 2_000_000))  # a few KB on disk
    (item,) = _read(path, max_bytes=10_000)
    assert isinstance(item, Skipped) and item.reason == "too_large"
    assert item.detail.startswith("decompressed, it is more than the limit of 10,000 bytes")


def test_gzip_on_stdin_is_decompressed() -> None:
    data = gzip.compress(_row(1).encode() + _row(2).encode())
    items = _read("-", stdin=io.BytesIO(data))
    assert [i.id for i in items] == ["r1", "r2"]
    bomb = gzip.compress(b"a" * 100_000)
    (item,) = _read("-", stdin=io.BytesIO(bomb), max_bytes=10_000)
    assert isinstance(item, Skipped) and item.reason == "too_large"


def test_a_gzip_file_without_gz_in_its_name_is_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(gzip.compress(BODY.encode()))
    (item,) = _read(path)
    assert isinstance(item, Article) and "Larkspur" in item.text


# --- folders -----------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "crawl"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(BODY + " First.")
    (root / "sub" / "b.jsonl.gz").write_bytes(gzip.compress(_row(7).encode()))
    (root / ".hidden.txt").write_text(BODY + " Hidden.")
    (root / "._a.txt").write_bytes(b"\x00\x05\x16\x07 AppleDouble")
    (root / ".git" / "notes.txt").write_text(BODY + " In git.")
    (root / "a.txt~").write_text(BODY + " Backup.")
    (root / "notes.gz").write_bytes(gzip.compress(b"no kind"))
    os.symlink("..", root / "sub" / "up")  # a loop, were links followed
    return root


def test_folder_reads_gzip_and_leaves_hidden_files_and_backups_out(folder: Path) -> None:
    items = _read(folder)
    assert [i.source for i in items] == [str(folder / "a.txt"), str(folder / "sub/b.jsonl.gz:1")]
    assert all(isinstance(i, Article) for i in items)
    (hidden,) = _read(folder / ".hidden.txt")  # named explicitly, it is read
    assert isinstance(hidden, Article)


def test_broken_link_in_a_folder_is_reported(folder: Path) -> None:
    os.symlink("gone.txt", folder / "link.txt")
    items = _read(folder)
    broken = [i for i in items if isinstance(i, Skipped)]
    assert [(i.source, i.reason) for i in broken] == [(str(folder / "link.txt"), "unreadable")]
    assert "symbolic link to a missing file" in broken[0].detail


def test_subfolder_that_cannot_be_listed_is_reported(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = folder / "sub"
    real = os.scandir

    def scandir(path: Any = ".") -> Iterator[os.DirEntry[str]]:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = _read(folder)
    assert [(i.source, _reason(i)) for i in items] == [
        (str(locked), "unreadable"),
        (str(folder / "a.txt"), "article"),
    ]
    assert "cannot be listed (permission denied)" in items[0].detail


def _reason(item: Any) -> str:
    return item.reason if isinstance(item, Skipped) else "article"
