"""US immigration raids, deployments and federal actions in cities as the wires and US papers report them in
2025 (the thirtieth session's fx30j check): a federal court's district of a state, a city's "Side", the
uptown of a city, the dateline's country as the news's tellers."""

from readings import events, places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


def test_a_court_district_of_a_state_is_no_foreign_district(index):
    text = ("U.S. District Judge Sara Ellis of the Northern District of Illinois issued a temporary restraining "
            "order barring federal agents from using tear gas and pepper balls against peaceful protesters.")
    assert _senses(text, index, "Northern District") == []
    assert _senses(text, index, "Illinois") == [("Illinois", "US", "admin1")]


def test_a_district_of_its_own_country_stays(index):
    text = "Rockets hit the Northern District of Israel on Monday."
    assert [s[1] for s in _senses(text, index, "Northern District")] == ["IL"]


def test_a_citys_side_is_no_turkish_town(index):
    text = ("On Thursday, Border Patrol agents shot a woman in the Brighton Park neighborhood on the Southwest Side "
            "after what DHS described as an attempt to ram agents with her car.")
    assert _senses(text, index, "Southwest Side") == []
    assert [e[:2] for e in events(text, index, "2025-10-10")] == [("brighton-park", "attack")]


def test_a_march_through_uptown_is_the_citys(index):
    text = "About 200 demonstrators marched through uptown Charlotte on Sunday afternoon."
    assert [e[:3] for e in events(text, index, "2025-11-17")] == [("charlotte", "protest", "2025-11-16")]


def test_the_datelines_country_telling_the_news_leaves_the_dateline(index):
    text = ("NEWARK, N.J. (Reuters) - Newark Mayor Ras Baraka was arrested on Friday outside Delaney Hall, a "
            "privately run immigration detention center in the city, after he tried to join members of Congress "
            "on an oversight visit, U.S. officials said.")
    assert [e[:3] for e in events(text, index, "2025-05-09")] == [("newark", "arrest", "2025-05-09")]


def test_agents_raid_that_detains_workers_is_an_arrest(index):
    text = ("OMAHA, Neb. (AP) \u2014 Federal immigration agents raided a meatpacking plant in Omaha on Tuesday "
            "morning, detaining about 70 workers in one of the largest workplace enforcement operations of "
            "President Donald Trump's second term, officials said.")
    assert [e[:3] for e in events(text, index, "2025-06-10")] == [("omaha", "arrest", "2025-06-10")]


def test_a_commanders_earlier_crackdowns_are_no_arrests_there(index):
    text = ("Gregory Bovino, the Border Patrol commander who led earlier crackdowns in Los Angeles and Chicago, "
            "posted videos of arrests on social media.")
    assert [e[0] for e in events(text, index, "2025-11-17")] == []


def test_a_quoted_nickname_ending_in_a_place_is_no_place(index):
    text = ("'Alligator Alcatraz' detention center opens in Florida Everglades\n\n"
            "MIAMI (Reuters) - Florida opened a new immigration detention center in the Everglades on Thursday, "
            "dubbed \"Alligator Alcatraz\", as President Donald Trump toured the site with Governor Ron DeSantis.")
    assert _senses(text, index, "Alcatraz") == []
    assert _senses(text, index, "Everglades")


def test_a_nickname_told_again_without_quotes_is_no_place(index):
    text = ("Federal judge orders Alligator Alcatraz to wind down operations\n\n"
            "MIAMI (AP) \u2014 A federal judge on Thursday ordered Florida to stop bringing new detainees to the "
            "immigration detention center in the Everglades known as \"Alligator Alcatraz\".")
    assert _senses(text, index, "Alcatraz") == []


def test_how_long_children_can_be_detained_is_no_arrest(index):
    text = ("U.S. District Judge Dolly Gee in Los Angeles, who oversees the Flores settlement that limits how long "
            "children can be detained, ordered the government in August to file reports on conditions at both sites.")
    assert [e[:2] for e in events(text, index, "2025-09-15")] == []


def test_an_arrest_in_suburban_town_is_the_towns(index):
    text = ("CHICAGO (Chicago Tribune) \u2014 Federal agents arrested at least 13 protesters outside an immigration "
            "processing facility in suburban Broadview on Friday.")
    assert [e[:3] for e in events(text, index, "2025-10-10")] == [("broadview", "arrest", "2025-10-10")]


def test_a_court_districts_state_is_no_protest_there(index):
    text = ("U.S. District Judge Sara Ellis of the Northern District of Illinois issued a temporary restraining "
            "order barring federal agents from using tear gas and pepper balls against peaceful protesters and "
            "members of the press.")
    assert [e[:2] for e in events(text, index, "2025-10-10")] == []


def test_agents_arresting_people_as_they_fan_out_is_an_arrest(index):
    text = ("CHARLOTTE, N.C. (AP) \u2014 Border Patrol agents fanned out across Charlotte on Saturday, arresting "
            "people at a church parking lot, a home improvement store and along busy streets.")
    assert [e[:3] for e in events(text, index, "2025-11-17")] == [("charlotte", "arrest", "2025-11-15")]
