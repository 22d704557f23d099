"""Places and events of local government and city news (councils, mayors, zoning and housing votes,
transit, school boards, budgets, water main breaks) in US, UK, Canadian and Australian papers: the
fx33n check."""

import readings
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. An adjective that opens a sentence before a town ("Nearby Gresham") is no given name.

def test_nearby_opening_a_sentence_leaves_the_town(index):
    text = ("PORTLAND, Ore. (Reuters) - Portland's new 12-member city council voted 7-5 on Wednesday to ban tent "
            "camping within 250 feet of schools. Nearby Gresham and Beaverton adopted similar rules in 2024 after "
            "the U.S. Supreme Court's ruling in Grants Pass v. Johnson allowed cities to enforce camping bans.")
    assert _senses(text, index, "Gresham") == [("Gresham", "US", "city")]
    assert _senses(text, index, "Beaverton") == [("Beaverton", "US", "city")]


# 2. A street crossing a numbered street names an intersection or its district, not a town.

def test_a_cross_street_of_a_numbered_street_is_no_place(index):
    text = ("KANSAS CITY, Mo. (AP) \u2014 Councilmember Melissa Robinson voted no, saying the city needed the money "
            "for its bus system and for streets in the Westport and 18th and Vine districts.")
    assert _senses(text, index, "Vine") == []
    assert _senses(text, index, "KANSAS CITY") == [("Kansas City", "US", "city")]


# 3. A town's main name cut short before its joining word ("Chorlton" for Chorlton-cum-Hardy) is the
# town locals mean, not a hamlet elsewhere named so exactly.

def test_a_name_cut_short_before_cum_is_the_local_town(index):
    text = ("MANCHESTER, England \u2014 Manchester City Council leader Bev Craig said the council would use its own "
            "money to repair 1,200 potholes in Didsbury, Chorlton and Moss Side this year.")
    assert _senses(text, index, "Chorlton") == [("Chorlton cum Hardy", "GB", "city")]


# 4. What a speaker at a meeting said of other places is no talks there.

def _events(text, index, published):
    return [(e[0], e[1]) for e in readings.events(text, index, published)]


def test_places_told_after_the_saying_are_no_venue_of_the_meeting(index):
    text = ("MANCHESTER, England \u2014 Speaking at a meeting of the Greater Manchester Combined Authority in Salford, "
            "Burnham said the network had already increased passenger numbers by 5 per cent in Bolton and Wigan "
            "since buses there were brought under public control in 2023.")
    found = _events(text, index, "2025-10-24")
    assert ("bolton", "talks") not in found
    assert ("wigan", "talks") not in found
    assert ("salford", "talks") in found



# 5. A demonym and the word after it before "neighborhood" name the neighbourhood, not a country.

def test_a_demonym_opening_a_neighbourhoods_name_is_no_country(index):
    text = ("SPRINGFIELD, Mass. \u2014 Separately, the Springfield City Council on Monday approved $6 million to repair "
            "Main Street in the Indian Orchard neighborhood and to rebuild the Armory Street bridge over the railroad "
            "tracks.")
    assert _senses(text, index, "Indian") == []
    assert _senses(text, index, "Springfield")


# 6. Talks one side is only open to have not met.

def test_talks_a_government_is_open_to_are_no_talks(index):
    text = ("KANSAS CITY, Mo. (AP) \u2014 In Kansas City, Kansas, the Unified Government of Wyandotte County said it was "
            "still open to talks with the team.")
    assert [f for f in _events(text, index, "2025-02-14") if f[1] == "talks"] == []
    assert _events("Officials met for talks in Kansas City, Kansas, on Monday.", index, "2025-02-14") \
        == [("kansas-city", "talks")]


# 7. "reinstated" is no "stated": a council put back in office makes no statement.

def test_a_council_reinstated_makes_no_statement(index):
    text = ("PERTH, Australia (AFP) - The City of Perth was last suspended in 2018 and its council was reinstated "
            "in 2020 after a lengthy inquiry.")
    assert _events(text, index, "2025-04-11") == []
    assert _events("Officials in Perth stated on Thursday that the inquiry was over.", index, "2025-04-11") \
        == [("perth", "statement")]
