"""Near misses (onrecord.matters.near_misses): pairs of one matter the rules did not report,
with the stage that stopped them. Invented sentences only."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.near_misses import cue_near_misses, near_misses

from .builders import item

DAY = "2031-03-04"
LATER = "2031-05-20"
OPENS = item("1", "The Ferrow Lane footbridge will reopen in April", "Ingrid Solvay", DAY)
DENIES = item("2", "The Ferrow Lane footbridge will not reopen in April", "Petra Nokes", DAY)
HEDGES = item("3", "The Ferrow Lane footbridge might not reopen in April", "Petra Nokes", DAY)
AGREES = item("4", "The Ferrow Lane footbridge will reopen in April", "Oskar Brandt", DAY)
TAKES_BACK = item("5", "The Ferrow Lane footbridge will not reopen in April", "Ingrid Solvay", DAY)


def _stages(*items: object, any_stance: bool = True) -> dict[tuple[str, str], str]:
    its = list(items)
    matters, found = analyze_items(its)  # type: ignore[arg-type]
    reported = [(c.a.statement, c.b.statement) for c in found]
    misses = near_misses(matters, reported, any_stance=any_stance)
    return {(n.a.key, n.b.key): n.stage for n in misses}


def test_a_reported_pair_is_no_near_miss_and_a_rejected_one_names_its_stage() -> None:
    """One speaker saying yes and no on one day is rejected as one occasion (more likely a
    misreading than a U-turn); the reported contradiction is not a near miss."""
    stages = _stages(OPENS, DENIES, TAKES_BACK)
    assert ("1", "2") not in stages
    assert stages[("1", "5")] == "occasion"


def test_stances_that_are_not_opposite_are_near_misses_only_when_asked_for() -> None:
    """A hedge ("might not") leaves the stance unclear, two "will reopen"s agree: near misses
    of any stance, not of opposite ones."""
    every = _stages(OPENS, HEDGES, AGREES)
    assert every[("1", "3")] == "unclear"
    assert every[("1", "4")] == "agree"
    assert _stages(OPENS, HEDGES, AGREES, any_stance=False) == {}


def test_two_time_frames_stop_a_pair_at_the_time_check() -> None:
    """Two time frames: "will reopen in April" against "did not reopen last year", opposite and
    certain, are no contradiction; the pair is a near miss stopped at the time check."""
    last_year = item("6", "The Ferrow Lane footbridge did not reopen last year", "Petra Nokes", DAY)
    _, found = analyze_items([OPENS, last_year])
    assert not found
    assert _stages(OPENS, last_year) == {("1", "6"): "time"}
    matters, _ = analyze_items([OPENS, last_year])
    assert [n.check for n in near_misses(matters)] == ["time:frame"]


def test_a_pair_within_one_reported_disagreement_is_no_near_miss() -> None:
    """A report stands for its pair and its support: two of its statements are that
    disagreement, already reported, not a near miss; a pair with a statement outside it is."""
    matters, _ = analyze_items([OPENS, DENIES, TAKES_BACK, AGREES])
    told = {(n.a.key, n.b.key) for n in near_misses(matters, [("1", "2", "5")], any_stance=True)}
    assert not told & {("1", "2"), ("1", "5"), ("2", "5")}
    assert ("1", "4") in told


def test_a_rebuttal_cue_pairs_its_statement_with_the_named_speakers_other_words() -> None:
    """ "Quill disputed Varga's claim": the rules link the rebuttal to one of Varga's
    statements; her other statement is the cue's near miss. A denied cue ("did not dispute")
    and a cue naming no speaker of the story give none."""
    closes = item("1", "The Harlow depot will close in June", "Mayor Ilse Varga", DAY)
    saves = item("2", "Ratepayers will save money from the closure", "Mayor Ilse Varga", DAY)

    def rebutter(cue: str) -> Item:
        words = "the depot is needed for winter gritting"
        return item("3", words, "Tomas Quill", DAY, sentence=f"Tomas Quill {cue}, saying {words}.")

    def misses(cue: str) -> set[tuple[str, str, str]]:
        its = [closes, saves, rebutter(cue)]
        _, found = analyze_items(its)
        told = [c.statements for c in found]
        return {(n.a.key, n.b.key, n.stage) for n in cue_near_misses(its, told)}

    assert misses("disputed Varga's claim") == {("2", "3", "cue")}
    assert misses("did not dispute Varga's claim") == set()
    assert misses("disputed Pemberton's claim") == set()
