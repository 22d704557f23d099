"""Events of earthquakes, volcanic eruptions, landslides and tsunamis as the wires and national papers report them
(the thirty-second session's fx32c check): a volcano named with what it is before it erupted, where a quake was only
felt (a country's capital past its possessive, a headline's tremors), disasters counted by the weather that caused
them."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_volcano_described_before_it_erupted(index):
    text = ("CATANIA, Italy (AP) \u2014 Mount Etna, Europe's most active volcano, erupted on Monday, sending fountains "
            "of lava into the sky and a plume of ash several kilometers high, forcing the partial closure of "
            "Catania's airport.")
    assert [e[:3] for e in events(text, index, "2025-02-10")] == [("mount-etna", "disaster", "2025-02-10")]


def test_a_volcanos_last_eruption_is_its_own_not_its_countrys(index):
    text = "Kanlaon, one of 24 active volcanoes in the Philippines, last erupted in December 2024."
    assert [e[:3] for e in events(text, index, "2025-05-11")] == [("kanlaon", "disaster", "2024-12")]


def test_a_quake_felt_in_a_countrys_capital_is_no_disaster_there(index):
    text = ("BEIJING, Jan 8 (Reuters) - The 6.8 magnitude quake struck at 9:05 a.m. on Tuesday at a depth of 10 km in "
            "Dingri county, according to the China Earthquake Networks Center. The quake was felt in Nepal's capital "
            "Kathmandu, about 400 km away, and in parts of northern India.")
    assert [e[:2] for e in events(text, index, "2025-01-08")] == [("tingri", "disaster")]


def test_a_headlines_tremors_felt_afar_are_no_disaster_there(index):
    text = "Earthquake of magnitude 5.8 jolts Myanmar's Sagaing region, tremors felt in Bangkok"
    assert "bangkok" not in {e[0] for e in events(text, index, "2025-04-11")}


def test_disasters_counted_by_the_monsoon_are_no_attack(index):
    text = ("Monsoon-related disasters have killed 38 people in Nepal since late May, according to the National "
            "Disaster Risk Reduction and Management Authority.")
    assert [e[:2] for e in events(text, index, "2025-07-08")] == [("nepal", "disaster")]


def test_flights_cancelled_to_an_island_are_no_eruption_there(index):
    text = ("JAKARTA, Indonesia (Reuters) \u2014 Indonesia's Mount Lewotobi Laki-Laki erupted on Tuesday, spewing a "
            "column of ash 10 km into the sky and forcing the cancellation of dozens of flights to and from the resort "
            "island of Bali, officials said.")
    found = [e[:2] for e in events(text, index, "2025-06-17")]
    assert ("bali", "disaster") not in found
    assert ("lewotobi-laki-laki", "disaster") in found


def test_the_volcano_named_again_erupted_on_the_leads_day(index):
    text = ("JAKARTA, Indonesia (Reuters) \u2014 Indonesia's Mount Lewotobi Laki-Laki erupted on Tuesday, spewing a "
            "column of ash 10 km into the sky, officials said.\n\n"
            "The volcano, on the island of Flores in East Nusa Tenggara province, erupted at 11:05 a.m. local time, "
            "the Centre for Volcanology and Geological Hazard Mitigation said, raising the alert status to the highest "
            "level.")
    found = {e[0]: e[2] for e in events(text, index, "2025-06-17")}
    assert found.get("flores-island") == "2025-06-17"


def test_sirmaur_district_of_himachal_is_in_himachal(index):
    text = ("The Shimla office of the India Meteorological Department has issued a red alert for Mandi, Kangra and "
            "Sirmaur districts for the next 48 hours.")
    found = [p for p in readings.places(text, index) if p[0] == "Sirmaur"]
    assert found == [("Sirmaur", "Sirmaur", "IN", "region", "place")]


def test_the_survey_that_measured_a_quake_from_afar_is_no_quake_there(index):
    text = ("A magnitude 6.2 earthquake struck off the Philippine island of Luzon on Tuesday. "
            "The U.S. Geological Survey in Golden, Colorado, said the quake had a magnitude of 6.0.")
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("luzon", "disaster")]


def test_an_agency_named_with_commas_speaks_from_its_seat(index):
    text = ("The Indonesian Agency for Meteorology, Climatology and Geophysics in Jakarta said the quake had a "
            "magnitude of 6.2 and there was no tsunami threat.")
    assert events(text, index, "2025-06-10") == []
