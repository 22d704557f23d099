"""Events of East and Southern Africa's news beyond war (the twenty-seventh session's fx27e check): elections
and protests, floods, cyclones and earthquakes, cholera, crime and policing, wildlife and mining in Kenya,
Tanzania, Uganda, Ethiopia, Mozambique, Malawi, Zambia, Zimbabwe, South Africa and Madagascar, as the wires
and the Nation, the Citizen, News24, Daily Maverick and the Herald write them."""

import readings
from geomap.pipeline import geoparse


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_lead_told_again_by_two_of_the_next_sentences_events(index):
    text = ("ADDIS ABABA, Ethiopia (AP) \u2014 Ethiopian authorities have evacuated more than 80,000 people from "
            "areas around the Fentale volcano in the Afar and Oromia regions after a series of earthquakes, "
            "officials said Monday.\n\nA magnitude 5.8 earthquake struck near the town of Awash in Afar on "
            "Saturday, the strongest in a sequence of tremors that began in late December, according to the U.S. "
            "Geological Survey.")
    found = [e[:3] for e in events(text, index, "2025-01-06")]
    assert ("awash", "disaster", "2025-01-04") in found


def test_a_police_station_torched_in_the_passive_is_an_attack_there(index):
    text = ("In Matuu, Machakos County, shops were looted and a police station was torched on Wednesday afternoon, "
            "local media reported.")
    assert [e[:3] for e in events(text, index, "2025-06-25")] == [("matuu", "attack", "2025-06-25")]


def test_trucks_torched_near_a_border_town_are_no_statement(index):
    text = ("The South African border post at Lebombo was closed on Tuesday as trucks were torched near Ressano "
            "Garcia, South Africa's border management authority said.")
    assert [e[:2] for e in events(text, index, "2024-12-24")] == [("ressano-garcia", "attack")]


def test_a_police_post_set_on_fire_is_a_riot(index):
    # (fx33o: youths who burn a police post are a violent crowd, a riot as protesters' burning is, not an attack)
    text = "In Nyeri, a group of youths set fire to a police post, a Reuters witness said."
    assert [e[:2] for e in events(text, index, "2025-06-25")] == [("nyeri", "riot")]


def test_a_cape_town_township_is_no_province_of_gabon(index):
    text = ("Five people were shot dead and three others wounded at a taxi rank in Nyanga, Cape Town, on Tuesday "
            "morning in what police believe is the latest flare-up of violence between rival taxi associations.")
    found = [(e[0], e[1]) for e in events(text, index, "2025-03-11")]
    assert ("nyanga", "attack") in found
    assert readings.places(text, index)[0][1:4] == ("Nyanga", "ZA", "city")


def test_a_lusaka_township_is_no_town_of_dr_congo(index):
    text = ("Health Minister Elijah Muchima said 1,270 cases had been recorded in Lusaka since October, with the "
            "densely populated townships of Kanyama, Chawama and Matero worst affected.")
    assert ("Kanyama", "Kanyama", "ZM") in [p[:3] for p in readings.places(text, index)]


def test_durban_townships_where_the_displaced_shelter(index):
    text = ("More than 600 people have been displaced in eThekwini, KwaZulu-Natal, and are sheltering in community "
            "halls in Umlazi, KwaMashu and Chatsworth, the department said.")
    found = {r.candidate.text: (r.entry.name, r.entry.admin1) for r in geoparse(text, index=index)
             if r.entry is not None and not r.doubtful}
    assert found["Umlazi"] == ("Umlazi", "ZA.NL") and found["KwaMashu"] == ("KwaMashu", "ZA.NL")
    assert found["Chatsworth"] == ("Chatsworth", "ZA.NL")


def test_a_province_of_compass_words_after_its_town_is_a_place(index):
    text = ("Rescuers have brought 78 bodies and 246 survivors to the surface from an abandoned gold mine in "
            "Stilfontein, North West, police said on Thursday, ending a months-long standoff with illegal miners.")
    assert ("North West", "North West", "ZA", "admin1") in [p[:4] for p in readings.places(text, index)]


def test_a_compass_region_after_a_region_is_still_no_place(index):
    text = "The Nigerian army said it killed 20 bandits in Zamfara, North West, on Friday."
    assert "North West" not in readings.names(text, index)


def test_a_taxi_ambush_is_an_attack_not_a_ground_operation(index):
    text = ("In KwaZulu-Natal, four people were killed in a taxi ambush on the N2 near Umlazi, south of Durban, on "
            "Sunday, police said.")
    assert [e[:3] for e in events(text, index, "2025-03-11")] == [("umlazi", "attack", "2025-03-09")]


def test_a_veteran_of_a_nation_is_no_actor(index):
    text = ("KAMPALA, Uganda (AFP) \u2014 Veteran Ugandan opposition leader Kizza Besigye appeared before a military "
            "court in Kampala on Wednesday, days after his wife said he was kidnapped in neighbouring Kenya.")
    found = events(text, index, "2024-11-20")
    assert found and not any("Veteran Ugandan" in e[3] for e in found)


def test_a_township_then_its_metropolis_is_one_event_at_the_township(index):
    text = ("Five people were shot dead and three others wounded at a taxi rank in Nyanga, Cape Town, on Tuesday "
            "morning in what police believe is the latest flare-up of violence between rival taxi associations.")
    assert [e[:3] for e in events(text, index, "2025-03-11")] == [("nyanga", "attack", "2025-03-11")]


def test_a_province_of_compass_words_listed_after_another_of_its_country(index):
    text = "Since then, more than 13,000 people have been arrested in Gauteng, the North West and the Free State."
    assert ("North West", "North West", "ZA", "admin1") in [p[:4] for p in readings.places(text, index)]
    assert not any("North West" in e[3] for e in events(text, index, "2025-01-16"))
