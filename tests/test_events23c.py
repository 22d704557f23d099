"""Events of local crime, courts and policing news as the PA, the AP, PTI and local papers of Britain,
Ireland, the United States, Australia, Canada and India report them (the twenty-third session's fx23c
check): the police's haul, assaults on people, arrests "from" a town, tallies of statistics, courts named
after their towns, the day the lead leaves to the next sentence, a suburb and its city, gunfire at a
gathering."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_drug_seizure_in_a_raid_is_an_arrest_not_a_battle(index):
    text = ("Gardaí seize €2.1m of cocaine in Finglas raid\n\nGardaí have seized cocaine worth an estimated "
            "€2.1 million and arrested three men following a search of a house in Finglas, north Dublin.")
    found = events(text, index, "2025-03-20")
    assert [e[1] for e in found if e[0] == "finglas"] == ["arrest"]


def test_a_suburb_then_its_city_is_one_place(index):
    text = ("Gardaí have seized cocaine worth an estimated €2.1 million and arrested three men following a "
            "search of a house in Finglas, north Dublin.")
    found = events(text, index, "2025-03-20")
    assert [e[0] for e in found] == ["finglas"]


def test_an_assault_on_a_woman_is_an_attack(index):
    text = ("Man charged after woman seriously injured in Mallow assault\n\nA man has been charged in connection "
            "with a serious assault on a woman in Mallow, Co Cork, over the weekend.")
    found = events(text, index, "2025-11-24")
    assert [e[:2] for e in found] == [("mallow", "attack")]


def test_nabbed_from_a_town_is_an_arrest_there(index):
    text = ("The accused, identified as Rohit alias Monu, 27, and Sandeep Kumar, 24, were nabbed from Sonipat "
            "in Haryana after a brief exchange of fire in which Kumar sustained a bullet injury in his leg, a "
            "senior police officer said.")
    found = events(text, index, "2025-05-09")
    assert [e[:2] for e in found] == [("sonipat", "arrest")]


def test_a_tally_of_police_statistics_is_no_event(index):
    text = ("At least 55 people were shot in Chicago between Thursday evening and Saturday morning, according "
            "to police statistics.")
    assert events(text, index, "2025-07-06") == []


def test_the_day_of_a_sentencing_at_a_crown_court_does_not_date_the_crime(index):
    text = ("A man who stabbed a father-of-two to death outside a takeaway in Leeds has been jailed for life.\n\n"
            "Daniel Hargreaves, 29, was sentenced at Leeds Crown Court on Wednesday to serve a minimum of 22 "
            "years for the murder of Liam Doyle, 34.")
    found = events(text, index, "2025-06-12")
    assert [e[:3] for e in found] == [("leeds", "attack", None)]


def test_the_lead_takes_its_day_from_the_next_sentence(index):
    text = ("Teenager stabbed in Moss Side as police appeal for witnesses\n\nA 17-year-old boy is in hospital "
            "with serious injuries after being stabbed in Moss Side, Manchester.\n\nGreater Manchester Police "
            "said officers were called to Princess Road at around 8.40pm on Tuesday following reports a teenager "
            "had been attacked by a group of men.")
    found = events(text, index, "2025-09-03")
    assert [e[:3] for e in found] == [("moss-side", "attack", "2025-09-02")]


def test_gunfire_at_a_gathering_in_the_citys_neighborhood_is_an_attack_there(index):
    text = ("CHICAGO (AP) — Two people were killed and five others were wounded when gunfire erupted at a Fourth "
            "of July gathering in the city's Englewood neighborhood late Friday, police said.")
    found = events(text, index, "2025-07-06")
    assert ("englewood", "attack", "2025-07-04") in [e[:3] for e in found]


def test_the_venue_of_a_shooting_is_no_actor(index):
    text = ("MIDLAND, Texas (AP) — Prosecutors said Delaney opened fire inside the Rebel Lounge in Odessa on Nov. 19, "
            "2022, after he was thrown out following a fight with another customer.")
    found = events(text, index, "2025-10-16")
    assert found and all("Rebel Lounge" not in e[3] for e in found)


def test_a_statute_is_no_actor(index):
    text = ("Gardaí have seized cocaine worth an estimated €2.1 million and arrested three men following a "
            "search of a house in Finglas, north Dublin.\n\nThe search was carried out on Wednesday evening by "
            "members of the Garda National Drugs and Organised Crime Bureau, supported by local gardaí from "
            "Ballymun.\n\nThe three men, aged 24, 31 and 46, were arrested at "
            "the scene and are being detained at Finglas Garda station under Section 2 of the Criminal Justice "
            "(Drug Trafficking) Act 1996.")
    found = events(text, index, "2025-03-20")
    assert found and all("Criminal Justice" not in e[3] for e in found)


def test_the_victim_of_a_murder_is_no_actor(index):
    text = ("A man who stabbed a father-of-two to death outside a takeaway in Leeds has been jailed for life. "
            "Daniel Hargreaves, 29, was sentenced in Leeds on Wednesday to serve a minimum of 22 years for the "
            "murder of Liam Doyle, 34.")
    found = events(text, index, "2025-06-12")
    assert found and all("Liam Doyle" not in e[3] for e in found)


def test_an_assault_charged_in_the_headline_of_a_crime_is_no_battle(index):
    text = "Man charged after woman seriously injured in Mallow assault"
    found = events(text, index, "2025-11-24")
    assert [e[:2] for e in found] == [("mallow", "attack")]
