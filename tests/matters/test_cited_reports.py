"""A report the speaker cites as evidence ("Our own reports show ...", "The engineers' report
confirms that ...") is the speaker's claim, not hearsay: what it shows, the speaker states.
Every sentence here is invented: a river and a weir at Tarnow."""

from __future__ import annotations

from onrecord.matters import parse_claim

# -- a report cited as evidence ------------------------------------------------------------------


def _modalities(text: str) -> list[str]:
    return [c.modality for c in parse_claim(text).clauses]


def test_a_report_cited_as_evidence_is_the_speakers_claim() -> None:
    assert _modalities("Our own reports show the Tarnow above the flood level in May") == [
        "certain"
    ]
    assert _modalities("The engineers' report confirms that the Tarnow weir is unsafe") == [
        "certain"
    ]
    assert _modalities("The survey report found cracks in the Tarnow weir") == ["certain"]


def test_reports_of_no_owner_are_still_hearsay() -> None:
    assert _modalities("Media reports show the Tarnow weir will be sold") == ["reported"]
    assert _modalities("Press reports confirmed that the Tarnow weir will be sold") == ["reported"]
    assert _modalities("Nordvik's own reports show the Tarnow above the flood level") == ["certain"]
    assert _modalities("The reports show the Tarnow above the flood level") == ["certain"]


def test_reporting_and_claiming_are_still_hearsay() -> None:
    assert _modalities("The ranger reports that the Tarnow weir is unsafe") == ["reported"]
    assert _modalities("Anglers claim the report shows cracks in the weir") == ["reported"]
    assert _modalities("The warden claims the weir is unsafe") == ["reported"]
