"""Events of armed violence outside the big wars, as the wires and local papers report them in 2025 (the
twenty-fifth session's fx25g check): gangs and cartels in Haiti, Mexico, Colombia and Ecuador, the civil war in
Myanmar, rebels in the Philippines, and UK and US crime stories."""

from geomap.model import Article
from geomap.pipeline import extract

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def figured(text, index, published):
    """(place id, type, date, figures as (value, unit)) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, e.date, [(f.value, f.unit) for f in e.figures]) for e in doc.events]


def test_a_police_operation_the_police_say_killed_is_a_ground_operation_with_its_dead(index):
    text = "In Port-au-Prince, police said they killed 12 gang members in an operation in the Delmas 30 neighborhood on Sunday."
    found = figured(text, index, "2025-03-31")
    assert [(e[0], e[1], e[2]) for e in found] == [("delmas", "ground_operation", "2025-03-30")]
    assert [f[0] for f in found[0][3]] == [12]


def test_the_attack_launched_as_residents_fled_to_a_town_is_the_stories_with_its_actor(index):
    text = ("PORT-AU-PRINCE, Haiti (AP) \u2014 Armed gangs stormed the central Haitian town of Mirebalais on Monday, "
            "freeing more than 500 inmates from the local prison and killing at least 10 people, officials said.\n\n"
            "The Viv Ansanm gang coalition, which controls most of the capital, launched the attack before dawn, "
            "setting fire to homes and a police station as residents fled toward the nearby town of Lascahobas.")
    found = events(text, index, "2025-03-31")
    assert found == [("mirebalais", "attack", "2025-03-31", ["Viv Ansanm"])]


def test_the_attack_happened_then_is_the_leads_strike_on_its_day_not_the_fighting_fled(index):
    text = ("BANGKOK (AP) \u2014 An airstrike by Myanmar's military on a Buddhist monastery in the central Sagaing "
            "region killed at least 22 people, including three children, residents and a rebel group said Saturday.\n\n"
            "The attack happened at about 1 a.m. Friday in Lin Ta Lu village in Sagaing township, where more than "
            "150 people fleeing fighting in nearby areas had been sheltering, a member of a local resistance group "
            "said.")
    found = figured(text, index, "2025-07-12")
    assert [e[:3] for e in found] == [("sagaing", "strike", "2025-07-11")]
    assert [f[0] for f in found[0][3]] == [22, 3]


def test_a_quarter_of_a_city_is_vaguer_than_the_headlines_town(index):
    text = ("Teenager charged with murder after stabbing in Croydon\n\n"
            "A 17-year-old boy has been charged with murder after a man was stabbed to death in south London.\n\n"
            "Officers were called to London Road in Croydon at about 9.40pm on Saturday to reports of a stabbing.")
    assert [e[:2] for e in events(text, index, "2025-06-08")] == [("croydon", "attack")]


def test_the_gulf_clan_is_an_actor_not_the_persian_gulf(index):
    text = ("BOGOTA, Colombia (Reuters) - Eight Colombian soldiers were killed when a drone carrying explosives "
            "struck their patrol in the northern department of Antioquia on Sunday, the army said, blaming the "
            "Gulf Clan drug trafficking group.")
    doc = extract(Article(text=text, id="x", published="2025-08-25"), index=index)
    assert "persian-gulf" not in {p.id for p in doc.places}
    assert [(e.place, e.type, e.actors) for e in doc.events] == [("antioquia", "strike", ["Colombia", "Gulf Clan"])]


def test_the_attack_took_place_in_a_town_is_the_leads_strike_on_its_day(index):
    text = ("BOGOTA, Colombia (Reuters) - Eight Colombian soldiers were killed when a drone carrying explosives "
            "struck their patrol in the northern department of Antioquia on Sunday, the army said.\n\n"
            "The attack took place in a rural area of the municipality of Amalfi, where troops were carrying out an "
            "operation to eradicate coca crops, the army said in a statement.")
    found = [e[:3] for e in events(text, index, "2025-08-25")]
    assert found == [("amalfi", "strike", "2025-08-24")]


def test_a_shooting_on_the_citys_south_side_told_again_in_its_neighborhood_is_one_shooting(index):
    text = ("Three killed in shooting at Chicago block party\n\n"
            "CHICAGO (AP) \u2014 Three people were killed and eight others wounded when gunfire erupted at a block "
            "party on the city's South Side late Saturday, police said.\n\n"
            "The shooting happened just before 11 p.m. in the Englewood neighborhood, Chicago Police Superintendent "
            "Larry Snelling told reporters.")
    found = figured(text, index, "2025-07-06")
    assert [e[:3] for e in found] == [("englewood", "attack", "2025-07-05")]
    assert 8 in [f[0] for f in found[0][3]]


def test_a_shooting_on_a_citys_side_is_there_and_vaguer_than_the_headlines_neighborhood(index):
    lead = ("CHICAGO (AP) \u2014 Three people were killed and eight others wounded when gunfire erupted at a block "
            "party on the city's South Side late Saturday, police said.")
    assert [e[:3] for e in events(lead, index, "2025-07-06")] == [("south-side", "attack", "2025-07-05")]
    text = "Three killed in Englewood block party shooting\n\n" + lead
    assert [e[:3] for e in events(text, index, "2025-07-06")] == [("englewood", "attack", "2025-07-05")]


def test_the_firefight_erupted_in_a_city_is_the_leads_clash_there(index):
    text = ("MANILA (Philippine Daily Inquirer) \u2014 Four suspected members of the New People's Army were killed in "
            "a clash with government troops in Negros Occidental on Tuesday, the military said.\n\n"
            "The firefight erupted at around 6 a.m. in a mountain village in Himamaylan City as soldiers of the "
            "Army's 94th Infantry Battalion responded to reports of extortion by armed men, according to Lt. Col. "
            "Jerry Gamboa.")
    found = events(text, index, "2025-09-16")
    assert [e[:3] for e in found] == [("himamaylan", "ground_operation", "2025-09-16")]


def test_the_officer_a_clash_is_told_according_to_is_no_actor(index):
    text = ("MANILA (Philippine Daily Inquirer) \u2014 Four suspected members of the New People's Army were killed in "
            "a clash with government troops in Negros Occidental on Tuesday, the military said.\n\n"
            "The firefight erupted at around 6 a.m. in a mountain village in Himamaylan City as soldiers of the "
            "Army's 94th Infantry Battalion responded to reports of extortion by armed men, according to Lt. Col. "
            "Jerry Gamboa.")
    found = events(text, index, "2025-09-16")
    assert [e[3] for e in found] == [["New People's Army", "94th Infantry Battalion"]]


def test_a_murder_in_north_belfast_is_the_one_in_its_ardoyne_area_and_its_victim_no_actor(index):
    text = ("Man jailed for life for Belfast murder\n\n"
            "A man has been jailed for life for the murder of a father-of-two in north Belfast last year.\n\n"
            "He had pleaded guilty to murdering 41-year-old Sean Fox, who was shot dead outside his home in the "
            "Ardoyne area in March 2024.")
    assert events(text, index, "2025-05-16") == [("ardoyne", "attack", "2024-03", [])]


def test_a_town_seized_near_a_countrys_border_is_no_battle_in_that_country(index):
    text = "Myanmar rebels seize town near China border"
    assert events(text, index, "2025-05-14") == []


def test_fighters_that_took_control_of_the_last_military_positions_in_a_town_captured_it(index):
    text = ("The Kachin Independence Army said its fighters took control of the last military positions in Bhamo "
            "on Tuesday.")
    assert events(text, index, "2025-05-14") == [("bhamo", "ground_operation", "2025-05-13",
                                                  ["Kachin Independence Army"])]


def test_a_shooting_at_a_university_a_state_names_is_in_the_datelines_town(index):
    text = ("Gunman kills 2 at Florida university\n\n"
            "TALLAHASSEE, Fla. (AP) \u2014 A gunman opened fire near the student union at Florida State University "
            "on Thursday, killing two people and wounding six others before he was shot by police, authorities said.")
    assert [e[:3] for e in events(text, index, "2025-04-17")] == [("tallahassee", "attack", "2025-04-17")]


def test_a_prison_where_inmates_rioted_is_no_actor(index):
    text = ("QUITO (AFP) - Ecuador's President Daniel Noboa declared a night-time curfew in Guayaquil and two "
            "neighbouring cantons on Wednesday after a riot at the city's Litoral Penitentiary left 14 inmates dead.")
    found = events(text, index, "2025-06-11")
    assert found and all("Litoral Penitentiary" not in e[3] for e in found), found


def test_a_town_then_its_new_province_is_one_bombing(index):
    text = ("In Mindanao, police said two people were wounded when a homemade bomb exploded near a public market in "
            "Datu Piang, Maguindanao del Sur, on Monday night.")
    assert [e[:3] for e in events(text, index, "2025-09-16")] == [("datu-piang", "attack", "2025-09-15")]


def test_a_tally_since_the_fighting_began_is_no_event(index):
    text = "More than 1,200 people have been killed in Sinaloa since the fighting began, according to state figures."
    assert events(text, index, "2025-07-05") == []
