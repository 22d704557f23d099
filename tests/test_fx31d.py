"""Events and places of Central Asia and the Caucasus as the wires and the region's own papers report them
(the thirty-first session's fx31d check): an oil or gas works' explosion and fire, and the blaze that hurt
workers at a plant."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_an_explosion_and_fire_at_a_gas_processing_unit_is_an_accident(index):
    text = ("ATYRAU, Kazakhstan, June 11 (Interfax-Kazakhstan) - An explosion and fire at a gas processing unit at "
            "the Tengiz oil field in western Kazakhstan injured four workers on Wednesday, operator Tengizchevroil "
            "said.")
    assert [e[1:3] for e in events(text, index, "2025-06-11")] == [("accident", "2025-06-11")]


def test_a_fire_at_a_plant_that_injured_workers_is_an_accident(index):
    text = "A fire at a gas processing plant in Atyrau injured four workers on Wednesday, the company said."
    assert [e[:3] for e in events(text, index, "2025-06-11")] == [("atyrau", "accident", "2025-06-11")]


def test_explosions_at_an_arms_depot_are_an_accident(index):
    text = ("In 2011, a series of explosions at an arms depot in the town of Abadan near Ashgabat killed dozens of "
            "people, according to unofficial reports, while officials acknowledged only 15 dead.")
    assert [e[:3] for e in events(text, index, "2025-07-14")] == [("abadan", "accident", "2011")]


def test_a_drones_blast_at_an_ammunition_depot_stays_a_strike(index):
    text = ("A Ukrainian drone attack caused huge explosions at an ammunition depot in Toropets, Russia's Tver "
            "region, on Wednesday.")
    assert [e[1] for e in events(text, index, "2025-06-11")] == ["strike"]


def test_a_towns_other_spelling_before_municipality_is_the_town(index):
    text = ("Heavy rain also flooded streets in Kutaisi and Zestafoni, and the Rioni river overflowed in the "
            "Tskaltubo municipality, damaging several houses.")
    assert [e[:2] for e in events(text, index, "2025-07-15")] == [
        ("kutaisi", "disaster"), ("zestaponi", "disaster"), ("tsqaltubo", "disaster")]


def test_the_year_of_an_arrest_told_in_the_passive_dates_it(index):
    text = ("Kholiqnazarov, who headed the Lawyers' Association of Pamir, was arrested in 2022 after protests in "
            "Khorugh, the capital of the Gorno-Badakhshan Autonomous Region (GBAO), in which dozens of people were "
            "killed by security forces.")
    assert [e[:3] for e in events(text, index, "2025-09-02")] == [("khorugh", "arrest", "2022")]


def test_the_clash_that_comes_after_background_is_no_new_battle(index):
    text = ("The clash comes weeks after the two governments said they had agreed on the last disputed sections of "
            "their 970-kilometer (600-mile) frontier, much of which runs through the Fergana Valley.")
    assert [e[1] for e in events(text, index, "2025-03-13") if e[1] == "ground_operation"] == []


def test_a_quake_named_after_the_town_it_struck_is_there(index):
    text = ("Gyumri, Armenia's second-largest city, was largely destroyed in the 1988 Spitak earthquake, which killed "
            "about 25,000 people.")
    assert [e[:3] for e in events(text, index, "2025-06-07")] == [("spitak", "disaster", "1988")]


def test_a_flood_zone_named_after_a_suburb_is_no_flood_there(index):
    text = ("Council staff warned that the cost of replacing pipes in Caversham, Mornington and St Clair, and of "
            "protecting the South Dunedin flood zone, would dominate spending.")
    assert "south-dunedin" not in {e[0] for e in events(text, index, "2025-07-08")}


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in readings.places(text, index) if p[0] == name]


def test_racha_and_samegrelo_are_georgias_regions(index):
    text = ("KUTAISI, Georgia (Interpressnews) \u2013 A landslide in the mountainous Racha region of western Georgia "
            "buried a section of the Kutaisi-Ambrolauri road on Monday night. Meteorologists forecast more rain in "
            "Imereti and Samegrelo until Thursday.")
    assert [s[1:] for s in _senses(text, index, "Racha region")] == [("GE", "admin1")]
    assert [s[1:] for s in _senses(text, index, "Samegrelo")] == [("GE", "admin1")]


def test_the_chui_region_is_kyrgyzstans_chuy(index):
    text = ("Several independent candidates in the Chui region and in the city of Naryn said they had been pressured "
            "to withdraw.")
    assert _senses(text, index, "Chui region") == [("Chuy", "KG", "admin1")]
