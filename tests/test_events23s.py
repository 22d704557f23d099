"""Events the twenty-third session's own checks found missing: a country that strikes a place ("Israel
struck Rafah", left alone by the session before), and boats lost at sea in migration news (the fx23m
check's articles: boats that sank, sinkings, the drowned, deaths on a crossing)."""

import pytest

import readings


def events(text, index, published="2025-08-04"):
    return [(place, type_id, date, actors) for place, type_id, date, actors in readings.events(text, index, published)]


@pytest.mark.parametrize("text, expected", [
    ("Israel struck Rafah on Monday, killing 12 people, health officials said.",
     [("rafah", "strike", "2025-08-04", ["Israel"])]),
    ("Russia struck Kharkiv overnight, killing two.", [("kharkiv", "strike", "2025-08-04", ["Russia"])]),
    ("Pakistan struck Kabul and Kandahar on Wednesday night, Afghan officials said.",
     [("kabul", "strike", "2025-07-30", ["Pakistan"]), ("kandahar", "strike", "2025-07-30", ["Pakistan"])]),
    ("Israel pounded Khan Younis on Sunday.", [("khan-yunis", "strike", "2025-08-03", ["Israel"])]),
    ("Russia struck the Ukrainian city of Kharkiv on Friday.", [("kharkiv", "strike", "2025-08-01", ["Russia"])]),
])
def test_a_country_that_strikes_a_place(index, text, expected):
    # Each had been a statement or no event: "struck" alone is a storm's or a car's as often, so the type
    # wordings knew only an armed force's ("Israeli forces struck Rafah").
    assert events(text, index) == expected


@pytest.mark.parametrize("text", [
    "Israel struck a deal with Hamas in Doha on Monday.",
    "Ukraine struck back at Russia on Monday.",
    "India struck gold in Paris on Sunday.",
])
def test_a_country_that_strikes_no_place_makes_no_strike(index, text):
    assert [e for e in events(text, index) if e[1] == "strike"] == []


@pytest.mark.parametrize("text, expected", [
    # a boat that sank, at sea near a place (had been no event)
    ("It sank in rough seas about 20 nautical miles south of Lampedusa.", [("lampedusa", "accident")]),
    ("The boat was carrying 154 Ethiopian migrants when it sank Sunday in the Gulf of Aden off Abyan province, "
     "said Abdusattor Esoev, head of the IOM's office in Yemen.",
     [("gulf-of-aden", "accident"), ("abyan-province", "accident")]),
    # the drowned, and deaths on a crossing (had been statements, or no event)
    ("Two migrants drowned in the Rio Grande near Del Rio last week, the Val Verde County sheriff said.",
     [("rio-grande", "accident"), ("del-rio", "accident")]),
    ("Four migrants died on Saturday while trying to cross the English Channel to Britain in a small boat, "
     "French authorities said.", [("english-channel", "accident")]),
    ("427 Rohingya refugees are feared to have died in two boat sinkings off Myanmar, the UNHCR said.",
     [("myanmar", "accident")]),
])
def test_boats_lost_at_sea(index, text, expected):
    assert [e[:2] for e in events(text, index)] == expected


def test_what_sank_or_drowned_elsewhere_is_no_boat_lost(index):
    assert events("Shares sank 5% in London on Monday.", index) == []
    # a flood's drowned are the flood's, not an attack's (the killing told with no killer) nor an accident
    assert [e[:2] for e in events("Floods killed 12 people in Kerala on Monday, and two children drowned in Kochi.",
                                  index)] == [("kerala", "disaster"), ("kochi", "disaster")]
    # far out at sea is no town's neighbourhood
    assert "mogadishu" not in [e[0] for e in events(
        "Pirates hijacked a bulk carrier about 600 nautical miles east of Mogadishu on Monday.", index)]


def test_a_country_a_region_describes_is_no_event_in_the_region(index):
    # "the Balkan country" is Serbia, not the Balkans: the protests had been put on the whole region.
    text = ("NOVI SAD, Serbia, Feb 1 (Reuters) - Tens of thousands of people blocked three bridges over the Danube in "
            "the northern Serbian city of Novi Sad on Saturday, three months after the collapse of a railway station "
            "canopy killed 15 people and triggered the biggest protests in the Balkan country in decades.")
    found = events(text, index, "2025-02-01")
    assert ("novi-sad", "protest", "2025-02-01", []) in found and "balkans" not in [e[0] for e in found]
    # ... but the states of a region lie in it
    found = events("Cholera cases are rising in Tawila, with 2,163 cases reported across the Darfur states since "
                   "August.", index, "2025-09-12")
    assert "darfur" in [e[0] for e in found]
