"""Statements that are really other events, or no events at all, as wire copy full of attributions tells them
(the twenty-fifth session's fx25s check): fires that killed, told years later beside this summer's."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_fires_that_swept_a_town_and_killed_are_a_disaster(index):
    text = ("LISBON, Portugal (AP) \u2014 Portuguese firefighters battled three large wildfires in the centre of the "
            "country on Wednesday. Memories remain raw in the region: in 2017, fires in Pedrogao Grande and "
            "surrounding areas killed 66 people. In neighbouring Greece, a fire at the seaside town of Mati killed "
            "104 people in 2018.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-08-13")}
    types = {type_id for place, type_id in found if place in ("pedrogao-grande", "mati")}
    assert types == {"disaster"}


def test_a_forecast_of_temperatures_in_named_cities_is_no_statement_there(index):
    text = ("MADRID (Reuters) - Spain's state weather agency AEMET said temperatures in Seville and Cordoba could "
            "reach 46 C on Monday.")
    assert [e for e in events(text, index, "2025-06-29") if e[0] in ("sevilla", "cordoba")] == []


def test_a_deadly_protests_dead_placed_as_said_are_the_protests(index):
    text = ("NAIROBI, Kenya (Reuters) - At least 31 people were killed during anti-government protests across Kenya "
            "on Monday, the Kenya National Commission on Human Rights said on Tuesday.\n\n"
            "Most of the deaths were in Nairobi, Nakuru and Nyeri, the rights group said.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-08")}
    assert {("nakuru", "protest"), ("nyeri", "protest")} <= found
    assert not {place for place, type_id in found if type_id == "statement"}


def test_where_those_spoken_of_are_accused_of_looting_is_no_statement(index):
    text = ("NAIROBI, Kenya (Reuters) - Interior Minister Kipchumba Murkomen said 52 police officers were injured. "
            "He said hundreds of people accused of looting shops in Thika and Matuu would be prosecuted.")
    assert [e for e in events(text, index, "2025-07-08") if e[0] in ("thika", "matuu")] == []


def test_an_attack_the_army_says_it_repelled_is_a_battle(index):
    text = ("KHARTOUM, Sudan (AP) \u2014 The army said in a statement that it had repelled an RSF attack on El Fasher, "
            "the capital of North Darfur.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-15")}
    assert {type_id for place, type_id in found if place == "el-fasher"} == {"ground_operation"}


def test_a_decades_toll_of_protests_is_no_event(index):
    text = ("LIMA, Peru (Reuters) - Interior Minister Carlos Malaver said the government would send a delegation. "
            "Protests against mining have killed dozens of people in Peru's southern Andes in the past decade.")
    assert [e for e in events(text, index, "2025-06-14") if e[0] == "andes"] == []


def test_drones_and_missiles_launched_across_a_country_are_a_strike(index):
    text = ("KYIV, Ukraine (AP) \u2014 Russia launched 440 drones and 32 missiles across Ukraine overnight, the "
            "Ukrainian air force said on Sunday.")
    assert [e[1] for e in events(text, index, "2025-07-06") if e[0] == "ukraine"] == ["strike"]


def test_a_bus_that_overturned_with_its_passengers_is_an_accident(index):
    text = ("BUCHAREST, Romania (AFP) - Three people died on Sunday when a bus carrying Hungarian tourists overturned "
            "near Huedin, in Cluj county, officials said.")
    assert [e[1] for e in events(text, index, "2025-08-17") if e[0] == "huedin"] == ["accident"]


def test_a_fire_at_a_factory_that_killed_is_an_accident(index):
    text = ("DHAKA, Bangladesh (AP) \u2014 A fire at a garment factory in Dhaka killed 10 people on Tuesday, fire "
            "officials said.")
    assert {e[1] for e in events(text, index, "2025-10-14") if e[0] == "dhaka"} == {"accident"}


def test_deaths_linked_to_the_heat_are_a_disaster(index):
    text = ("MADRID (Reuters) - The health ministry said 15 deaths in Andalusia had been linked to the heat so far "
            "this month.")
    assert {e[1] for e in events(text, index, "2025-06-29") if e[0] == "andalusia"} == {"disaster"}


def test_cities_a_forecast_speaks_of_have_no_heatwave_yet(index):
    text = ("MADRID (Reuters) - Spain's state weather agency AEMET said temperatures in Seville and Cordoba could "
            "reach 46 C on Monday, as the country's second heatwave of the summer takes hold.")
    assert [e for e in events(text, index, "2025-06-29") if e[0] in ("sevilla", "cordoba")] == []


def test_a_deadly_protests_dead_placed_as_said_take_the_leads_day(index):
    text = ("NAIROBI, Kenya (Reuters) - At least 31 people were killed during anti-government protests across Kenya "
            "on Monday, the Kenya National Commission on Human Rights said on Tuesday.\n\n"
            "Most of the deaths were in Nairobi, Nakuru and Nyeri, the rights group said.")
    assert {e[2] for e in events(text, index, "2025-07-08") if e[0] in ("nakuru", "nyeri")} == {"2025-07-07"}


def test_where_the_firefighters_who_said_it_sit_is_no_place_of_the_blaze(index):
    text = ("MADRID (Reuters) - Firefighters in Tarragona said on Sunday they had brought under control a blaze that "
            "burned 3,000 hectares near the town of Pa\u00fcls, where a firefighter died last week.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-06-29")}
    assert not {type_id for place, type_id in found if place == "tarragona"} and len(found) == 1
