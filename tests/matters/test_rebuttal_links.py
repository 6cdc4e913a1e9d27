"""Which statement a rebuttal is linked to: the claim it names read up to the rebutter's own
words, the target named by a role given anywhere for its speaker, and rebuttals of things
that are no one's words left out."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals

from .builders import item


def _links(*items: Item) -> list[tuple[str, str]]:
    """(rebutting statement, statement rebutted) of each rebuttal found among ``items``."""
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(list(items), []))


# -- the claim named ends where the rebutter's own clause begins --------------------------------

_CITING = (
    "Councillor Wren Tillotson pushed back on the growers' cooperative's claim that orchard "
    "yields would drop by half, citing a county survey that found yields rose in two of the "
    "last three dry summers."
)
_YIELDS = "orchard yields would drop by half"
_CHAIR = ("chair of the growers' cooperative",)


def _citing(original: Item) -> list[tuple[str, str]]:
    nested = item("n", _YIELDS, "Fennick Growers' Cooperative", "2026-05-12", article="a2",
                  sentence=_CITING)  # fmt: skip
    rebutter = item("r", _YIELDS, "Wren Tillotson", "2026-05-12", article="a2", sentence=_CITING,
                    cue="pushed back on the growers' cooperative's claim")  # fmt: skip
    return _links(original, nested, rebutter)


def test_a_participle_clause_after_the_claim_is_the_rebutters_own() -> None:
    """The words ", citing a survey that found yields rose" are no part of the claim: its
    chair's earlier words hold the claim, and are what the rebuttal answers."""
    original = item("o", "Orchard yields in the valley will drop by half this year",
                    "Marit Osgood", "2026-04-28", roles=_CHAIR)  # fmt: skip
    assert _citing(original) == [("r", "o")]


def test_an_earlier_statement_of_another_claim_is_still_not_it() -> None:
    other = item("o", "Orchard owners in the valley will sell their land to developers",
                 "Marit Osgood", "2026-04-28", roles=_CHAIR)  # fmt: skip
    assert _citing(other) == [("r", "n")]


_ASHBY = ("Councillor Ada Quill disputed the mayor's claim that the Ashby fire station, serving "
          "three villages, will close in June.")  # fmt: skip
_MAYOR = ("mayor",)


def test_a_participle_clause_closed_inside_the_claim_is_part_of_it() -> None:
    """ ", serving three villages," is closed by a comma before the claim's verb ("will
    close"): the claim goes on to "will close in June", and the mayor's words of the closure
    are what the rebuttal answers, not those of the station's service."""
    close = item("o", "The Ashby fire station will close in June.", "Tom Reeve", "2026-04-28",
                 roles=_MAYOR)  # fmt: skip
    served = item("s", "The Ashby fire station has served the villages well.", "Tom Reeve",
                  "2026-04-28", roles=_MAYOR)  # fmt: skip
    rebutter = item("r", "the Ashby fire station, serving three villages, will close in June",
                    "Ada Quill", "2026-05-12", article="a2", sentence=_ASHBY,
                    cue="disputed the mayor's claim")  # fmt: skip
    assert _links(close, served, rebutter) == [("r", "o")]
    assert _links(served, rebutter) == []


# -- a thing someone owns is not their words ----------------------------------------------------

_CITY = item("c", "the parking cap on Quay Street will stay in place through the summer",
             "Oskar Bellamy", "2026-06-02", roles=("the city's transport director",))  # fmt: skip


def test_a_thing_the_city_owns_challenged_in_court_rebuts_no_one() -> None:
    sent = ("The hauliers' federation will challenge the city's parking cap on Quay Street in "
            "court, its director, Mirela Stanescu, said on Tuesday.")  # fmt: skip
    a = item("a", "The hauliers' federation will challenge the city's parking cap on Quay "
             "Street in court", "Mirela Stanescu", "2026-06-02", sentence=sent)  # fmt: skip
    assert _links(_CITY, a) == []


def test_an_offer_rejected_is_no_ones_words() -> None:
    offer = item("o", "the pay offer to the port staff is the city's last", "Oskar Bellamy",
                 "2026-06-02", roles=("the city's transport director",))  # fmt: skip
    sent = "Anwen Pryce said port staff would strike, rejecting the city's pay offer."
    a = item("a", "port staff would strike, rejecting the city's pay offer", "Anwen Pryce",
             "2026-06-02", sentence=sent, cue="said")  # fmt: skip
    assert _links(offer, a) == []


def test_numbers_owned_are_words_rebutted() -> None:
    sent = "Mirela Stanescu challenged the transport director's numbers on the Quay Street cap."
    a = item("a", "the cap has cost hauliers 40,000 crowns a week", "Mirela Stanescu",
             "2026-06-02", sentence=sent + " She said the cap has cost hauliers 40,000 crowns "
             "a week.")  # fmt: skip
    assert _links(_CITY, a) == [("a", "c")]


_FINDING = ("Ottilie Brask disputed the harbour master's finding that the north pier was "
            "unsafe for lorries.")  # fmt: skip


def _finding(master: Item) -> list[tuple[str, str]]:
    own = item("r", "the harbour master's finding that the north pier was unsafe for lorries",
               "Ottilie Brask", "2026-09-03", sentence=_FINDING,
               cue="disputed the harbour master's finding")  # fmt: skip
    reply = item("s", "the pier had carried lorries every day for ten years", "Ottilie Brask",
                 "2026-09-03")  # fmt: skip
    return _links(master, own, reply)


def test_a_finding_that_names_its_claim_is_answered_by_the_words_that_state_it() -> None:
    master = item("m", "the north pier is unsafe for lorries and must close to them",
                  "Pell Orrin", "2026-09-01", roles=("harbour master",))  # fmt: skip
    assert _finding(master) == [("r", "m")]


def test_a_finding_is_not_answered_by_another_claim_of_its_owner() -> None:
    """The harbour master's words on dredging are not the finding the rebuttal names."""
    master = item("m", "the harbour will close for dredging in May", "Pell Orrin",
                  "2026-09-03", roles=("harbour master",))  # fmt: skip
    assert _finding(master) == []


def test_the_claim_a_finding_names_is_the_rebutters_own_only_as_rejected() -> None:
    sent = _FINDING
    own = item("r", "the north pier was unsafe for lorries", "Ottilie Brask", "2026-09-03",
               sentence=sent, cue="disputed the harbour master's finding")  # fmt: skip
    assert own.claim.rebutted == "disputed the harbour master's finding"


# -- the target named by a role given anywhere for its speaker ----------------------------------

_HOURS = ("Jory Ambler, who leads the students' union, pushed back on the provost's statement "
          "that the library would not cut its opening hours.")  # fmt: skip


def _hours(*targets: Item) -> list[tuple[str, str]]:
    rebutter = item("r", "the library would not cut its opening hours", "Jory Ambler",
                    "2026-03-02", sentence=_HOURS,
                    cue="pushed back on the provost's statement")  # fmt: skip
    return _links(rebutter, *targets)


def test_a_role_given_once_names_the_speakers_other_statements() -> None:
    """The provost is named so once ("Provost Ilka Varden told staff ..."), then only as
    Varden: her words on the library are still the provost's."""
    told = item("t", "the philosophy department will close next year", "Ilka Varden",
                "2026-03-02", roles=("Provost",))  # fmt: skip
    said = item("s", "the library will not cut its opening hours during the exams",
                "Ilka Varden", "2026-03-02")  # fmt: skip
    assert _hours(told, said) == [("r", "s")]


def test_a_role_of_someone_else_names_no_one_here() -> None:
    told = item("t", "the philosophy department will close next year", "Bram Kessel",
                "2026-03-02", roles=("Provost",))  # fmt: skip
    said = item("s", "the library will not cut its opening hours during the exams",
                "Ilka Varden", "2026-03-02")  # fmt: skip
    assert _hours(told, said) == []


def test_a_statement_made_days_after_the_rebuttal_is_not_what_it_answers() -> None:
    later = item("s", "the library will not cut its opening hours during the exams",
                 "Ilka Varden", "2026-03-10", article="a2", roles=("Provost",))  # fmt: skip
    earlier = _dated(later, "2026-02-24")
    assert _hours(later) == []
    assert _hours(earlier) == [("r", "s")]


def _dated(it: Item, date: str) -> Item:
    return item(it.key, it.statement.content.text, it.speaker_name or "", date,
                article=it.article, roles=it.roles)  # fmt: skip


# -- a target's statement with no event read is compared by its words --------------------------

_SPILL = ("Lowen Tarrant, the refinery's manager, denied the port authority's claim that the "
          "company had waited three days to report the spill.")  # fmt: skip


def _spill(target: Item) -> list[tuple[str, str]]:
    rebutter = item("r", "the company had waited three days to report the spill",
                    "Lowen Tarrant", "2026-04-09", sentence=_SPILL,
                    cue="denied the port authority's claim")  # fmt: skip
    return _links(target, rebutter)


def test_the_claim_in_other_words_with_no_event_read_is_the_target() -> None:
    said = item("s", "tank gauges showed the spill was at least three days old when the "
                "company reported it", "Sunniva Holt", "2026-04-08",
                roles=("the port authority's harbour engineer",))  # fmt: skip
    assert _spill(said) == [("r", "s")]


def test_a_statement_sharing_one_word_of_the_claim_is_not_it() -> None:
    said = item("s", "tank gauges showed the spill reached the estuary by Sunday",
                "Sunniva Holt", "2026-04-08",
                roles=("the port authority's harbour engineer",))  # fmt: skip
    assert _spill(said) == []
