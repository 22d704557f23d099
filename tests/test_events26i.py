"""Events of the wars in Gaza, the West Bank, Lebanon, Syria, Yemen and the Red Sea as the wires and the
region's papers report them in 2025 (the twenty-sixth session's fx26i check): people killed by a weapon's fire,
told in the passive; the dead told first, then the strike that killed them; a ship hit at sea, in the maritime
agencies' words; the Gaza Strip's Gaza governorate (not Mozambique's Gaza province)."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_people_killed_by_an_armys_fire_is_an_attack(index):
    text = ("Elsewhere, at least 19 people were killed by Israeli fire while waiting for aid trucks near the Zikim "
            "crossing in northern Gaza, according to Gaza's Civil Defence.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-21")}
    assert ("zikim", "attack") in found and not {e for e in found if e[1] == "statement"}, found


def test_killed_by_the_fire_is_no_attack(index):
    text = "Three people were killed by the fire that swept through an apartment block in Dublin on Sunday."
    assert "attack" not in {e[1] for e in events(text, index, "2025-07-21")}


def test_the_dead_then_the_strike_that_killed_them(index):
    text = ("Gaza's civil defence agency said at least 40 people had been killed across the territory since dawn, "
            "including 12 in strikes on the Sheikh Radwan neighbourhood.")
    assert [e[:2] for e in events(text, index, "2025-09-05")] == [("sheikh-radwan", "strike")]


def test_a_headline_of_the_dead_in_strikes_on_a_city(index):
    text = "Fifteen killed in Israeli strikes on Deir al-Balah as tanks push into central Gaza"
    assert [e[:2] for e in events(text, index, "2025-07-21")] == [("dayr-al-balah", "strike")]


def test_a_ship_hit_by_a_projectile_at_sea_is_an_attack(index):
    text = ("LONDON, July 6 (Reuters) - A ship was hit by an unknown projectile in the Red Sea, 10 nautical miles "
            "west of the Yemeni port of Mokha near the Bab el-Mandeb strait, the United Kingdom Maritime Trade "
            "Operations (UKMTO) agency said on Sunday.")
    found = events(text, index, "2025-07-06")
    assert found and {e[1] for e in found} == {"attack"}, found


def test_an_explosion_in_a_vessels_vicinity_is_an_attack(index):
    text = ("Separately, the security firm Ambrey said a second vessel reported an explosion in its vicinity 24 "
            "nautical miles west of the port of Mokha, near the Bab el-Mandeb strait.")
    found = events(text, index, "2025-07-07")
    assert found and {e[1] for e in found} == {"attack"}, found


def test_the_gaza_governorate_is_the_gaza_strips_not_mozambiques(index):
    text = ("Israel says it is preparing to seize Gaza City, which it describes as Hamas's last stronghold. A "
            "UN-backed assessment last month confirmed famine in the Gaza governorate.")
    found = [p for p in readings.places(text, index) if p[0] == "Gaza governorate"]
    assert [p[2] for p in found] == ["PS"], found


def test_a_building_hit_by_missiles_is_a_missile_attack(index):
    text = ("The Mushtaha Tower, a 12-storey residential building in western Gaza City, collapsed in a cloud of dust "
            "after it was hit by several missiles, AFP journalists said.")
    assert [e[:2] for e in events(text, index, "2025-09-05")] == [("gaza", "shelling")]


def test_a_strike_that_flattens_a_building_is_a_strike(index):
    text = "Israeli strike flattens high-rise in Gaza City after evacuation order"
    assert [e[:2] for e in events(text, index, "2025-09-05")] == [("gaza", "strike")]


def test_a_headlines_strike_hits_in_the_present(index):
    text = "Israeli army strike hits building in Gaza City"
    assert [e[:2] for e in events(text, index, "2025-09-05")] == [("gaza", "strike")]


def test_a_ministry_that_reports_from_its_seat_is_no_party(index):
    text = ("The Palestinian health ministry in Ramallah said Israeli fire killed a 16-year-old boy in the town of "
            "Qabatiya, south of Jenin, on Monday morning.")
    assert [e[:4] for e in events(text, index, "2025-02-03")] == [("qabatiyah", "attack", "2025-02-03", ["Israel"])]


def test_those_a_tally_counts_are_no_party(index):
    text = ("Israeli fire killed a 16-year-old boy in the town of Qabatiya on Monday morning, bringing to at least 70 "
            "the number of Palestinians killed in the northern West Bank since the operation began.")
    found = [e for e in events(text, index, "2025-02-03") if e[0] == "qabatiyah"]
    assert [e[3] for e in found] == [["Israel"]], found


def test_an_ambulance_service_that_reports_is_no_party(index):
    text = ("Iranian missiles struck several sites in central Israel overnight, including a residential building in "
            "Ramat Gan, where one woman was killed, the Magen David Adom ambulance service said.")
    found = [e for e in events(text, index, "2025-06-15") if e[0] == "ramat-gan"]
    assert [e[3] for e in found] == [["Iran"]], found


def test_an_arabic_news_channel_is_no_place(index):
    text = ("Footage aired by the rebels' al-Masirah satellite news channel showed bodies scattered at the site in "
            "Hodeidah province.")
    assert "al-Masirah" not in readings.names(text, index)


def test_a_named_tower_a_strike_brings_down_is_no_party(index):
    text = ("The Mushtaha Tower, a 12-storey residential building in western Gaza City, collapsed in a cloud of dust "
            "after it was hit by several missiles, AFP journalists said.")
    assert [e[3] for e in events(text, index, "2025-09-05")] == [[]]


def test_a_missile_launched_at_ben_gurion_airport(index):
    text = ("The Houthis said they launched a ballistic missile at Israel's Ben Gurion Airport, which the Israeli "
            "military said it intercepted.")
    assert [e[:2] for e in events(text, index, "2025-04-18")] == [("ben-gurion-airport", "shelling")]


def test_forces_that_press_on_with_an_operation(index):
    text = ("JENIN, West Bank (AFP) \u2014 Israeli forces pressed on with a large-scale military operation in the "
            "northern West Bank on Monday, bulldozing roads in the Jenin refugee camp and expanding raids into "
            "Tulkarem and the nearby Nur Shams camp.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-02-03")}
    assert ("janin", "ground_operation") in found and not {e for e in found if e[1] == "statement"}, found


def test_a_countrys_agency_that_reports_is_no_party(index):
    text = "UK navy agency says vessel hit by projectile near Bab el-Mandeb"
    found = events(text, index, "2025-07-06")
    assert found and all("United Kingdom" not in e[3] for e in found), found


def test_a_state_news_agency_that_reports_is_no_party(index):
    text = "Lebanon's state news agency NNA said two people were killed in a strike on a car near Tyre."
    found = events(text, index, "2025-04-03")
    assert found and all("Lebanon" not in e[3] for e in found), found
