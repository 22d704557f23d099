"""Places and events of outages, infrastructure failures and cyberattacks (the thirtieth session's fx30u check):
power blackouts, water cuts and burst mains, bridge and dam failures, rail and airport shutdowns, and the
utilities named after the places they serve."""

from readings import events, places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A utility named after a river, a region or a country names no place; a city's stays.

def test_a_water_utility_named_after_a_river_is_no_place(index):
    text = ("GUILDFORD, England \u2014 Thousands of homes in Guildford were left without running water for a third day "
            "on Wednesday after a burst main, with residents queueing at bottle stations as Thames Water struggled "
            "to restore supplies.")
    assert _senses(text, index, "Thames") == []
    assert _senses(text, index, "Guildford")


def test_a_power_and_light_utility_named_after_an_island_is_no_place(index):
    text = ("FREEHOLD, N.J. \u2014 Jersey Central Power & Light said Thursday it had restored power to more than 90% of "
            "the 120,000 customers who lost electricity when severe thunderstorms swept through Monmouth and Ocean "
            "counties on Tuesday night.")
    assert _senses(text, index, "Jersey") == []
    assert _senses(text, index, "Monmouth")


def test_a_water_company_named_after_its_city_stays(index):
    text = ("The district can ask the district's 13 retail suppliers, such as the San Jose Water Company and the "
            "cities of Sunnyvale and Morgan Hill, to set rationing.")
    assert _senses(text, index, "San Jose")


def test_a_water_and_sewerage_company_keeps_its_city(index):
    text = ("Residents of the Maldives capital queued for bottled water after a fire damaged the main desalination "
            "plant of the Male Water and Sewerage Company (MWSC).")
    assert [p[0] for p in places(text, index) if p[1] == "Male"] == ["Male"]
