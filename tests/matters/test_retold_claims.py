"""Rebuttals of a claim named in the reporter's words:

* a speaker's "figure of" a number is their words ("rejected the mayor's figure of 300 new
  homes"), as their "figures" already were;
* a claim named in other words than its speaker used ("had seen the plans" for "was shown the
  plans") is the target's statement told earlier in the rebutter's article that shares two of
  its content words, when no statement of the target names the claim's event;
* two speakers whom the sides join only through a third one (a solicitor for a coach, the
  coach employed by a federation, the federation's chief executive) keep their rebuttal apart
  from another critic's rebuttal of the same body.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.contradictions import Contradiction, Evidence
from onrecord.matters.grouping import group_disagreements, group_key
from onrecord.matters.rebuttals import find_rebuttals

from .builders import item


def _links(*items: Item) -> list[tuple[str, str]]:
    """(rebutting statement, statement rebutted) of each rebuttal found among ``items``."""
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(list(items), []))


# -- a figure of a number is someone's words ------------------------------------------------------

_MAYOR = ("mayor",)
_FIGURE = ("Councillor Ada Quill rejected the mayor's figure of 300 new homes, saying most of "
           "the sites had no planning consent.")  # fmt: skip


def _figure_rebutter() -> Item:
    return item("r", "most of the sites had no planning consent", "Ada Quill", "2026-05-12",
                sentence=_FIGURE, cue="rejected the mayor's figure")  # fmt: skip


def test_a_figure_of_a_number_names_whose_words_are_rejected() -> None:
    homes = item("o", "The scheme will build 300 new homes by 2030.", "Tom Reeve", "2026-05-12",
                 roles=_MAYOR)  # fmt: skip
    assert _links(homes, _figure_rebutter()) == [("r", "o")]


def test_a_figure_links_no_statement_of_another_thing() -> None:
    """The mayor's words on the library share nothing of "300 new homes": no rebuttal."""
    library = item("o", "The library on Quay Street will open in May.", "Tom Reeve",
                   "2026-05-12", roles=_MAYOR)  # fmt: skip
    assert _links(library, _figure_rebutter()) == []


# -- a claim named in other words ----------------------------------------------------------------

_CHAIR = ("chair of the planning board",)
_SEEN = ("Ivo Marsh rejected Hale's claim that the board had seen the depot plans, saying no "
         "drawings were ever sent.")  # fmt: skip
# the chair's words after the rebuttal, further into the article than the rebutting ones
_LATER = ("Later that evening, after the meeting had ended and the councillors had gone home, "
          "Hale added: The board was shown the plans for the depot in March.")  # fmt: skip
_SHOWN = "The board was shown the plans for the depot in March."


def _seen_rebutter(article: str = "a1") -> Item:
    return item("r", "no drawings were ever sent", "Ivo Marsh", "2026-05-12", article=article,
                sentence=_SEEN, cue="rejected Hale's claim")  # fmt: skip


def test_a_claim_in_other_words_is_the_targets_statement_told_before() -> None:
    """ "had seen the plans" names no event of "was shown the plans", and no time: the
    chair's statement told just before, sharing "board", "depot" and "plans", is the one."""
    shown = item("o", _SHOWN, "Rhona Hale", "2026-05-12", roles=_CHAIR)
    assert _links(shown, _seen_rebutter()) == [("r", "o")]


def test_a_claim_in_other_words_told_after_the_rebuttal_is_not_it() -> None:
    shown = item("o", _SHOWN, "Rhona Hale", "2026-05-12", roles=_CHAIR, sentence=_LATER)
    assert _links(shown, _seen_rebutter()) == []


def test_a_claim_in_other_words_from_another_article_is_not_it() -> None:
    shown = item("o", _SHOWN, "Rhona Hale", "2026-05-10", roles=_CHAIR, article="a0")
    assert _links(shown, _seen_rebutter("a1")) == []


def test_a_statement_sharing_one_word_of_the_claim_is_not_it() -> None:
    vote = item("o", "The board will vote on the budget in March.", "Rhona Hale", "2026-05-12",
                roles=_CHAIR)  # fmt: skip
    assert _links(vote, _seen_rebutter()) == []


def test_a_routine_sharing_two_words_is_not_the_claim_of_one_occasion() -> None:
    """ "meets to discuss the depot every Tuesday" shares "board" and "depot" with "the board
    had seen the depot plans", but tells a routine, not the one occasion: no rebuttal."""
    meets = item("o", "The board meets to discuss the depot every Tuesday.", "Rhona Hale",
                 "2026-05-12", roles=_CHAIR)  # fmt: skip
    assert _links(meets, _seen_rebutter()) == []


def test_a_forecast_sharing_the_words_is_not_the_claim_of_what_was_done() -> None:
    """ "will show the board the plans for the depot" names no event of "had seen", shares
    the words, but tells what is ahead: not the claim of what the board has seen."""
    plans = item("o", "We will show the board the plans for the depot in the autumn.",
                 "Rhona Hale", "2026-05-12", roles=_CHAIR)  # fmt: skip
    assert _links(plans, _seen_rebutter()) == []


def test_a_statement_denying_the_claim_is_not_it() -> None:
    """The chair's "the board was never shown the plans" says what the rebutter says: it is
    not the claim "the board had seen the depot plans" that he rejects."""
    never = item("o", "The board was never shown the plans for the depot.", "Rhona Hale",
                 "2026-05-12", roles=_CHAIR)  # fmt: skip
    assert _links(never, _seen_rebutter()) == []


def test_a_claim_of_a_cause_in_other_words_is_the_statement_of_it() -> None:
    """ "the flood risk was behind the decision" is the warden's "the closure is because of the
    flood risk": the subject told again, the decision named as what it was."""
    cause = item("o", "The closure is because of the flood risk.", "Petra Lund", "2026-05-12",
                 roles=("the park warden",))  # fmt: skip
    sentence = ("Omar Tate rejected Lund's claim that the flood risk was behind the decision, "
                "saying the council wanted the land for housing.")  # fmt: skip
    tate = item("r", "the council wanted the land for housing", "Omar Tate", "2026-05-12",
                sentence=sentence, cue="rejected Lund's claim")  # fmt: skip
    assert _links(cause, tate) == [("r", "o")]


def test_a_senior_figure_is_a_person_not_words() -> None:
    """ "dismissed the club's most senior figure" sacks someone: no rebuttal of the club's
    director's words."""
    squad = item("o", "The squad will be rebuilt over the summer.", "Ray Holt", "2026-05-12",
                 roles=("the club's director of football",))  # fmt: skip
    sentence = ("Owner Lena Voss dismissed the club's most senior figure, saying the board had "
                "lost confidence in him.")  # fmt: skip
    voss = item("r", "the board had lost confidence in him", "Lena Voss", "2026-05-12",
                sentence=sentence, cue="dismissed the club's most senior figure")  # fmt: skip
    assert _links(squad, voss) == []


def test_a_claim_in_other_words_holding_the_whole_thing_is_it() -> None:
    """ "parents had backed the merger of the schools" holds the schools the combining is of:
    "rejected Tate's assertion that parents supported combining the schools" answers it."""
    backed = item("o", "Parents at both schools had backed the merger in a survey.", "Omar Tate",
                  "2026-05-12", roles=("council leader",))  # fmt: skip
    voss = item("r", "only a third of families answered the survey", "Lena Voss", "2026-05-12",
                sentence="Lena Voss rejected Tate's assertion that parents supported combining "
                "the schools, saying only a third of families answered the survey.",
                cue="rejected Tate's assertion")  # fmt: skip
    assert _links(backed, voss) == [("r", "o")]


# -- sides joined through a third speaker --------------------------------------------------------

_SUSPENDED = ("Pell rejected the federation's statement that Dorn had stepped down of his own "
              "accord, saying the coach was suspended.")  # fmt: skip
_MOVED = ("Ashe pushed back on the chair's assertion that the board had acted as soon as it "
          "knew, saying the board sat on the complaint for a year.")  # fmt: skip


def test_speakers_joined_only_through_a_third_keep_their_rebuttals_apart() -> None:
    """The coach's solicitor and a critic inside the federation are each one side with the
    federation only through someone else (the coach it employs; the commission it holds):
    their two rebuttals, of two people of the federation on two questions, are two reports."""
    chief = item("c", "Lev Dorn agreed to step down while the inquiry takes place.", "Ines Vale",
                 "2026-03-02", roles=("the federation's chief executive",))  # fmt: skip
    chair = item("h", "The board acted the moment it knew of the complaint.", "Olga Brandt",
                 "2026-03-02", roles=("the federation's chair",))  # fmt: skip
    coach = item("d", "I have done nothing wrong.", "Lev Dorn", "2026-03-02",
                 roles=("the federation's head coach",))  # fmt: skip
    solicitor = item("p", "the coach was suspended", "Tomas Pell", "2026-03-02",
                     sentence=_SUSPENDED, cue="rejected the federation's statement",
                     roles=("a solicitor representing Dorn",))  # fmt: skip
    critic = item("a", "the board sat on the complaint for a year", "Mira Ashe", "2026-03-02",
                  sentence=_MOVED, cue="pushed back on the chair's assertion",
                  roles=("chair of the federation's athletes' commission",))  # fmt: skip
    found = analyze_items([chief, chair, coach, solicitor, critic])[1]
    pairs = sorted((c.kind, c.a.statement, c.b.statement) for c in found)
    assert pairs == [("rebuttal", "a", "h"), ("rebuttal", "p", "c")]


def _said(key: str, speaker: str, date: str, stance: str) -> Evidence:
    return Evidence(key, speaker, date, "a-" + key, None, "The pool will reopen.", 0, 21, stance)


def test_one_speakers_reversals_under_two_spellings_are_one_report() -> None:
    """A provost named in full once and by her surname (read as a body) once reverses herself
    twice on one matter: one side, one reversal reported, not one for each spelling."""
    sides = {k: "rhiannon kesteven" for k in ("s1", "s2", "s3")}
    yes = _said("s1", "Rhiannon Kesteven", "2026-04-01", "yes")
    found = [
        Contradiction("x1", "reversal", yes, _said("s2", "Kesteven", "2026-04-20", "no"), 0.7, "m"),
        Contradiction(
            "x2", "reversal", yes, _said("s3", "Rhiannon Kesteven", "2026-04-21", "no"), 0.7, "m"
        ),
    ]
    assert group_key(found[0], sides) == group_key(found[1], sides)
    assert len(group_disagreements(found, sides)) == 1


def test_a_hedged_would_is_no_forecast_against_a_claim_in_other_words() -> None:
    """ "patients who would have gone to Elm Ward" hedges no forecast: the director's word that
    the team has hired the staff is still "the community team could cope", in other words."""
    staff = item("o", "The community team has hired the staff to take on every patient who would "
                 "have gone to Elm Ward.", "Ravi Mend", "2026-05-12",
                 roles=("the trust's medical director",))  # fmt: skip
    sentence = ("Jo Arden dismissed the medical director's assurance that the community team "
                "could cope, saying they were already turning people away.")  # fmt: skip
    arden = item("r", "they were already turning people away", "Jo Arden", "2026-05-12",
                 sentence=sentence, cue="dismissed the medical director's assurance")  # fmt: skip
    assert _links(staff, arden) == [("r", "o")]
