"""Cross-article speaker identity over a hand-built corpus.

Each group lists the names one entity goes by in successive articles; every name of a group
must resolve to the same stored speaker, and no two groups may share one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord.models import Record
from onrecord.store import Store
from onrecord.store.names import first_names_match, org_key, parse_person

P, ORG = "person", "organization"
MakeRecord = Callable[..., Record]

# (group, name, type, roles, co-mentioned entities), ingested in this order, one per article
CORPUS: list[tuple[str, str, str, tuple[str, ...], tuple[tuple[str, str], ...]]] = [
    ("sarah", "Sarah Sanders", P, ("White House press secretary",), (("White House", ORG),)),
    ("sarah", "Sarah Huckabee Sanders", P, (), ()),
    ("sarah", "White House Press Secretary Sarah Sanders", P, (), ()),
    ("sarah", "Sanders", P, ("press secretary",), ()),
    ("bernie", "Bernie Sanders", P, ("senator",), (("Vermont", ORG),)),
    ("bernie", "Sen. Bernie Sanders", P, (), ()),
    ("bernie", "Sanders", P, ("Vermont senator",), ()),
    ("mueller", "Robert Mueller", P, ("special counsel",), ()),
    ("mueller", "Bob Mueller", P, (), ()),
    ("mueller", "Special Counsel Robert S. Mueller III", P, (), ()),
    ("mueller", "Mueller", P, (), ()),
    ("mcconnell", "Senate Majority Leader Mitch McConnell", P, (), ()),
    ("mcconnell", "Sen. Mitch McConnell", P, (), ()),
    ("mcconnell", "McConnell", P, (), ()),
    ("fauci", "Dr. Anthony Fauci", P, (), ()),
    ("fauci", "Tony Fauci", P, (), ()),
    ("fauci", "Fauci", P, (), ()),
    ("vela", "Mayor Elena Vela", P, (), ()),
    ("vela", "Ms. Vela", P, (), ()),
    ("vela", "Elena Vela", P, (), ()),
    ("newsom", "California Gov. Gavin Newsom", P, (), ()),
    ("newsom", "Newsom", P, ("governor",), ()),
    ("blinken", "Secretary of State Antony Blinken", P, (), ()),
    ("blinken", "Tony Blinken", P, (), ()),
    ("aoc", "Rep. Alexandria Ocasio-Cortez", P, (), ()),
    ("aoc", "Ocasio-Cortez", P, (), ()),
    ("vdl", "Ursula von der Leyen", P, ("European Commission president",), ()),
    ("vdl", "von der Leyen", P, (), ()),
    ("pelosi", "House Speaker Nancy Pelosi", P, (), ()),
    ("pelosi", "Speaker Pelosi", P, (), ()),
    ("powell", "Fed Chair Jerome Powell", P, (), ()),
    ("powell", "Jerome H. Powell", P, (), ()),
    ("epa", "EPA", ORG, (), ()),
    ("epa", "Environmental Protection Agency", ORG, (), ()),
    ("epa", "the EPA", ORG, (), ()),
    ("nyt", "The New York Times", ORG, (), ()),
    ("nyt", "NYT", ORG, (), ()),
    ("nyt", "New York Times Co.", ORG, (), ()),
    ("fbi", "F.B.I.", ORG, (), ()),
    ("fbi", "Federal Bureau of Investigation", ORG, (), ()),
    ("pentagon", "Pentagon", ORG, (), ()),
    ("pentagon", "Department of Defense", ORG, (), ()),
    ("pentagon", "Defense Department", ORG, (), ()),
    ("ap", "The Associated Press", ORG, (), ()),
    ("ap", "AP", ORG, (), ()),
    # five pairs (and more) of different people who share a surname
    ("george-w", "George W. Bush", P, ("president",), ()),
    ("george-hw", "George H. W. Bush", P, ("president",), ()),
    ("hillary", "Hillary Clinton", P, ("secretary of state",), ()),
    ("bill", "Bill Clinton", P, ("president",), ()),
    ("boris", "Prime Minister Boris Johnson", P, (), (("Downing Street", ORG),)),
    ("mike-j", "House Speaker Mike Johnson", P, (), (("Louisiana", ORG),)),
    ("boris", "Johnson", P, ("British prime minister",), ()),
    ("mike-j", "Johnson", P, ("speaker",), ()),
    ("rand", "Rand Paul", P, ("senator",), (("Kentucky", ORG),)),
    ("chris-p", "Chris Paul", P, ("point guard",), (("Phoenix Suns", ORG),)),
    ("chris-p", "Paul", P, (), (("Phoenix Suns", ORG),)),
    ("rand", "Paul", P, (), (("Kentucky", ORG),)),
    ("rfk", "Robert F. Kennedy Jr.", P, (), ()),
    ("jfk", "John F. Kennedy", P, (), ()),
    ("rfk", "Bobby Kennedy", P, (), ()),
]

SAME_SURNAME = [
    ("sarah", "bernie"), ("george-w", "george-hw"), ("hillary", "bill"), ("boris", "mike-j"),
    ("rand", "chris-p"), ("rfk", "jfk"),
]  # fmt: skip


@pytest.fixture(scope="module")
def resolved(make_record: MakeRecord) -> dict[str, set[int]]:
    """Ingest the corpus; map each group to the speaker ids its names resolved to."""
    store = Store.open(":memory:")
    for n, (_, name, type_, roles, around) in enumerate(CORPUS):
        record = make_record(n, [(name, type_, roles)], entities=[(e, t, ()) for e, t in around])
        assert store.add_record(record)
    groups: dict[str, set[int]] = {}
    rows = store.conn.execute("SELECT uid, speaker_id FROM statements ORDER BY id").fetchall()
    for (uid, sid), (group, *_) in zip(rows, CORPUS, strict=True):
        assert uid.endswith("-0")
        groups.setdefault(group, set()).add(sid)
    store.close()
    return groups


def test_identity_corpus_size() -> None:
    aliases = [name for group, name, *_ in CORPUS]
    per_group = {g: sum(1 for x, *_ in CORPUS if x == g) for g, *_ in CORPUS}
    assert sum(n - 1 for n in per_group.values() if n > 1) >= 20, "at least 20 alias cases"
    assert len(SAME_SURNAME) >= 5
    assert len(aliases) == len(CORPUS)


@pytest.mark.parametrize("group", sorted({g for g, *_ in CORPUS}))
def test_identity_every_alias_resolves_to_one_speaker(
    resolved: dict[str, set[int]], group: str
) -> None:
    assert len(resolved[group]) == 1, resolved[group]
    assert None not in resolved[group]


def test_identity_groups_are_distinct(resolved: dict[str, set[int]]) -> None:
    ids = [next(iter(v)) for v in resolved.values()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("a", "b"), SAME_SURNAME)
def test_identity_same_surname_stays_apart(resolved: dict[str, set[int]], a: str, b: str) -> None:
    assert resolved[a] != resolved[b]


def test_identity_canonical_name_is_the_fullest_with_all_roles_and_dates(
    make_record: MakeRecord, store: Store
) -> None:
    store.add_record(make_record(1, [("Sarah Sanders", P, ("deputy press secretary",))],
                                  published="2017-05-01"))  # fmt: skip
    store.add_record(make_record(2, [("White House Press Secretary Sarah Huckabee Sanders",
                                       P, ())], published="2018-02-01"))  # fmt: skip
    store.add_record(make_record(3, [("Gov. Sarah Sanders", P, ())], published="2023-02-01"))
    store.add_record(make_record(4, [("Sanders", P, ())], published="2023-01-10"))
    (name, n, first, last), = store.conn.execute(
        "SELECT name, statements, first_seen, last_seen FROM speakers WHERE type = 'person'"
    ).fetchall()  # fmt: skip
    assert (name, n, first, last) == ("Sarah Huckabee Sanders", 4, "2017-05-01", "2023-02-01")
    roles = store.conn.execute("SELECT key, first_seen, last_seen FROM roles ORDER BY first_seen")
    assert roles.fetchall() == [
        ("deputy press secretary", "2017-05-01", "2017-05-01"),
        ("white house press secretary", "2018-02-01", "2018-02-01"),
        ("governor", "2023-02-01", "2023-02-01"),
    ]
    aliases = {a for (a,) in store.conn.execute("SELECT alias FROM aliases")}
    assert aliases == {"Sarah Sanders", "White House Press Secretary Sarah Huckabee Sanders",
                       "Gov. Sarah Sanders", "Sanders"}  # fmt: skip


def test_identity_bare_surname_with_a_conflicting_role_stays_apart(
    make_record: MakeRecord, store: Store
) -> None:
    store.add_record(make_record(1, [("Sarah Sanders", P, ("press secretary",))]))
    store.add_record(make_record(2, [("Sanders", P, ("senator",))]))
    assert store.count("speakers") == 2


@pytest.mark.parametrize("pronoun", [None, "he", "She", "they", "officials", "a spokesman"])
def test_identity_unresolved_speaker_never_merges(
    make_record: MakeRecord, store: Store, pronoun: str | None
) -> None:
    store.add_record(make_record(1, [("Sarah Sanders", P, ())]))
    store.add_record(make_record(2, [(pronoun, "unknown", ()), (pronoun, P, ())]))
    rows = store.conn.execute(
        "SELECT speaker_id, speaker_name FROM statements WHERE article_id = 2"
    )
    assert [r[0] for r in rows] == [None, None]
    assert store.count("speakers") == 1
    assert store.conn.execute("SELECT statements FROM speakers").fetchone()[0] == 1


def test_identity_bare_surname_without_evidence_joins_neither(
    make_record: MakeRecord, store: Store
) -> None:
    store.add_record(make_record(1, [("Sarah Sanders", P, ())]))
    store.add_record(make_record(2, [("Bernie Sanders", P, ())]))
    store.add_record(make_record(3, [("Sanders", P, ())]))
    store.add_record(make_record(4, [("Sanders", P, ())]))
    ids = [r[0] for r in store.conn.execute("SELECT speaker_id FROM statements ORDER BY id")]
    assert len(set(ids[:3])) == 3
    assert ids[3] == ids[2]


def test_identity_bare_surname_follows_the_full_name_in_the_same_article(
    make_record: MakeRecord, store: Store
) -> None:
    store.add_record(make_record(1, [("Sarah Sanders", P, ())]))
    store.add_record(make_record(2, [("Bernie Sanders", P, ()), ("Sanders", P, ())]))
    ids = [r[0] for r in store.conn.execute("SELECT speaker_id FROM statements ORDER BY id")]
    assert ids[1] == ids[2] != ids[0]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("bob", "robert", True), ("j", "john", True), ("chris", "christopher", True),
     ("sarah", "bernie", False), ("jon", "joan", False)],
)  # fmt: skip
def test_identity_first_names(a: str, b: str, same: bool) -> None:
    assert first_names_match(a, b) is same


@pytest.mark.parametrize(
    ("name", "display", "roles"),
    [("WH Press Secretary Sarah Sanders", "Sarah Sanders", ("WH Press Secretary",)),
     ("Sen. Bernie Sanders", "Bernie Sanders", ("senator",)),
     ("Sanders, the press secretary", "Sanders", ("the press secretary",)),
     ("Dr. Jane Goodall", "Jane Goodall", ())],
)  # fmt: skip
def test_identity_parse_person(name: str, display: str, roles: tuple[str, ...]) -> None:
    person = parse_person(name)
    assert person is not None
    assert (person.display, person.roles) == (display, roles)


@pytest.mark.parametrize(
    ("a", "b"), [("The New York Times", "NYT"), ("U.N.", "United Nations"), ("Acme Inc.", "Acme")]
)
def test_identity_org_keys(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)
