"""Places and events of West Africa and the Sahel (the twenty-eighth session's fx28w audit: jihadist
attacks in Mali, Burkina Faso, Niger, Benin and Togo, bandits and herders in Nigeria, boats capsized on
the Niger, floods, cholera and Lassa fever)."""

import readings
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A sentence that opens in a country ("In Togo, ...") places its names there.

def test_a_sentence_opening_in_a_country_places_its_region_there(index):
    text = ("COTONOU, Benin (Reuters) - Jihadists killed 54 soldiers in attacks on two military positions in "
            "northern Benin, near where Benin's borders meet those of Niger and Burkina Faso. In Togo, the army "
            "said last month that jihadists had killed eight soldiers in the Kpendjal prefecture of the Savanes "
            "region.")
    assert _senses(text, index, "Savanes region") == [("Savanes", "TG", "admin1")]


# 2. "The attack(s) targeted ..." is the attack: on a village, an attack on civilians; on an army's post, a battle.

def test_the_attacks_that_targeted_a_village_are_the_attack(index):
    text = ("JOS, Nigeria (AP) \u2014 Officials in Plateau state said Tuesday they were counting the dead.\n\n"
            "The attacks targeted Zike village in the Bassa local government area late on Monday, said Joseph Chudu, "
            "the chairman of Bassa LGA.")
    found = readings.events(text, index, "2025-04-15")
    assert ("bassa-local-government-area", "attack", "2025-04-14") in [(e[0], e[1], e[2]) for e in found]


def test_the_attack_that_targeted_an_army_post_is_a_battle(index):
    text = ("The attack on Sunday targeted the army post at Boulkessi, in the Douentza cercle of the Mopti region, a "
            "security source said, speaking on condition of anonymity.")
    found = readings.events(text, index, "2025-05-26")
    assert [(e[0], e[1], e[2]) for e in found] == [("douentza", "ground_operation", "2025-05-25")]


# 3. A boat told before the verb that it sank is a boat lost, with no water named.

def test_a_boat_that_sank_near_a_village_is_an_accident(index):
    text = ("MINNA, Nigeria (AP) \u2014 Rescuers searched for survivors on Saturday.\n\n"
            "The wooden boat was carrying more than 200 passengers when it sank on Friday near Malale village in the "
            "Borgu local government area of Niger state, said Ibrahim Audu Husseini, spokesman for the Niger State "
            "Emergency Management Agency.")
    found = readings.events(text, index, "2025-08-16")
    assert ("niger-state", "accident", "2025-08-15") in [(e[0], e[1], e[2]) for e in found]


# 4. A river that flooded a town is a disaster there (protesters who flood streets are none).

def test_a_river_that_flooded_towns_is_a_disaster_there(index):
    text = "The Niger River also flooded parts of Bamako in Mali and Malanville in northern Benin, officials there said."
    found = readings.events(text, index, "2025-08-13")
    assert {(e[0], e[1]) for e in found} == {("bamako", "disaster"), ("malanville", "disaster")}


# 5. Mercenaries, gendarmes and militiamen killed are a battle's dead, as soldiers are.

def test_mercenaries_and_soldiers_killed_are_a_battle(index):
    text = ("In July last year, JNIM fighters and Tuareg separatists killed dozens of Wagner mercenaries and Malian "
            "soldiers near Tinzaouaten on the Algerian border.")
    found = readings.events(text, index, "2025-05-26")
    assert [(e[0], e[1], e[2]) for e in found] == [("tinzaouaten", "ground_operation", "2024-07")]


# 6. A name known only as a small town and a small admin-1 region abroad (a Slovene municipality), in a story that
# says nothing of their country, is a place the gazetteer lacks.

def test_a_small_municipality_abroad_is_no_ghanaian_town(index):
    text = ("CAPE COAST \u2014 A cholera outbreak has killed 17 people and infected more than 600 in the Central Region "
            "of Ghana, health officials said on Thursday.\n\nMost of the cases were recorded in the "
            "Komenda-Edina-Eguafo-Abirem Municipal and the Cape Coast Metropolitan areas, the Ghana Health Service "
            "said in a statement.")
    assert _senses(text, index, "Komenda") == []
    assert _senses(text, index, "CAPE COAST") == [("Cape Coast", "GH", "city")]


# 7. A region named by its language ("English-speaking", "anglophone") is where the event is.

def test_an_attack_in_an_english_speaking_region_is_there(index):
    text = ("YAOUNDE, Cameroon (AFP) - Suspected separatists killed six people, including a soldier, in an attack on a "
            "village in Cameroon's restive English-speaking Northwest region, local officials said Tuesday.")
    found = readings.events(text, index, "2025-06-10")
    assert [(e[0], e[1]) for e in found] == [("northwest-region", "attack")]


# 8. "X, near the regional capital Y": Y says where X is, and is no second place of the event.

def test_a_village_near_the_regional_capital_is_one_attack(index):
    text = ("YAOUNDE, Cameroon (AFP) - Separatists are active in the region, officials say.\n\n"
            "The gunmen attacked the village of Bafut, near the regional capital Bamenda, on Sunday night, a local "
            "official said.")
    found = readings.events(text, index, "2025-06-10")
    assert [(e[0], e[1], e[2]) for e in found] == [("bafut", "attack", "2025-06-08")]


# 9. A country named by its borders says where a place is, not who acted.

def test_a_countrys_borders_make_it_no_actor(index):
    text = ("COTONOU, Benin (Reuters) - Officials spoke on Thursday.\n\nThe attacks took place on April 17 near the Point "
            "Triple, where Benin's borders meet those of Niger and Burkina Faso, in the Karimama area of Alibori "
            "department, government spokesman Wilfried Leandre Houngbedji said.")
    found = readings.events(text, index, "2025-04-24")
    # (at Karimama since session 32 gave the gazetteer its row; the department's before)
    assert [(e[0], e[1], e[3]) for e in found] == [("karimama", "attack", [])]


# 10. Armed men an army "neutralised" were killed in a battle.

def test_terrorists_neutralised_by_troops_are_a_battle(index):
    text = ("ABUJA (Daily Trust) \u2014 Troops of Operation Hadin Kai neutralised 12 terrorists in Bama LGA, Borno State, on "
            "Monday, the Defence Headquarters said.")
    found = readings.events(text, index, "2025-06-10")
    assert [(e[0], e[1], e[2]) for e in found] == [("bama-local-government-area", "ground_operation", "2025-06-09")]


# 11. A tanker told with what it carried before it exploded is an accident.

def test_a_tanker_carrying_petrol_that_exploded_is_an_accident(index):
    text = ("In a separate incident, a tanker carrying petrol exploded in Katcha LGA of Niger State on Saturday, killing "
            "86 people, the state emergency agency said.")
    found = readings.events(text, index, "2025-06-10")
    assert [(e[0], e[1], e[2]) for e in found] == [("katcha-local-government-area", "accident", "2025-06-07")]


# 12. "in X LGA of Y State", X a local government area the gazetteer lacks: the event is in the state.

def test_a_village_in_an_unknown_lga_of_a_state_is_in_the_state(index):
    text = ("ABUJA (Daily Trust) \u2014 Troops were deployed on Saturday.\n\nGunmen killed 12 people in Yelwata, a farming "
            "community in Guma LGA of Benue State, on Friday night, police said.")
    found = readings.events(text, index, "2025-06-10")
    assert ("benue-state", "attack", "2025-06-06") in [(e[0], e[1], e[2]) for e in found]


# 13. A name before "LGA of" a Nigerian state, known only abroad, is a local government area the gazetteer lacks.

def test_an_unknown_lga_of_a_nigerian_state_is_no_town_abroad(index):
    text = ("Gunmen killed 12 people in Yelwata, a farming community in Guma LGA of Benue State, on Friday night, "
            "police said.")
    assert _senses(text, index, "Guma") == []
    assert _senses(text, index, "Benue State") == [("Benue", "NG", "admin1")]
