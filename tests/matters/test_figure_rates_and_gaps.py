"""Two figures that answer one question in other words: the rate of an act named by its verb
or by "the <act>ing rate", and a cost whose thing is a gerund's object or sits behind an
adverb of the verb group.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.claims import Item
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _quantities(text: str) -> list[tuple[str, str, float]]:
    """(measured noun, unit, low value) of each figure of ``text``."""
    return [(f.head, f.unit, f.low) for c in parse_claim(text).clauses for f in figures_of(c)]


def _costs(text: str) -> list[frozenset[str]]:
    """The thing of each total cost figure of ``text``."""
    return [f.subject for c in parse_claim(text).clauses for f in figures_of(c)
            if (f.head, f.unit) == ("cost", "¤")]  # fmt: skip


# -- the rate of an act --------------------------------------------------------------------------


def test_a_share_a_verb_governs_is_the_rate_of_that_act() -> None:
    assert _quantities("Dunmere composted 38 per cent of its garden waste last year") == [
        ("compost rate", "percent", 38.0)
    ]
    assert _quantities("The composting rate last year was 22 per cent") == [
        ("compost rate", "percent", 22.0)
    ]
    assert _quantities("Ormley has a 41 per cent composting rate") == [
        ("compost rate", "percent", 41.0)
    ]
    # a bound between the verb and the share
    assert _quantities("Ormley composted nearly 40 per cent of its waste")[0][0] == "compost rate"


def test_a_clause_after_a_share_names_no_noun() -> None:
    (fig,) = _quantities("The true composting rate was 22 per cent once rejected loads are out")
    assert fig[0] == "compost rate"
    (fig,) = _quantities("The vacancy rate was 9 per cent although it was higher in spring")
    assert fig[0] == lx_stem("rate")


def lx_stem(word: str) -> str:
    from onrecord.matters import lexicon as lx

    return lx.stem(word)


def test_shares_of_other_acts_or_of_no_act_are_other_quantities() -> None:
    (sent,) = _quantities("Dunmere sent 31 per cent of its waste to landfill")
    (composted,) = _quantities("Dunmere composted 38 per cent of its waste")
    assert sent[0] != composted[0]
    (plain,) = _quantities("38 per cent of its waste is garden waste")
    assert plain[0] == lx_stem("waste")  # no act named: the noun
    (vacancy,) = _quantities("The vacancy rate was 9 per cent")
    assert vacancy[0] != "vac rate"  # a rate a noun names keeps its noun
    (money,) = _quantities("Dunmere spent 40 pounds of its grant")  # not a share
    assert money[0] != "spend rate"


def test_a_rate_told_by_its_verb_and_by_its_name_is_one_question() -> None:
    a = item("a", "Dunmere composted 38 per cent of its garden waste last year",
             "Nadia Ferrow", "2031-04-02")  # fmt: skip
    b = item("b", "The real composting rate last year was 22 per cent",
             "Tobias Quell", "2031-04-09", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_rates_of_two_acts_do_not_disagree() -> None:
    a = item("a", "Dunmere composted 38 per cent of its garden waste last year",
             "Nadia Ferrow", "2031-04-02")  # fmt: skip
    b = item("b", "Dunmere sent 22 per cent of its garden waste to landfill last year",
             "Tobias Quell", "2031-04-09", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_rate_that_agrees_is_no_disagreement() -> None:
    a = item("a", "Dunmere composted about 38 per cent of its garden waste last year",
             "Nadia Ferrow", "2031-04-02")  # fmt: skip
    b = item("b", "The composting rate last year was 38 per cent",
             "Tobias Quell", "2031-04-09", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- the thing a cost is of ----------------------------------------------------------------------


def test_an_adverb_in_the_verb_group_keeps_the_subject() -> None:
    assert _costs("The new wing will now cost 61 million pounds") == [frozenset({"wing"})]
    assert _costs("The pier would still cost 3 million pounds") == [frozenset({"pier"})]


def test_a_gerunds_object_is_the_thing_not_its_result() -> None:
    assert _costs("Putting the pier right will cost at least 3 million pounds") == [
        frozenset({"pier"})
    ]
    assert _costs("Making the chapel safe would cost 800,000 pounds") == [frozenset({"chapel"})]
    # no gerund: "right" is part of the name of the thing
    assert _costs("The right turn lane will cost 2 million pounds") == [frozenset({"lan"})]


def test_a_cost_revised_behind_an_adverb_is_a_reversal() -> None:
    a = item("a", "The new wing will cost 42 million pounds", "Ilse Varnham", "2031-01-10")
    b = item("b", "The new wing will now cost 61 million pounds", "Ilse Varnham",
             "2031-03-02", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_the_cost_of_a_thing_and_of_putting_it_right_are_one_question() -> None:
    a = item("a", "The repairs to the pier will cost about 300,000 pounds", "Ilse Varnham",
             "2031-01-10")  # fmt: skip
    b = item("b", "Putting the pier right will cost at least 2 million pounds", "Rolf Eddery",
             "2031-01-24", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_the_costs_of_two_things_put_right_do_not_disagree() -> None:
    a = item("a", "The repairs to the pier will cost about 300,000 pounds", "Ilse Varnham",
             "2031-01-10")  # fmt: skip
    b = item("b", "Putting the chapel right will cost at least 2 million pounds",
             "Rolf Eddery", "2031-01-24", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- units of measure ----------------------------------------------------------------------------


def _measured(text: str) -> list[tuple[str, float, float]]:
    """(measured noun, low, high) of each figure of ``text``."""
    return [(f.head, f.low, f.high) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_half_a_unit_is_a_value() -> None:
    assert _measured("the dune is shrinking by about half a metre a year") == [
        (lx_stem("metres"), 0.45, 0.55)
    ]
    assert _measured("half a dozen cottages were flooded")[0][1] == 6.0
    assert _measured("half a million visitors came")[0][1] == 500_000.0


def test_half_of_a_whole_or_a_way_is_no_value() -> None:
    assert _measured("half the cottages were flooded") == []
    assert _measured("half of the cottages were flooded") == []
    assert _measured("The mill cut its staff in half a year ago") == []


def test_half_a_thing_that_is_no_unit_is_no_value() -> None:
    # "half a chance", "half a mind": idioms, no half of a unit
    a = item("a", "Orrin had half a chance in the first half", "Lorna Pettifer", "2031-06-02")
    b = item("b", "Orrin had two chances in the first half", "Owain Redfern", "2031-06-02")
    assert kinds(a, b) == []
    assert _measured("She had half a mind to resign over the mill") == []


def test_a_rate_of_measure_after_by_is_a_value() -> None:
    assert _measured("the dune is shrinking by 3 metres a year") == [(lx_stem("metres"), 3, 3)]
    assert _measured("the reservoir is falling by 400 litres per day") == [
        (lx_stem("litres"), 400, 400)
    ]


def test_a_change_after_by_stays_a_change() -> None:
    assert _measured("fares rose by 4 percent a year") == []  # a percent
    assert _measured("the dune shrank by 3 metres") == []  # no time: the size of a change
    assert _measured("the budget grew by 40,000 pounds a year") == []  # money


def test_two_rates_of_one_retreat_disagree() -> None:
    a = item("a", "the dune at Skelhaven is shrinking by about half a metre a year",
             "Mira Toller", "2031-05-04")  # fmt: skip
    b = item("b", "The dune at Skelhaven is losing three metres a year", "Evan Cordry",
             "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_two_rates_that_agree_do_not_disagree() -> None:
    a = item("a", "the dune at Skelhaven is shrinking by about half a metre a year",
             "Mira Toller", "2031-05-04")  # fmt: skip
    b = item("b", "The dune at Skelhaven is losing half a metre a year", "Evan Cordry",
             "2031-05-04")  # fmt: skip
    assert kinds(a, b) == []


# -- gaps ----------------------------------------------------------------------------------------


def _gaps(text: str) -> list[float]:
    """The low value of each gap figure of ``text``."""
    return [f.low for c in parse_claim(text).clauses for f in figures_of(c) if f.head == "gap"]


def test_a_count_missing_is_a_gap_in_any_words() -> None:
    assert _gaps("The depot is short of nine drivers and fitters") == [9.0]
    assert _gaps("We are 40 nurses short at Ashcombe") == [40.0]
    assert _gaps("and we are now five short") == [5.0]
    assert _gaps("Ashcombe is 12 nurses below its full establishment") == [12.0]
    assert _gaps("The ward has 14 nursing vacancies") == [14.0]
    assert _gaps("seven driver posts at the depot were unfilled") == [7.0]


def test_no_gap_in_a_bound_a_sum_or_another_count() -> None:
    assert _gaps("just short of 2,000 people attended the rally") == []
    assert _gaps("The appeal fell 2 million pounds short") == []  # money
    assert _gaps("Ashcombe is 12 nurses below the county average") == []
    assert _gaps("The depot has 40 drivers") == []
    assert _gaps("three houses on the street were empty") == []


def test_a_count_of_things_short_is_no_gap_of_staff() -> None:
    # a gap is people or posts missing; points, votes, shots, beds or rooms short are counts
    # of their own things, which the gap's noun must not erase
    assert _gaps("Harwick are four points short of safety") == []
    assert _gaps("The motion fell two votes short") == []
    assert _gaps("Pelly finished three shots short of the leader") == []
    assert _gaps("The ward is nine beds short of its target") == []
    assert _gaps("Only two classrooms are vacant") == []
    assert _gaps("We are 40 signatures short of the 500 we need") == []
    # people and posts in other words are still gaps
    assert _gaps("The depot is three fitters short") == [3.0]
    assert _gaps("The ferry is short of five deckhands") == [5.0]
    assert _gaps("Ashcombe ward is six midwives short") == [6.0]
    assert _gaps("two porter roles were unfilled") == [2.0]
    a = item("a", "Ashcombe ward is six nurses short", "Lorna Pettifer", "2031-06-02")
    b = item("b", "Ashcombe ward is four beds short of its target", "Owain Redfern", "2031-06-02")
    assert kinds(a, b) == []


def test_two_gaps_counted_in_other_words_disagree() -> None:
    a = item("a", "We are short of fourteen drivers and fitters at Brackwell depot",
             "Lorna Pettifer", "2031-06-02")  # fmt: skip
    b = item("b", "Brackwell depot is short of four staff at most", "Owain Redfern",
             "2031-06-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_two_gaps_that_agree_do_not_disagree() -> None:
    a = item("a", "We are 12 drivers short at Brackwell depot", "Lorna Pettifer", "2031-06-02")
    b = item("b", "Brackwell depot is 12 drivers below its full complement", "Owain Redfern",
             "2031-06-02")  # fmt: skip
    assert kinds(a, b) == []


def test_a_gap_and_a_headcount_do_not_disagree() -> None:
    a = item("a", "We are 12 drivers short at Brackwell depot", "Lorna Pettifer", "2031-06-02")
    b = item("b", "Brackwell depot has 80 drivers", "Owain Redfern", "2031-06-02")
    assert kinds(a, b) == []


# -- whose count ---------------------------------------------------------------------------------


def _with_role(sid: str, text: str, speaker: str, role: str, date: str) -> Item:
    return item(sid, text, speaker, date, roles=(role,))


def test_counts_two_bodies_received_are_both_true() -> None:
    a = _with_role("a", "We have logged more than 900 calls about the pylon since June",
                   "Edna Sorrell", "founder of Pylon Watch", "2031-08-01")  # fmt: skip
    b = _with_role("b", "The regulator has received 210 calls about the pylon since June",
                   "Amos Kettle", "inspector at the regulator", "2031-08-01")  # fmt: skip
    assert kinds(a, b) == []


def test_one_bodys_count_told_by_its_own_officer_and_by_another_disagrees() -> None:
    a = _with_role("a", "We have received 40 calls about the pylon since June",
                   "Amos Kettle", "inspector at the regulator", "2031-08-01")  # fmt: skip
    b = _with_role("b", "The regulator has received 210 calls about the pylon since June",
                   "Edna Sorrell", "founder of Pylon Watch", "2031-08-01")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_count_of_acts_is_not_owned() -> None:
    a = _with_role("a", "We missed fewer than 50 bins a week last year", "Edna Sorrell",
                   "director of Pellbury Waste", "2031-08-01")  # fmt: skip
    b = _with_role("b", "Crews were missing 700 bins a week last year", "Amos Kettle",
                   "inspector at the regulator", "2031-08-01")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a bound that opens the sentence -------------------------------------------------------------


def test_a_capitalised_bound_that_opens_the_sentence_is_no_name() -> None:
    for bound in ("Nearly", "Around", "Roughly", "Exactly"):
        ((head, low, high),) = _measured(f"{bound} 400 cottages have been flooded")
        assert head == lx_stem("cottages") and low <= 400.0 <= high, bound


def test_a_name_that_opens_the_sentence_keeps_its_number() -> None:
    assert _measured("Route 9 will close in March") == []
    assert _measured("Section 12 of the lease allows it") == []


# -- the noun a count counts ---------------------------------------------------------------------


def test_a_verb_of_standing_gives_its_subject_a_value() -> None:
    assert _measured("The number of objections has reached 700") == [
        (lx_stem("objections"), 700, 700)
    ]
    assert _measured("Objections now number more than 700")[0][:2] == (lx_stem("objections"), 700)
    assert _measured("Objections total 520") == [(lx_stem("objections"), 520, 520)]
    assert _measured("He came to 3 meetings")[0][0] == lx_stem("meetings")  # the noun after


def test_no_standing_value_for_a_pronoun() -> None:
    assert _measured("It reached 700") == []
    assert _measured("They number 700") == []


def test_the_number_of_things_with_a_mark_counts_the_things() -> None:
    assert _measured("The number of cottages with cracks is 40") == [(lx_stem("cottages"), 40, 40)]
    assert _measured("The total number of objections was 520") == [
        (lx_stem("objections"), 520, 520)
    ]
    # not a count noun: the noun before the preposition, as before
    assert _measured("The hourly rate for porters was 12.40")[0][0] == lx_stem("rate")


def test_letters_of_a_kind_count_that_kind() -> None:
    assert _measured("the board received 900 letters of objection") == [
        (lx_stem("objection"), 900, 900)
    ]
    assert _measured("There were 12 cases of measles") == [(lx_stem("measles"), 12, 12)]


def test_letters_of_someone_or_of_a_phrase_stay_letters() -> None:
    assert _measured("We had 40 letters of the residents")[0][0] == lx_stem("letters")
    assert _measured("There were 6 cases of burn injuries")[0][0] != lx_stem("burn")


def test_letters_of_objection_and_objections_are_one_count() -> None:
    a = item("a", "the board had received 900 letters of objection", "Hilde Parrow",
             "2031-09-03")  # fmt: skip
    b = item("b", "the board had received about 200 objections", "Conal Breck", "2031-09-03")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_letters_of_support_and_objections_are_two_counts() -> None:
    a = item("a", "the board had received 900 letters of support", "Hilde Parrow",
             "2031-09-03")  # fmt: skip
    b = item("b", "the board had received about 200 objections", "Conal Breck", "2031-09-03")
    assert kinds(a, b) == []


# -- a time said between the noun and "be" -------------------------------------------------------


def test_a_year_or_month_between_the_noun_and_be_is_passed_over() -> None:
    assert _quantities("Losses at Brenmoor hatchery in 2034 were 12 per cent") == [
        ("loss", "percent", 12.0)
    ]
    assert _quantities("The turnout in March was 41 percent") == [("turnout", "percent", 41.0)]
    assert _quantities("Mortality in March 2036 was 4 per cent") == [
        ("mortality", "percent", 4.0)
    ]  # a month and its year, one time
    # a place after "in" is said of the noun, as a phrase after "for" or "at" is
    assert _quantities("The recycling rate in Quillan was 40 per cent") == [
        ("recycl rate", "percent", 40.0)
    ]
    # a year that is no time said of the noun stays out: the figure after a verb is its own
    assert _quantities("We opened the hall in 2031 and 40 people came") == [("peopl", "", 40.0)]


def test_a_dated_rate_against_the_same_rate_of_last_year() -> None:
    early = item("s1", "Losses at Brenmoor hatchery last year were 5 per cent", "Ola Venn",
                 "2035-02-10", article="a1")  # fmt: skip
    later = item("s2", "Losses at Brenmoor hatchery in 2034 were 14 per cent", "Ola Venn",
                 "2035-04-22", article="a2")  # fmt: skip
    same = item("s3", "Losses at Brenmoor hatchery in 2034 were 5 per cent", "Ola Venn",
                "2035-04-22", article="a2")  # fmt: skip
    assert kinds(early, later) == [("reversal", "s1", "s2")]
    assert kinds(early, same) == []
