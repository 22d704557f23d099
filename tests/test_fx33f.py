"""Urban fires and building disasters as the wires and city papers report them (the thirty-third session's fx33f
check): a fire told as the one that did it in a toll's update, a fire in a side of a city told in lower case, a
storey of a building that collapsed; an eatery named after a town elsewhere, and the suburbs of Mumbai and Karachi
the gazetteer lacked."""

import readings
from readings import places

from geomap.pipeline import geoparse
from geomap.taxonomy import classify


def events(text, index, published):
    return readings.events(text, index, published)


def test_the_fire_that_tore_through_an_estate_is_the_accident(index):
    text = ("The death toll from the fire that tore through the Wang Fuk Court housing estate in Hong Kong's Tai Po "
            "district rose to 146 on Sunday, police said.")
    found = [e[:2] for e in events(text, index, "2025-11-30")]
    assert found == [("tai-po-district", "accident")]


def test_a_fire_in_a_side_of_a_city_that_killed_is_the_accident(index):
    text = ("LONDON (PA) - Work to dismantle Grenfell Tower will begin in September, the government said on "
            "Saturday, as bereaved families marked eight years since the fire in west London that killed 72 people.")
    found = [e[:2] for e in events(text, index, "2025-06-14")]
    assert found == [("london", "accident")]


def test_the_upper_floor_of_a_restaurant_that_collapsed_is_the_accident(index):
    text = ("PALMA, Spain (AP) \u2014 Four people were killed and 16 injured when the upper floor of a beach "
            "restaurant collapsed in the Playa de Palma area of Mallorca, Spanish authorities said Friday.")
    found = [(e[1], e[3]) for e in events(text, index, "2024-05-24")]
    assert found == [("accident", [])]


def test_a_headlines_fire_that_the_lead_tells_as_a_wildfire_is_the_wildfires(index):
    text = ("What drove the fire that killed 60 around Vi\u00f1a del Mar\n\n"
            "SANTIAGO, Feb 20 (Reuters) - The wildfire that killed 60 people in the hills around Vi\u00f1a del Mar "
            "this month spread faster than any fire in Chile's recorded history, according to a study released on "
            "Tuesday by the University of Chile.")
    found = {e[1] for e in events(text, index, "2024-02-20")}
    assert found == {"disaster"}


def test_an_eatery_named_after_a_town_elsewhere_is_no_place(index):
    text = ("BEIJING (Reuters) - A gas explosion at a barbecue restaurant in the northwestern Chinese city of Yinchuan "
            "killed 31 people on Wednesday night. The blast at the Fuyang Barbecue restaurant on a busy street in the "
            "Xingqing district was caused by a leak of liquefied petroleum gas, Xinhua news agency said.")
    assert "Fuyang" not in [p[0] for p in places(text, index)]


def test_a_suburb_of_mumbai_is_no_town_of_its_name_elsewhere(index):
    text = ("MUMBAI: Three people died and two others were injured after a fire broke out in a 23-storey residential "
            "tower in Goregaon West on Sunday morning, officials said.")
    found = [(r.entry.name, round(r.entry.lat), round(r.entry.lon)) for r in geoparse(text, index=index)
             if r.entry is not None and r.candidate.text.startswith("Goregaon")]
    assert found == [("Goregaon", 19, 73)]
    found = [e[:2] for e in events(text, index, "2025-01-12")]
    assert found == [("goregaon", "accident")]


def test_an_industrial_area_of_karachi_is_the_place_not_an_actor(index):
    text = ("KARACHI: Five workers were killed and seven others injured when a fire broke out in a garment warehouse "
            "in Karachi's Korangi Industrial Area on Monday, rescue officials said.")
    found = [(e[0], e[1], e[3]) for e in events(text, index, "2025-02-10")]
    assert found == [("korangi", "accident", [])]


def test_a_fire_opening_the_lead_with_its_day_between_is_the_accident(index):
    text = ("KANO, Nigeria \u2014 Fire on Sunday destroyed more than 300 shops at the Kantin Kwari textile market in "
            "Kano, the commercial capital of Nigeria's north, traders and officials said.")
    found = [e[:3] for e in events(text, index, "2025-03-10")]
    assert found == [("kano", "accident", "2025-03-09")]


def test_a_fire_told_by_its_times_possessive_is_the_accident():
    sentence = ("Prosecutors in the Swiss canton of Valais on Saturday opened criminal proceedings against the two "
                "managers of a bar in the ski resort of Crans-Montana where a New Year's fire killed 40 people.")
    assert classify(sentence) == "accident"
