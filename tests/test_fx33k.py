"""Piracy, ship seizures and maritime security as the wires and the maritime press report them (the thirty-third
session's fx33k check): a ship seized or hit off a country's coast named by its demonym, not the port it was
bound for."""

import readings
from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_ship_seized_off_a_demonyms_coast_not_at_its_destination(index):
    text = ("The MV Abdullah, owned by Chittagong-based KSRM Group, was seized on March 12 about 600 nautical miles "
            "off the Somali coast while sailing from Maputo in Mozambique to Hamriyah in the United Arab Emirates "
            "with 55,000 tons of coal.")
    assert [(e[0], e[2]) for e in events(text, index, "2025-04-13")] == [("somalia", "2025-03-12")]


def test_a_tanker_hit_off_a_demonyms_coast_is_placed_there(index):
    text = ("ATHENS, June 28 (Reuters) - A Maltese-flagged oil tanker managed by a Greek company was damaged by an "
            "explosion off the Libyan coast on Friday, the company said, adding that all 24 crew members were safe.")
    assert "libya" in {e[0] for e in events(text, index, "2025-06-28")}


def test_a_coast_guard_named_by_its_demonym_is_no_place(index):
    text = "The Libyan coast guard intercepted 40 migrants off Zuwara on Friday."
    assert "libya" not in {e[0] for e in events(text, index, "2025-06-28")}


def test_the_fire_a_strike_set_is_the_strikes_not_an_accident(index):
    text = ("ISTANBUL, Nov 30 (Reuters) - Ukrainian naval drones struck two tankers of Russia's so-called shadow fleet "
            "off Turkey's Black Sea coast, officials said on Sunday.\n\n"
            "The Gambia-flagged tankers Kairos and Virat, both under Western sanctions, caught fire about 28 nautical "
            "miles off the Turkish coast, north of the entrance to the Bosphorus, Turkey's transport ministry said.")
    found = events(text, index, "2025-11-30")
    assert "accident" not in {e[1] for e in found} and ("turkey", "strike") in {e[:2] for e in found}, found


def test_robbers_who_boarded_a_ship_in_a_straits_lane_attacked_it(index):
    text = ("SINGAPORE (The Straits Times) - Five robbers armed with knives boarded a bulk carrier in the eastbound "
            "lane of the Singapore Strait early on Thursday and stole engine spares before escaping, ReCAAP said.")
    assert [e[:3] for e in events(text, index, "2025-08-14")] == [("singapore-strait", "attack", "2025-08-14")]


def test_a_dhow_boarded_by_armed_men_is_their_attack(index):
    text = ("The dhow, with 11 crew members aboard, was boarded by at least seven armed men on Sunday about 40 "
            "nautical miles east of Eyl, a fishing town in Somalia's Nugaal region, EU Naval Force Operation Atalanta "
            "said in a statement.")
    assert [e[:3] for e in events(text, index, "2025-03-04")] == [("eyl", "attack", "2025-03-02")]


def test_men_armed_with_rifles_who_climbed_aboard_attacked_the_barge(index):
    text = ("The barge, towed by the tugboat MT Ocean Pride, was sailing from Cebu to Tawi-Tawi when six men armed "
            "with M16 rifles climbed aboard about 12 nautical miles south of Jolo, said Coast Guard District "
            "Southwestern Mindanao commander Commodore Rejard Marfe.")
    assert [e[:2] for e in events(text, index, "2025-10-08")] == [("jolo", "attack")]


def test_commandos_who_boarded_a_hijacked_ship_made_no_attack(index):
    text = ("Marine commandos boarded the ship on Friday evening about 260 nautical miles east of Socotra and 12 "
            "pirates surrendered, the navy said.")
    assert "attack" not in {e[1] for e in events(text, index, "2025-04-05")}


def test_the_eu_force_that_tells_of_a_hijacking_is_no_place_of_it(index):
    text = "Somali pirates hijack fishing dhow off Eyl, EU force says"
    assert [e[:2] for e in events(text, index, "2025-03-04")] == [("eyl", "attack")]


def test_pirates_who_fired_on_a_tanker_attacked_it(index):
    text = ("Pirates in a skiff fired on a Malta-flagged tanker in the Gulf of Aden on Thursday, but the crew repelled "
            "the attack and the vessel continued its voyage, the European Union's naval force said.")
    assert [e[:3] for e in events(text, index, "2025-11-06")] == [("gulf-of-aden", "attack", "2025-11-06")]


def test_pirates_who_fired_on_a_tanker_off_an_island_attacked_it(index):
    text = ("Another attack was reported on September 14, when pirates fired on a tanker about 25 nautical miles west "
            "of Bioko island in Equatorial Guinea.")
    assert [e[:3] for e in events(text, index, "2025-09-26")] == [("bioko", "attack", "2025-09-14")]


def test_a_ship_hijacked_told_in_the_passive_is_an_attack(index):
    text = ("The Star Gemini, owned by a company based in Sofia, had been sailing from Paradip in India to Mombasa "
            "when it was hijacked on April 2 about 38 nautical miles east of Mogadishu.")
    assert [e[:3] for e in events(text, index, "2025-04-05")] == [("mogadishu", "attack", "2025-04-02")]


def test_a_navys_numbered_fleet_is_no_town(index):
    text = ("UKMTO, which is run by the British military, said it was aware of an incident about 30 nautical miles "
            "southeast of Jask. The U.S. Navy's Bahrain-based 5th Fleet did not immediately respond to a request for "
            "comment.")
    doc = extract(Article(text=text, id="x", published="2025-08-21"), index=index)
    assert "fleet" not in {p.id for p in doc.places}


def test_a_ship_named_after_the_vessel_and_a_comma_is_no_actor(index):
    text = ("The United Kingdom Maritime Trade Operations center said the attack happened about 51 nautical miles "
            "southwest of Hodeida, Yemen. Small boats fired on the vessel, the Magic Seas, before it was hit by at "
            "least three projectiles.")
    found = events(text, index, "2025-07-06")
    assert found and all("Magic Seas" not in e[3] for e in found), found


def test_a_ship_seized_by_its_flag_and_name_is_a_seizure_not_its_actor(index):
    text = ("In 2023 it seized the Marshall Islands-flagged Advantage Sweet, which was carrying crude oil for "
            "Chevron, in the Gulf of Oman.")
    assert [e[:4] for e in events(text, index, "2025-08-21")] == [("gulf-of-oman", "arrest", "2023", [])]


def test_a_navys_patrol_ship_by_its_prefix_is_no_actor(index):
    text = ("The vessel, sailing under the flag of Togo, was intercepted by the patrol ship GNS Yaa Asantewaa about "
            "20 nautical miles south of Keta, the Navy's Director of Public Relations, Commander Dennis Wetsi, said "
            "in Accra.")
    found = events(text, index, "2025-02-04")
    assert found and all("Yaa Asantewaa" not in e[3] for e in found), found
