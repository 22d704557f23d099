"""Ships, ports, straits and the sea (the thirtieth session's fx30s check): a ship aground or on the rocks, the
Hebrides' islands and sounds, a ship's name throughout its story, a dhow hijacked by pirates."""

import readings
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


def test_a_ship_that_ran_aground_is_an_accident(index):
    text = ("STORNOWAY, Scotland (BBC) - A cargo ship ran aground off the Isle of Harris in the Outer Hebrides early "
            "on Friday, the coastguard said.")
    assert [e[1] for e in readings.events(text, index, "2025-03-14")] == ["accident"]


def test_a_ship_that_struck_rocks_is_an_accident(index):
    text = ("The 90-metre vessel, carrying timber from Latvia, struck rocks in the Sound of Harris near Leverburgh "
            "shortly after 3 a.m., HM Coastguard said.")
    found = {(e[0], e[1]) for e in readings.events(text, index, "2025-03-14")}
    assert ("leverburgh", "accident") in found


def test_the_isle_and_the_sound_of_harris_are_the_hebrides(index):
    text = ("A cargo ship ran aground off the Isle of Harris in the Outer Hebrides early on Friday. The vessel struck "
            "rocks in the Sound of Harris near Leverburgh.")
    assert _senses(text, index, "Isle of Harris") == [("Isle of Harris", "GB", "region")]
    assert _senses(text, index, "Sound of Harris") == [("Sound of Harris", "GB", "region")]
    assert _senses(text, index, "Leverburgh") == [("Leverburgh", "GB", "city")]
    assert _senses(text, index, "Isle") == []


def test_pirates_hijacking_a_dhow_is_an_attack(index):
    text = ("MOGADISHU, Somalia (AP) \u2014 Armed pirates hijacked a Yemeni-flagged fishing dhow off the coast of "
            "Somalia's semi-autonomous Puntland region on Saturday and were using it to approach larger ships, the "
            "European Union's naval force said.")
    assert [e[:3] for e in readings.events(text, index, "2025-03-22")] == [("puntland", "attack", "2025-03-22")]


def test_a_tanker_named_after_a_cape_is_no_place_when_told_again(index):
    text = ("ATHENS, Greece (AFP) - The Greek-flagged oil tanker Sounion, which burned for weeks in the Red Sea after "
            "a Houthi attack, has been towed to a safe area. An oil spill from the Sounion would have been four times "
            "the size of the 1989 Exxon Valdez disaster off Alaska, the US State Department had warned.")
    assert _senses(text, index, "Sounion") == []
    assert _senses(text, index, "Alaska") == [("Alaska", "US", "admin1")]


def test_a_ships_prefix_opens_its_name(index):
    text = "The MT Sounion was struck on August 21 off the Yemeni port of Hodeidah and later abandoned by its crew."
    assert _senses(text, index, "Sounion") == []
    assert _senses(text, index, "Hodeidah")


def test_a_tanker_firm_named_after_a_state_is_no_place(index):
    text = "The ship's manager, Delta Tankers, based in Piraeus, declined to comment."
    assert _senses(text, index, "Delta") == []
    assert _senses(text, index, "Piraeus") == [("Piraeus", "GR", "city")]


def test_a_tanker_struck_off_a_port_is_an_attack(index):
    text = ("The tanker, carrying about one million barrels of crude oil, was struck on August 21 off the Yemeni port "
            "of Hodeidah and later abandoned by its crew.")
    assert [e[:3] for e in readings.events(text, index, "2025-09-15")] == [("al-hudaydah", "attack", "2025-08-21")]


def test_a_vessel_hit_by_a_wave_is_no_attack(index):
    text = "The vessel was hit by a large wave off Hodeidah on Wednesday."
    assert [e[1] for e in readings.events(text, index, "2025-09-15")] == []


def test_a_strike_by_unions_that_halted_a_port_is_a_protest(index):
    text = ("ANTWERP, Belgium (Reuters) - A national strike by Belgian unions halted most activity at the port of "
            "Antwerp-Bruges on Monday, leaving dozens of ships waiting at anchor, port officials said.")
    assert [e[:3] for e in readings.events(text, index, "2025-10-13")] == [("antwerp", "protest", "2025-10-13")]


def test_dockworkers_who_joined_a_walkout_protest(index):
    text = "Pilots and dockworkers joined the 24-hour walkout in Zeebrugge on Monday."
    assert [e[:2] for e in readings.events(text, index, "2025-10-13")] == [("zeebrugge", "protest")]
