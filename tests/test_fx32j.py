"""Coups, mutinies and political crises as the wires and national papers report them (the thirty-second session's
fx32j check): power seized with no fighting told is no battle, martial law declared is the ruler's act."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


# 1. Power seized, with no fighting told, is no ground operation; a seizure of power or martial law declared is a
# strategic development (a statement).

def test_power_seized_is_no_ground_operation(index):
    text = "Soldiers seize power in Guinea-Bissau, say president arrested"
    found = events(text, index, "2025-11-26")
    assert "ground_operation" not in [e[1] for e in found]


def test_power_seized_on_a_day_is_the_coups_statement(index):
    text = ("Military officers in Guinea-Bissau seized power on Wednesday, a day before provisional results of a "
            "disputed presidential election were due.")
    found = events(text, index, "2025-11-26")
    assert [(e[0], e[1], e[2]) for e in found] == [("guinea-bissau", "statement", "2025-11-26")]


def test_martial_law_declared_is_an_event(index):
    text = ("South Korean President Yoon Suk Yeol declared emergency martial law in Seoul late on Tuesday, accusing "
            "the opposition of anti-state activities.")
    found = events(text, index, "2024-12-04")
    assert [(e[0], e[1], e[2]) for e in found] == [("seoul", "statement", "2024-12-03")]


# 2. A commune the gazetteer lacks, then its region: the region is where the attack was.

def test_a_commune_of_a_region_places_the_attack_in_the_region(index):
    text = ("On March 21, gunmen killed 44 civilians during Friday prayers at a mosque in Fambita, in the Kokorou "
            "commune of the Tillab\u00e9ri region, the interior ministry said.")
    found = events(text, index, "2025-03-27")
    assert [(e[0], e[1], e[2]) for e in found] == [("tillaberi-region", "attack", "2025-03-21")]


# 3. A compass word before the name of a capital of millions is the capital's part, not a smaller region so named.

def test_southern_lima_is_perus_capital_not_the_lima_region(index):
    text = ("LIMA, Oct 10 (Reuters) - Peru's Congress voted early on Friday to remove President Dina Boluarte from "
            "office, hours after a shooting at a concert in Chorrillos, a district in southern Lima, wounded members "
            "of the popular cumbia band Agua Marina.\n\nOn Tuesday, transport workers in Lima went on strike to "
            "protest extortion by criminal gangs.")
    found = readings.places(text, index)
    assert {(p[0], p[3]) for p in found if p[1] == "Lima"} == {("LIMA", "city"), ("Lima", "city")}


# 4. A name of three words after a title of three is the whole name, not cut after five words.

def test_a_presidents_name_after_a_long_title_is_whole(index):
    text = ("South Korean President Yoon Suk Yeol declared emergency martial law in Seoul late on Tuesday, accusing "
            "the opposition of anti-state activities.")
    found = events(text, index, "2024-12-04")
    assert "Yoon Suk Yeol" in [a for e in found for a in e[3]]
    assert "Yoon Suk" not in [a for e in found for a in e[3]]


# 5. Quarters of capitals the gazetteer lacked, whose names a town abroad bears, are the capital's.

def test_gombe_in_a_kinshasa_story_is_kinshasas_quarter(index):
    text = ("KINSHASA \u2014 Soldiers of the Congolese army's presidential guard exchanged fire with renegade troops "
            "for several hours on Sunday near the Palais de la Nation in Kinshasa.\n\nResidents of Gombe said they "
            "heard heavy gunfire from 4 a.m.")
    found = readings.places(text, index)
    assert [(p[0], p[2]) for p in found if p[0] == "Gombe"] == [("Gombe", "CD")]


def test_miraflores_in_a_la_paz_story_is_no_district_of_lima(index):
    text = ("LA PAZ, Bolivia (AP) \u2014 Bolivia's former army commander was arrested Wednesday after troops rammed "
            "the doors of the government palace.\n\nThe soldiers pulled out of the square and Z\u00fa\u00f1iga was "
            "arrested outside the army headquarters in the Miraflores neighborhood.")
    found = readings.places(text, index)
    assert [(p[0], p[2]) for p in found if p[0] == "Miraflores"] == [("Miraflores", "BO")]


def test_the_island_of_sainte_marie_in_a_madagascar_story(index):
    text = ("ANTANANARIVO, Madagascar (AP) \u2014 Madagascar's President Andry Rajoelina has left the country, an "
            "opposition leader said Monday. A French military plane flew him from the island of Sainte-Marie to "
            "R\u00e9union, French radio RFI reported.")
    found = readings.places(text, index)
    assert [(p[0], p[2]) for p in found if p[0] == "Sainte-Marie"] == [("Sainte-Marie", "MG")]


# 6. What protesters themselves attack, homes or offices, is a riot; protesters attacked are no rioters.

def test_protesters_who_attacked_homes_riot(index):
    text = ("In Biratnagar and Pokhara, protesters attacked the homes of ministers and offices of political "
            "parties.")
    found = events(text, index, "2025-09-10")
    assert sorted((e[0], e[1]) for e in found) == [("biratnagar", "riot"), ("pokhara", "riot")]


def test_protesters_who_were_attacked_do_not_riot(index):
    text = "In Biratnagar, protesters were attacked by plainclothes men on Tuesday."
    found = events(text, index, "2025-09-10")
    assert "riot" not in [e[1] for e in found]


# 7. Where those a junta accuses of a plot are based is no place of its statement.

def test_plotters_based_abroad_take_no_statement(index):
    text = ("OUAGADOUGOU, April 22 (AFP) - Burkina Faso's junta said on Monday it had foiled a \"major plot\" to "
            "overthrow Captain Ibrahim Traor\u00e9, accusing soldiers and \"terrorist leaders\" based in Ivory Coast "
            "of planning to attack the presidency on April 16.")
    found = events(text, index, "2025-04-22")
    assert "ivory-coast" not in [e[0] for e in found]


# 8. What protesters did after "and", a curfew defied and a residence stormed, is a riot still.

def test_protesters_who_defied_a_curfew_and_stormed_a_residence_riot(index):
    text = ("Bangladesh Prime Minister Sheikh Hasina resigned and fled the country on Monday, as hundreds of "
            "thousands of protesters defied a curfew and stormed her official residence in Dhaka.")
    found = events(text, index, "2024-08-06")
    assert [(e[0], e[1], e[2]) for e in found] == [("dhaka", "riot", "2024-08-05")]
