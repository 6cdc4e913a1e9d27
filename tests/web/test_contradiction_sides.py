"""Each side of a disagreement, on /contradictions and /api/contradictions, shows the speaker
and date of its own statement; a rebuttal's "Rebutted by" stands over the speaker who rebutted.

The store is the web fixture's, with one rebuttal added: Teodor Lind's "Repairs cannot finish
before autumn" (side a, the rebutting statement) against Dana Markovic's "The bridge will
reopen in March" (side b, the claim). Its evidence names neither speaker ("x"), so a page that
read the names from there, or swapped the sides, fails.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.web import create_app

from .conftest import build_store


def _add_rebuttal(path: Path) -> None:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, content, speaker_id, date FROM statements").fetchall()
    by_text = {content: (sid, speaker, date) for sid, content, speaker, date in rows}
    lind = by_text["Repairs cannot finish before autumn"]
    markovic = by_text["The bridge will reopen in March"]

    def side(st: tuple[int, int, str]) -> dict[str, object]:
        return {"statement": str(st[0]), "speaker": "x", "date": "1999-01-01", "article": "a",
                "outlet": None, "text": "t", "start": 0, "end": 1, "stance": "no",
                "words": []}  # fmt: skip

    evidence = {"id": "c3", "kind": "rebuttal", "matter": "m0000000001", "confidence": 0.7,
                "cue": "dismissed", "reason": "Lind rebuts Markovic", "a": side(lind),
                "b": side(markovic)}  # fmt: skip
    conn.execute(
        "INSERT INTO contradictions VALUES ('c3', 'rebuttal', 'm0000000001', ?, ?, ?, ?, ?, ?, "
        "0.7, 'dismissed', 'Lind rebuts Markovic', ?)",
        [lind[0], markovic[0], lind[1], markovic[1], lind[2], markovic[2], json.dumps(evidence)],
    )
    conn.commit()
    conn.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_store(tmp_path_factory.mktemp("sides") / "sides.db", analyzed=True)
    _add_rebuttal(path)
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def _statements(db: Path) -> dict[int, tuple[str, str | None]]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT st.id, coalesce(sp.name, st.speaker_name), st.date FROM statements st "
        "LEFT JOIN speakers sp ON sp.id = st.speaker_id"
    ).fetchall()
    conn.close()
    return {sid: (name, date) for sid, name, date in rows}


def test_api_each_side_carries_its_own_statement_speaker_and_date(
    client: TestClient, db: Path
) -> None:
    said = _statements(db)
    rows = client.get("/api/contradictions").json()["rows"]
    assert {r["kind"] for r in rows} == {"contradiction", "reversal", "rebuttal"}
    for r in rows:
        for key in ("a", "b"):
            side = r[key]
            assert (side["speaker"], side["date"]) == said[side["id"]], (r["id"], key)
    rebuttal = next(r for r in rows if r["kind"] == "rebuttal")
    assert rebuttal["a"]["speaker"] == "Teodor Lind"  # a: the statement that rebuts
    assert rebuttal["b"]["speaker"] == "Dana Markovic"  # b: the claim it rebuts


def _sides(page: str, pair: str) -> list[tuple[str, str, str]]:
    """(label, speaker, date) of each side of the pair ``pair`` on a page, in page order."""
    found = re.search(rf'<article class="pair" id="c-{pair}">(.*?)</article>', page, re.S)
    assert found, pair
    sides = re.findall(
        r'<p class="side-label">([^<]*)</p>\s*<div class="st-meta"><a class="speaker" '
        r'href="/speakers/\d+">([^<]*)</a> <time>([^<]*)</time>',
        found.group(1),
    )
    return [(label, html_lib.unescape(name), date) for label, name, date in sides]


def test_page_rebutted_by_stands_over_the_speaker_who_rebutted(client: TestClient) -> None:
    page = client.get("/contradictions?kind=rebuttal").text
    assert _sides(page, "c3") == [
        ("Said", "Dana Markovic", "2024-02-06"),
        ("Rebutted by", "Teodor Lind", "2024-02-06"),
    ]


def test_page_sides_of_a_contradiction_and_a_reversal_keep_their_order(
    client: TestClient,
) -> None:
    page = client.get("/contradictions").text
    assert _sides(page, "c1") == [
        ("Said", "Dana Markovic", "2024-02-06"),
        ("Contradicted by", "Teodor Lind", "2024-02-06"),
    ]
    assert _sides(page, "c2") == [
        ("Said", "Dana Markovic", "2024-02-14"),
        ("Later", "Dana Markovic", "2024-03-05"),
    ]


def test_matter_page_shows_the_rebuttal_the_same_way(client: TestClient) -> None:
    page = client.get("/matters/m0000000001").text
    assert [label for label, _, _ in _sides(page, "c3")] == ["Said", "Rebutted by"]
    assert _sides(page, "c3")[1][1] == "Teodor Lind"
