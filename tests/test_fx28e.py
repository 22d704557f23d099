"""Europe's domestic news as the wires and national papers report it in 2025 (the twenty-eighth session's
fx28e check): strikes and blockades, riots, train accidents, floods and wildfires, migrant boats, raids."""

import readings
from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_walkout_is_a_protest(index):
    text = ("BARCELONA (Reuters) - Train drivers in Catalonia went on strike on Monday, halting most commuter "
            "services around Barcelona and leaving hundreds of thousands of people without transport, the state "
            "rail operator Renfe said.")
    assert [e[1:3] for e in events(text, index, "2025-10-27")] == [("protest", "2025-10-27")]


def test_a_palace_named_in_catalan_is_no_country(index):
    text = ('Protesters carried mud-stained photographs of victims and chanted "Mazón, resign!" outside the Palau de '
            "la Generalitat.")
    assert "Palau" not in readings.names(text, index)


def test_a_square_named_after_a_country_is_the_square(index):
    text = ("Police used water cannon and tear gas to disperse demonstrators near the Place du Luxembourg.")
    assert readings.names(text, index) == []


def test_a_square_named_after_a_month_is_the_square_not_county_mayo(index):
    text = ("Tens of thousands of people marched down Avenida de Mayo to the Plaza de Mayo, outside the Casa Rosada "
            "presidential palace.")
    assert [(p[0], p[2]) for p in readings.places(text, index)] == [("Plaza de Mayo", "AR")]


def test_migrants_who_died_when_their_boat_got_into_difficulty_crossing(index):
    text = ("CALAIS, France (Reuters) - Four migrants died on Thursday when an overcrowded inflatable boat got into "
            "difficulty while trying to cross the English Channel to Britain, French authorities said.")
    assert [e[1:3] for e in events(text, index, "2025-08-14")] == [("accident", "2025-08-14")]


def test_missiles_a_crowd_hurled_at_the_police_are_a_riot(index):
    text = ("BRUSSELS (AP) \u2014 Farmers hurled eggs and firecrackers at police in Brussels on Thursday and set bales "
            "of straw on fire outside the European Parliament as EU leaders met to discuss the bloc's budget.")
    assert [e[:3] for e in events(text, index, "2025-12-18")] == [("brussels", "riot", "2025-12-18")]


def test_youths_who_threw_fireworks_at_police_riot_not_attack(index):
    text = ("Youths set fire to cars and bins and threw fireworks at police in Aulnay-sous-Bois, Sevran and "
            "Clichy-sous-Bois, the Paris police prefecture said.")
    assert {e[1] for e in events(text, index, "2025-05-11")} == {"riot"}


def test_the_irish_weather_service_meets_no_one(index):
    text = ("Met \u00c9ireann said a gust of 183 km/h was recorded at Mace Head in County Galway, the strongest wind "
            "speed ever measured in the country.")
    assert "talks" not in {e[1] for e in events(text, index, "2025-01-24")}


def test_a_station_canopy_that_collapsed_is_an_accident_on_its_day(index):
    text = ("The movement began after the concrete canopy at the railway station in Novi Sad collapsed on Nov. 1, "
            "2024, killing 16 people.")
    assert [e[:3] for e in events(text, index, "2025-06-28")] == [("novi-sad", "accident", "2024-11-01")]


def test_a_train_that_came_off_the_rails_is_an_accident(index):
    text = ("The double-decker train, operated by Deutsche Bahn, was travelling from Garmisch-Partenkirchen to Munich "
            "when it came off the rails near the village of Farchant shortly after 6 p.m., a police spokesperson in "
            "Rosenheim said.")
    assert [e[:2] for e in events(text, index, "2025-07-10")] == [("farchant", "accident")]


def test_disorder_that_spread_on_a_day_to_a_town_is_a_riot_there(index):
    text = ("Disorder spread on Tuesday to Larne, where a leisure centre used to shelter displaced families was set on "
            "fire, and to Portadown and Coleraine.")
    assert [e[:3] for e in events(text, index, "2025-06-11")][:1] == [("larne", "riot", "2025-06-10")]


def test_the_river_a_blocked_bridge_spans_is_no_protests_place(index):
    text = ("Smaller rallies were held in Kragujevac, Novi Sad and \u010ca\u010dak. In Novi Sad, protesters briefly "
            "blocked the Liberty Bridge over the Danube.")
    assert "danube" not in {e[0] for e in events(text, index, "2025-06-28")}


def test_arrests_made_are_counted_as_the_arrested(index):
    text = "Police in Ballymena made 15 arrests on Wednesday after a third night of rioting."
    doc = extract(Article(text=text, id="x", published="2025-06-11"), index=index)
    assert [(f.value, f.unit) for e in doc.events if e.type == "arrest" for f in e.figures] == [(15, "arrested")]


def test_what_protests_are_over_is_not_where_they_are(index):
    text = "French farmers block motorways around Paris as protests over EU trade deal spread"
    assert "european-union" not in {e[0] for e in events(text, index, "2025-02-03")}


def test_forests_placed_by_their_bearing_from_a_city_place_the_wildfire(index):
    text = ("ATHENS, Greece (AP) \u2014 A wildfire fanned by strong winds tore through pine forests northeast of Athens "
            "on Monday, forcing the evacuation of several villages and a monastery as hundreds of firefighters "
            "battled the flames, authorities said.")
    assert [e[:3] for e in events(text, index, "2025-08-11")] == [("athens", "disaster", "2025-08-11")]


def test_the_fire_named_again_is_the_leads_wildfire_on_its_day(index):
    text = ("ATHENS, Greece (AP) \u2014 A wildfire fanned by strong winds tore through pine forests northeast of Athens "
            "on Monday, forcing the evacuation of several villages, authorities said.\n\n"
            "The fire broke out near the village of Varnavas, about 35 kilometres (22 miles) from the capital.")
    found = [e[:3] for e in events(text, index, "2025-08-11")]
    assert ("varnavas", "disaster", "2025-08-11") in found and "accident" not in {e[1] for e in found}


def test_clashes_in_several_towns_of_a_department_are_a_riot_there(index):
    text = ("BOBIGNY, France (AFP) - Clashes broke out overnight in several towns of Seine-Saint-Denis, north of "
            "Paris, after a 17-year-old boy died when his scooter crashed during a police chase, authorities said on "
            "Sunday.")
    assert [e[:2] for e in events(text, index, "2025-05-11")] == [("seine-saint-denis", "riot")]


def test_the_death_that_set_off_a_riot_is_no_toll_of_it(index):
    text = ("BOBIGNY, France (AFP) - Clashes broke out overnight in several towns of Seine-Saint-Denis, north of "
            "Paris, after a 17-year-old boy died when his scooter crashed during a police chase, authorities said on "
            "Sunday.")
    doc = extract(Article(text=text, id="x", published="2025-05-11"), index=index)
    assert [(e.type, e.figures) for e in doc.events] == [("riot", [])]
