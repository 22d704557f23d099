"""Storms, heat, drought and wildfires told over wide areas (the twenty-ninth session's fx29w check): hurricanes and
typhoons along their tracks, heat waves, droughts, wildfire seasons and floods across regions; a forecast or a
warning area is no disaster site until it is hit."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_headlines_forecast_without_its_verb_is_no_disaster(index):
    text = "Cyclone Alfred forecast to cross Queensland coast near Brisbane"
    assert events(text, index, "2025-03-05") == []


def test_rain_warned_of_by_its_amount_is_no_disaster(index):
    text = ("The Bureau warned of up to 800 mm of rain in the Northern Rivers region and flash flooding across Logan "
            "and Ipswich.")
    assert events(text, index, "2025-03-05") == []


def test_flood_warnings_in_place_are_no_disaster(index):
    text = ("Further flood warnings remained in place along the River Severn in Shrewsbury and Bewdley, where the "
            "Environment Agency said levels would peak on Sunday.")
    assert events(text, index, "2025-11-15") == []


def test_a_storm_crawling_toward_an_island_has_not_hit_it(index):
    text = ("KINGSTON, Jamaica (Reuters) - Hurricane Melissa strengthened into a Category 5 storm on Monday as it "
            "crawled toward Jamaica, threatening catastrophic flooding and landslides on the island, the U.S. "
            "National Hurricane Center said.")
    assert events(text, index, "2025-10-27") == []


def test_a_wildfire_named_by_its_area_is_a_disaster(index):
    text = ("The fire season comes six years after the 2018 Camp Fire destroyed the town of Paradise, killing 85 "
            "people.")
    assert [e[:3] for e in events(text, index, "2025-07-26")] == [("paradise", "disaster", "2018")]


def test_a_fire_that_scorched_acres_is_a_disaster_not_the_fire_services_statement(index):
    text = ("The fire, which broke out on Jan. 7 in Pacific Palisades, has destroyed more than 5,000 structures and "
            "scorched 23,000 acres, according to Cal Fire.")
    assert [e[:2] for e in events(text, index, "2025-01-13")] == [("pacific-palisades", "disaster")]


def test_the_neighborhoods_a_fire_pushes_toward_are_not_burning(index):
    text = ("LOS ANGELES (AP) \u2014 The Palisades Fire burned through another 1,000 acres overnight, pushing toward "
            "the neighborhoods of Brentwood and Encino, as forecasters warned that strong Santa Ana winds would "
            "return on Tuesday.")
    assert events(text, index, "2025-01-13") == []


def test_a_typhoon_moving_into_a_sea_makes_no_disaster_there(index):
    text = ("By Monday night the typhoon had moved into the South China Sea and was heading toward southern China.")
    assert events(text, index, "2025-09-22") == []


def test_a_heat_waves_reading_is_a_disaster_not_a_statement(index):
    text = ("NEW DELHI, May 27 (Reuters) - Temperatures soared above 50 degrees Celsius in parts of northwestern India "
            "and southern Pakistan on Monday, with the desert town of Phalodi in Rajasthan recording 50 C, weather "
            "officials said.")
    found = events(text, index, "2025-05-27")
    assert ("phalodi", "disaster", "2025-05-26") in [e[:3] for e in found]
    assert {e[1] for e in found} == {"disaster"}


def test_the_lightning_warned_of_beside_a_heat_reading_is_no_disaster(index):
    text = ("Temperatures reached 44C at Penrith, the hottest place in NSW on Tuesday, and 41C at Parramatta, while "
            "the Bureau of Meteorology warned of dry lightning across the Central Tablelands around Lithgow and "
            "Bathurst.")
    found = events(text, index, "2025-01-22")
    assert {e[0] for e in found if e[1] == "disaster"} == {"penrith", "parramatta"}, found


def test_a_storm_named_alone_slamming_into_land_with_its_winds_is_a_disaster(index):
    text = ("Ragasa slammed into Calayan island in Cagayan province at about 3 p.m. with sustained winds of up to "
            "215 kph (133 mph), the state weather agency said.")
    assert [e[:2] for e in events(text, index, "2025-09-22")] == [("cagayan-province", "disaster")]


def test_a_fire_that_spread_to_an_area_and_a_district_is_a_wildfire_not_a_statement(index):
    text = ("Forestry Minister Ibrahim Yumakli said the fire in Seferihisar had spread to the Doganbey area and "
            "crossed into the Menderes district overnight, damaging dozens of homes.")
    found = events(text, index, "2025-07-01")
    assert found and {e[1] for e in found} == {"disaster"}, found
