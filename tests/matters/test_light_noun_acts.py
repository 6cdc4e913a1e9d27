"""An act told by a verb of doing or giving and the act's own noun takes the key of the noun's
verb: "ran checks" is checking, "carried out repairs" repairing, "gave permission" approving
(:mod:`onrecord.matters.light_nouns`)."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim


def _events(text: str) -> dict[str, int]:
    return {e.key: e.polarity for e in parse_claim(text).events}


def test_checks_run_are_checking() -> None:
    assert (
        _events("Wardens will not be running noise checks at Quillon Quay this winter.").get(
            "check"
        )
        == -1
    )
    assert _events("Wardens have been checking noise levels at Quillon Quay.").get("check") == 1
    assert _events("The port made spot checks on every trailer.").get("check") == 1


def test_work_carried_out_is_the_work_done() -> None:
    assert _events("The trust has carried out repairs to the Dunvale chapel roof.") == {"repair": 1}
    assert _events("The trust repaired the Dunvale chapel roof.") == {"repair": 1}
    assert _events("Engineers did a survey of the Marrick footbridge.") == {"survey": 1}
    assert _events("Staff ran tests on the water at Ollerby.").get("test") == 1
    assert _events("The Ollerby lab tested the water.").get("test") == 1


def test_consent_given_is_approval() -> None:
    assert (
        _events("The board never gave the Tarlow school permission to expand.").get("approve") == -1
    )
    assert _events("The board approved the Tarlow school's plan.").get("approve") == 1
    assert _events("The parish has not given its consent to the new bridge.").get("approve") == -1
    assert _events("The county gave the green light to the Brenlow depot.").get("approve") == 1
    assert _events("The county has granted permission for the Brenlow depot.").get("approve") == 1


def test_no_act_without_the_verb_and_its_noun_together() -> None:
    assert _events("The pilots ran checks on the ferry.").get("check") == 1
    assert "check" not in _events("The pilots ran the ferry before the checks.")
    assert "check" not in _events("Every lorry at Quillon passed the checks.")
    assert "audit" not in _events("The Ollerby mayor will make the audit public.")
    assert "approve" not in _events("The warden gave evidence about the permission.")
    assert "approve" not in _events("The Tarlow school sought permission to expand.")
    assert "repair" not in _events("The trust carried the repairs bill alone.")


def test_consent_agreed_to_is_approval_and_a_noun_keeps_its_own_key() -> None:
    assert _events("The Harlow parish has agreed to the new crossing.").get("approve") == 1
    assert _events("The Harlow parish has consented to the new crossing.").get("approve") == 1
    granted = _events("The county has granted planning permission for the Ravel mill.")
    assert granted.get("approve") == 1 and granted.get("permission") == 1
    assert "approve" not in _events("The Harlow parish agreed to pay for the crossing.")
    assert "approve" not in _events("The Harlow parish agreed with the warden.")


def test_the_act_takes_the_noun_as_its_word() -> None:
    events = parse_claim("Crews will not be running noise checks at the Fenmore depot.").events
    assert [(e.key, e.word) for e in events] == [("check", "checks")]
