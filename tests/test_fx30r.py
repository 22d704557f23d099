"""Places and events of news roundups, briefs and live blogs (the thirtieth session's fx30r check):
'World news in brief' digests, 'What we know so far' explainers, live-blog updates with timestamps and
regional roundups, whose 'Related:' links and timestamps make no places or events. (A credit line's cities stay
places, as the held-out sets and LGL mark them.)"""

import readings
from readings import places


def _names(text, index):
    return [p[1] for p in places(text, index)]


# 2. A "Related:" or "Read more:" list links other stories: their headlines make no places or events.

def test_related_links_make_no_places_or_events(index):
    text = ("Settlers set fire to cars in the village of Sinjil, north of Ramallah, on Wednesday.\n\n"
            "Related:\n- Gaza aid site chaos: Who runs the Gaza Humanitarian Foundation?\n"
            "- Israel strikes Sanaa airport in Yemen")
    assert not {"Sanaa", "Yemen"} & set(_names(text, index))
    found = readings.events(text, index, "2025-05-30")
    assert [(e[0], e[1]) for e in found] == [("sinjil", "attack")]


def test_read_more_links_make_no_places(index):
    text = ("Prime Minister Narendra Modi visited the crash site in Ahmedabad on Friday morning.\n\n"
            "Read more:\nAir India crash: Sole survivor describes escape\nFamilies in Leicester mourn loved ones")
    found = _names(text, index)
    assert "Ahmedabad" in found
    assert "Leicester" not in found


# 3. A live blog's timestamp names a time zone, not a country.

def test_a_live_blogs_time_zone_is_no_country(index):
    text = ("5.12pm UAE \u2014 An Israeli drone strike on a car in the town of Bint Jbeil in southern Lebanon killed "
            "two people, Lebanon's health ministry said.")
    found = [p[0] for p in places(text, index)]
    assert "UAE" not in found
    assert "Bint Jbeil" in found


# 4. A semicolon joins items of their own: a place past it takes no event from the item before.

def test_a_headlines_item_past_a_semicolon_takes_no_strike(index):
    text = "Ukraine war latest: Russian drones hit Odesa; Zelenskiy in Brussels"
    found = readings.events(text, index, "2025-10-16")
    assert [(e[0], e[1]) for e in found] == [("odesa", "strike")]


def test_a_toll_counted_past_a_semicolon_stays_the_events(index):
    text = "Israeli strikes killed five people in Gaza City; three in Khan Younis."
    found = readings.events(text, index, "2025-05-30")
    assert ("khan-yunis", "strike") in [(e[0], e[1]) for e in found]


# 5. A quake off a region a country's possessive names is that region's.

def test_a_quake_struck_off_a_countrys_prefecture(index):
    text = ("TOKYO - A magnitude 6.1 earthquake struck off Japan's northeastern Iwate prefecture on Tuesday morning, "
            "the Japan Meteorological Agency said.")
    found = readings.events(text, index, "2025-05-27")
    assert [(e[0], e[1], e[2]) for e in found] == [("iwate-prefecture", "disaster", "2025-05-27")]


# 6. A news agency's name after "news agency" is no place.

def test_a_news_agency_named_after_its_words_is_no_place(index):
    text = ("1.05pm UAE \u2014 In Syria, security forces said they had arrested a cell planning attacks in Latakia, "
            "state news agency Sana reported.")
    found = [p[0] for p in places(text, index)]
    assert "Sana" not in found
    assert "Latakia" in found


# 7. Where those the news names are based is not where it happened.

def test_sponsors_based_abroad_take_no_arrest(index):
    text = ("OUAGADOUGOU - Burkina Faso's military government said on Monday it had foiled a coup plot and arrested "
            "several army officers, accusing them of working with \"foreign sponsors\" based in Ivory Coast.")
    found = readings.events(text, index, "2025-03-19")
    assert "ivory-coast" not in [e[0] for e in found]


# 8. Thunderstorms that knocked down trees and power lines are a disaster.

def test_thunderstorms_that_knocked_down_trees_are_a_disaster(index):
    text = ("DOOR COUNTY \u2014 A line of severe thunderstorms knocked down trees and power lines across northern "
            "Door County on Sunday afternoon, leaving about 6,000 customers without power, Wisconsin Public Service "
            "said.")
    found = readings.events(text, index, "2025-06-16")
    assert [(e[0], e[1], e[2]) for e in found] == [("door-county", "disaster", "2025-06-15")]
