"""The filter forms of ``/matters`` and ``/contradictions``: each shows the filters in force,
its submission (a GET with its fields, as a browser sends them) lists the rows the JSON
lists for the same filters, and the links to the next pages keep them."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient

Field = tuple[str, str]


class _Form(HTMLParser):
    """The first ``<form class="filters">`` of a page: what a browser sends for each field, the
    labels' text, and the "clear" link."""

    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.inside = self.done = False
        self.fields: dict[str, dict[str, str | None]] = {}
        self.labelled: set[str] = set()
        self.clear: str | None = None
        self._label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form" and "filters" in (a.get("class") or "") and not self.done:
            self.inside, self.action = True, a.get("action")
        elif not self.inside:
            return
        elif tag == "label":
            self._label = True
        elif tag in ("input", "select") and a.get("name"):
            self.fields[str(a["name"])] = a
            if self._label:
                self.labelled.add(str(a["name"]))
        elif tag == "a" and "clear" in (a.get("class") or ""):
            self.clear = a.get("href")

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._label = False
        elif tag == "form" and self.inside:
            self.inside, self.done = False, True

    def submission(self, **typed: str) -> list[Field]:
        """The query a browser sends once ``typed`` is typed into the fields (a checkbox: "on"
        checks it, "" clears it); the other fields keep the values the page filled in."""
        sent: list[Field] = []
        for name, attrs in self.fields.items():
            value = typed.get(name, attrs.get("value") or "")
            if attrs.get("type") == "checkbox":
                checked = typed[name] == "on" if name in typed else "checked" in attrs
                if checked:
                    sent.append((name, attrs.get("value") or "on"))
                continue
            sent.append((name, value))
        return sent


def form_of(html: str) -> _Form:
    parser = _Form()
    parser.feed(html)
    assert parser.action is not None, "the page has no filter form"
    return parser


def matter_ids(html: str) -> list[str]:
    return re.findall(r'class="matter-q" href="/matters/([\w-]+)"', html)


def pair_ids(html: str) -> list[str]:
    return re.findall(r'<article class="pair" id="c-([\w-]+)"', html)


def next_link(html: str) -> str | None:
    found = re.search(r'<a href="([^"]+)" rel="next">', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_matters_form_shows_the_filters_in_force(matters_client: TestClient) -> None:
    params = {"speaker": "Lind", "since": "2024-02", "until": "2024-02-20", "q": "girders",
              "disputed": "true", "min_statements": "2", "limit": "5"}  # fmt: skip
    form = form_of(matters_client.get("/matters", params=params).text)
    assert form.action == "/matters"
    values = {k: v.get("value") for k, v in form.fields.items()}
    assert values == {"q": "girders", "speaker": "Lind", "since": "2024-02",
                      "until": "2024-02-20", "min_statements": "2", "disputed": "true",
                      "limit": "5"}  # fmt: skip
    assert "checked" in form.fields["disputed"]
    assert form.fields["limit"]["type"] == "hidden"
    # every visible field has a label a screen reader reads out
    assert form.labelled == set(form.fields) - {"limit"}
    # "clear" drops the filters and keeps the page size
    assert form.clear == "/matters?limit=5"
    plain = form_of(matters_client.get("/matters").text)
    assert "checked" not in plain.fields["disputed"] and "limit" not in plain.fields
    assert all(not f.get("value") or f["type"] == "checkbox" for f in plain.fields.values())


def test_contradictions_form_shows_the_filters_and_keeps_the_kind(client: TestClient) -> None:
    params = {"kind": "reversal", "speaker": "Markovic", "matter": "m0000000001",
              "since": "2024-02", "until": "2024-03", "min_confidence": "0.5"}  # fmt: skip
    form = form_of(client.get("/contradictions", params=params).text)
    assert form.action == "/contradictions"
    values = {k: v.get("value") for k, v in form.fields.items()}
    assert values == {"speaker": "Markovic", "matter": "m0000000001", "since": "2024-02",
                      "until": "2024-03", "min_confidence": "0.5", "kind": "reversal"}  # fmt: skip
    assert form.fields["kind"]["type"] == "hidden"  # the tabs choose it; the form keeps it
    assert form.labelled == set(form.fields) - {"kind"}
    assert form.clear == "/contradictions?kind=reversal"
    # confidence 0, the default, is an empty field, not a filter of 0
    plain = form_of(client.get("/contradictions", params={"min_confidence": "0"}).text)
    assert plain.fields["min_confidence"].get("value") == ""


MATTER_TYPED = [
    {"until": "2024-02-10"},
    {"speaker": "Markovic", "since": "2024-02-10", "until": "2024-02-20"},
    {"q": "bridge", "disputed": "on"},
    {"min_statements": "2"},
    {"speaker": "Nobody Atall"},
    {},
]


@pytest.mark.parametrize("typed", MATTER_TYPED)
def test_matters_form_lists_what_the_api_lists(
    matters_client: TestClient, typed: dict[str, str]
) -> None:
    form = form_of(matters_client.get("/matters").text)
    sent = form.submission(**typed)
    page = matters_client.get(str(form.action), params=sent)
    assert page.status_code == 200
    body = matters_client.get("/api/matters", params=sent).json()
    assert matter_ids(page.text) == [r["id"] for r in body["rows"]]
    # and the page shows what was typed, ready for the next change
    again = form_of(page.text)
    for name, value in typed.items():
        attrs = again.fields[name]
        checkbox = attrs["type"] == "checkbox"
        assert (("on" if "checked" in attrs else "") if checkbox else attrs["value"]) == value


CONTRADICTION_TYPED = [
    {"until": "2024-02-10"},
    {"since": "2024-02-10", "until": "2024-02-20"},
    {"since": "2024-02-07", "until": "2024-02-13"},
    {"speaker": "Lind", "until": "2024-03"},
    {"matter": "m0000000001", "min_confidence": "0.9"},
    {},
]


@pytest.mark.parametrize("typed", CONTRADICTION_TYPED)
def test_contradictions_form_lists_what_the_api_lists(
    client: TestClient, typed: dict[str, str]
) -> None:
    form = form_of(client.get("/contradictions", params={"kind": ""}).text)
    sent = form.submission(**typed)
    page = client.get(str(form.action), params=sent)
    assert page.status_code == 200
    body = client.get("/api/contradictions", params=sent).json()
    assert pair_ids(page.text) == [r["id"] for r in body["rows"]]
    assert {k: v["value"] for k, v in form_of(page.text).fields.items() if k in typed} == typed


def test_contradictions_until_narrows_the_page(client: TestClient) -> None:
    page = client.get("/contradictions", params={"until": "2024-02-10"}).text
    assert pair_ids(page) == ["c1"]
    assert "Only pairs with a statement until 2024-02-10." in page
    page = client.get("/contradictions", params={"since": "2024-02-10", "until": "2024-03"}).text
    assert pair_ids(page) == ["c2"] and "a statement from 2024-02-10 to 2024-03" in page


def test_pages_after_a_form_keep_its_filters(
    client: TestClient, matters_client: TestClient
) -> None:
    # what the form sends, empty fields and all, one row a page
    form = form_of(client.get("/contradictions", params={"limit": "1"}).text)
    sent = form.submission(speaker="Markovic", until="2024-03")
    first = client.get("/contradictions", params=sent).text
    link = next_link(first)
    assert link is not None
    query = dict(parse_qsl(urlsplit(link).query, keep_blank_values=True))
    # the filters, and no empty field: a short link
    assert query == {"speaker": "Markovic", "until": "2024-03", "limit": "1", "offset": "1"}
    api = client.get("/api/contradictions", params={**dict(sent), "limit": "2"}).json()["rows"]
    assert pair_ids(first) + pair_ids(client.get(link).text) == [r["id"] for r in api]

    form = form_of(matters_client.get("/matters", params={"limit": "1"}).text)
    sent = form.submission(until="2024-03-31", disputed="")
    first = matters_client.get("/matters", params=sent).text
    link = next_link(first)
    assert link is not None
    query = dict(parse_qsl(urlsplit(link).query, keep_blank_values=True))
    assert query == {"until": "2024-03-31", "limit": "1", "offset": "1"}
    api = matters_client.get("/api/matters", params={**dict(sent), "limit": "3"}).json()["rows"]
    second = matters_client.get(link).text
    assert matter_ids(first) + matter_ids(second) == [r["id"] for r in api][:2]
    # the previous page of the second keeps them too
    prev = re.search(r'<a href="([^"]+)" rel="prev">', second)
    assert prev is not None and "until=2024-03-31" in prev.group(1)
