"""Places and events of tropical storms, hurricanes, typhoons and cyclones as the wires and local papers report
them in 2025 (the fx32b check): a storm named like a town, deaths told with their source after them, a storm's
forecast landfall, a toll told of the place a relative clause names."""

import readings
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


def events(text, index, published):
    return readings.events(text, index, published)


# 1. A storm's name after "Hurricane", "Typhoon", "Cyclone" and told again alone is no place.

def test_a_hurricane_named_like_a_town_is_no_place(index):
    text = ("SARASOTA, Fla. \u2014 A year after Hurricane Milton made landfall at Siesta Key, killing 15 people in "
            "Florida and spawning tornadoes that tore through St. Lucie County, some beachfront businesses are "
            "still shuttered.\n\nMilton came ashore on Oct. 9, 2024, as a Category 3 storm with 120 mph winds.\n\n"
            "In Spring Lake, a tornado spawned by Milton killed four residents of a retirement community, St. Lucie "
            "County Sheriff Keith Pearson said.")
    assert _senses(text, index, "Milton") == []
    assert _senses(text, index, "Siesta Key")


def test_a_cyclone_named_like_a_state_is_no_place(index):
    text = "Cyclone Victoria crossed the coast near Broome on Tuesday, the Bureau of Meteorology said."
    assert _senses(text, index, "Victoria") == []
    assert _senses(text, index, "Broome")


def test_a_town_the_text_places_keeps_its_name_beside_the_storm(index):
    text = "Hurricane Florence flooded Florence, South Carolina, on Sunday."
    assert _senses(text, index, "Florence") == [("Florence", "US", "city")]


# 2. A typhoon's rank among the year's storms is no background, and its dead told in another province of its
#    country, with their source after them, are the typhoon's.

def test_a_storms_dead_in_other_provinces_are_its_own(index):
    text = ("MANILA, Philippines (AP) \u2014 Typhoon Fung-wong, one of the largest storms to hit the Philippines this "
            "year, made landfall in Dinalungan town in Aurora province on Sunday night, forcing more than 1.4 million "
            "people to flee their homes.\n\nAt least two people were killed, one in Catarman in Northern Samar and "
            "one in Catanduanes, officials said.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-11-10")}
    assert ("aurora-province", "disaster") in found
    assert ("catarman", "disaster") in found
    assert ("catanduanes", "disaster") in found
    assert ("catarman", "statement") not in found


# 3. Where a storm is told heading, turning or exiting toward is not where it struck.

def test_a_storm_exiting_toward_a_sea_strikes_no_sea(index):
    text = ("MANILA, Nov 5 (Reuters) - Kalmaegi, known locally as Tino, made landfall in Silago, Southern Leyte, late "
            "on Monday with sustained winds of 150 kph (93 mph), the weather bureau PAGASA said.\n\nThe storm exited "
            "toward the South China Sea and is forecast to make landfall in central Vietnam on Thursday evening, near "
            "Quang Ngai and Gia Lai provinces, where authorities have ordered the evacuation of more than 260,000 "
            "people.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-11-05")}
    assert ("silago", "disaster") in found
    assert not any(place == "south-china-sea" for place, _ in found)


def test_a_typhoon_turning_toward_an_island_did_not_strike_it(index):
    text = ("MANILA, Philippines (AP) \u2014 Typhoon Fung-wong made landfall in Dinalungan town in Aurora province on "
            "Sunday night.\n\nThe typhoon, with sustained winds of 185 kph (115 mph), brushed Catanduanes before "
            "turning northwest toward Luzon.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-11-10")}
    assert ("aurora-province", "disaster") in found
    assert not any(place == "luzon" for place, _ in found)


# 4. Where a storm dumped its rain is where it did harm.

def test_a_storms_rain_on_a_state_that_killed_is_a_disaster_there(index):
    text = ("CHAPEL HILL, N.C. (AP) \u2014 Remnants of Tropical Storm Chantal dumped nearly a foot of rain on central "
            "North Carolina, sending the Haw and Eno rivers to record levels and killing at least six people, "
            "authorities said Tuesday.\n\nIn Alamance County, four people died, Sheriff Terry Johnson said.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-08")}
    assert ("north-carolina", "disaster") in found
    assert ("alamance-county", "disaster") in found


# 5. A storm told by its name alone, crossing the coast or coming ashore with its winds, struck there.

def test_a_cyclone_crossing_the_coast_by_its_name_alone(index):
    text = ("COLOMBO, Sri Lanka (AFP) \u2014 The death toll from Cyclone Ditwah in Sri Lanka rose to 334 on Sunday."
            "\n\nDitwah crossed the coast near Trincomalee on Friday, then moved north along the coast towards Jaffna "
            "and the Indian state of Tamil Nadu, where the weather department issued a red alert for Chennai and "
            "Cuddalore.")
    found = {(e[0], e[1], e[2]) for e in events(text, index, "2025-11-30")}
    assert ("trincomalee", "disaster", "2025-11-28") in found
    assert not any(place in ("jaffna", "tamil-nadu") for place, _, _ in found)


def test_boats_crossing_the_sea_from_a_coast_are_no_cyclone(index):
    text = ("On Sunday alone, 612 migrants stepped onto its small concrete quay from three wooden boats that had spent "
            "up to nine days crossing the Atlantic from the coast of Mauritania and Senegal.")
    assert not any(e[1] == "disaster" for e in events(text, index, "2025-10-20"))


def test_a_hurricane_coming_ashore_by_its_name_alone(index):
    text = ("Erick came ashore near Puerto Escondido early Thursday with maximum sustained winds of 125 mph "
            "(205 kph), forecasters said.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-06-19")}
    assert ("puerto-escondido", "disaster") in found


def test_migrants_coming_ashore_are_no_storm(index):
    text = "About 60 migrants came ashore in Lampedusa on Friday, the Italian coast guard said."
    assert not any(e[1] == "disaster" for e in events(text, index, "2025-06-20"))
