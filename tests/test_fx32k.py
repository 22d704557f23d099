"""Wildfires as the wires and local papers report them (the thirty-second session's fx32k check): California,
Canada, the Mediterranean, Chile, Australia and South Korea; fires told by their names, their blazes and the land
they burned, the towns they tore through, and the firefighting that is no battle."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_country_named_after_two_bearings_joined_by_and(index):
    text = ("LISBON (AP) \u2014 Wildfires raging across northern and central Portugal have killed seven people and "
            "burned more than 100,000 hectares (247,000 acres) of land this week, authorities said Wednesday.")
    assert [e[:2] for e in events(text, index, "2024-09-18")] == [("portugal", "disaster")]


def test_a_town_a_blaze_tore_through_after_flames_pushed_toward_others(index):
    text = ("LOS ANGELES (AP) \u2014 Firefighters struggled on Thursday to hold the line against the Palisades Fire as "
            "fierce Santa Ana winds returned to Southern California, pushing flames toward Brentwood and the Encino "
            "hills a day after the blaze tore through Pacific Palisades.")
    assert [e[:2] for e in events(text, index, "2025-01-09")] == [("pacific-palisades", "disaster")]


def test_the_blaze_of_a_wildfires_story_is_the_wildfire(index):
    text = ("ATHENS (Reuters) - A wildfire fanned by strong winds swept into the northern suburbs of Athens on Monday, "
            "forcing thousands of people to flee their homes, authorities said.\n\n"
            "The blaze, which broke out on Sunday near the village of Varnavas, about 35 km (22 miles) northeast of "
            "the capital, burned through pine forest and reached Nea Penteli.")
    found = {(e[0], e[1]) for e in events(text, index, "2024-08-12")}
    assert ("varnavas", "disaster") in found
    assert ("varnavas", "accident") not in found


def test_a_helicopter_that_crashed_while_fighting_a_fire_is_no_battle(index):
    text = "A helicopter crashed in Uiseong on Wednesday while fighting the fire, killing its 73-year-old pilot."
    assert [e[1] for e in events(text, index, "2025-03-26")] == ["accident"]


def test_neighbourhoods_of_a_city_a_wildfire_swept_through(index):
    text = ("The death toll from wildfires that swept through hillside neighborhoods of Vi\u00f1a del Mar rose to 131 "
            "on Tuesday, Chilean officials said.")
    assert [e[:2] for e in events(text, index, "2024-02-06")] == [("vina-del-mar", "disaster")]


def test_a_countrys_second_largest_island_named_before_its_name(index):
    text = ("LIMNI, Greece (AFP) - Hundreds of residents of Greece's second-largest island Evia fled by ferry on "
            "Sunday as a wildfire raging for a fifth day ravaged forests and villages in the north of the island.")
    assert [e[:3] for e in events(text, index, "2021-08-08")] == [("evia", "disaster", "2021-08-08")]


def test_a_towns_neighbourhoods_counted_with_its_name_before_them(index):
    text = ("FORT McMURRAY, Alta. \u2014 Residents of four Fort McMurray neighbourhoods were ordered to evacuate "
            "Tuesday afternoon as a wildfire burning southwest of the city moved to within 5.5 kilometres of the "
            "community.")
    assert [e[:3] for e in events(text, index, "2025-05-13")] == [("fort-mcmurray", "disaster", "2025-05-13")]


def test_towns_a_fires_evacuation_orders_are_for(index):
    text = ("CALABASAS, Calif. \u2014 The Kenneth Fire burned 1,000 acres near the Ventura County line on Thursday, "
            "prompting evacuation orders for parts of West Hills and Hidden Hills, Los Angeles County fire officials "
            "said.")
    assert [e[:2] for e in events(text, index, "2024-10-24")] == [("ventura-county", "disaster")]



def test_the_hamlet_of_enterprise_in_a_northwest_territories_story(index):
    text = ("YELLOWKNIFE \u2014 The Northwest Territories government ordered the entire city of Yellowknife evacuated "
            "on Wednesday night as a wildfire crept to within 17 kilometres of the capital.\n\n"
            "Hay River and the K'atl'odeeche First Nation were also evacuated on Sunday, and the community of "
            "Enterprise was almost entirely destroyed, officials said.")
    found = {(p[0], p[2]) for p in readings.places(text, index)}
    assert ("Enterprise", "CA") in found
    assert ("Enterprise", "US") not in found


def test_firefighters_whose_truck_was_caught_by_flames(index):
    text = ("Three firefighters died when their truck was caught by flames near Tabua, in the Coimbra district, "
            "officials said.")
    assert [e[:2] for e in events(text, index, "2024-09-18")] == [("tabua", "accident")]


def test_fires_counted_burning_across_a_province(index):
    text = ("More than 150 fires were burning in Quebec, where about 10,000 people had been evacuated from towns "
            "including Chibougamau and Sept-Iles, Quebec officials said.")
    assert [e[:2] for e in events(text, index, "2023-06-07")] == [("quebec", "disaster")]


def test_a_dated_blaze_told_after_a_semicolon_and_years_of_fires(index):
    text = ("Greece has suffered a series of deadly fires in recent years; in 2018, a blaze in the seaside town of "
            "Mati killed 104 people.")
    assert [e[:3] for e in events(text, index, "2024-08-12")] == [("mati", "accident", "2018")]


def test_the_fire_near_a_town_that_killed_is_a_blaze_not_a_weapons(index):
    text = "The fire near Altadena has killed at least five people."
    # (a disaster since fx32n read a fire near a town that killed as a wildfire; an accident before, a weapon's never)
    assert [e[:2] for e in events(text, index, "2025-01-09")] == [("altadena", "disaster")]
