"""Events of natural disasters and extreme weather as the wires and national papers report them in 2025
(the twenty-fifth session's fx25w check): a toll split over a list of districts, each told by its
number alone after the first."""

from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    """(place id, type, date, figures as (value, unit)) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, e.date, [(f.value, f.unit) for f in e.figures]) for e in doc.events]


def test_a_toll_split_over_districts_told_by_their_numbers_alone(index):
    text = ("PESHAWAR, Pakistan (Reuters) - The death toll from flash floods and cloudbursts in Pakistan's "
            "northwestern Khyber Pakhtunkhwa province rose to 327 on Saturday, officials said.\n\n"
            "Another 38 people died in Shangla, 22 in Mansehra and 21 in Swat, it said.")
    figures = {e[0]: e[3] for e in events(text, index, "2025-08-16") if e[1] == "disaster"}
    assert figures.get("shangla") == [(38.0, "people")], figures
    assert figures.get("mansehra") == [(22.0, "dead")], figures


def test_the_districts_after_the_first_are_the_heatwaves_too(index):
    text = ("Heatwave kills 12 in Andhra Pradesh as temperatures hit 47C\n\n"
            "HYDERABAD (The Hindu) \u2014 At least 12 people have died of suspected heatstroke in Andhra Pradesh in "
            "the past three days, as temperatures soared to 47 degrees Celsius in parts of the state, officials said "
            "on Wednesday.\n\n"
            "Five deaths were reported in Prakasam district, four in Nellore and three in Kurnool, the State Disaster "
            "Management Authority said.")
    found = {e[0]: (e[1], e[3]) for e in events(text, index, "2025-05-14")}
    assert found.get("nellore") == ("disaster", [(4.0, "dead")]), found
    assert found.get("kurnool") == ("disaster", [(3.0, "dead")]), found


def test_a_day_of_the_month_is_no_count(index):
    text = ("GENEVA (Reuters) - Police arrested 12 people on May 28, 2025 in Geneva after a protest against the "
            "glacier's collapse turned violent.")
    assert all((2025.0, "dead") not in e[3] for e in events(text, index, "2025-05-29"))


def test_a_count_told_in_a_place_that_is_no_event_place_is_no_one_elses(index):
    text = ("The July 2021 floods killed 39 people in Wallonia and more than 180 in Germany, most of them in the "
            "Ahr valley.")
    assert all((180.0, "dead") not in e[3] for e in events(text, index, "2025-01-20"))


def test_a_toll_that_rose_over_the_last_days_is_the_news_not_background(index):
    text = ("KATHMANDU, Oct 5 (The Kathmandu Post) - At least 42 people have died in floods and landslides triggered "
            "by torrential rain across eastern Nepal since Friday, the National Disaster Risk Reduction and "
            "Management Authority said on Sunday.\n\n"
            "Three people died in Udayapur and two were swept away in Panchthar, officials said.")
    found = {e[0]: e[1] for e in events(text, index, "2025-10-05")}
    assert found.get("udayapur") == "disaster", found


def test_a_river_that_burst_its_banks_is_a_disaster(index):
    text = ("KINGSTON, Jamaica (AP) \u2014 Hurricane Melissa made landfall in southwestern Jamaica on Tuesday as a "
            "Category 5 storm.\n\n"
            "In Haiti, at least 25 people were killed when a river burst its banks in the town of Petit-Go\u00e2ve, "
            "the civil protection agency said.")
    found = {e[0]: e[1] for e in events(text, index, "2025-10-28")}
    assert found.get("tigwav") == "disaster", found


def test_a_glacier_that_collapsed_on_a_village_is_a_disaster(index):
    text = ("GENEVA, May 28 (Reuters) - A huge part of the Birch glacier in the Swiss Alps collapsed on Wednesday, "
            "burying most of the village of Blatten in the Loetschental valley under ice, mud and rock, local "
            "authorities said.")
    assert [e[:3] for e in events(text, index, "2025-05-28")] == [("blatten", "disaster", "2025-05-28")]



_MELISSA = ("KINGSTON, Jamaica (AP) \u2014 Hurricane Melissa made landfall in southwestern Jamaica on Tuesday as a "
            "Category 5 storm with winds of 185 mph (295 kph), the strongest ever to hit the island.\n\n"
            "Melissa was forecast to cross eastern Cuba on Wednesday morning as a major hurricane. Cuban authorities "
            "said more than 500,000 people had been evacuated in Santiago de Cuba, Granma and Holgu\u00edn provinces.")


def test_a_storm_forecast_to_cross_a_country_is_no_disaster_there(index):
    found = events(_MELISSA, index, "2025-10-28")
    assert "cuba" not in {e[0] for e in found}, found


def test_the_day_a_storm_is_forecast_to_come_is_not_last_weeks(index):
    found = events(_MELISSA, index, "2025-10-28")
    assert "2025-10-22" not in {e[2] for e in found}, found


def test_a_farmer_quoted_by_name_makes_no_statement_where_he_lives(index):
    text = ("HYDERABAD (The Hindu) \u2014 At least 12 people have died of suspected heatstroke in Andhra Pradesh in "
            "the past three days, officials said on Wednesday.\n\n"
            "\"We have been told to stay indoors between 11 a.m. and 4 p.m.,\" said K. Ramaiah, a farmer in Ongole.")
    assert "ongole" not in {e[0] for e in events(text, index, "2025-05-14")}


def test_a_displaced_mother_quoted_by_name_makes_no_statement(index):
    text = ("MOGADISHU, Somalia (Reuters) - Nearly 4.4 million people in Somalia face crisis levels of hunger after "
            "poor rains, the United Nations said on Tuesday.\n\n"
            "\"We have lost 60 of our 80 goats,\" said Halima Abdi, a mother of six who walked to a displacement camp "
            "in Baidoa.")
    assert "baidoa" not in {e[0] for e in events(text, index, "2025-06-10")}


def test_a_risk_of_avalanches_is_no_avalanche(index):
    text = ("\"The risk of avalanches was at level 4 out of 5,\" said Captain Pierre Martin of the high-mountain "
            "gendarmerie platoon in Bourg-Saint-Maurice.")
    assert "disaster" not in {e[1] for e in events(text, index, "2025-02-14")}


def test_where_most_of_the_quakes_deaths_were_is_the_quakes(index):
    text = ("KABUL, Afghanistan (AP) \u2014 The death toll from a powerful earthquake in eastern Afghanistan has risen "
            "to more than 2,200, the Taliban government said Thursday.\n\n"
            "Most of the deaths were in Kunar province, where entire villages of mud-brick homes collapsed.")
    found = {e[0]: e[1] for e in events(text, index, "2025-09-04")}
    assert found.get("kunar-province") == "disaster", found


def test_the_counties_where_other_deaths_were_reported_are_the_floods(index):
    text = ("KERRVILLE, Texas (AP) \u2014 The death toll from catastrophic flash floods in the Texas Hill Country "
            "rose to at least 82 on Sunday, including 28 children.\n\n"
            "Other deaths were reported in Travis, Burnet, Kendall, Tom Green and Williamson counties, bringing the "
            "statewide total to 82.")
    found = {e[0]: e[1] for e in events(text, index, "2025-07-06")}
    assert found.get("travis-county") == "disaster" and found.get("williamson-county") == "disaster", found


def test_the_worst_hit_district_is_the_disasters_place(index):
    text = ("KATHMANDU, Oct 5 (The Kathmandu Post) - At least 42 people have died in floods and landslides triggered "
            "by torrential rain across eastern Nepal since Friday, officials said on Sunday.\n\n"
            "Ilam district was the worst hit, with 37 deaths in landslides in Suryodaya, Mangsebung and Sandakpur "
            "municipalities.")
    found = {e[0]: (e[1], e[3]) for e in events(text, index, "2025-10-05")}
    assert found.get("ilam-district") == ("disaster", [(37.0, "deaths")]), found


def test_soldiers_hurt_in_their_own_trucks_crash_are_not_the_floods_toll(index):
    text = ("BRISBANE (ABC News) - Ex-tropical cyclone Alfred crossed the coast near Bribie Island on Saturday "
            "evening as a tropical low, cutting power to more than 300,000 homes.\n\n"
            "One man died after his vehicle was swept away by floodwaters near Dorrigo, in the Bellingen Shire in "
            "northern NSW, police said. Thirteen soldiers were injured when two army trucks crashed near Woodenbong "
            "while on their way to help with the response.")
    assert all((13.0, "soldiers") not in e[3] for e in events(text, index, "2025-03-09"))


def test_one_man_who_died_in_the_floods_is_counted(index):
    text = ("BRISBANE (ABC News) - Ex-tropical cyclone Alfred crossed the coast near Bribie Island on Saturday "
            "evening as a tropical low, cutting power to more than 300,000 homes.\n\n"
            "One man died after his vehicle was swept away by floodwaters near Dorrigo, in the Bellingen Shire in "
            "northern NSW, police said.")
    found = {e[0]: e[3] for e in events(text, index, "2025-03-09")}
    assert found.get("dorrigo") == [(1.0, "people")], found


def test_three_others_who_died_in_a_county_are_counted_there(index):
    text = ("MOMBASA, Kenya \u2014 Seven people have died and hundreds have been displaced after heavy rains pounded "
            "Kenya's coast over the weekend, the Kenya Red Cross said on Monday.\n\n"
            "Four people drowned in Mombasa County, including two children swept away by floodwaters in Kisauni, "
            "while three others died in Kilifi County when a house collapsed in Mtwapa, the Red Cross said.")
    assert any((3.0, "people") in e[3] for e in events(text, index, "2025-05-12") if e[0] in ("mtwapa", "kilifi"))


def test_the_quakes_epicentre_named_again_is_of_the_leads_day(index):
    text = ("YANGON, March 28 (Reuters) - A powerful earthquake of magnitude 7.7 struck central Myanmar on Friday "
            "afternoon, toppling buildings, bridges and a monastery.\n\n"
            "The quake's epicentre was 16 km (10 miles) northwest of the city of Sagaing, at a depth of 10 km, the "
            "U.S. Geological Survey said.")
    found = {e[0]: e[2] for e in events(text, index, "2025-03-28")}
    assert found.get("sagaing") == "2025-03-28", found


def test_the_storm_that_came_ashore_is_of_the_leads_day(index):
    text = ("Hurricane Melissa slams Jamaica as Category 5 storm\n\n"
            "KINGSTON, Jamaica (AP) \u2014 Hurricane Melissa made landfall in southwestern Jamaica on Tuesday as a "
            "Category 5 storm with winds of 185 mph (295 kph), the strongest ever to hit the island, tearing roofs off "
            "homes and flooding towns.\n\n"
            "The storm came ashore near New Hope in Westmoreland parish, the U.S. National Hurricane Center said.")
    found = events(text, index, "2025-10-28")
    assert len(found) > 1 and {e[2] for e in found} == {"2025-10-28"}, found


def test_a_drought_named_by_its_year_is_of_that_year(index):
    text = "A drought in 2011 killed about 260,000 people in Somalia, half of them children under five."
    assert [e[:3] for e in events(text, index, "2025-06-10")] == [("somalia", "disaster", "2011")]


def test_a_month_told_after_last_year_is_last_years(index):
    text = ("Last year, floods and landslides in September killed 244 people, the deadliest monsoon disaster in the "
            "Kathmandu Valley in decades.")
    assert [e[2] for e in events(text, index, "2025-10-05")] == ["2024-09"]


def test_hunger_after_poor_rains_is_a_drought_not_the_uns_statement(index):
    text = ("MOGADISHU, Somalia (Reuters) - Nearly 4.4 million people in Somalia face crisis levels of hunger after "
            "poor rains in the Gu season left crops withered and livestock dead, the United Nations said on Tuesday.")
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("somalia", "disaster")]


def test_the_districts_told_by_their_numbers_alone_take_the_leads_day(index):
    text = ("Heatwave kills 12 in Andhra Pradesh as temperatures hit 47C\n\n"
            "HYDERABAD (The Hindu) \u2014 At least 12 people have died of suspected heatstroke in Andhra Pradesh in "
            "the past three days, as temperatures soared to 47 degrees Celsius in parts of the state, officials said "
            "on Wednesday.\n\n"
            "Five deaths were reported in Prakasam district, four in Nellore and three in Kurnool, the State Disaster "
            "Management Authority said.")
    found = {e[0]: e[2] for e in events(text, index, "2025-05-14")}
    assert found.get("prakasam") == found.get("nellore") == found.get("kurnool") == "2025-05-14", found


def test_typhoons_that_strike_each_year_are_no_one_storm(index):
    text = ("Typhoon Kalmaegi kills at least 114 in central Philippines\n\n"
            "CEBU CITY, Philippines (AP) \u2014 Typhoon Kalmaegi left at least 114 people dead in the central "
            "Philippines, officials said Thursday.\n\n"
            "The Philippines is struck by about 20 typhoons and storms each year.")
    sources = [s.text for e in extract(Article(text=text, id="x", published="2025-11-06"), index=index).events
               for s in e.sources]
    assert not any("each year" in s for s in sources), sources
