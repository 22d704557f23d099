"""Places of the twenty-fourth session's own checks: a well-known region's name before "state" is news's
description of a state of that region, not a province of a country that has no states."""

import readings


def test_a_gulf_or_balkan_state_is_no_province_of_a_country_without_states(index):
    text = ("Officials in the Gulf state of Qatar said talks would resume on Monday, while the Balkan state of "
            "Serbia sent an envoy. In Sudan, fighting raged in Red Sea state.")
    found = readings.places(text, index)
    assert all(country not in ("PG", "TM") for _, _, country, _, _ in found), found
    assert ("Red Sea state", "Red Sea", "SD", "admin1", "place") in found, found
    assert {"Qatar", "Serbia"} <= set(readings.names(text, index)), found


def test_central_australia_is_the_region_not_the_country(index):
    text = ("The Bureau of Meteorology said the rain would spread across Central Australia and the Red Centre on "
            "Monday, cutting roads south of Alice Springs.")
    assert [(p[0], p[1], p[3]) for p in readings.places(text, index)][:2] == [
        ("Central Australia", "Central Australia", "region"), ("Red Centre", "Red Centre", "region")]


def test_a_partys_one_word_name_after_its_politics_is_no_town(index):
    for text, party in (
            ("WARSAW (Reuters) - Poland's far-right Confederation party gained in the polls on Monday.", "Confederation"),
            ("MEXICO CITY (Reuters) - The ruling Morena party won the governorships of Veracruz and Puebla.", "Morena")):
        assert party not in readings.names(text, index)
    assert "Confederation" in readings.names("The fire destroyed two homes in Confederation, Saskatoon.", index)
