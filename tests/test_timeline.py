"""Timelines: dated statements and events in date order (library and `onrecord timeline`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.models import (
    Article,
    Record,
    Skipped,
    Span,
    Speaker,
    Statement,
    StatementDate,
)
from onrecord.nlp.timex import find_times
from onrecord.timeline import TimelineEntry, build_timeline, render_timeline

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_860d44aacc00b277.txt"

TEXT = (
    "On Oct. 30, the board fired the chief executive.\n\n"
    "On Nov. 5, Smith told reporters that the company would appeal.\n\n"
    "The union said it met on Nov. 2 with lawyers.\n\n"
    "The 2016 merger still weighs on profits."
)


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(part, start, start + len(part))


def make_record(text: str = TEXT, published: str | None = "2017-11-11", aid: str = "a1") -> Record:
    """A record built by hand: one dated statement, one undated, and the time stage's times."""
    dated = Statement(
        id="s1",
        kind="indirect",
        cue=_span(text, "told"),
        content=_span(text, "the company would appeal"),
        speaker=Speaker("Smith", "person"),
        date=StatementDate("2017-11-05" if published else "XXXX-11-05", "Nov. 5", "sentence"),
        sentence=_span(text, "On Nov. 5, Smith told reporters that the company would appeal."),
    )
    undated = Statement(
        id="s2",
        kind="indirect",
        cue=_span(text, "said"),
        content=_span(text, "it met on Nov. 2 with lawyers"),
        speaker=Speaker("union", "organization"),
        sentence=_span(text, "The union said it met on Nov. 2 with lawyers."),
    )
    article = Article(id=aid, source=aid, text=text, published=published)
    times = tuple(find_times(text, published))
    return Record(article=article, statements=(dated, undated), times=times)


def test_timeline_statements_and_events_in_date_order() -> None:
    entries = build_timeline([make_record()])
    assert [(e.date, e.kind, e.ref) for e in entries] == [
        ("2017-10-30", "event", "Oct. 30"),
        ("2017-11-05", "statement", "s1"),
    ]
    event, statement = entries
    assert event.text == "On Oct. 30, the board fired the chief executive."
    assert event.sentence.text == event.text and event.speaker is None
    assert statement.text == "Smith told: the company would appeal"
    assert statement.speaker == "Smith" and statement.article == "a1"


@pytest.mark.parametrize(
    ("left_out", "why"),
    [
        ("Nov. 2", "a date inside what a speaker said is not an event"),
        ("2016", "a year alone names things ('the 2016 merger'); it does not date a sentence"),
        ("Nov. 5", "the statement's own entry stands for its reporting sentence"),
    ],
)
def test_timeline_events_leave_out(left_out: str, why: str) -> None:
    events = [e for e in build_timeline([make_record()]) if e.kind == "event"]
    assert all(e.ref != left_out for e in events), why


def test_timeline_yearless_dates_sort_after_dated_ones() -> None:
    dated = make_record(
        "On March 3, the plant closed.\n\nOn Nov. 5, Smith told reporters that the company "
        "would appeal.\n\nThe union said it met on Nov. 2 with lawyers.",
        aid="dated",
    )
    yearless = make_record(published=None, aid="yearless")
    entries = build_timeline([yearless, dated])
    assert [e.date for e in entries] == ["2017-03-03", "2017-11-05", "--10-30", "--11-05"]
    assert [e.article for e in entries] == ["dated", "dated", "yearless", "yearless"]


def test_timeline_coarser_value_sorts_before_the_days_inside_it() -> None:
    text = (
        "In November, sales fell.\n\nOn Nov. 1, the plant closed.\n\nAt 2 p.m. Nov. 1, it reopened."
    )
    entries = build_timeline([make_record_from_times(text)])
    assert [e.date for e in entries] == ["2017-11", "2017-11-01", "2017-11-01T14:00"]


def make_record_from_times(text: str) -> Record:
    article = Article(id="t", source="t", text=text, published="2017-11-11")
    return Record(article=article, times=tuple(find_times(text, "2017-11-11")))


def test_timeline_render_lists_date_kind_text_and_sentence() -> None:
    out = render_timeline(build_timeline([make_record()]))
    lines = out.splitlines()
    assert lines[0].startswith("2017-10-30  event      On Oct. 30, the board fired")
    assert lines[1].startswith("2017-11-05  statement  Smith told: the company would appeal")
    assert lines[2].strip() == "> On Nov. 5, Smith told reporters that the company would appeal."
    assert "[a1]" not in out  # the article id only shows when there are several


def test_timeline_render_names_articles_when_several() -> None:
    out = render_timeline(build_timeline([make_record(aid="a1"), make_record(aid="a2")]))
    assert "[a1]" in out and "[a2]" in out


def test_timeline_render_empty() -> None:
    assert render_timeline([]) == "No dated statements or events.\n"


def test_timeline_entry_to_dict() -> None:
    entry = build_timeline([make_record()])[0]
    assert isinstance(entry, TimelineEntry)
    d = entry.to_dict()
    assert d["date"] == "2017-10-30" and d["kind"] == "event" and d["ref"] == "Oct. 30"
    assert d["sentence_span"] == [entry.sentence.start, entry.sentence.end]


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Replace the model-backed ``extract_many`` with one returning hand-built records."""
    calls: list[dict[str, object]] = []

    def extract_many(paths: tuple[str, ...], **kwargs: object) -> Iterator[Record | Skipped]:
        calls.append({"paths": paths, **kwargs})
        for path in paths:
            if path == "bad.txt":
                yield Skipped(path, "empty", "no text")
            else:
                yield make_record(aid=path)

    monkeypatch.setattr("onrecord.extractor.extract_many", extract_many)
    return calls


def test_cli_timeline_prints_the_listing(
    runner: CliRunner, fake_extract: list[dict[str, object]]
) -> None:
    result = runner.invoke(cli, ["timeline", "one.txt", "--published", "2017-11-11"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2017-10-30  event      On Oct. 30")
    assert fake_extract[0]["published"] == "2017-11-11"


def test_cli_timeline_json(runner: CliRunner, fake_extract: list[dict[str, object]]) -> None:
    result = runner.invoke(cli, ["timeline", "one.txt", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [(d["date"], d["kind"]) for d in data] == [
        ("2017-10-30", "event"),
        ("2017-11-05", "statement"),
    ]


def test_cli_timeline_reports_skipped_inputs(
    runner: CliRunner, fake_extract: list[dict[str, object]]
) -> None:
    result = runner.invoke(cli, ["timeline", "one.txt", "bad.txt"])
    assert result.exit_code == 1
    assert "skipped bad.txt: empty: no text" in result.output


def test_cli_timeline_rejects_a_bad_date(
    runner: CliRunner, fake_extract: list[dict[str, object]]
) -> None:
    result = runner.invoke(cli, ["timeline", "one.txt", "--published", "someday"])
    assert result.exit_code == 1
    assert "Error:" in result.output


@pytest.mark.model
def test_timeline_invented_article(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Acme Corp. fired its chief executive on Oct. 30.\n\n"
        "On Nov. 6, the company's spokeswoman, Jane Doe, said the board had acted alone.\n\n"
        "Two days earlier, the board met in Chicago."
    )
    record = extractor.extract_text(text, published="2017-11-11")
    entries = build_timeline([record])
    by_date = {(e.date, e.kind) for e in entries}
    assert ("2017-10-30", "event") in by_date
    assert ("2017-11-06", "statement") in by_date
    assert ("2017-11-04", "event") in by_date  # "two days earlier" than Nov. 6
    assert [e.date for e in entries] == sorted(e.date for e in entries)


@pytest.mark.model
@pytest.mark.shared
def test_timeline_seed_has_the_four_dated_events(  # type: ignore[no-untyped-def]
    extractor, seed_expected
) -> None:
    record = extractor.extract(SEED.read_bytes(), published=str(seed_expected["published"]))
    entries = build_timeline([record])
    expected = seed_expected["timeline"]
    assert isinstance(expected, list)
    for item in expected:
        on_day = " ".join(e.text for e in entries if e.date == item["date"])
        assert on_day, f"nothing dated {item['date']}"
    texts = {d: [e.text for e in entries if e.date == d] for d in {e.date for e in entries}}
    assert any("Manafort" in t for t in texts["2017-10-30"])
    assert any("Papadopoulos" in t for t in texts["2017-10-30"])
    assert any("planned to meet with Putin" in t for t in texts["2017-11-05"])
    assert any(t.startswith("Sarah Sanders said") for t in texts["2017-11-09"])
    assert any("shook hands" in t for t in texts["2017-11-10"])
    assert any(t.startswith("Dmitry Peskov") for t in texts["2017-11-10"])
    dates = [e.date for e in entries]
    assert dates == sorted(dates)
