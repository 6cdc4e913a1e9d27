from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from onrecord.models import Record, Skipped
from onrecord.store import Store, queries
from onrecord.store.errors import SpeakerNotFound

MakeRecord = Callable[..., Record]
P = "person"


@pytest.fixture
def corpus(make_record: MakeRecord) -> Iterator[Store]:
    """Six articles, three outlets, two Sanderses and the EPA, over five days."""
    with Store.open(":memory:") as store:
        add = store.add_record
        add(
            make_record(
                1,
                [("Sarah Sanders", P, ["press secretary"])],
                outlet="Daily Planet",
                published="2024-03-01",
                content="the tariffs will lower prices",
            )
        )
        add(
            make_record(
                2,
                [("Sanders", P, ["press secretary"])],
                outlet="The Bugle",
                published="2024-03-02",
                content="the tariffs will raise prices",
            )
        )
        add(
            make_record(
                3,
                [("Bernie Sanders", P, ["senator"])],
                outlet="Daily Planet",
                published="2024-03-03",
                content="the bridge is unsafe",
            )
        )
        add(
            make_record(
                4,
                [("EPA", "organization", [])],
                outlet="Metro Wire",
                published="2024-03-04",
                content="the river is clean",
            )
        )
        add(
            make_record(
                5,
                [("Environmental Protection Agency", "organization", [])],
                outlet="Metro Wire",
                published="2024-03-05",
                content="the river is not clean",
            )
        )
        add(
            make_record(
                6,
                [("he", "unknown", [])],
                outlet="The Bugle",
                published=None,
                content="nobody knows",
            )
        )
        store.add_skip(Skipped("bad.html", "no_article", "no article body"))
        store.add_skip(Skipped("empty.txt", "empty", "nothing left"))
        yield store  # fmt: skip


def test_queries_speakers_most_quoted_first(corpus: Store) -> None:
    rows = queries.speakers(corpus)
    assert [(r["name"], r["statements"]) for r in rows] == [
        ("Sarah Sanders", 2), ("Environmental Protection Agency", 2), ("Bernie Sanders", 1),
    ]  # fmt: skip
    assert [r["name"] for r in queries.speakers(corpus, type="person")] == [
        "Sarah Sanders", "Bernie Sanders"]  # fmt: skip
    assert [r["name"] for r in queries.speakers(corpus, search="bernie")] == ["Bernie Sanders"]
    assert len(queries.speakers(corpus, limit=1, offset=1)) == 1


def test_queries_speaker_by_alias_or_id(corpus: Store) -> None:
    sarah = queries.speaker(corpus, "Sarah Sanders")
    assert sarah["name"] == "Sarah Sanders"
    assert {a["alias"] for a in sarah["aliases"]} == {"Sarah Sanders", "Sanders"}  # type: ignore[union-attr]
    assert sarah["roles"] == [{"role": "press secretary", "first_seen": "2024-03-01",
                               "last_seen": "2024-03-02", "count": 2}]  # fmt: skip
    assert sarah["outlets"] == [{"outlet": "Daily Planet", "statements": 1},
                                {"outlet": "The Bugle", "statements": 1}]  # fmt: skip
    dates = [s["date"] for s in sarah["statements_by_date"]]  # type: ignore[union-attr]
    assert dates == ["2024-03-02", "2024-03-01"]
    assert queries.speaker(corpus, str(sarah["id"]))["name"] == "Sarah Sanders"
    assert queries.speaker(corpus, "Ms. Sarah Sanders")["id"] == sarah["id"]
    assert queries.speaker(corpus, "epa")["type"] == "organization"


def test_queries_speaker_ambiguous_surname_lists_the_others(corpus: Store) -> None:
    found = queries.speaker(corpus, "Sanders")
    assert found["name"] == "Sarah Sanders"  # the exact alias wins
    assert [o["name"] for o in found["others"]] == ["Bernie Sanders"]  # type: ignore[union-attr]


def test_queries_speaker_not_found(corpus: Store) -> None:
    with pytest.raises(SpeakerNotFound, match="onrecord speakers"):
        queries.speaker(corpus, "Nobody Atall")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["5.0", "4.0", "3.0", "2.0", "1.0", "6.0"]),
        ({"speaker": "Sanders"}, ["3.0", "2.0", "1.0"]),
        ({"speaker": "Sarah Sanders"}, ["2.0", "1.0"]),
        ({"speaker": "Bernie Sanders", "outlet": "daily planet"}, ["3.0"]),
        ({"outlet": "The Bugle"}, ["2.0", "6.0"]),
        ({"since": "2024-03-02", "until": "2024-03-04"}, ["4.0", "3.0", "2.0"]),
        ({"until": "2024-03"}, ["5.0", "4.0", "3.0", "2.0", "1.0"]),
        ({"search": "tariff"}, ["2.0", "1.0"]),
        ({"search": "river clean", "since": "2024-03-05"}, ["5.0"]),
        ({"search": 'AND "OR'}, []),
        ({"speaker": "Nobody"}, []),
        ({"outlet": "Nowhere"}, []),
    ],
)
def test_queries_statements_filters(
    corpus: Store, filters: dict[str, str], expected: list[str]
) -> None:
    rows = queries.statements(corpus, **filters)  # type: ignore[arg-type]
    assert [str(r["content"]).rsplit("(", 1)[1].rstrip(")") for r in rows] == expected


def test_queries_statements_paging_and_row_shape(corpus: Store) -> None:
    rows = queries.statements(corpus, limit=2, offset=1)
    assert len(rows) == 2
    assert {"speaker", "outlet", "date", "content", "url", "title", "kind"} <= set(rows[0])


def test_queries_search_ranks_and_snippets(corpus: Store) -> None:
    rows = queries.search(corpus, "clean river")
    assert [r["speaker"] for r in rows][:1] == ["Environmental Protection Agency"]
    assert all("[" in str(r["snippet"]) for r in rows)
    assert queries.search(corpus, "   ") == []


def test_queries_stats(corpus: Store) -> None:
    s = queries.stats(corpus)
    assert (s["articles"], s["statements"], s["speakers"], s["outlets"]) == (6, 6, 3, 3)
    assert (s["first_date"], s["last_date"]) == ("2024-03-01", "2024-03-05")
    assert s["skips_by_reason"] == {"empty": 1, "no_article": 1}


def test_queries_stats_date_range_leaves_year_less_and_week_dates_out(corpus: Store) -> None:
    # "on March 4" in an article without a publication date stays "--03-04": it sorts before
    # every year, and is no first date of the record
    corpus.conn.execute("UPDATE statements SET date = '--02-28' WHERE id = 1")
    corpus.conn.execute("UPDATE statements SET date = '2024-W52' WHERE id = 2")  # a week
    s = queries.stats(corpus)
    assert (s["first_date"], s["last_date"]) == ("2024-03-03", "2024-03-05")


def test_queries_skips(corpus: Store) -> None:
    assert [r["source"] for r in queries.skips(corpus)] == ["bad.html", "empty.txt"]
    assert [r["source"] for r in queries.skips(corpus, reason="empty")] == ["empty.txt"]


def test_queries_common_words_take_the_probing_plan(
    corpus: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = queries.statements(corpus, search="clean", since="2024-03-05")
    monkeypatch.setattr(queries, "COMMON_MATCHES", 0)
    assert queries.statements(corpus, search="clean", since="2024-03-05") == expected
    assert [r["date"] for r in queries.statements(corpus, search="the")][:2] == [
        "2024-03-05", "2024-03-04"]  # fmt: skip


@pytest.mark.parametrize("text", ["\ud7fc", "!!!", "\x00", '"', "-", "AND OR NOT", "*"])
def test_search_odd_text_never_raises(text: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from onrecord.store import Store, queries

    with Store.open(tmp_path / "s.db") as store:
        assert isinstance(queries.search(store, text), list)
        assert isinstance(queries.statements(store, search=text), list)


def test_speaker_search_takes_like_wildcards_as_typed(make_record: MakeRecord) -> None:
    """``%`` and ``_`` in a name search are the characters typed, not LIKE's wildcards; case,
    accents and curly apostrophes still fold, and an organization is found with the
    punctuation of its name."""
    org = "organization"
    with Store.open(":memory:") as store:
        for n, (who, kind) in enumerate([
            ("Siân O’Dell", P), ("Marco Dell", P), ("Orla_Brenn", P),
            ("Rota 100% Cooperative", org), ("U.S. Tin Works", org),
        ], 1):  # fmt: skip
            store.add_record(make_record(n, [(who, kind, [])]))

        def found(text: str) -> list[object]:
            return sorted(r["name"] for r in queries.speakers(store, search=text))

        assert found("_") == ["Orla_Brenn"]
        assert found("a_b") == ["Orla_Brenn"]
        assert found("%") == [] and found("%%") == [] and found("\\") == []
        assert found("s_") == [] and found("o%l") == []
        assert found("100%") == ["Rota 100% Cooperative"]
        assert found("u.s. tin") == found("US Tin") == ["U.S. Tin Works"]
        for folded in ["sian o'dell", "SIÂN O’DELL", "o’dell", "O'Dell"]:
            assert found(folded) == ["Siân O’Dell"]
        assert found("dell") == ["Marco Dell", "Siân O’Dell"]
        assert len(found("")) == 5


def test_find_speakers_takes_only_ascii_digits_in_range_as_an_id(corpus: Store) -> None:
    """A "²" is a digit to str.isdigit() but no int, a 20-digit id is past SQLite's integers:
    both name no one (they raised, a 500 in the API)."""
    for text in ["²", "१२", "99999999999999999999", "9" * 200]:
        assert queries.find_speakers(corpus, text) == []
        assert queries.statements(corpus, speaker=text) == []
    sid = queries.speakers(corpus)[0]["id"]
    assert queries.find_speakers(corpus, str(sid)) == [sid]
