"""Places and events of Central America's and the Caribbean's news (the twenty-ninth session's fx29c check):
Haiti's gangs, Jamaica's and Mexico's storms, Guatemala's volcano and jails, Honduras's extraditions, Panama's
migrants, Trinidad and Tobago's killings, as the wires and the local press report them."""

import readings
from readings import places

from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    return readings.events(text, index, published)


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A plural noun of nature opening a sentence before a verb is the noun, not a region so named.

def test_rivers_that_overflowed_are_no_nigerian_state(index):
    text = ("Rivers overflowed in the Oaxaca towns of Santiago Pinotepa Nacional and Santa María Huatulco, and a "
            "landslide buried a house in the municipality of San Juan Bautista Lo de Soto, killing a family of four.")
    assert _senses(text, index, "Rivers") == []
    assert _senses(text, index, "Santa María Huatulco")


def test_rivers_state_opening_a_sentence_stays_the_state(index):
    text = "Rivers State police said gunmen killed four people in Port Harcourt on Sunday."
    assert [s[1] for s in _senses(text, index, "Rivers State")] == ["NG"]


# 2. A nickname in quotes after "known as" is a person's, not the town it borrows.

def test_a_nickname_known_as_is_no_town(index):
    text = ('TEGUCIGALPA, Honduras (Reuters) - Juan Carlos Bonilla, known as "El Tigre", was flown from the Hernán '
            'Acosta Mejía air base in Tegucigalpa to New York aboard a U.S. Drug Enforcement Administration plane.')
    assert _senses(text, index, "El Tigre") == []
    assert _senses(text, index, "Tegucigalpa")


# 3. The power to arrest that an emergency gives the police is no arrest.

def test_powers_to_arrest_are_no_arrest(index):
    text = ("PORT OF SPAIN, Trinidad (AP) \u2014 Trinidad and Tobago's government declared a state of emergency on "
            "Monday after a wave of gang killings, giving police powers to search and arrest without warrants.")
    assert [e[1] for e in events(text, index, "2025-07-22")] == []


def test_police_that_arrested_people_in_raids_still_arrest(index):
    text = ("Police said they had detained 27 people and seized 11 firearms in raids in Arima, Chaguanas and "
            "San Fernando by Tuesday.")
    assert {e[1] for e in events(text, index, "2025-07-22")} == {"arrest"}


# 4. Gangs that fought for control of a place fought a battle there, and where people fled to is no battle.

def test_gangs_fighting_for_control_of_a_slum_is_a_battle(index):
    text = ("PORT-AU-PRINCE, Haiti (AFP) - Heavy gunfire erupted in Cité Soleil on Thursday as rival gangs fought "
            "for control of the seaside slum, killing at least 12 people and forcing hundreds of families to flee "
            "toward Delmas and Pétion-Ville, residents and rights groups said.")
    found = events(text, index, "2025-02-15")
    assert [(e[0], e[1], e[2]) for e in found] == [("cite-soleil", "ground_operation", "2025-02-13")]


# 5. Where a man held is wanted is not where he was held.

def test_where_a_man_is_wanted_is_no_arrests_place(index):
    text = ("In Santa Rosa department, police arrested a man wanted in the United States for human smuggling in the "
            "town of Cuilapa on Friday.")
    assert [e[:3] for e in events(text, index, "2025-10-25")] == [("cuilapa", "arrest", "2025-10-24")]


# 6. The island that qualifies a town after a comma says where the town is: no event of its own.

def test_a_town_then_its_island_is_one_place(index):
    text = ("On Sunday, a 15-year-old boy was killed in Point Fortin, in the south of Trinidad, and two men were shot "
            "in Scarborough, Tobago.")
    found = events(text, index, "2025-07-22")
    assert sorted(e[:3] for e in found) == [("point-fortin", "attack", "2025-07-20"),
                                            ("scarborough", "attack", "2025-07-20")]


# 7. A country whose prisons report a riot, whose body a text cites, or whose child was killed, is no actor.

def test_a_countrys_prison_service_that_reports_a_riot_is_no_actor(index):
    text = ("Two inmates were killed and at least 15 injured in a riot on Saturday at La Victoria prison, in the "
            "municipality of Santo Domingo Norte, the Dominican Republic's prison service said.")
    found = events(text, index, "2025-06-01")
    assert found and all(e[1] == "riot" and e[3] == [] for e in found), found


def test_a_countrys_body_cited_is_no_actor(index):
    text = ("The prison break in Mirebalais freed 529 inmates, according to a statement from Haiti's prison "
            "administration.")
    found = events(text, index, "2025-04-01")
    assert [(e[0], e[3]) for e in found] == [("mirebalais", [])]


def test_a_child_killed_named_by_age_and_nationality_is_no_actor(index):
    text = ("On Thursday, a boat carrying 21 migrants capsized off Playa Chiquita, near Puerto Obaldía, killing an "
            "8-year-old Venezuelan girl, authorities said.")
    found = events(text, index, "2025-03-03")
    assert [(e[1], e[2], e[3]) for e in found] == [("accident", "2025-02-27", [])]


# 8. A volcano named with a lower-case "volcano" is the volcano, and its eruption is there, not at the dateline.

def test_a_volcano_named_in_lower_case_is_the_eruptions_place(index):
    text = ("ESCUINTLA, Guatemala (AFP) \u2014 Guatemala's Fuego volcano erupted on Sunday, spewing ash up to 7 "
            "kilometres into the sky and forcing the evacuation of about 1,000 people from nearby villages, "
            "authorities said.")
    found = events(text, index, "2025-03-10")
    assert [e[:3] for e in found] == [("fuego-volcano", "disaster", "2025-03-09")]


# 9. Ravines named like towns are ravines, not the towns abroad.

def test_ravines_named_like_towns_are_no_towns(index):
    text = ("Pyroclastic flows descended the Las Lajas and Ceniza ravines, the National Institute of Seismology, "
            "Volcanology, Meteorology and Hydrology (Insivumeh) said.")
    assert _senses(text, index, "Las Lajas") == []


# 10. A city's numbered zone places what happened in it in the city.

def test_an_attack_in_a_citys_numbered_zone_is_in_the_city(index):
    text = ("Separately, authorities said a bus was attacked in zone 18 of Guatemala City on Tuesday, killing the "
            "driver.")
    assert [e[:3] for e in events(text, index, "2025-10-25")] == [("guatemala-city", "attack", "2025-10-21")]


# 11. The toll of a sentence whose people fled elsewhere is the place's where they were killed.

def test_the_toll_stays_where_people_were_killed_not_where_they_fled(index):
    text = ("PORT-AU-PRINCE, Haiti (AFP) - Heavy gunfire erupted in Cité Soleil on Thursday as rival gangs fought "
            "for control of the seaside slum, killing at least 12 people and forcing hundreds of families to flee "
            "toward Delmas and Pétion-Ville, residents and rights groups said.")
    doc = extract(Article(text=text, id="x", published="2025-02-15"), index=index)
    assert [(e.place, [(f.value, f.unit) for f in e.figures]) for e in doc.events] == [("cite-soleil", [(12, "people")])]
