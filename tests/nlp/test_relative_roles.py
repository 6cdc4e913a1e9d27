"""A post told in a relative clause on a speaker's name ("Oskar Velde, who chairs the Brenmoor
Allotment Society,") is a role of theirs, as an apposition is; what a person did once ("who
founded the society") names no post. Invented sentences."""

from __future__ import annotations

import pytest

from .records import run

pytestmark = pytest.mark.model


def _roles(extractor, text: str, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return list(next(e for e in run(extractor, text).entities if e.name == name).roles)


def test_who_chairs_a_body_is_its_chair(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Oskar Velde, who chairs the Brenmoor Allotment Society, said the plots would stay. "
        "Ilse Marwick, who leads Tolland Parish Council, said the lane would be resurfaced."
    )
    assert "chair of the Brenmoor Allotment Society" in _roles(extractor, text, "Oskar Velde")
    assert "leader of Tolland Parish Council" in _roles(extractor, text, "Ilse Marwick")


def test_what_a_person_did_once_is_no_post(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Oskar Velde, who founded the Brenmoor Allotment Society, said the plots would stay. "
        "Ilse Marwick, who sued Tolland Parish Council, said the lane was unsafe."
    )
    assert _roles(extractor, text, "Oskar Velde") == []
    assert _roles(extractor, text, "Ilse Marwick") == []


def test_a_post_names_its_own_body_not_others(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jo Bell, who leads the campaign against Harwick Council's plan, said it would fail. "
        "Sam Reid, who runs a cafe opposite the Greyline depot, said trade was down. "
        "Ada Lusk, who manages the accounts for the club, said the money was there. "
        "Tam Fry, who chairs the board of the Orbury Trust, said the hall would open."
    )
    assert _roles(extractor, text, "Jo Bell") == ["leader of the campaign"]
    assert _roles(extractor, text, "Sam Reid") == ["head of a cafe"]
    assert _roles(extractor, text, "Ada Lusk") == []  # no post: plural things managed
    assert "chair of the board of the Orbury Trust" in _roles(extractor, text, "Tam Fry")


def test_running_a_plural_thing_is_no_post(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kit Dole, who runs marathons, said the route was flat."
    assert _roles(extractor, text, "Kit Dole") == []
