"""A year after a participle that follows a noun dates that noun, not the clause.

"We are recalling every Velda scooter sold since 2027" is about the recall, now; the year
tells which scooters. Read as the clause's time, it set the recall in 2027 and kept the
speaker's earlier "there will be no recall" apart as another time.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claim_times import times_of

from .builders import item, kinds


def _years(text: str) -> set[int]:
    return {y for y, _ in times_of(text.replace(",", " ").split(), (2030, 12), "present")}


def test_a_year_of_a_participle_after_a_noun_is_not_the_clause_s() -> None:
    assert _years("We are recalling every Velda scooter sold since 2027") == set()
    assert _years("Tenants of flats renovated in 2019 will pay more") == set()


def test_a_year_of_the_clause_s_own_verb_stays() -> None:
    assert _years("The scooters were sold in 2027") == {2027}
    assert _years("They sold the depot in 2027") == {2027}
    assert _years("The recall will start in 2031") == {2031}


def test_a_recall_denied_then_made_is_a_reversal() -> None:
    first = item("a", "There will be no recall of the Velda scooter", "Mirela Oduya", "2030-11-10")
    later = item("b", "We are recalling every Velda scooter sold since 2027", "Mirela Oduya",
                 "2030-12-08", article="a2")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]
