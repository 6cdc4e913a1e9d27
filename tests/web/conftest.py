"""Fixtures for the web layer: a small store with hostile text, with and without analysis."""

from __future__ import annotations

import json
import sqlite3
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from onrecord.models import (
    Article,
    Record,
    RemovedLine,
    Skipped,
    Span,
    Speaker,
    Statement,
    StatementDate,
)
from onrecord.store import Store

pytest.importorskip("fastapi")
warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient nudges to httpx2
from fastapi.testclient import TestClient  # noqa: E402  (after the skip when fastapi is missing)

from onrecord.web import create_app  # noqa: E402

# Hostile text in quotes, names, titles and removed lines; none of it may reach the page raw.
XSS_SCRIPT = '<script>window.__pwned = "script"</script>'
XSS_IMG = '"><img src=x onerror="window.__pwned=\'img\'">'
XSS_NAME = f"Mallory Quinn{XSS_IMG}"


def quote_article(
    n: int,
    published: str,
    outlet: str,
    title: str,
    said: Sequence[tuple[str, str, str, str | None]],
    removed: Sequence[str] = (),
) -> Record:
    """An article whose text quotes each (speaker, type, content, conduit); offsets are exact."""
    text, statements = f"Lede of story {n}.", []
    for i, (who, type_, content, conduit) in enumerate(said):
        start = len(text) + 2
        sentence = f'{who} said: "{content}"'
        text += "\n\n" + sentence
        cue0 = start + len(who) + 1
        c0 = start + len(who) + len(' said: "')
        statements.append(Statement(
            id=f"s{n}-{i}", kind="direct",
            cue=Span("said", cue0, cue0 + 4),
            content=Span(content, c0, c0 + len(content)),
            speaker=Speaker(who, type_, (), Span(who, start, start + len(who))),  # type: ignore[arg-type]
            conduit=conduit,
            date=StatementDate(published, "", "published"),
            sentence=Span(sentence, start, start + len(sentence)),
        ))  # fmt: skip
        assert text[c0 : c0 + len(content)] == content
    article = Article(
        id=f"a{n}", source=f"story-{n}.txt", text=text, title=title, published=published,
        url=f"https://example.test/{n}", outlet=outlet,
        removed=tuple(RemovedLine(r, "navigation") for r in removed),
    )  # fmt: skip
    return Record(article, tuple(statements), (), ())


RECORDS = [
    quote_article(1, "2024-02-06", "Harbor Ledger", "Bridge closed after inspectors find cracks", [
        ("Dana Markovic", "person", "The bridge will reopen in March", None),
        ("Teodor Lind", "person", "Repairs cannot finish before autumn", "Reuters"),
    ], removed=["Skip to main content", XSS_SCRIPT]),
    quote_article(2, "2024-02-14", "Valley Wire", f"Mayor sticks to March {XSS_SCRIPT}", [
        ("Dana Markovic", "person", "The bridge will reopen in March, as promised", None),
        (XSS_NAME, "person", f"Nobody checked the girders {XSS_SCRIPT} {XSS_IMG}", None),
    ]),
    quote_article(3, "2024-03-05", "Harbor Ledger", "Markovic concedes: summer it is", [
        ("Dana Markovic", "person", "The bridge will not reopen before summer", None),
    ]),
]  # fmt: skip


NEW = quote_article(9, "2024-04-01", "Harbor Ledger", "Ferry resumes while bridge waits", [
    ("Dana Markovic", "person", "The ferry runs every hour", None),
])  # fmt: skip


def analyze(path: Path) -> None:
    """Store a small analysis in the tables of ``m003_matters``, as ``onrecord analyze`` does."""
    conn = sqlite3.connect(path)
    ids = {content: sid for sid, content in conn.execute("SELECT id, content FROM statements")}
    speaker = dict(conn.execute("SELECT id, speaker_id FROM statements"))
    date = dict(conn.execute("SELECT id, date FROM statements"))

    def sid(prefix: str) -> int:
        return next(v for k, v in ids.items() if k.startswith(prefix))

    march, autumn = sid("The bridge will reopen in March"), sid("Repairs cannot")
    promised, summer = sid("The bridge will reopen in March,"), sid("The bridge will not")
    girders = sid("Nobody checked")
    question = f"Will the bridge reopen in March? {XSS_IMG}"
    conn.execute(
        "INSERT INTO matters VALUES ('m0000000001', ?, 'reopen bridge', 2, 2, 0, 1, "
        "'2024-02-06', '2024-03-05')",
        [question],
    )
    conn.executemany("INSERT INTO stances VALUES ('m0000000001', ?, ?, 0.9, ?, NULL)", [
        (march, "yes", '["will reopen"]'), (autumn, "no", '["cannot finish"]'),
        (promised, "yes", '["as promised"]'), (summer, "no", '["will not"]'),
        (girders, "unclear", "[]"),
    ])  # fmt: skip

    def side(st: int, stance: str) -> dict[str, object]:
        content = next(k for k, v in ids.items() if v == st)
        return {"statement": str(st), "speaker": "x", "date": date[st], "article": "a",
                "outlet": None, "text": content, "start": 0, "end": 1, "stance": stance,
                "words": []}  # fmt: skip

    for cid, kind, a, b, conf, cue, reason in [
        ("c1", "contradiction", march, autumn, 0.92, None, f"March vs autumn {XSS_SCRIPT}"),
        ("c2", "reversal", promised, summer, 0.88, "concedes", "reopen in March -> summer"),
    ]:
        evidence = {"id": cid, "kind": kind, "matter": "m0000000001", "confidence": conf,
                    "cue": cue, "reason": reason, "a": side(a, "yes"),
                    "b": side(b, "no")}  # fmt: skip
        conn.execute(
            "INSERT INTO contradictions VALUES (?, ?, 'm0000000001', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [cid, kind, a, b, speaker[a], speaker[b], date[a], date[b], conf, cue, reason,
             json.dumps(evidence)],
        )  # fmt: skip
    conn.commit()
    conn.close()


# inputs that did not become articles, one with hostile text in its source and detail
SKIPS = [
    Skipped("feeds/harbor.jsonl#4", "malformed", "line 4 is not JSON: fix the line."),
    Skipped(f"scrapes/{XSS_IMG}.txt", "encoding", f"byte 0xff at 12 {XSS_SCRIPT}"),
    Skipped("feeds/harbor.jsonl#9", "malformed", "line 9 has no text: add a text field."),
]


def build_store(path: Path, *, analyzed: bool) -> Path:
    with Store.open(path) as store:
        store.add_records(RECORDS)
        store.add_skips(SKIPS)
    if analyzed:
        analyze(path)
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "record.db", analyzed=True)


@pytest.fixture(scope="session")
def bare_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("bare") / "bare.db", analyzed=False)


@pytest.fixture
def own_db(tmp_path: Path) -> Path:
    """A store of the test's own, analyzed, which it may write to."""
    return build_store(tmp_path / "own.db", analyzed=True)


@pytest.fixture
def more_db(tmp_path: Path) -> Path:
    """Another analyzed store with one more article than :func:`own_db`'s (:data:`NEW`)."""
    path = build_store(tmp_path / "more.db", analyzed=True)
    with Store.open(path) as store:
        store.add_records([NEW])
    return path


@pytest.fixture
def new_record() -> Record:
    """An article that none of the stores above has."""
    return NEW


@pytest.fixture(scope="session")
def matters_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web fixture with two more matters: m2 (Lind no, the girders unclear, 2024-02-06 and
    -14) and m3 (Markovic's summer alone, 2024-03-05); m1 keeps its two disagreements."""
    path = build_store(tmp_path_factory.mktemp("matters") / "matters.db", analyzed=True)
    conn = sqlite3.connect(path)
    ids = {content[:20]: sid for sid, content in conn.execute("SELECT id, content FROM statements")}
    conn.executemany("INSERT INTO matters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        ("m0000000002", "Were the girders checked before autumn?", "check girders", 1, 1, 0, 0,
         "2024-02-06", "2024-02-14"),
        ("m0000000003", "Will the bridge reopen before summer?", "reopen bridge", 0, 1, 0, 0,
         "2024-03-05", "2024-03-05"),
    ])  # fmt: skip
    conn.executemany("INSERT INTO stances VALUES (?, ?, ?, 0.9, '[]', NULL)", [
        ("m0000000002", ids["Repairs cannot finis"], "no"),
        ("m0000000002", ids["Nobody checked the g"], "yes"),
        ("m0000000003", ids["The bridge will not "], "no"),
    ])  # fmt: skip
    conn.commit()
    conn.close()
    return path


@pytest.fixture(scope="session")
def matters_client(matters_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(matters_db)) as c:
        yield c


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_db)) as c:
        yield c


@pytest.fixture(scope="session")
def bare_client(bare_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(bare_db)) as c:
        yield c


@pytest.fixture(scope="session")
def ids(client: TestClient) -> dict[str, int]:
    """Ids of the records the tests refer to by name."""
    speakers = {r["name"]: r["id"] for r in client.get("/api/speakers").json()["rows"]}
    articles = {r["title"]: r["id"] for r in client.get("/api/articles").json()["rows"]}
    return {
        "markovic": speakers["Dana Markovic"],
        "lind": speakers["Teodor Lind"],
        "first": articles["Bridge closed after inspectors find cracks"],
        "hostile": next(v for k, v in articles.items() if k.startswith("Mayor sticks")),
    }
