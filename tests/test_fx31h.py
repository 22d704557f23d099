"""Drought, famine, food prices and agriculture as the wires and national papers report them (the
thirty-first session's fx31h check): a place named before its hazard in a headline, a country that
declared its own disaster, a famine told as occurring and projected to spread, failed rains, a
herd's dead, a toll told before an adverb's "since", livestock counted by the head."""

from geomap.events import find_figures

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_place_named_before_its_drought_in_a_headline(index):
    found = events("Somalia drought pushes 4.4 million into crisis hunger", index, "2025-10-10")
    assert [e[:2] for e in found] == [("somalia", "disaster")]
    # ... but not a country that floods something, nor a river's flood, whose towns are the places
    assert events("Israel floods Lebanese farmlands, destroys crops .", index, None) == []
    found = events("Yangtze floods force 200,000 from homes in Hubei, Jiangxi", index, None)
    assert {e[0] for e in found} == {"hubei", "jiangxi"}


def test_a_country_that_declared_a_national_disaster_after_a_drought(index):
    text = ("LUSAKA, Zambia (AFP) - Zambia declared a national disaster on Thursday after a drought destroyed about "
            "one million of the 2.2 million hectares planted with maize, President Hakainde Hichilema said.")
    found = events(text, index, "2025-02-27")
    assert [e[:3] for e in found] == [("zambia", "disaster", "2025-02-27")]


def test_a_region_that_declared_a_drought_emergency(index):
    text = ("BARCELONA, Spain (AP) \u2014 Catalonia declared a drought emergency Thursday for Barcelona and 200 "
            "surrounding towns, restricting water for farms and industry, as reservoirs fell to 16% of capacity.")
    found = events(text, index, "2025-02-06")
    assert ("catalonia", "disaster", "2025-02-06") in [e[:3] for e in found]


def test_a_famine_occurring_not_where_it_is_projected_to_spread_nor_by_when(index):
    text = ("GENEVA (AFP) \u2014 Famine is occurring in Gaza City and is projected to spread to Deir al-Balah and "
            "Khan Younis by the end of September, the Integrated Food Security Phase Classification said on Friday.")
    found = events(text, index, "2025-08-22")
    assert [e[1:3] for e in found] == [("disaster", "2025-08-22")]
    assert found[0][0] in {"gaza", "gaza-strip"}


def test_famine_conditions_confirmed_and_a_famine_confirmed_in_a_headline(index):
    from geomap.taxonomy import classify
    assert classify("The committee said famine conditions were confirmed in Um Kadada and Melit localities.") \
        == "disaster"
    assert classify("Gaza famine: IPC confirms famine in Gaza City") == "disaster"


def test_failed_rains_are_a_drought(index):
    from geomap.taxonomy import classify
    assert classify("About 4.4 million Somalis face crisis levels of hunger or worse after failed rains in the Gu "
                    "season.") == "disaster"
    assert events("Forecasters warn of failed rains across the Horn of Africa", index, None) == []


def test_a_herders_dead_camels_are_no_drought_where_she_shelters(index):
    text = ("Somalia drought pushes 4.4 million into crisis hunger\n\n"
            "MOGADISHU, Somalia (AP) \u2014 About 4.4 million Somalis face crisis levels of hunger or worse after "
            "failed rains in the Gu season, the United Nations said Friday.\n\n"
            "\"We walked for five days from Dinsoor. Our last camels died on the way,\" said Halima Abdi, a mother of "
            "seven at a camp outside Baidoa.")
    found = events(text, index, "2025-10-10")
    assert "baidoa" not in {e[0] for e in found}
    assert "somalia" in {e[0] for e in found}


def test_a_toll_told_before_farmers_have_since_fled():
    sentence = ("Gunmen attacked the town of Pont-Sonde in October, killing at least 115 people, and farmers have "
                "since fled their fields around Liancourt and Petite Riviere de l'Artibonite.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(115.0, "people")]


def test_livestock_counted_by_the_head_are_no_people():
    sentence = ("ULAANBAATAR (AFP) - Mongolia has declared a state of disaster in 11 of its 21 provinces after heavy "
                "snow and temperatures below minus 40 degrees Celsius killed more than 2 million head of livestock "
                "this winter, officials said.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(2e6, "livestock")]



def test_overnight_on_a_date_is_that_dates(index):
    text = ("A Russian drone attack on the port of Izmail on the Danube overnight on Oct. 22 damaged a grain silo and "
            "killed two people, regional governor Oleh Kiper said.")
    assert [e[:3] for e in events(text, index, "2025-11-03")] == [("izmayil", "strike", "2025-10-22")]


def test_a_famine_confirmed_in_a_headline_outranks_the_fighting_blocking_aid(index):
    found = events("Famine confirmed in parts of North Darfur as fighting blocks aid, IPC says", index, "2025-11-04")
    assert [e[:2] for e in found] == [("north-darfur", "disaster")]


def test_a_frost_that_hit_farms_is_a_disaster(index):
    text = ("Frost hit farms in the Cerrado Mineiro and Sul de Minas regions on Aug. 11, with temperatures falling to "
            "minus 2 degrees Celsius in Patrocinio, the agency said.")
    assert [e[:3] for e in events(text, index, "2025-09-10")] == [("patrocinio", "disaster", "2025-08-11")]
    text = ("SAO PAULO (Reuters) - Brazil's 2025 arabica coffee crop will fall 11% to 37 million 60-kg bags, government "
            "agency Conab said on Wednesday, after a dry spell and frost in August damaged plantations in Minas Gerais.")
    assert [e[:2] for e in events(text, index, "2025-09-10")] == [("minas-gerais", "disaster")]


def test_a_drought_that_slashed_a_countrys_harvest_is_there(index):
    found = events("Drought slashes Morocco's wheat harvest for third straight year", index, "2025-04-17")
    assert [e[:2] for e in found] == [("morocco", "disaster")]
    # ... but a harvest told with no disaster makes no statement there
    assert events("Morocco's cereal harvest will fall to 3.1 million tonnes this season, the ministry said.",
                  index, "2025-04-17") == []


def test_crops_dried_up_are_the_drought(index):
    text = ("In Gwembe district, farmers said their crops had dried up in the fields after no rain fell for five weeks "
            "in January and February.")
    assert [e[:2] for e in events(text, index, "2025-02-27")] == [("gwembe-district", "disaster")]
