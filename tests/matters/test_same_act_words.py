"""One act named in two words: a phrase or a noun folded onto its verb's key, and families
of synonyms that news uses for every story (giving up a post, moving, exporting, money)."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim


def _events(text: str) -> dict[str, int]:
    return {e.key: e.polarity for e in parse_claim(text).events}


def test_notice_handed_in_is_a_resignation() -> None:
    assert _events("Three porters at Kelmarsh have handed in their notice this month.") == {
        "resign": 1
    }
    assert _events("No porter at Kelmarsh has resigned this month.").get("resign") == -1
    assert _events("Two cooks quit the canteen in June.").get("resign") == 1
    assert _events("The warden tendered his resignation on Tuesday.").get("resign") == 1


def test_notice_given_to_others_and_habits_are_no_resignation() -> None:
    assert "resign" not in _events("Tenants at Pellow Court were given notice of the closure.")
    assert "resign" not in _events("The ferryman quit smoking in 2019.")


def test_moving_and_switching_meet() -> None:
    assert _events("Nurses can switch residents to another home.").get("transfer") == 1
    assert (
        _events("No resident has been moved from Ardle House to another home.").get("transfer")
        == -1
    )


def test_moving_without_a_place_is_no_transfer() -> None:
    assert "transfer" not in _events("The move was welcomed by the harbour board.")
    assert "transfer" not in _events("Crews will switch off the pumps at night.")
    assert "transfer" not in _events("The trust moved quickly to calm parents.")
    assert "transfer" not in _events("The board offered a 3,000 pound relocation grant to staff.")


def test_goods_shipped_abroad_are_exported() -> None:
    assert _events("Tamberly has been shipping its cheese to Norway.").get("export") == 1
    assert _events("Not one wheel of cheese has been exported since May.").get("export") == -1
    assert "export" not in _events("The cheese was shipped to shops in Bexford on Monday.")
    assert "export" not in _events("Shipping costs have doubled this year.")


def test_money_found_or_a_budget_covered_is_money_given() -> None:
    assert _events("The county will find another 40,000 pounds for the lido.").get("money") == 1
    assert _events("There is no more money for the lido.").get("money") == -1
    assert _events("The trust has agreed to cover the choir's budget.").get("money") == 1
    assert "money" not in _events("Officers found 40,000 pounds in a van.")
    assert "money" not in _events("The choir covered its costs last year.")


def test_taken_to_court_is_a_lawsuit() -> None:
    assert _events("We will take the water board to court.").get("sue") == 1
    assert _events("The growers will not be going to court.").get("sue") == -1
    assert "sue" not in _events("The ferryman appeared in court on Friday.")


def test_being_back_is_a_return() -> None:
    assert _events("Tenants will be back in their flats by June.").get("return") == 1
    assert _events("Tenants will not return to their flats this year.").get("return") == -1
    assert "return" not in _events("The estuary is back to normal.")


def test_nouns_of_deleting_producing_selling_meet_their_verbs() -> None:
    deleted = _events("No files have been deleted from the archive.")
    ordered = _events("The clerk ordered the deletion of the files.")
    assert deleted.get("delet") == -1 and ordered.get("delet") == 1
    assert _events("Production at the Wendle mill is running normally.").get("produc") == 1
    assert _events("The Wendle mill has stopped producing yarn.").get("produc") == -1
    assert _events("No sale of the quay was agreed.").get("sell") == -1
    assert _events("The harbour board sold the quay.").get("sell") == 1


def test_going_to_court_to_watch_or_speak_is_no_lawsuit() -> None:
    assert "sue" not in _events("Mira Tolland went to court to watch her brother's trial.")
    assert "sue" not in _events("The vicar will go to court on Friday to give evidence.")
    assert "sue" not in _events("Neighbours went to court for the sentencing hearing.")
    assert _events("The growers will go to court to stop the sale.").get("sue") == 1
    assert _events("The growers went to court over the sale.").get("sue") == 1


def test_moving_to_a_time_is_no_transfer() -> None:
    assert "transfer" not in _events("The match at Dunbry was moved to Friday.")
    assert "transfer" not in _events("The Tollan mill moved to a four-day week.")
    assert _events("Patients at Dunbry were moved to a ward in Hollin.").get("transfer") == 1


def test_a_sum_found_to_have_been_spent_is_no_money_given() -> None:
    assert "money" not in _events("The audit found 60,000 pounds for repairs had been wasted.")
    assert _events("The county found 60,000 pounds for the lido in May.").get("money") == 1
