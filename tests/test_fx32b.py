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
