"""Drug trafficking, seizures and counter-narcotics as the wires and local papers report them (the
thirty-third session's fx33c check): cocaine hauls at ports, smuggling tunnels under the US-Mexico border,
boats that meet ships at sea to load drugs."""

import readings
from readings import places


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_storm_drain_is_no_storm(index):
    text = ("NOGALES, Ariz. (AP) \u2014 Federal agents have discovered an unfinished smuggling tunnel running under the "
            "U.S.-Mexico border in Nogales, Arizona, authorities said Friday. The tunnel, about 30 feet (9 meters) "
            "long, started in a residence in Nogales, Sonora, and ended below a storm drain on the U.S. side, U.S. "
            "Customs and Border Protection said.")
    found = events(text, index, "2025-05-09")
    assert "disaster" not in {e[1] for e in found}


def test_a_boat_that_met_a_ship_at_sea_held_no_talks(index):
    text = ("Police said the vessel had sailed from South America and met a larger ship at sea off the Pacific "
            "island of Vanuatu to collect the drugs.")
    found = events(text, index, "2025-07-14")
    assert "talks" not in {e[1] for e in found}


def test_leaders_who_met_still_hold_talks(index):
    text = "Putin met Chinese leader Xi Jinping in Beijing on Tuesday."
    assert [e[1] for e in events(text, index, "2025-07-14")] == ["talks"]


def test_storm_drains_that_overflowed_are_a_flood(index):
    text = ("In Makhachkala, the regional capital on the Caspian Sea, storm drains overflowed and streets turned into "
            "rivers, stranding cars and buses.")
    assert [e[1] for e in events(text, index, "2025-05-09")] == ["disaster"]


def test_precursors_seized_at_a_port_are_a_seizure_no_battle(index):
    text = ("MANZANILLO, Mexico (Reuters) - Mexico's navy seized more than 2 tonnes of chemical precursors used to "
            "make fentanyl in a shipment from China at the Pacific port of Manzanillo, in Colima state, the navy said "
            "on Friday.")
    assert [e[:3] for e in events(text, index, "2025-03-14")] == [("manzanillo", "arrest", "2025-03-14")]


def test_the_eastern_pacific_names_no_town_of_washington_state(index):
    text = ("WASHINGTON (AP) \u2014 The U.S. military carried out another strike on a boat it said was carrying drugs "
            "in the Caribbean Sea on Tuesday. On Oct. 21, the military struck two vessels in the eastern Pacific off "
            "Colombia, killing five people, in the first strikes outside the Caribbean. Venezuelan President Nicol\u00e1s "
            "Maduro has accused Washington of seeking to overthrow him.")
    assert [(p[1], p[3]) for p in places(text, index) if p[0] == "Washington"] == [("Washington", "city")]
    assert [p[3] for p in places(text, index) if p[0] == "Pacific"] == ["region"]
