"""Places the thirtieth session found wrong: a part of a city named after its possessive is no province abroad."""

import readings


def senses(text, index):
    return {(p[0], p[2]) for p in readings.places(text, index)}


def test_a_citys_part_is_no_province_of_another_country(index):
    text = "Water main break floods streets in Montreal's Plateau, thousands under boil-water advisory"
    assert ("Plateau", "NG") not in senses(text, index)
    assert ("Montreal", "CA") in senses(text, index)


def test_a_countrys_province_keeps_its_sense(index):
    """A guard: a country's possessive may name a province it claims abroad."""
    text = "Russia's Crimea has been cut off from mainland Ukraine since the bridge was hit."
    assert any(name == "Crimea" for name, _ in senses(text, index))
