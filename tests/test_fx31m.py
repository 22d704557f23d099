"""Places and events of Southeast Asia's news (the Philippines, Indonesia, Malaysia, Thailand, Vietnam and
Myanmar) as the wires and national papers report them (the thirty-first session's fx31m check): a town named
like a continent, Indonesia's ship prefix, a squad's number before the verb "arrests", the eruption of a
volcano, a land mine stepped on, a named province's district."""

from geomap.model import Article
from geomap.pipeline import extract
import readings
from readings import places


def events(text, index, published):
    return readings.events(text, index, published)


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


def _figures(text, index, published):
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.type, [(f.value, f.unit) for f in e.figures]) for e in doc.events]


# 1. A continent's name is the continent, even in a story of the province where a town is so named.

def test_a_continents_name_in_a_local_story_is_the_continent(index):
    text = ("BACOLOD CITY \u2014 Three suspected New People's Army (NPA) rebels were killed in a clash with "
            "government troops in the hinterlands of Negros Occidental on Thursday, the military said. Soldiers "
            "were conducting combat operations in Himamaylan City when they encountered about 15 armed rebels. "
            "The Communist Party of the Philippines, the NPA's political arm, has waged one of Asia's "
            "longest-running insurgencies since 1969.")
    assert _senses(text, index, "Asia") == [("Asia", None, "continent")]
    assert _senses(text, index, "Himamaylan") == [("Himamaylan", "PH", "city")]


# 2. Indonesia's ship prefix KM (Kapal Motor) opens a ship's name.

def test_an_indonesian_ferrys_name_is_no_place(index):
    text = ("MANADO, Indonesia (AP) \u2014 A fire broke out on a passenger ferry off Indonesia's North Sulawesi "
            "province on Sunday, killing three people. The KM Barcelona V was sailing from Melonguane in the "
            "Talaud Islands to Manado when the fire started around midday near Talise island.")
    assert _senses(text, index, "Barcelona") == []
    assert _senses(text, index, "Manado")


# 3. "arrests" before a count is the verb: the number before it is a squad's name.

def test_a_squads_number_before_arrests_is_no_count(index):
    text = ("SEMARANG, Indonesia \u2014 Densus 88 arrests 5 in Central Java. Indonesian counterterrorism police "
            "arrested five suspected militants in raids across Central Java on Wednesday.")
    found = _figures(text, index, "2025-11-19")
    assert found and all((88, "arrested") not in figures for _, figures in found)
    assert ("arrest", [(5, "militants")]) in found


# 4. A volcano's eruption named with "of" is the volcano's event.

def test_the_eruption_of_a_volcano_is_a_disaster_there(index):
    text = ("JAKARTA (Reuters) - Indonesia's Mount Lewotobi Laki-laki erupted on Tuesday, sending a column of ash "
            "10 kilometres into the sky. An eruption of Lewotobi Laki-laki in November 2024 killed nine people "
            "and damaged thousands of houses.")
    found = events(text, index, "2025-11-11")
    assert ("lewotobi-laki-laki", "disaster", "2024-11", []) in found


def test_the_eruption_of_violence_is_no_disaster(index):
    text = "The eruption of violence in Nairobi left 12 dead, police said."
    assert [e for e in events(text, index, "2025-11-11") if e[1] == "disaster"] == []


# 5. A land mine stepped on, told as a gerund, is a blast; in a named province's district, the district's.

def test_stepping_on_a_land_mine_in_a_provinces_district(index):
    text = ("BANGKOK, Thailand (AP) \u2014 Earlier this week, a Thai soldier lost his leg after stepping on a land "
            "mine in Si Sa Ket province's Kantharalak district, the fourth such blast since August.")
    assert [(e[0], e[1]) for e in events(text, index, "2025-11-12")] == [("kantharalak", "attack")]


def test_a_clash_in_a_provinces_district_is_the_districts(index):
    text = ("The clash broke out near the Ta Muen Thom temple in Surin province's Phanom Dong Rak district shortly "
            "after 9 a.m., army spokesperson Maj. Gen. Winthai Suvaree said.")
    assert [(e[0], e[1]) for e in events(text, index, "2025-11-12")] == [("phanom-dong-rak", "ground_operation")]


# 6. "Barangay X", "Sitio X": a village of the Philippines, no party.

def test_a_barangay_is_no_actor(index):
    text = ("BACOLOD CITY \u2014 Soldiers of the Army's 79th Infantry Battalion were conducting combat operations in "
            "Sitio Kangkiling, Barangay Buenavista in Himamaylan City when they encountered about 15 armed rebels "
            "at around 6 a.m., said Lt. Col. Ronald Doria, the battalion's commander.")
    found = events(text, index, "2025-10-16")
    assert found and all("Barangay Buenavista" not in e[3] for e in found)
    assert any(e[0] == "himamaylan" for e in found)


# 7. Troops that "encountered" armed rebels fought them (the Philippine army's word).

def test_troops_that_encountered_armed_rebels_is_a_clash(index):
    text = ("BACOLOD CITY \u2014 Soldiers of the Army's 79th Infantry Battalion were conducting combat operations in "
            "Sitio Kangkiling, Barangay Buenavista in Himamaylan City when they encountered about 15 armed rebels "
            "at around 6 a.m., said Lt. Col. Ronald Doria, the battalion's commander.")
    assert [(e[0], e[1]) for e in events(text, index, "2025-10-16")] == [("himamaylan", "ground_operation")]


# 8. A local official killed in an ambush is an attack on a civilian, not an armed clash.

def test_a_barangay_chairman_killed_in_an_ambush_is_an_attack(index):
    text = ("On Sunday, a barangay chairman was also killed in an ambush in Santa Cruz, Laguna, and police in "
            "Victoria, Tarlac, arrested two suspects in the killing of a radio broadcaster last month.")
    assert ("santa-cruz", "attack") in [(e[0], e[1]) for e in events(text, index, "2025-10-13")]


def test_soldiers_killed_in_an_ambush_is_still_a_clash(index):
    text = ("In Mindanao, meanwhile, two soldiers were killed in an ambush in Datu Piang, Maguindanao del Sur, "
            "police said.")
    assert all(e[1] != "attack" for e in events(text, index, "2025-10-16"))


# 9. A date after "in the killing of" someone is the killing's, not the arrest's.

def test_an_arrest_in_last_months_killing_is_not_last_months(index):
    text = ("SAN JOSE, Occidental Mindoro \u2014 Police in Victoria, Tarlac, arrested two suspects in the killing of "
            "a radio broadcaster last month.")
    found = [e for e in events(text, index, "2025-10-13") if e[1] == "arrest"]
    assert found and all(e[2] != "2025-09" for e in found)


# 10. Where a blaze started is where the fire was.

def test_where_a_ferry_fire_started_is_an_accident(index):
    text = ("The KM Barcelona V was sailing from Melonguane in the Talaud Islands to Manado when the fire started "
            "around midday near Talise island in North Minahasa regency, said George Leo Mercy Randang, head of the "
            "local search and rescue agency.")
    assert [(e[0], e[1]) for e in events(text, index, "2025-07-20")] == [("talise", "accident")]
