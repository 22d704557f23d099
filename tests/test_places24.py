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
