"""Airspace incursions, drones and sabotage scares in Europe as the wires and national papers report them (the
thirty-third session's fx33h check): a country's airspace entered is where the incursion happened, not the
neighbour attacked during it; a town whose airport was closed is where that happened."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_drones_shot_down_in_a_countrys_airspace_not_the_neighbour_attacked(index):
    text = ("WARSAW, Poland (AP) \u2014 Polish and allied aircraft shot down several Russian drones that entered "
            "Poland's airspace overnight during a Russian attack on western Ukraine, Prime Minister Donald Tusk said "
            "Wednesday, calling it \"an act of aggression\" and the closest Poland has come to open conflict since "
            "World War II.")
    assert [e[:2] for e in events(text, index, "2025-09-10")] == [("poland", "strike")]


def test_a_drone_that_violated_a_countrys_airspace_is_placed_there(index):
    text = ("BUCHAREST, Romania (Reuters) - A Russian drone violated Romania's airspace during an overnight attack on "
            "Ukraine and flew over Romanian territory for around 50 minutes before leaving, Romania's defence "
            "ministry said on Sunday.")
    assert [e[:2] for e in events(text, index, "2025-09-14")] == [("romania", "strike")]


def test_jets_that_entered_a_countrys_airspace_over_a_sea_are_placed_in_it(index):
    text = ("TALLINN, Estonia (AFP) - Three Russian MiG-31 fighter jets entered Estonian airspace without permission "
            "over the Gulf of Finland on Friday and stayed for a total of 12 minutes, Estonia's foreign ministry said.")
    assert "estonia" in {e[0] for e in events(text, index, "2025-09-19")}


def test_a_towns_airport_closed_after_drone_sightings_is_placed_at_the_town(index):
    text = ("COPENHAGEN, Denmark (AP) \u2014 Copenhagen Airport, the busiest in the Nordic countries, was closed for "
            "nearly four hours overnight after two to three large drones were spotted flying in its vicinity, police "
            "said Tuesday.")
    assert [e[0] for e in events(text, index, "2025-09-23")] == ["copenhagen"]


def test_a_towns_airport_in_a_named_country_closed_is_placed_at_the_town(index):
    text = ("Oslo Airport in neighboring Norway was also closed for several hours overnight after drones were seen "
            "there, Norwegian police said.")
    assert [e[0] for e in events(text, index, "2025-09-23")] == ["oslo"]


def test_a_towns_airport_that_suspended_flights_is_placed_at_the_town(index):
    text = ("MUNICH, Germany (Reuters) - Munich airport suspended flights on Thursday night after several drone "
            "sightings, stranding nearly 3,000 passengers, the airport operator said on Friday.")
    assert [e[0] for e in events(text, index, "2025-10-03")] == ["munich"]


def test_an_air_base_and_an_islet_the_gazetteer_lacked(index):
    text = ("North Jutland Police said drones with lights had been seen flying over the area from about 9:44 p.m. and "
            "the airport was closed for three hours. They were also seen over Esbjerg, Skrydstrup airbase and "
            "S\u00f8nderborg, police said. In Estonia, the jets entered near Vaindloo island, a small island about 20 "
            "kilometres off the northern coast.")
    found = {(p[1], p[2]) for p in readings.places(text, index)}
    assert {("Skrydstrup", "DK"), ("Vaindloo", "EE")} <= found


def test_one_who_blames_an_attack_on_others_is_no_party_to_it(index):
    text = ("WARSAW (Reuters) - An explosion destroyed a section of railway track near the village of Mika in eastern "
            "Poland on the line linking Warsaw to Lublin, an act of sabotage that Prime Minister Donald Tusk blamed on "
            "two Ukrainians working for Russian intelligence.")
    found = events(text, index, "2025-11-18")
    assert [e[:2] for e in found] == [("poland", "attack")]
    assert "Donald Tusk" not in found[0][3]
