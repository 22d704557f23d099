"""Events of the Russia-Ukraine war as the wires, the Kyiv Independent, Ukrainska Pravda, ISW and regional
outlets report them in 2025 (the twenty-sixth session's fx26k check): the villages a ministry says its
troops took control of, and its tally of drones shot down over whole regions, no strike there; a city's
district the sentence names as the city's, no district of the same name in another city; who installed the
officials who report a strike; troops advancing on a town; a toll told "in the city of" a town, that town's; a headline's landmark ("village near Pokrovsk") no more precise
than the village its lead names; a village known only outside the region its sentence opens in ("In the Bryansk
region, ... the village of Glotovka"), none of Ulyanovsk; a unit's number part of its name ("3rd Assault Brigade"); a downed drone's debris that damaged houses, a strike; a count "over the past day", the news day's; what a drone struck, under a dated lead, of its day."""

import readings

from geomap.model import Article
from geomap.pipeline import extract, geoparse


def events(text, index, published):
    return readings.events(text, index, published)


def test_villages_troops_took_control_of_are_a_ground_operation_there(index):
    text = ("The ministry also said Russian troops had taken control of Petropavlivka in Kharkiv region and "
            "Dronivka in Donetsk region.")
    found = events(text, index, "2025-12-02")
    assert [e[:2] for e in found] == [("petropavlivka", "ground_operation"), ("dronivka", "ground_operation")]
    assert all(e[3] == ["Russia"] for e in found), found


def test_a_company_taking_control_of_a_port_is_no_ground_operation(index):
    text = "A Chinese company took control of the port of Darwin in 2015."
    assert "ground_operation" not in {e[1] for e in events(text, index, "2025-12-02")}


def test_a_ministrys_tally_of_drones_shot_down_over_regions_is_no_strike_there(index):
    text = ("Russia's Defence Ministry said it had shot down 216 Ukrainian drones overnight over Krasnodar region, "
            "Crimea and the Black Sea.")
    found = events(text, index, "2025-11-14")
    assert {e[0] for e in found} >= {"krasnodar-region", "crimea"}, found
    assert {e[1] for e in found} == {"statement"}, found
    text = ("Russia's Defence Ministry also said its forces had taken Novoekonomichne and shot down 112 Ukrainian "
            "drones over Russian regions overnight, including 41 over the Bryansk region.")
    assert [e[:2] for e in events(text, index, "2025-08-17")] == [("bryansk-region", "statement")]


def test_drones_shot_down_over_a_city_still_struck_it(index):
    text = ("India's army said on Friday it had shot down dozens of Pakistani drones over Jammu and Amritsar "
            "overnight.")
    assert {e[1] for e in events(text, index, "2025-05-09")} == {"strike"}


def test_a_district_of_the_city_named_is_no_district_of_another_city(index):
    text = ("In the city of Kharkiv, a guided bomb struck the Kyivskyi district on Tuesday afternoon, wounding "
            "five people.")
    assert [e[:2] for e in events(text, index, "2025-12-02")] == [("kharkiv", "strike")]
    text = ("ZAPORIZHZHIA, Ukraine (AFP) - A Russian missile strike on the southern Ukrainian city of Zaporizhzhia "
            "killed three people on Wednesday. The strike hit a residential area and an industrial enterprise in "
            "the city's Shevchenkivskyi district, he said.")
    found = {r.entry.admin1 for r in geoparse(text, index=index) if r.entry is not None and not r.doubtful}
    assert "UA.PL" not in found, found


def test_a_district_of_the_city_it_lies_in_stays(index):
    text = "In the city of Kyiv, debris fell in the Shevchenkivskyi district, starting a fire."
    found = [(r.entry.id, r.doubtful) for r in geoparse(text, index=index) if r.entry is not None]
    assert ("gn:13546521", False) in found, found


def test_who_installed_the_officials_who_report_is_no_party(index):
    text = ("Later on Friday, a drone strike on an oil depot in the Crimean town of Feodosia caused a fire, "
            "Russian-installed officials in Crimea said.")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-11-14")] == [("feodosiya", "strike", [])]
    text = ("Russian-installed officials in the occupied part of the Zaporizhzhia region, which Moscow calls "
            "Zaporozhye, said Ukrainian drones struck a substation in Enerhodar, the town beside the Zaporizhzhia "
            "nuclear power plant, cutting power to parts of the town.")
    found = [(e[0], e[3]) for e in events(text, index, "2025-10-22")]
    assert ("enerhodar", ["Ukraine"]) in found, found


def test_troops_advancing_toward_a_town_are_a_ground_operation(index):
    text = ("KYIV, Ukraine (AP) \u2014 Russian troops are advancing toward the town of Huliaipole in southeastern "
            "Ukraine, Ukrainian military officials said Thursday.")
    assert [e[:3] for e in events(text, index, "2025-07-10")] == [("hulyaypole", "ground_operation", "2025-07-10")]
    text = "Advocates say the bill is advancing the cause of refugees in Nairobi."
    assert "ground_operation" not in {e[1] for e in events(text, index, "2025-07-10")}


def _figures(text, index, published):
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return {(e.place, e.type): sorted(f.value for f in e.figures) for e in doc.events}


def test_a_toll_told_in_the_city_of_a_town_is_that_towns(index):
    text = ("Separately, in the Kherson region, Russian shelling killed one man in the city of Kherson and injured "
            "four people in the village of Bilozerka, regional governor Oleksandr Prokudin said.")
    found = _figures(text, index, "2025-06-24")
    assert found[("kherson", "shelling")] == [1] and found[("bilozerka", "shelling")] == [4], found
    text = ("KYIV, Ukraine (AP) \u2014 Russia launched one of its largest aerial attacks of the war overnight into "
            "Tuesday, killing four people in Kyiv and injuring at least 31 in the northeastern city of Kharkiv, "
            "Ukrainian officials said.")
    found = _figures(text, index, "2025-07-08")
    assert found[("kyiv", "attack")] == [4] and found[("kharkiv", "attack")] == [31], found


def test_a_headlines_landmark_near_the_village_the_lead_names_is_no_more_precise(index):
    text = ("Russia claims capture of village near Pokrovsk as fighting intensifies\n\n"
            "KYIV (Reuters) - Russia's Defence Ministry said on Sunday its forces had captured the village of "
            "Udachne in Ukraine's eastern Donetsk region, just west of the embattled logistics hub of Pokrovsk.\n")
    found = events(text, index, "2025-08-17")
    assert ("udachne", "ground_operation", "2025-08-17", ["Russia"]) in found, found


def test_a_village_known_only_outside_the_region_its_sentence_opens_in(index):
    text = ("In the Bryansk region, Governor Alexander Bogomaz said a Ukrainian drone had attacked a minibus in the "
            "village of Glotovka, injuring three passengers.")
    found = [(r.candidate.text, r.entry.admin1) for r in geoparse(text, index=index)
             if r.entry is not None and not r.doubtful]
    assert ("Glotovka", "RU.UL") not in found, found
    assert [e[:2] for e in events(text, index, "2025-06-14")] == [("bryansk-region", "strike")]


def test_a_village_of_the_region_its_sentence_opens_in_stays(index):
    text = ("In the Belgorod region, Governor Vyacheslav Gladkov said a Ukrainian drone attack on the town of "
            "Shebekino killed one man.")
    assert [e[:2] for e in events(text, index, "2025-09-21")] == [("shebekino", "strike")]


def test_a_units_number_is_part_of_its_name(index):
    text = ("The Ukrainian 3rd Assault Brigade said it had destroyed a Russian battalion's worth of equipment near "
            "Borova in Kharkiv Oblast over the past week.")
    found = events(text, index, "2025-11-03")
    assert found and "3rd Assault Brigade" in found[0][3], found
    text = ("Now he commands a small team of the 68th Jaeger Brigade from a basement 20 kilometers north of the city, "
            "in Dobropillia, where the shelling has emptied most streets.")
    assert [e[3] for e in events(text, index, "2025-11-03")] == [["68th Jaeger Brigade"]]


def test_debris_of_a_downed_drone_that_damaged_houses_is_a_strike_there(index):
    text = ("Governor Roman Busargin said debris from a downed drone had damaged several houses in Engels and that "
            "two people had been taken to hospital.")
    assert [e[:2] for e in events(text, index, "2025-09-21")] == [("engels", "strike")]
    text = ("Russia has struck Izmail at least a dozen times, and debris from drones has fallen on Romanian soil "
            "across the river in Tulcea county.")
    assert all("Romania" not in e[3] for e in events(text, index, "2025-09-21"))


def test_a_governors_count_over_the_past_day_is_of_the_news_day(index):
    text = ("Gladkov said Ukrainian forces had attacked 23 settlements in the region with 65 drones and 41 "
            "artillery shells over the past day, damaging houses, cars and a power line in Valuyki and Shebekino.")
    found = events(text, index, "2025-06-14")
    assert {(e[0], e[2]) for e in found} == {("valuyki", "2025-06-14"), ("shebekino", "2025-06-14")}, found


def test_what_a_drone_struck_under_an_overnight_attacks_lead_is_of_its_day(index):
    text = ("KYIV, Ukraine (AP) \u2014 Russia launched one of its largest aerial attacks of the war overnight into "
            "Tuesday, killing four people in Kyiv, Ukrainian officials said.\n\n"
            "In the western city of Lutsk, a drone struck an industrial facility, regional governor Ivan Rudnytskyi "
            "said.\n")
    found = {e[0]: e[2] for e in events(text, index, "2025-07-08")}
    assert found.get("lutsk") == "2025-07-08", found
    text = ("ODESA, Ukraine (AP) \u2014 A Russian drone attack on Izmail overnight into Monday injured two people.\n\n"
            "Russia has struck Izmail at least a dozen times, and debris from drones has fallen on Romanian soil "
            "across the river in Tulcea county.\n")
    found = {e[0]: e[2] for e in events(text, index, "2025-08-11")}
    assert found.get("tulcea-county") is None, found
