"""Two shapes of notice (:mod:`onrecord.matters.dismissals`, :mod:`onrecord.matters.contact`):
a passive "told about" with an adverb before "told" ("was first told about", "were only told
of") gives notice as the plain passive does, no words reported; and emailing someone is
contacting them, so it gives them notice as "wrote to" and "contacted" do."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import events, item, kinds


def test_an_adverb_before_a_passive_told_about_keeps_the_notice() -> None:
    clause = parse_claim("The harbour board was first told about the spill on 4 June.").clauses[0]
    assert clause.modality == "certain"
    assert ("notify", 1) in [(e.key, e.polarity) for e in clause.events]
    assert events("Tenants were only told of the eviction last week.") == {"notify": 1}


def test_emailing_someone_gives_them_notice() -> None:
    assert events("Nobody emailed the school about the closure.")["notify"] == -1
    assert events("She had emailed the council's housing team on 2 May.")["notify"] == 1
    assert "notify" not in events("The emails of the harbourmaster were lost.")
    assert "notify" not in events("The email address on the form was wrong.")


def test_an_email_sent_meets_a_denied_notice() -> None:
    a = item("a", "I emailed the harbour board about the spill on 2 June.", "Idris Pell",
             "2036-07-01")  # fmt: skip
    b = item("b", "The harbour board was never told about the spill.", "Ros Devenish",
             "2036-07-01")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
