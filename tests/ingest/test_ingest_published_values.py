"""Publication dates as feeds write them: epoch seconds and milliseconds, compact ISO dates,
and slash dates read month-first or day-first, never silently the wrong way.

Every input is invented here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.errors import MalformedInput, UsageError
from onrecord.ingest import load_article, read_articles
from onrecord.ingest.dates import date_order, epoch_date, find_date, reading_dates, slash_date
from onrecord.ingest.jsonl import published_field
from onrecord.models import Article, Skipped

BODY = (
    "Harbourmaster Ines Calloway said on Tuesday that the Wrenfield locks would reopen to "
    "barges in June. Councillor Bram Oduya said the repairs could not finish before autumn, "
    "and the canal trust said the new gates had already been delivered."
)


def _feed(tmp_path: Path, *rows: dict[str, Any]) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# --- epoch seconds and milliseconds -------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "date"),
    [
        (1764633600, "2025-12-02"),  # a JSON number of seconds
        ("1764633600", "2025-12-02"),  # a string of digits
        (1764633600000, "2025-12-02"),  # milliseconds
        ("1764633600000", "2025-12-02"),
        (1764719999.9, "2025-12-02"),  # one tenth of a second before midnight UTC
        ("20251202", "2025-12-02"),  # ISO 8601 basic: not 1970-08-23 in seconds
        (20251202, "2025-12-02"),
    ],
)
def test_published_epoch_and_compact_values_are_dates(value: object, date: str) -> None:
    assert published_field(value, "feed.jsonl:1") == date


@pytest.mark.parametrize("value", [0, 2024, -86400, 99_999_999_999_999, "5000000000", 1e300])
def test_published_number_out_of_range_is_malformed_and_says_why(value: object) -> None:
    with pytest.raises(MalformedInput) as e:
        published_field(value, "feed.jsonl:4")
    assert e.value.reason == "malformed"
    assert "outside the range of epoch seconds and milliseconds" in e.value.detail
    assert "YYYY-MM-DD" in e.value.detail


@pytest.mark.parametrize("value", [True, [1764633600], {"t": 1}, "20251399", "soon"])
def test_published_that_is_no_date_is_malformed(value: object) -> None:
    with pytest.raises(MalformedInput, match="YYYY-MM-DD"):
        published_field(value, "feed.jsonl:2")


def test_epoch_date_is_utc_not_local_time() -> None:
    # 23:30 UTC on 1 Dec 2025 is already 2 Dec east of Greenwich: the date is UTC's
    assert epoch_date(1764631800) == "2025-12-01"
    assert epoch_date(float("nan")) is None


def test_jsonl_epoch_published_reaches_the_article_and_a_bad_one_is_skipped(
    tmp_path: Path,
) -> None:
    feed = _feed(
        tmp_path,
        {"id": "e1", "text": BODY, "published": 1764633600},
        {"id": "e2", "text": BODY + " More.", "published": 12},
    )
    first, second = read_articles([feed])
    assert isinstance(first, Article)
    assert first.published == "2025-12-02"
    assert isinstance(second, Skipped)
    assert second.reason == "malformed"
    assert second.source.endswith("feed.jsonl:2")


# --- slash dates ----------------------------------------------------------------------------


def test_slash_date_reads_an_unambiguous_value_the_only_way_it_can() -> None:
    for order in ("month-first", "day-first"):
        with reading_dates(order):  # type: ignore[arg-type]
            assert slash_date("13", "02", "2026") == "2026-02-13"
            assert slash_date("02", "13", "2026") == "2026-02-13"
            assert slash_date("05", "05", "2026") == "2026-05-05"
            assert slash_date("13", "14", "2026") is None


def test_slash_date_ambiguous_value_follows_the_order() -> None:
    assert date_order() == "month-first"  # the documented default
    assert slash_date("12", "02", "2026") == "2026-12-02"
    with reading_dates("day-first"):
        assert slash_date("12", "02", "2026") == "2026-02-12"
        assert find_date("Posted 04/05/2026 at 9:00")[0] == "2026-05-04"  # type: ignore[index]
    assert slash_date("12", "02", "2026") == "2026-12-02"  # the block's order ends with it


def test_slash_date_order_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONRECORD_DATE_ORDER", "day-first")
    assert slash_date("04", "05", "2026") == "2026-05-04"
    with reading_dates("month-first"):  # an explicit order wins over the environment
        assert slash_date("04", "05", "2026") == "2026-04-05"
    monkeypatch.setenv("ONRECORD_DATE_ORDER", "dmy")
    with pytest.raises(UsageError, match=r"month-first .* or day-first"):
        date_order()


def test_read_articles_date_order_reads_jsonl_and_date_lines(tmp_path: Path) -> None:
    feed = _feed(
        tmp_path,
        {"id": "d1", "text": BODY, "published": "12/02/2026"},
        {"id": "d2", "text": BODY + " Later.", "published": "13/02/2026"},
    )
    story = tmp_path / "story.txt"
    story.write_text(f"Locks to reopen in June\n\nPublished 04/05/2026\n\n{BODY}\n", "utf-8")
    by_default = [a.published for a in read_articles([feed, story]) if isinstance(a, Article)]
    assert by_default == ["2026-12-02", "2026-02-13", "2026-04-05"]
    day_first = read_articles([feed, story], date_order="day-first")
    assert [a.published for a in day_first if isinstance(a, Article)] == [
        "2026-02-12",
        "2026-02-13",
        "2026-05-04",
    ]
    assert date_order() == "month-first"  # the reader's order did not leak to its caller


def test_a_bad_environment_order_is_said_at_once_not_per_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "story.txt").write_text(BODY, encoding="utf-8")
    monkeypatch.setenv("ONRECORD_DATE_ORDER", "sideways")
    with pytest.raises(UsageError, match="ONRECORD_DATE_ORDER is 'sideways'"):
        read_articles([tmp_path])
    with pytest.raises(UsageError, match="ONRECORD_DATE_ORDER"):
        load_article(BODY)
    assert read_articles([tmp_path], date_order="day-first")  # an explicit order wins


def test_read_articles_refuses_an_unknown_date_order(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--date-order"):
        read_articles([tmp_path], date_order="dmy")  # type: ignore[arg-type]


def test_load_article_date_order() -> None:
    text = f"Published 03/04/2026\n\n{BODY}"
    assert load_article(text).published == "2026-03-04"
    assert load_article(text, date_order="day-first").published == "2026-04-03"


def test_cli_date_order_is_a_choice() -> None:
    result = CliRunner().invoke(cli, ["extract", "-", "--date-order", "dmy"], input="x")
    assert result.exit_code == 2
    assert "month-first" in result.output and "day-first" in result.output
