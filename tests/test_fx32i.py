"""Events of southern Africa as the wires and South African, Zambian and Mozambican papers report them (the
thirty-second session's fx32i check): a shooting in a township's informal settlement, an ambush on a numbered road
between two towns and the taxi owners it killed, a minibus told by its colour and make, a mine's pit that flooded."""

import readings
from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_shooting_in_a_townships_informal_settlement(index):
    text = ("JOHANNESBURG (Reuters) \u2014 On Friday, four people were shot dead in Khayelitsha's Site C informal "
            "settlement, the Western Cape police said.")
    assert [e[:3] for e in events(text, index, "2025-03-16")] == [("khayelitsha", "attack", "2025-03-14")]


def test_taxi_owners_killed_in_an_ambush_on_a_numbered_road_between_two_towns(index):
    text = ("EAST LONDON \u2014 Five people were shot dead at a taxi rank in Mthatha on Monday morning, Eastern Cape "
            "police said. The shooting came two days after two taxi owners were killed in an ambush on the R61 "
            "between Qumbu and Tsolo.")
    found = [e[:3] for e in events(text, index, "2025-07-14")]
    assert ("qumbu", "attack", "2025-07-12") in found


def test_a_minibus_told_by_its_colour_and_make_is_no_actor(index):
    text = ("EAST LONDON \u2014 Gunmen in a white Toyota Quantum opened fire on queuing commuters at a taxi rank in "
            "Mthatha on Monday, killing five people, police said.")
    found = events(text, index, "2025-07-14")
    assert [e[:2] for e in found] == [("mthatha", "attack")]
    assert found[0][3] == []


def test_miners_killed_when_a_pit_flooded_is_a_mining_accident(index):
    text = ("LUSAKA, Zambia (Reuters) \u2014 At least 22 illegal miners were killed when a disused open pit flooded "
            "and collapsed at a copper mine in Chingola in Zambia's Copperbelt province, the mines ministry said on "
            "Friday.")
    assert [e[:2] for e in events(text, index, "2025-02-14")] == [("chingola", "accident")]


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in readings.places(text, index) if p[0] == name]


def test_sowetos_orlando_east_is_no_town_in_florida(index):
    text = ("JOHANNESBURG (Reuters) \u2014 The attackers arrived in a minibus and fired indiscriminately at patrons in "
            "Orlando East at about 11 p.m., Gauteng police spokesperson Brigadier Brenda Muridili said.")
    assert _senses(text, index, "Orlando East") == [("Orlando East", "ZA", "city")]
    assert _senses(text, index, "Orlando") == []


def test_a_shootout_in_a_township_then_its_town(index):
    text = ("PORT ELIZABETH, South Africa - In a separate incident, two suspects were shot dead in a shootout with "
            "police in KwaNobuhle, Kariega, on Wednesday morning, the police said.")
    assert [e[:2] for e in events(text, index, "2025-05-14")] == [("kwanobuhle", "ground_operation")]


def test_namibias_zambezi_region_is_its_admin1(index):
    text = ("WINDHOEK - About 3,000 people have been displaced by floods in the Zambezi region after the Zambezi and "
            "Chobe rivers burst their banks, the Office of the Prime Minister said yesterday.")
    assert [sense[1:] for sense in _senses(text, index, "Zambezi region")] == [("NA", "admin1")]


def test_eswatinis_matsapha_is_a_town(index):
    text = ("Dozens of people were killed in June and July 2021 when security forces cracked down on "
            "pro-democracy protests in Mbabane, Manzini and Matsapha.")
    assert _senses(text, index, "Matsapha") == [("Matsapha", "SZ", "city")]


def test_shootings_that_have_become_common_are_no_event(index):
    text = ("Mass shootings have become common in townships such as Khayelitsha in Cape Town and Umlazi in Durban, "
            "often linked to extortion gangs and disputes between taxi associations.")
    assert events(text, index, "2025-03-16") == []


def test_fire_at_a_taverns_patrons_is_the_news_not_the_history_told_after(index):
    text = ("JOHANNESBURG (Reuters) \u2014 Gunmen opened fire at a tavern in Soweto on Saturday night, killing seven "
            "people, South African police said on Sunday.\n\n"
            "The attackers arrived in a minibus and fired indiscriminately at patrons in Orlando East at about "
            "11 p.m., Gauteng police spokesperson Brigadier Brenda Muridili said.\n\n"
            "A similar attack on a tavern in Orlando East in July 2022 killed 16 people.")
    found = [e[:3] for e in events(text, index, "2025-03-16")]
    assert ("orlando-east", "attack", "2022-07") in found
    assert len([e for e in found if e[:2] == ("orlando-east", "attack")]) == 2


def test_a_toll_ranked_among_the_nations_disasters_is_the_provinces(index):
    text = ("In April 2022, floods in KwaZulu-Natal killed more than 400 people in one of the deadliest natural "
            "disasters in the country's history.")
    doc = extract(Article(text=text, id="x", published="2025-12-10"), index=index)
    assert [(e.place, e.type, [(f.value, f.unit) for f in e.figures]) for e in doc.events] == [
        ("kwazulu-natal", "disaster", [(400.0, "people")])]


def test_a_year_between_a_toll_and_its_towns_dates_them(index):
    text = ("Malawi's economy has been hit by a shortage of foreign currency, inflation above 27% and the effects of "
            "Cyclone Freddy, which killed more than 1,000 people in 2023 in Blantyre, Mulanje and Phalombe.")
    assert [e[:3] for e in events(text, index, "2025-09-17")] == [
        ("blantyre", "disaster", "2023"), ("mulanje", "disaster", "2023"), ("phalombe", "disaster", "2023")]


def test_an_attack_in_the_niassa_special_reserve(index):
    text = ("PEMBA, Mozambique (Lusa) - Insurgents attacked a camp in the Niassa Special Reserve in northern "
            "Mozambique on Saturday, killing two rangers and forcing the evacuation of dozens of workers, the "
            "reserve's management said.")
    assert [e[:2] for e in events(text, index, "2025-10-20")] == [("niassa-special-reserve", "attack")]


def test_kwazulu_natals_midlands_is_no_english_region(index):
    text = ("DURBAN, South Africa (AFP) \u2014 The South African Weather Service issued a level 8 warning for "
            "disruptive rain for parts of KwaZulu-Natal province, including Pietermaritzburg and the Midlands.")
    assert [sense[1:] for sense in _senses(text, index, "Midlands")] == [("ZA", "region")]
    english = ("LONDON (Reuters) - Heavy rain caused flooding across the Midlands and Wales on Sunday, with "
               "Birmingham and Coventry worst hit.")
    assert [sense[1:] for sense in _senses(english, index, "Midlands")] == [("GB", "region")]
