"""Events of India's, Pakistan's, Bangladesh's and Nepal's regional and district news as the Hindu, the Times of
India, Dawn, The Express Tribune, The Daily Star, the Kathmandu Post, PTI and APP report them (the twenty-ninth
session's fx29i check): a truck that rammed a car, a motorcycle hit by a bus, a district whose police chief is
titled by its name, a communal clash, militants killed in an encounter, a
party named in Urdu whose acronym spells its capitals, Bihar's Saran district, a Nepali municipality's numbered
ward of a district."""

import readings
from readings import places


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_truck_that_rammed_into_a_car_is_an_accident(index):
    text = ("Chandigarh, 12th July: Five members of a family, including two children, were killed when a speeding "
            "truck rammed into their car on the NH-44 near Panipat in Haryana on Saturday morning, police said.")
    assert [e[:3] for e in events(text, index, "2025-07-12")] == [("panipat", "accident", "2025-07-12")]


def test_a_motorcycle_hit_by_a_bus_is_an_accident(index):
    text = ("In another accident, two youths were killed when their motorcycle was hit by a bus near Gurugram's "
            "Manesar on Friday night.")
    assert [e[:2] for e in events(text, index, "2025-07-12")] == [("manesar", "accident")]


def test_a_district_titled_before_its_police_chief_stays_a_place(index):
    text = ("Three people were killed and at least 14 injured in a clash between two communities over a religious "
            "procession at Hisua in Bihar's Nawada district on Tuesday evening, officials said.\n\n"
            "The violence broke out when the procession passed through a narrow lane under the jurisdiction of the "
            "Hisua police station, Nawada Superintendent of Police Abhinav Dhiman said.")
    found = [(p[0], p[2]) for p in places(text, index)]
    assert found.count(("Nawada", "IN")) == 2


def test_a_clash_between_two_communities_is_a_riot(index):
    text = ("Three people were killed and at least 14 injured in a clash between two communities over a religious "
            "procession at Hisua in Bihar's Nawada district on Tuesday evening, officials said.")
    assert [e[:3] for e in events(text, index, "2025-04-09")][:1] == [("hisua", "riot", "2025-04-08")]


def test_a_communal_clash_in_a_headline_is_a_riot(index):
    text = "Three killed in communal clash in Bihar's Nawada; internet suspended"
    assert [e[1] for e in events(text, index, "2025-04-09")] == ["riot"]


def test_militants_killed_in_an_encounter_is_a_battle(index):
    text = "Two militants killed in encounter in Kupwara"
    assert [e[1] for e in events(text, index, "2025-07-12")] == ["ground_operation"]


def test_a_party_named_in_urdu_is_no_country_actor(index):
    text = ("LAHORE: Police arrested dozens of Pakistan Tehreek-i-Insaf (PTI) workers and used tear gas to disperse "
            "protesters on Sunday as the party attempted to hold a rally at Minar-i-Pakistan to press for the "
            "release of its founder Imran Khan.")
    actors = [a for e in events(text, index, "2025-09-21") for a in e[3]]
    assert "Pakistan" not in actors
    assert "PTI" in actors


def test_a_country_named_as_a_groups_last_word_stays_an_actor(index):
    text = ("The crossings were shut after deadly border clashes in October, when Pakistan carried out air strikes "
            "in Kabul and in Afghanistan's Khost and Paktika provinces, saying it had targeted leaders of the banned "
            "Tehreek-e-Taliban Pakistan (TTP).")
    found = events(text, index, "2025-06-18")
    assert found and all("Pakistan" in e[3] for e in found)


def test_maoists_who_killed_villagers_are_its_actor(index):
    text = ("RAIPUR: Maoists killed two villagers in Chhattisgarh's Bijapur district, suspecting them to be police "
            "informers, a police official said on Friday.")
    assert [(e[1], e[3]) for e in events(text, index, "2025-05-16")] == [("attack", ["Maoists"])]


def test_bihars_saran_district_is_no_kazakh_town(index):
    text = ("In Bihar, five people died in Gopalganj district, three in Siwan and one in Saran, the state's disaster "
            "management department said.")
    assert [(p[0], p[2]) for p in places(text, index) if p[0] == "Saran"] == [("Saran", "IN")]


def test_a_numbered_ward_of_a_rural_municipality_of_a_district(index):
    text = ("Five people were killed and three others went missing after a landslide buried three houses in "
            "Bhotekoshi Rural Municipality-2 of Sindhupalchowk district early on Sunday.")
    assert [e[:3] for e in events(text, index, "2025-08-03")] == [("sindhupalchok", "disaster", "2025-08-03")]


def test_a_capitalized_municipality_keeps_its_town(index):
    text = ("In Koshi Province, two people died when a landslide hit their house in Ilam Municipality-6 on Saturday "
            "night.")
    assert [(p[0], p[2]) for p in places(text, index) if p[0] == "Ilam"] == [("Ilam", "NP")]


def test_a_district_named_longer_than_its_seat_is_the_district(index):
    text = ("Seven passengers were killed and 21 others injured when a private bus carrying pilgrims skidded off the "
            "road and fell into a 150-metre-deep gorge near Kaudiyala in Tehri Garhwal district on Sunday morning, "
            "police said.")
    assert [(p[0], p[3]) for p in places(text, index)] == [("Tehri Garhwal", "admin2")]


def test_a_truck_that_hit_an_auto_rickshaw_in_an_upazila(index):
    text = ("Separately, two people were killed when a truck hit a battery-run auto-rickshaw on the Dhaka-Chattogram "
            "highway in Mirsarai upazila on Tuesday morning.")
    assert [e[1:3] for e in events(text, index, "2025-03-04")] == [("accident", "2025-03-04")]
