"""Heists, robberies and thefts as the wires and local papers report them (the thirty-third session's fx33q
check): a robbery by armed men or at gunpoint is an attack on those robbed, not the police's statement, and
"nobody was injured" counts no one."""

from geomap.events import find_figures
from geomap.model import Article
from geomap.pipeline import extract

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_armed_men_who_robbed_a_shop_are_an_attack(index):
    text = ("ANTWERP, Belgium (Belga) - Three armed men robbed a jewellery shop in Antwerp's diamond district on "
            "Thursday afternoon, threatening staff with handguns before fleeing with diamonds worth several million "
            "euros, the prosecutor's office said.")
    assert [e[:3] for e in events(text, index, "2025-05-15")] == [("antwerp", "attack", "2025-05-15")]


def test_armed_robbers_who_looted_a_bank_are_an_attack(index):
    text = ("PATNA (PTI) - Armed robbers looted around Rs 5 crore in cash and jewellery from a private bank branch "
            "in Bihar's Arrah town on Monday, police said.")
    assert [e[:3] for e in events(text, index, "2025-08-11")] == [("arrah", "attack", "2025-08-11")]


def test_an_armed_gang_that_attacked_security_vans_is_an_attack(index):
    text = ("NUORO, Italy (ANSA) - An armed gang of around 15 men attacked two security vans on the Sassari-Olbia "
            "road near the village of Siniscola on Tuesday and escaped with an estimated 3 million euros, police "
            "said.")
    assert [e[:3] for e in events(text, index, "2025-03-11")] == [("siniscola", "attack", "2025-03-11")]


def test_staff_held_at_gunpoint_are_an_attack(index):
    text = ("DUBLIN (Irish Times) - A gang held staff at gunpoint at a bank branch in Tallaght on Friday morning "
            "and escaped with a substantial sum of cash, gardai said.")
    assert [e[:3] for e in events(text, index, "2025-04-04")] == [("tallaght", "attack", "2025-04-04")]


def test_armed_men_storming_beside_other_news_are_not_its_places(index):
    # a guard of the robbers' rule (it passes before it too): their storming is left to the raiders' rule
    text = ("Ecuador's president ordered the army into the prisons of Guayaquil after a gang leader escaped from the "
            "Litoral penitentiary. Explosions were reported in Quito, Cuenca and Esmeraldas, and armed men stormed a "
            "television studio during a live broadcast.")
    assert not [e for e in events(text, index, None) if e[1] == "attack"]


def test_a_spokesman_who_said_nobody_was_injured_counts_no_one():
    assert find_figures("A spokesman said nobody was injured.") == []


def test_nobody_injured_adds_no_victim_to_the_robbery(index):
    text = ("A gang held staff at gunpoint at a bank branch in Tallaght on Friday morning and escaped with cash, "
            "gardai said.\n\nGardai at Tallaght are investigating and have appealed for witnesses. A spokesman said "
            "nobody was injured.")
    doc = extract(Article(text=text, id="x", published="2025-04-04"), index=index)
    assert [(e.place, e.type, [f.value for f in e.figures]) for e in doc.events] == [("tallaght", "attack", [])]


def places(text, index, published):
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return {(p.name, p.country) for p in doc.places}


def test_bhojpur_in_bihar_is_indias_district(index):
    text = ("Six men armed with pistols entered the branch in Bihar's Arrah town around 10.30 am and held employees "
            "hostage for 20 minutes, Bhojpur Superintendent of Police Raj said.")
    assert ("Bhojpur district", "IN") in places(text, index, "2025-08-11")


def test_the_east_rand_is_a_place_not_an_actor(index):
    text = ("JOHANNESBURG - Police have launched a manhunt for about 10 heavily armed suspects who attacked a "
            "cash-in-transit vehicle in Boksburg on Ekurhuleni's East Rand on Wednesday morning.")
    assert ("East Rand", "ZA") in places(text, index, "2025-09-17")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-09-17")] == [("boksburg", "attack", [])]
