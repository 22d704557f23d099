"""Heatwaves, cold snaps, blizzards and ice storms as the wires and local papers report them (the thirty-second
session's fx32n check): a heart that stopped is no arrest, the cold that kills is a disaster."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_cardiac_arrest_is_no_arrest(index):
    text = "Two men died of cardiac arrest while shoveling snow in Cheektowaga and Lancaster, the county said."
    assert "arrest" not in {e[1] for e in events(text, index, "2025-11-30")}


def test_a_cold_wave_that_killed_is_a_disaster(index):
    text = "In January 2023, a cold wave killed more than 160 people in Afghanistan."
    assert [e[:3] for e in events(text, index, "2025-01-19")] == [("afghanistan", "disaster", "2023-01")]


def test_snow_and_freezing_temperatures_that_killed_are_a_disaster(index):
    text = ("KABUL, Afghanistan (AP) \u2014 Heavy snow and freezing temperatures have killed at least 12 people across "
            "Afghanistan over the past week, most of them children, and cut off roads in several northern provinces, "
            "officials said Sunday.")
    assert {e[1] for e in events(text, index, "2025-01-19")} == {"disaster"}


def test_a_polar_vortex_sending_a_city_below_zero_is_a_disaster(index):
    text = ("CHICAGO (AP) \u2014 An arctic blast driven by a stretched polar vortex sent temperatures in Chicago to "
            "minus 20 degrees Fahrenheit on Monday, the coldest reading since January 2019, and was blamed for at "
            "least six deaths across the Midwest.")
    assert ("chicago", "disaster", "2025-01-20") in [e[:3] for e in events(text, index, "2025-01-20")]


def test_found_frozen_to_death_is_a_disaster(index):
    text = "In Milwaukee, the medical examiner's office said two men were found frozen to death outdoors over the weekend."
    assert [e[:2] for e in events(text, index, "2025-01-20")] == [("milwaukee", "disaster")]


def test_a_record_broken_dates_not_the_heat_and_the_warning_places_are_no_disaster(index):
    text = ("PHOENIX (AP) \u2014 Phoenix reached 118 degrees Fahrenheit on Thursday, breaking the record for the date "
            "set in 2013, as an extreme heat warning blanketed much of Arizona, southern Nevada and the California "
            "deserts.")
    assert [e[:3] for e in events(text, index, "2025-06-20")] == [("phoenix", "disaster", "2025-06-19")]


def test_a_city_that_reached_a_heat_reading_is_the_heatwaves_place(index):
    text = "Jacobabad reached 51 degrees Celsius on Monday, the Pakistan Meteorological Department said."
    assert [e[:3] for e in events(text, index, "2025-05-26")] == [("jacobabad", "disaster", "2025-05-26")]


def test_an_old_record_set_elsewhere_dates_not_todays_reading_nor_places_it(index):
    text = ("The city of Jacobabad, in Pakistan's Sindh province, reached 52.2C on May 26, while Mohenjo-daro, the "
            "ancient Indus Valley site near Larkana, recorded 53C, close to the national record of 53.7C set at "
            "Turbat in Balochistan in 2017.")
    found = events(text, index, "2025-05-28")
    assert ("mohenjo-daro", "disaster", "2025-05-26") in [e[:3] for e in found]
    assert not {"turbat", "balochistan"} & {e[0] for e in found}
    assert "2017" not in {e[2] for e in found}


def test_a_fire_near_a_town_that_killed_is_no_attack(index):
    text = "A fire near Torrefarrera killed two farmers on Tuesday."
    assert [e[:2] for e in events(text, index, "2025-06-30")] == [("torrefarrera", "disaster")]


def test_an_ice_storm_that_coated_states_is_theirs(index):
    text = ("OKLAHOMA CITY (Reuters) - A crippling ice storm coated Oklahoma and Arkansas in up to an inch of ice on "
            "Saturday, snapping power lines and tree limbs and leaving about 300,000 homes and businesses without "
            "electricity, according to utility data.")
    assert [e[:3] for e in events(text, index, "2025-01-11")] == [("oklahoma", "disaster", "2025-01-11"),
                                                                  ("arkansas", "disaster", "2025-01-11")]


def test_the_year_a_heat_reading_is_the_hottest_of_dates_not_it(index):
    text = ("DHAKA, Bangladesh (AFP) \u2014 Bangladesh shut all primary schools for a week on Sunday after a heatwave "
            "pushed temperatures to 43 degrees Celsius in the western district of Chuadanga, the hottest reading in "
            "the country this year.")
    assert [e[:3] for e in events(text, index, "2025-04-20")] == [("chuadanga", "disaster", "2025-04-20")]


def test_a_reading_of_minus_eighteen_is_the_cold_waves(index):
    text = ("Temperatures in Kabul fell to minus 18 degrees Celsius overnight, and in Ghor province to minus 28, the "
            "Afghan Meteorology Department said.")
    assert {e[1] for e in events(text, index, "2025-01-19")} == {"disaster"}


def test_a_rivers_gauge_below_minus_fifty_centimetres_is_no_cold_reading(index):
    text = "The level at the Asunci\u00f3n port gauge dropped below minus 50 centimetres this week."
    assert "disaster" not in {e[1] for e in events(text, index, "2025-06-20")}


def test_hearts_that_gave_out_shoveling_snow_are_the_storms_dead(index):
    text = "Two men died of cardiac arrest while shoveling snow in Cheektowaga and Lancaster, the county said."
    assert {e[1] for e in events(text, index, "2025-11-30")} == {"disaster"}


def test_last_april_in_an_april_paper_is_last_years(index):
    text = "Last April, Chuadanga recorded 43.7C, and the government closed schools nationwide for a week."
    assert [e[:3] for e in events(text, index, "2025-04-20")] == [("chuadanga", "disaster", "2024-04")]
