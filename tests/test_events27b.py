"""Leads and headlines whose event is easily typed wrong, as the wires and national papers write them (the
twenty-seventh session's fx27b check): deadly rioting after an election ruling, agreements signed in a third
country's capital, court cases over past protests and attacks, outbreaks amid war, ships seized, residents
fleeing a quake into the streets."""

import readings
from readings import places


def events(text, index, published):
    return readings.events(text, index, published)


def test_rioting_told_over_days_after_a_ruling_is_the_news(index):
    text = ("MAPUTO, Mozambique (AFP) \u2014 At least 21 people were killed in two days of rioting in Mozambique "
            "after the country's top court confirmed the ruling Frelimo party's win in disputed October elections, "
            "police said on Wednesday.")
    found = events(text, index, "2024-12-25")
    assert [e[:3] for e in found] == [("mozambique", "riot", "2024-12-25")]


def test_residents_pouring_into_the_streets_after_a_quake_is_no_protest(index):
    text = ("YEREVAN, Armenia (AP) \u2014 Residents of Gumri, Armenia's second-largest city, poured into the streets "
            "on Tuesday night after a magnitude 4.8 earthquake shook the country's north, officials said.")
    found = events(text, index, "2025-06-10")
    assert [e[:3] for e in found] == [("gyumri", "disaster", "2025-06-10")]


def test_a_tanker_the_revolutionary_guard_seized_is_no_battle(index):
    text = ("DUBAI, Nov 14 (Reuters) - Iran's Revolutionary Guard seized a foreign oil tanker in the Strait of Hormuz "
            "on Friday, accusing it of smuggling fuel, state media reported.")
    found = events(text, index, "2025-11-14")
    assert [e[:3] for e in found] == [("strait-of-hormuz", "arrest", "2025-11-14")]


def test_a_cargo_ship_the_coastguard_seized_is_no_battle(index):
    text = ("ATHENS (Kathimerini) - The Greek coastguard has seized a cargo ship carrying undeclared explosives off "
            "the island of Crete, the Shipping Ministry said on Sunday.")
    assert [e[:2] for e in events(text, index, "2025-03-09")] == [("crete", "arrest")]


def test_a_ship_rebels_seized_is_their_hijacking(index):
    text = ("SANAA, Yemen (AP) \u2014 Yemen's Houthi rebels said on Monday they had seized a commercial vessel in the "
            "Red Sea and taken its 22 crew members to the port of Hodeidah.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-07")}
    assert ("red-sea", "attack") in found
    assert not any(type_id == "ground_operation" for _, type_id in found)


def test_a_protest_a_court_sentenced_activists_for_is_not_of_the_verdicts_day(index):
    text = ("ALMATY, Kazakhstan (AP) \u2014 A court in western Kazakhstan has sentenced three activists to five years "
            "in prison for organizing a protest in the oil town of Zhanaozen, their lawyer said Tuesday.")
    found = events(text, index, "2025-06-10")
    assert [e[:3] for e in found] == [("zhanaozen", "protest", None)]


def test_a_bombing_a_court_sentenced_men_for_is_of_its_own_year(index):
    text = ("PESHAWAR, Pakistan (Dawn) \u2014 An anti-terrorism court in Peshawar on Saturday sentenced nine men to "
            "life in prison for their role in the January 2023 suicide bombing of a mosque inside the city's police "
            "headquarters that killed 84 people.")
    found = events(text, index, "2025-03-08")
    assert not any(e[2] == "2025-03-08" for e in found)


def test_a_court_appearance_days_after_an_abduction_is_no_attack(index):
    text = ("KAMPALA, Uganda (AFP) \u2014 Veteran Ugandan opposition leader Kizza Besigye appeared before a military "
            "court in Kampala on Wednesday, days after his wife said he was abducted in Nairobi.")
    found = events(text, index, "2024-11-20")
    assert [e[:3] for e in found] == [("nairobi", "attack", None)]


def test_an_outbreak_spreading_where_fighting_goes_on_is_a_disaster(index):
    text = ("GOMA, Congo (Reuters) - Mpox infections are rising in eastern Congo, where fighting has forced health "
            "workers to abandon clinics and tens of thousands of people have fled camps around the city of Goma, aid "
            "groups said on Thursday.")
    found = events(text, index, "2025-02-06")
    assert {e[1] for e in found} == {"disaster"}


def test_the_fighting_an_agreement_would_end_is_no_battle(index):
    text = ("DOHA, Nov 15 (Reuters) - The Democratic Republic of Congo and the Rwanda-backed M23 rebel group signed a "
            "framework agreement in Doha on Saturday, a step towards ending years of fighting in eastern Congo.")
    found = events(text, index, "2025-11-15")
    assert [e[:3] for e in found] == [("doha", "talks", "2025-11-15")]


def test_a_peace_deal_signed_or_initialled_is_talks(index):
    text = "Congo and Rwanda signed a separate peace deal in Washington in June."
    assert [e[:3] for e in events(text, index, "2025-11-15")] == [("washington", "talks", "2025-06")]


def test_clashes_that_have_continued_are_not_of_the_month_told_before(index):
    text = ("GOMA, Congo (Reuters) - Mpox infections are rising in eastern Congo, aid groups said on Thursday.\n\n"
            "M23 rebels took control of Goma in January. Clashes between the rebels and pro-government militias "
            "known as Wazalendo have continued around Masisi and Walikale.")
    found = {(e[0], e[1]): e[2] for e in events(text, index, "2025-02-06")}
    assert found[("masisi", "ground_operation")] != "2025-01"
    assert found[("goma", "ground_operation")] == "2025-01"


def test_bombs_that_exploded_are_an_attack(index):
    text = ("DHAKA, Nov 17 (Reuters) - A Bangladesh court on Monday sentenced ousted prime minister Sheikh Hasina to "
            "death in absentia.\n\nSeveral crude bombs exploded in Dhaka on the eve of the verdict, police said.")
    assert [e[:2] for e in events(text, index, "2025-11-17")] == [("dhaka", "attack")]


def test_north_and_south_kivu_provinces_name_two_provinces_of_congo(index):
    text = "Fighting has continued in parts of North and South Kivu provinces despite a ceasefire."
    found = [(p[0], p[2], p[3]) for p in places(text, index)]
    assert found == [("North", "CD", "admin1"), ("South Kivu", "CD", "admin1")]


def test_besieged_areas_aid_may_enter_are_no_battle(index):
    text = ("JEDDAH, Saudi Arabia (AP) \u2014 Sudan's army and the paramilitary Rapid Support Forces signed a deal on "
            "Thursday to allow aid into El Fasher and other besieged areas of Darfur, Saudi and U.S. mediators said.")
    assert not any(e[1] == "ground_operation" for e in events(text, index, "2025-05-15"))


def test_a_mosque_bombing_is_an_attack_of_its_own_year(index):
    text = "Nine sentenced over 2023 mosque bombing in Peshawar"
    assert [e[:3] for e in events(text, index, "2025-03-08")] == [("peshawar", "attack", "2023")]


def test_a_tanker_seized_by_its_name_is_no_battle(index):
    text = "In 2023 the Guards seized the Advantage Sweet, a tanker chartered by Chevron, in the Gulf of Oman."
    assert [e[:3] for e in events(text, index, "2025-11-14")] == [("gulf-of-oman", "arrest", "2023")]


def test_protesters_who_blocked_roads_and_clashed_with_police_rioted(index):
    text = ("In the central city of Beira, witnesses said protesters blocked roads with burning tyres and clashed with "
            "riot police who fired tear gas.")
    assert [e[:2] for e in events(text, index, "2024-12-25")] == [("beira", "riot")]


def test_the_quake_told_again_as_it_struck_is_of_the_leads_day(index):
    text = ("YEREVAN, Armenia (AP) \u2014 Residents of Gumri, Armenia's second-largest city, poured into the streets "
            "on Tuesday night after a magnitude 4.8 earthquake shook the country's north, officials said.\n\n"
            "The Emergency Situations Ministry said the quake struck at 10:42 p.m. at a depth of 10 kilometers, about "
            "20 kilometers north of Gumri, in Shirak province.")
    found = {(e[0], e[1]): e[2] for e in events(text, index, "2025-06-10")}
    assert found[("shirak-province", "disaster")] is not None
    assert found[("shirak-province", "disaster")].startswith("2025-06-10")


def test_a_ship_named_after_its_flag_is_no_town(index):
    text = ("The Marshall Islands-flagged Talara was heading from Ajman in the United Arab Emirates to Singapore when "
            "it was diverted into Iranian waters, maritime security firm Ambrey said.")
    assert "Talara" not in [p[0] for p in places(text, index)]
