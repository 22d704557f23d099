"""Events that are not news (the twenty-sixth session's fx26n check): background, victims' origins, habits,
warnings and tallies, as the wires and national papers tell them around the news; none of them is an event
at the places they name."""

import readings
from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    return readings.events(text, index, published)


def test_where_the_victims_came_from_and_what_they_had_visited_is_no_statement(index):
    text = ("Most of the passengers were from Maharashtra state in western India and had visited the Muktinath "
            "temple in Mustang district, officials said.")
    assert events(text, index, "2025-08-22") == []


def test_a_weather_warning_told_with_its_day_is_no_statement(index):
    text = ("NiMet had warned last week of heavy rainfall in Niger, Kwara, Kogi and Benue states, and the "
            "hydrological agency said the Niger and Benue rivers could rise further in the coming days.")
    assert events(text, index, "2025-06-09") == []


def test_aftershocks_warned_of_are_no_disaster(index):
    text = ("The agency warned that aftershocks were likely and said residents of Miyazaki and Kochi should remain "
            "cautious for a week.")
    assert [e[1] for e in events(text, index, "2025-01-13")] == []


def test_a_dam_burst_that_killed_is_a_disaster_not_an_attack(index):
    text = "Last year, a dam burst near Mai Mahiu killed more than 60 people."
    assert [e[1:3] for e in events(text, index, "2025-04-30")] == [("disaster", "2024")]


def test_a_tallys_parts_keep_their_counts_and_take_no_date_from_its_start(index):
    text = ("The National Disaster Management Authority said 212 people had died in rain-related incidents since "
            "June 26, including 87 in Punjab and 61 in Khyber Pakhtunkhwa.")
    doc = extract(Article(text=text, id="x", published="2025-07-17"), index=index)
    names = {p.id: p.name for p in doc.places}
    found = {names[e.place]: [(f.value, f.unit) for f in e.figures] for e in doc.events}
    assert found == {"Punjab": [(87, "dead")], "Khyber Pakhtunkhwa": [(61, "dead")]}
    assert [e.date for e in doc.events] == [None, None]


def test_a_tally_since_a_month_is_not_that_months_flood(index):
    text = ("The Interior Ministry said 48 people had died in floods across the country since March, including "
            "12 in Nairobi.")
    assert [e[1:3] for e in events(text, index, "2025-04-30")] == [("disaster", None)]


def test_a_province_named_by_a_country_of_several_words_is_the_disasters_place(index):
    text = ("A landslide buried at least 20 homes in a remote village in Papua New Guinea's Enga province on Sunday, "
            "and at least eight people were confirmed dead, provincial officials said.")
    assert [e[1:3] for e in events(text, index, "2025-08-10")] == [("disaster", "2025-08-10")]


def test_what_has_been_done_again_and_again_is_no_event_of_a_day(index):
    assert events("Russia has repeatedly targeted Odessa's port infrastructure.", index, "2025-07-15") == []
    text = "Israel has repeatedly bombed Hodeida, Salif and power stations around Sanaa."
    assert events(text, index, "2025-07-15") == []


def test_a_day_told_with_the_repeated_action_is_its_news(index):
    text = "Russia has repeatedly shelled Kherson, most recently on Sunday, when two people were killed."
    assert [e[:3] for e in events(text, index, "2025-06-09")] == [("kherson", "shelling", "2025-06-08")]


def test_land_under_water_is_the_flood_not_a_statement(index):
    text = ("Large parts of the Kaziranga National Park were under water, and forest officials said several rhinos "
            "and deer had moved to higher ground in the Karbi Anglong hills.")
    found = events(text, index, "2025-07-08")
    assert ("kaziranga", "disaster") in [e[:2] for e in found]
    assert "statement" not in [e[1] for e in found]


def test_a_phone_line_inundated_with_calls_is_no_flood(index):
    text = "The council's helpline in Lismore was inundated with calls, officials said."
    assert "disaster" not in [e[1] for e in events(text, index, "2025-07-08")]


def test_where_animals_moved_to_higher_ground_is_no_flood(index):
    text = ("Large parts of the Kaziranga National Park were under water, and forest officials said several rhinos "
            "and deer had moved to higher ground in the Karbi Anglong hills.")
    assert [e[:2] for e in events(text, index, "2025-07-08")] == [("kaziranga", "disaster")]


def test_a_roads_ends_are_no_statements_place(index):
    text = ("PORT MORESBY, Papua New Guinea (AP) \u2014 A landslide buried at least 20 homes in a remote village in "
            "Papua New Guinea's Enga province on Sunday, and at least eight people were confirmed dead, provincial "
            "officials said.\n\nThe slide came down from Mount Mungalo onto homes beside the Lai River, cutting the "
            "highway between Wabag and Porgera, provincial administrator Sandis Tsaka said.\n\nRescuers were digging "
            "with shovels and bare hands because heavy machinery could not reach the site.\n\nIn May 2024, a huge "
            "landslide struck Yambali village in the same province, burying hundreds of people.")
    assert "wabag" not in [e[0] for e in events(text, index, "2025-08-10")]


def test_where_a_train_was_carrying_its_load_is_no_statement(index):
    text = ("The train, carrying iron ore from Vares to the port of Ploce in Croatia, left the tracks in a tunnel, "
            "spokesman Edin Hodzic said.")
    assert events(text, index, "2025-03-12") == []


def test_what_a_season_brings_every_year_is_no_source_of_the_days_flood(index):
    text = ("GUWAHATI, India (PTI) - Floods in Assam have affected more than 600,000 people in 19 districts, "
            "officials said on Tuesday.\n\nAssam is hit by floods every monsoon.")
    doc = extract(Article(text=text, id="x", published="2025-07-08"), index=index)
    assert [len(e.sources) for e in doc.events] == [1]


def test_a_routes_total_is_not_the_count_of_the_place_of_its_part(index):
    text = ("So far this year, more than 1,200 migrants have died or gone missing on the central Mediterranean "
            "route, according to IOM figures, including 300 off Libya.")
    doc = extract(Article(text=text, id="x", published="2025-09-14"), index=index)
    assert [[(f.value, f.unit) for f in e.figures] for e in doc.events] == [[(300, "dead")]]


def test_a_suicide_bombers_killing_of_policemen_is_an_attack(index):
    text = ("A suicide bomber rammed an explosives-laden vehicle into a police post in Bannu district in northwest "
            "Pakistan on Tuesday, killing nine policemen, officials said.")
    assert [e[:3] for e in events(text, index, "2025-09-16")] == [("bannu-district", "attack", "2025-09-16")]


def test_a_siege_kept_since_a_month_is_the_setting_not_an_event(index):
    text = "The RSF has besieged El Fasher, the last major city in Darfur held by the army, since May 2024."
    assert events(text, index, "2025-06-21") == []


def test_news_in_a_town_held_since_a_month_is_still_news(index):
    text = ("In Goma, which M23 has controlled since January, residents reported night-time abductions in the "
            "Katindo and Majengo neighbourhoods.")
    assert events(text, index, "2025-06-21") != []
