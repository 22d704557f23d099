"""Piracy, ship seizures and maritime security as the wires and the maritime press report them (the thirty-third
session's fx33k check): a ship seized or hit off a country's coast named by its demonym, not the port it was
bound for."""

import readings


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
