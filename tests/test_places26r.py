"""Places from the twenty-sixth session's audit of rivers, lakes, islands, coasts and other physical
features in disaster and conflict news (floods, landslides, storms, quakes off islands, river
crossings), and the phrases that name a place's type."""

import readings
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A river named like a town far from the story's towns, and in none of their regions, is another
# river of that name, near them: no place at the town.

def test_a_river_named_like_a_distant_town_is_no_place_at_it(index):
    text = ("NELSON, New Zealand (RNZ) — The Wairoa River burst its banks near Brightwater on Friday, forcing "
            "the evacuation of about 300 homes as a state of emergency was declared across the Tasman district.\n\n"
            "Civil Defence said the Motueka River was also running high and residents of the Riwaka valley were "
            "told to leave. Several roads, including State Highway 6 near Wakefield, were closed by slips.")
    assert _senses(text, index, "Wairoa River") == []
    assert _senses(text, index, "Brightwater") == [("Brightwater", "NZ", "city")]


def test_a_river_in_another_prefecture_than_its_namesake_is_no_place_at_it(index):
    text = ("MATSUYAMA, Japan (Kyodo) — A landslide struck a house in the town of Uchiko in Ehime Prefecture, "
            "burying a man in his 80s, who was later found dead.\n\n"
            "Evacuation orders were issued to about 45,000 residents of Ozu city, where the Hiji River rose "
            "above flood stage.")
    assert _senses(text, index, "Hiji River") == []
    assert _senses(text, index, "Ozu")


def test_a_river_at_its_namesake_town_stays_the_towns(index):
    text = ("PORTO ALEGRE, Brazil (Reuters) — The Taquari River burst its banks on Friday, flooding parts of the "
            "towns of Lajeado, Estrela and Encantado in Rio Grande do Sul state.")
    assert _senses(text, index, "Taquari River") == [("Taquari", "BR", "city")]


# 2. Places of a kind listed by name after "the" ("the districts of Ate, Comas and Villa El Salvador") are where
# the sentence's event happened; not where those who acted come from or what a party rules.

def test_districts_listed_by_name_are_the_events_places(index):
    text = ("LIMA, Peru (AFP) \u2014 Thousands of transport workers blocked roads in the districts of Ate, Comas and "
            "Villa El Salvador on Monday, protesting a wave of extortion killings of bus drivers, as police fired "
            "tear gas to clear the Panamericana Sur highway.")
    found = {(e[0], e[1], e[2]) for e in readings.events(text, index, "2025-10-06")}
    assert {("ate", "protest", "2025-10-06"), ("comas", "protest", "2025-10-06"),
            ("villa-el-salvador", "protest", "2025-10-06")} <= found


def test_neighborhoods_listed_after_an_unknown_one_are_the_events_places(index):
    text = ("PORT-AU-PRINCE, Haiti (AP) \u2014 Armed gangs attacked the neighborhoods of Solino and Delmas on "
            "Saturday, killing at least six people and setting homes ablaze.")
    found = {(e[0], e[1]) for e in readings.events(text, index, "2025-04-05")}
    assert ("delmas", "attack") in found


def test_towns_listed_by_name_are_the_floods_places(index):
    text = ("PORTO ALEGRE, Brazil (Reuters) \u2014 The Taquari River burst its banks on Friday, flooding parts of "
            "the towns of Lajeado, Estrela and Encantado in Rio Grande do Sul state, civil defense officials said.")
    found = {(e[0], e[1]) for e in readings.events(text, index, "2025-06-21")}
    assert {("lajeado", "disaster"), ("estrela", "disaster"), ("encantado", "disaster")} <= found


def test_towns_the_actors_come_from_are_not_the_events_places(index):
    text = ("The protesters, from the towns of Ubari and Ghat in the Fezzan region, demand jobs and better "
            "services. The CHP, which controls the municipalities of Istanbul, Ankara and Izmir, said the law "
            "would allow prosecutors to remove elected officials more easily.")
    places = {e[0] for e in readings.events(text, index, "2025-03-01")}
    assert not places & {"ubari", "ghat", "istanbul", "ankara", "izmir"}


# 3. A place that gangs attacked, named, is an attack's place; a landmark in an apposition to it, where it lies, is
# no place of the attack.

def test_a_place_gangs_attacked_is_an_attacks_place_and_its_landmark_none(index):
    text = ("PORT-AU-PRINCE, Haiti (AP) \u2014 On Monday gangs attacked Kenscoff, a hillside community above the "
            "wealthier suburb of Pétion-Ville, forcing hundreds of families to flee.")
    found = [(e[0], e[1]) for e in readings.events(text, index, "2025-04-05")]
    assert found == [("kenscoff", "attack")]


def test_a_town_in_an_apposition_of_a_town_is_its_landmark(index):
    text = ('"The trees are full. Now we just need a mild autumn," said a grower in Martos, a town south-west of the '
            'city of Jaén that calls itself the world capital of olive oil.')
    assert "jaen" not in {e[0] for e in readings.events(text, index, "2025-10-01")}


# 4. A country's island named by its rank after the country's possessive is where what happened off its coast
# happened.

def test_a_quake_off_a_countrys_main_island_is_the_islands(index):
    text = ("PORT VILA, Vanuatu (AP) \u2014 A powerful magnitude 7.3 earthquake struck off the coast of Vanuatu's main "
            "island Efate on Tuesday, killing at least 14 people and bringing down buildings in the capital, Port "
            "Vila, officials said.")
    found = {(e[0], e[1], e[2]) for e in readings.events(text, index, "2025-03-18")}
    assert ("efate", "disaster", "2025-03-18") in found


# 5. The parts of a region that "including" names after it are where the sentence's event happened.

def test_districts_a_region_includes_are_the_floods_places(index):
    text = ("PESHAWAR, Pakistan (Dawn) \u2014 Flash floods swept through the Swat valley on Friday, killing 22 people."
            "\n\nHeavy rain also triggered floods in other districts of Khyber Pakhtunkhwa, including Buner and "
            "Shangla, where a landslide destroyed six houses.")
    found = {(e[0], e[1]) for e in readings.events(text, index, "2025-06-27")}
    assert {("buner", "disaster"), ("shangla", "disaster")} <= found


# 6. A body whose official tells of an event is no actor of it.

def test_a_body_whose_official_tells_of_the_attack_is_no_actor(index):
    text = ("PORT-AU-PRINCE, Haiti (AP) \u2014 Armed gangs attacked the neighborhoods of Solino and Delmas on Saturday, "
            "killing at least six people and setting homes ablaze, a United Nations official said.")
    found = [(e[0], e[1], e[3]) for e in readings.events(text, index, "2025-04-05")]
    assert found == [("delmas", "attack", [])]


# 7. A road or a mountain by its name is no party to what happened on it.

def test_a_highway_and_a_road_by_their_names_are_no_actors(index):
    text = ("LIMA, Peru (AFP) \u2014 Thousands of transport workers blocked roads in the districts of Ate, Comas and "
            "Villa El Salvador on Monday, as police fired tear gas to clear the Panamericana Sur highway.\n\n"
            '"We go out to work and we don\'t know if we will come back," said driver Julio Ccori at a blockade on '
            "the Carretera Central in Ate.")
    actors = {a for e in readings.events(text, index, "2025-10-06") for a in e[3]}
    assert not actors & {"Panamericana Sur", "Carretera Central"}


def test_a_mountain_by_its_name_is_no_actor(index):
    text = ("Landslide buries Papua New Guinea village in Enga highlands\n\n"
            "PORT MORESBY, Papua New Guinea (ABC) \u2014 A landslide buried part of the village of Yambali in the Enga "
            "province highlands early on Friday, killing at least 20 people, local officials said.\n\n"
            "The slide came down from Mount Mungalo onto homes beside the Lai River, cutting the highway between "
            "Wabag and Porgera, provincial administrator Sandis Tsaka said.\n\n"
            "A landslide in the same area in May 2024 killed an estimated 670 people, according to the United Nations.")
    actors = {a for e in readings.events(text, index, "2025-05-23") for a in e[3]}
    assert "Mount Mungalo" not in actors
