"""Knowing, telling and asking as events, and a claim read inside the frame that weighs it.

Invented sentences: who knew of a thing and who was told of it answer one question; asking
for a thing and applying for it are one act; "there is no evidence that X" denies X and
"we accept that X" grants it."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import events, item, kinds


def _modality(text: str) -> str:
    return parse_claim(text).clauses[0].modality


# --- knowing and being told -----------------------------------------------------------


def test_not_knowing_about_a_thing_is_no_notice_had() -> None:
    assert events("The directors at Pellow Mills did not know about the leak until June") == {
        "notify": -1
    }
    assert events("The harbour board was unaware of the complaints")["notify"] == -1
    assert events("The harbour board was not made aware of the complaints")["notify"] == -1
    assert "notify" not in events("The agency said it is aware of the reports")
    assert events("Everyone on the ward knew about the broken lift")["notify"] == 1


def test_denied_knowing_of_a_clause_is_no_notice_had() -> None:
    assert events("Nobody at the depot knew the brakes were worn")["notify"] == -1


def test_knowing_that_is_not_read_as_notice_when_affirmed_or_a_question() -> None:
    assert "notify" not in events("She knew the valley well")
    assert "notify" not in events("He did not know how the blaze started")
    assert "notify" not in events("We now know the roof had collapsed")


def test_telling_a_named_person_of_a_thing_is_a_notice() -> None:
    assert events("I told Yusuf about the closure at a meeting in May")["notify"] == 1
    assert _modality("I told Yusuf about the closure at a meeting in May") == "certain"
    # telling someone what will happen reports words; it gives no notice of a thing
    assert "notify" not in events("I told Yusuf that the closure would go ahead")
    assert "notify" not in events("We told the meeting the plan would go ahead")


def test_a_report_word_in_a_clause_of_time_quotes_no_one() -> None:
    text = "Nobody from the trust told us about the merger before it was announced"
    assert events(text) == {"notify": -1}
    assert _modality(text) == "certain"


def test_denied_knowledge_meets_a_telling_of_the_same_thing() -> None:
    a = item("s1", "Senior staff at Bramwell Foods did not know about the faulty freezer",
             "Gerda Holm", "2026-05-04", article="a1")  # fmt: skip
    b = item("s2", "Bramwell's senior staff were told about the faulty freezer at a meeting",
             "Ivo Lenz", "2026-05-05", article="a2")  # fmt: skip
    assert [k for k, *_ in kinds(a, b)] == ["contradiction"]


# --- asking -------------------------------------------------------------------------


def test_applying_for_a_thing_is_an_asking() -> None:
    assert events("We applied for the flood defence grant in March")["ask"] == 1
    assert events("The ministry has never been asked for a flood defence grant") == {"ask": -1}
    assert events("We requested a meeting with the minister")["ask"] == 1


def test_asking_someone_to_act_is_an_asking() -> None:
    assert events("The rowing club asked us to delay the work")["ask"] == 1
    assert events("We never asked anyone to delay the work")["ask"] == -1


def test_asking_a_question_is_no_asking_for_a_thing() -> None:
    assert "ask" not in events("The council asked whether the road would close")
    assert "ask" not in events("Nobody asked what it costs a grower to plant barley")
    assert "ask" not in events("Our members asked for it, and we listened")


# --- a claim inside its evaluation ---------------------------------------------------


def test_no_evidence_that_denies_the_clause() -> None:
    assert events("There is no evidence that our pies made anyone ill") == {"sicken": -1}
    assert events("It is not true that the dam had cracked") == {"crack": -1}
    assert events("We deny that the dam had cracked") == {"crack": -1}


def test_accepting_that_grants_the_clause() -> None:
    assert events("We accept that pies from our Eastgate bakery made people ill") == {"sicken": 1}
    assert events("The board admits that the dam had cracked") == {"crack": 1, "damag": 1}


def test_a_frame_that_cannot_rule_out_hedges() -> None:
    text = "We cannot rule out that the dam had cracked"
    assert events(text) == {"crack": 1, "damag": 1}
    assert _modality(text) == "hedged"


def test_frames_with_no_clause_keep_their_words() -> None:
    assert "approve" in events("We accept the findings of the review")
    assert events("No evidence was presented at the hearing")["evidenc"] == -1


def test_a_concession_with_no_object_is_no_frame() -> None:
    assert "conced" in events("I concede.")


def test_a_frame_after_its_clause_is_no_approval() -> None:
    claim = parse_claim("Harwick did score higher on price, I accept that")
    assert all(e.key != "approve" for e in claim.events)


def test_denied_and_accepted_illness_is_a_reversal() -> None:
    a = item("s1", "There is no evidence that our pies made anyone ill.", "Nils Varga",
             "2026-03-02", article="a1")  # fmt: skip
    b = item("s2", "We accept that pies from our Eastgate bakery made people ill.",
             "Nils Varga", "2026-03-04", article="a2")  # fmt: skip
    assert [k for k, *_ in kinds(a, b)] == ["reversal"]


def test_made_ill_is_one_event_whatever_the_verb() -> None:
    assert events("The oysters made forty guests ill")["sicken"] == 1
    assert "sicken" not in events("Forty guests fell ill after the banquet")
    assert "sicken" not in events("He made a sick joke")
    assert "sicken" not in events("Prices fell sharply")


def test_a_notice_given_of_a_thing_is_a_notice() -> None:
    assert events("Stallholders had no notice of the closure")["notify"] == -1
    assert events("We were given two weeks' notice of the cuts")["notify"] == 1
    assert "notify" not in events("A notice of the meeting was posted on the door")


def test_a_body_told_of_a_thing_until_a_time_is_no_condition() -> None:
    text = "No one told the cabinet about the flood report until last month"
    assert events(text) == {"notify": -1}
    assert _modality(text) == "certain"


def test_notice_of_two_different_things_is_no_disagreement() -> None:
    def pair(a: str, b: str) -> list[str]:
        first = item("s1", a, "Petra Lund", "2031-03-02", article="a1")
        second = item("s2", b, "Omar Falk", "2031-03-03", article="a2")
        return [k for k, *_ in kinds(first, second)]

    assert pair("The warden did not know about the flooding at Kell Lock",
                "The warden was told about the budget cuts at Kell Lock") == []  # fmt: skip
    assert pair("I told Radmila about my holiday", "Radmila was never told about the sale") == []
    assert pair("Tenants at Orme Court were given notice of the rent rise",
                "Tenants at Orme Court were not told about the demolition") == []  # fmt: skip
    # the same thing named on both sides still meets
    met = pair("The warden did not know about the flooding at Kell Lock",
               "The warden was told about the flooding at Kell Lock")  # fmt: skip
    assert met == ["contradiction"]


def test_no_doubt_grants_and_not_clear_leaves_open() -> None:
    assert events("There is no doubt that the Harl footbridge closed in May") == {"open": -1}
    assert events("I have no doubt that the Harl footbridge closed in May") == {"open": -1}
    assert _modality("It is not clear that the Harl footbridge closed in May") == "hedged"


def test_ill_or_sick_with_a_feeling_is_no_illness() -> None:
    assert "sicken" not in events("The inspection made kitchen staff ill at ease")
    assert "sicken" not in events("The long wait made parents sick with worry")
    assert events("The prawns made nine diners sick at the Corve Inn")["sicken"] == 1


def test_a_general_noun_may_be_the_other_sides_thing() -> None:
    a = item("s1", "Managers at Pellow Mills did not know about the fault",
             "Petra Lund", "2031-03-02", article="a1")  # fmt: skip
    b = item("s2", "Pellow's managers were told about the broken conveyor",
             "Omar Falk", "2031-03-03", article="a2")  # fmt: skip
    assert [k for k, *_ in kinds(a, b)] == ["contradiction"]
