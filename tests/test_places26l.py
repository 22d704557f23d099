"""Places of Latin America's news the gazetteer lacked (the twenty-sixth session's fx26l check): districts of Lima,
San José and Tegucigalpa that the wires name."""

import readings
from geomap.pipeline import geoparse


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_district_of_san_jose_is_the_place_of_a_shooting(index):
    text = ("On Sunday, three men were shot dead at a bar in the district of Pavas, in western San Jos\u00e9, the "
            "agency said.")
    assert [e[:2] for e in events(text, index, "2025-01-14")] == [("pavas", "attack")]


def test_districts_of_lima_are_lima_s_not_a_village_of_junin_nor_a_town_in_argentina(index):
    text = ("Thousands of transport workers blocked roads in the districts of Ate, Comas and Villa El Salvador on "
            "Monday, and police arrested 12 people, the Interior Ministry said.")
    found = {p[0]: p[2] for p in readings.places("LIMA (Reuters) - " + text, index)}
    nearest = {r.candidate.text: (round(r.entry.lat), round(r.entry.lon))
               for r in geoparse("LIMA (Reuters) - " + text, index=index) if r.entry is not None}
    assert found["Villa El Salvador"] == "PE"
    assert nearest["Comas"] == (-12, -77)


def test_ate_in_a_lima_story_is_the_district_of_lima(index):
    text = ("LIMA (Reuters) - Thousands of transport workers blocked roads in the districts of Ate, Comas and Villa "
            "El Salvador on Monday, and police arrested 12 people, the Interior Ministry said.")
    found = {p[0]: p[2] for p in readings.places(text, index)}
    assert found.get("Ate") == "PE"
