"""Events of the wars in Gaza, the West Bank, Lebanon, Syria and Yemen as Reuters, AP, AFP and Al Jazeera
report them (the twenty-fourth session's fx24g check): a country's capital named before its city, an army's
operation widened and the camps it enters, homes blown up, ships attacked, missiles launched from afar, the
hospital the wounded were taken to, a war's tally since it began, the lead's strikes named again, a day earlier."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_countrys_capital_then_its_name_is_the_place(index):
    text = ("SANAA, Yemen (AP) \u2014 U.S. airstrikes hit a market and residential neighborhood in Yemen's capital, "
            "Sanaa, late Sunday, killing at least 12 people and wounding 30 others, the Houthi-run health ministry "
            "said Monday.")
    found = events(text, index, "2025-04-21")
    assert [(e[0], e[1], e[2], e[3]) for e in found] == [("sanaa", "strike", "2025-04-20", ["United States", "Houthis"])]


def test_an_army_operation_widened_into_camps_is_a_ground_operation(index):
    text = ("RAMALLAH, Feb 4 (AFP) - Israeli forces expanded a major military operation in the occupied West Bank "
            "on Tuesday, sending troops and armoured bulldozers into the Tulkarm and Nur Shams refugee camps, a day "
            "after they blew up more than a dozen buildings in the Jenin camp.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-02-04")}
    assert {("tulkarm", "ground_operation"), ("nur-shams", "ground_operation"), ("janin", "attack")} <= found


def test_troops_that_had_entered_villages_of_the_countryside(index):
    text = ("The interior ministry said government troops had entered several villages in the western countryside "
            "of Sweida, including al-Mazraa and Tha'la, and that six soldiers had been killed.")
    assert [e[:2] for e in events(text, index, "2025-07-14")] == [("as-suwayda", "ground_operation")]


def test_homes_detonated_by_the_army(index):
    text = "In the Jenin camp, the army detonated a cluster of homes on Sunday, sending a large plume of smoke over the city."
    assert [e[:3] for e in events(text, index, "2025-02-04")] == [("janin", "attack", "2025-02-02")]


def test_a_ship_attacked_at_sea_not_its_flag(index):
    text = ("On Sunday, the Houthis attacked the Liberia-flagged bulk carrier Magic Seas in the Red Sea, forcing its "
            "crew to abandon ship, maritime security sources said.")
    assert [e[:3] for e in events(text, index, "2025-07-07")] == [("red-sea", "attack", "2025-07-06")]


def test_missiles_launched_from_afar_are_a_missile_attack_where_sirens_sounded(index):
    text = ("Sirens sounded in Jerusalem and across central Israel after two missiles were launched from Yemen early "
            "on Monday, the Israeli military said, adding that they had been intercepted.")
    found = events(text, index, "2025-07-07")
    assert found and {e[1] for e in found} == {"shelling"} and "jerusalem" in {e[0] for e in found}, found


def test_the_hospital_the_wounded_were_taken_to_is_no_event(index):
    text = ("KHAN YOUNIS, Gaza Strip, June 1 (Reuters) - At least 31 Palestinians were killed and more than 170 "
            "wounded on Sunday when Israeli forces opened fire on crowds heading to an aid distribution site run by "
            "the U.S.-backed Gaza Humanitarian Foundation in Rafah, local health authorities said.\n\n"
            "The wounded were taken to the Red Cross field hospital and Nasser Hospital in Khan Younis, health "
            "officials said.")
    assert [e[0] for e in events(text, index, "2025-06-01")] == ["rafah"]


def test_a_tally_since_the_war_began_is_no_event(index):
    text = ("Violence has surged across the West Bank since the start of the Gaza war in October 2023, with at least "
            "870 Palestinians killed by Israeli troops or settlers, according to the health ministry.")
    assert events(text, index, "2025-02-04") == []


def test_the_leads_strikes_named_again_take_its_day(index):
    text = ("BEIRUT, July 15 (Reuters) - Israeli air strikes on Lebanon's eastern Bekaa valley killed 12 people on "
            "Tuesday, Lebanon's health ministry said.\n\n"
            "The strikes hit the outskirts of the town of Baalbek and an area near Wadi Faara, a security source "
            "said.")
    found = events(text, index, "2025-07-15")
    assert ("baalbek", "strike", "2025-07-15") in [e[:3] for e in found], found


def test_a_day_earlier_is_the_day_before_not_another_clauses_day(index):
    text = ("A day earlier, settlers set fire to farmland near the village of Sinjil, and on Saturday settlers "
            "attacked herders in the Jordan Valley, rights groups said.")
    found = {e[0]: e[2] for e in events(text, index, "2025-06-25")}
    assert found == {"sinjil": "2025-06-24", "jordan-valley": "2025-06-21"}


def test_the_red_crescent_that_counts_the_dead_is_no_party(index):
    text = ("Separately, the Palestinian Red Crescent said two people were killed and 14 wounded in an Israeli "
            "shelling of Bureij refugee camp in central Gaza on Sunday afternoon.")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-06-01")] == [("al-burayj", "shelling", ["Israel"])]


def test_a_truces_party_is_no_actor_of_the_strike(index):
    text = ("BEIRUT, July 15 (Reuters) - Israeli air strikes on Lebanon's eastern Bekaa valley killed 12 people on "
            "Tuesday, Lebanon's health ministry said, in the deadliest attack since a ceasefire between Israel and "
            "Hezbollah took effect in November.")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-07-15")] == [("beqaa", "strike", ["Israel"])]


def test_a_while_clause_that_tells_of_no_event_has_none(index):
    text = ("NAIROBI, Kenya (AP) \u2014 Kenyan police fired tear gas at protesters in Nairobi and Mombasa on Tuesday "
            "as demonstrations over a tax bill spread, while Kenyan troops remained deployed in the Haitian capital, "
            "Port-au-Prince.")
    assert {e[0] for e in events(text, index, "2025-03-04")} == {"nairobi", "mombasa"}


def test_a_courts_seat_is_no_place_of_what_it_hears(index):
    text = ("Rafael Ochoa, 36, was arrested last week at his home in Portland's Lents neighborhood, where agents found "
            "about 40,000 blue pills stamped \"M30,\" two kilograms of powder fentanyl and three rifles, according to "
            "the indictment unsealed in U.S. District Court in Seattle.")
    assert "seattle" not in {e[0] for e in events(text, index, "2025-03-08")}


def test_the_sea_around_an_island_is_no_second_event(index):
    text = ("Separately, strikes on the Houthi-held island of Kamaran in the Red Sea killed two people, the rebels "
            "said.")
    found = events(text, index, "2025-04-21")
    assert [e[:2] for e in found] == [("kamaran-island", "strike")], found


def test_what_a_crowd_protests_against_is_no_party(index):
    text = ("Thousands of Houthi supporters rallied in Sanaa on Friday to protest against the American strikes, "
            "chanting \"Death to America.\"")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-04-21")] == [("sanaa", "protest", ["Houthis"])]


def test_a_place_in_the_quote_is_no_place_of_the_statement(index):
    text = "\"We will not allow harm to the Druze in Syria,\" Prime Minister Benjamin Netanyahu's office said."
    assert events(text, index, "2025-07-14") == []


def test_a_ships_name_is_no_party(index):
    text = ("On Sunday, the Houthis attacked the Liberia-flagged bulk carrier Magic Seas in the Red Sea, forcing its "
            "crew to abandon ship, maritime security sources said.")
    assert [e[3] for e in events(text, index, "2025-07-07")] == [["Houthis"]]


def test_tanks_pushed_into_a_town_are_a_ground_operation(index):
    text = ("CAIRO, July 21 (Reuters) - Israeli tanks pushed into the southern and eastern parts of Deir el-Balah for "
            "the first time on Monday, residents said, a day after the military ordered families to leave the "
            "central Gaza city.")
    found = events(text, index, "2025-07-21")
    assert [e[:3] for e in found] == [("dayr-al-balah", "ground_operation", "2025-07-21")], found


def test_a_ministrys_count_of_the_past_24_hours_is_of_its_day(index):
    text = ("The Health Ministry in Gaza said 130 bodies had been brought to hospitals over the past 24 hours, and "
            "that more than 1,000 people had been wounded.")
    assert [e[2] for e in events(text, index, "2025-07-21")] == ["2025-07-21"]


def test_the_authority_that_reports_an_attack_is_no_party(index):
    text = ("In the occupied West Bank, settlers set fire to a mosque in the village of Deir Dibwan, east of Ramallah, "
            "on Sunday, the Palestinian Authority said.")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-07-21")] == [("dayr-dibwan", "attack", [])]
