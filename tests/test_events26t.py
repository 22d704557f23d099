"""Events of news leads and their retellings that had made no event or only a statement (the twenty-sixth
session's fx26t check): a blast that ripped through a works, at a
town the gazetteer had lacked, not where its smoke was seen from; a mob that beat men to death; crowds that
set fire in a clause after a protest's; a toll told by "Amnesty International Kenya";
homes that gangs burned; a bus that fell a height; a helicopter that crashed on a flood relief mission;
protesters who "storm parliament" in a headline; a march that clashed with riot police, in a capital's
dateline."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_an_explosion_that_ripped_through_a_factory_is_an_accident(index):
    text = ("CHENNAI, India (PTI) \u2014 An explosion ripped through a fireworks factory near Sivakasi in Tamil Nadu's "
            "Virudhunagar district on Tuesday, killing eight workers, police said.")
    found = events(text, index, "2025-07-01")
    assert [e[:3] for e in found] == [("sivakasi", "accident", "2025-07-01")]


def test_a_refinery_blast_is_at_its_town_not_where_its_smoke_was_seen(index):
    text = ("ASALUYEH, Iran (AP) \u2014 A series of explosions ripped through a gas refinery in the South Pars energy "
            "zone at Asaluyeh on Iran's Persian Gulf coast on Saturday, killing at least 14 workers and sending a "
            "column of black smoke into the sky that was visible from the port of Kangan, 50 kilometers away, state "
            "media reported.")
    found = events(text, index, "2025-06-14")
    assert [e[:3] for e in found] == [("asaluyeh", "accident", "2025-06-14")]


def test_a_mob_that_beat_men_to_death_is_a_riot(index):
    text = ("DHAKA, Bangladesh (AFP) \u2014 A mob beat two men to death in Lalmonirhat district on Saturday after "
            "accusing them of stealing cattle, police said.")
    found = events(text, index, "2025-10-11")
    assert [e[1:3] for e in found] == [("riot", "2025-10-11")]


def test_crowds_that_set_fire_after_a_protest_clause_make_a_riot(index):
    text = ("Police fired tear gas and water cannon at protesters in Nairobi's central business district, and crowds "
            "set fire to the Kikuyu law courts and a police station in Kikuyu town, north of the capital.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-06-26")}
    assert ("kikuyu", "riot") in found and ("kikuyu", "protest") not in found


def test_a_country_naming_an_organisations_chapter_is_no_place_of_the_toll(index):
    text = ("NAIROBI, Kenya (Reuters) \u2014 At least 16 people were killed and 400 injured in the protests, Amnesty "
            "International Kenya said on Thursday.")
    found = events(text, index, "2025-06-26")
    assert [e[:2] for e in found] == [("nairobi", "protest")]


def test_homes_that_gangs_burned_are_an_attack(index):
    text = ("On Monday gangs burned homes in Mirebalais, a town in the Centre department, and freed more than 500 "
            "inmates from the local prison.")
    found = events(text, index, "2024-10-04")
    assert [e[:3] for e in found] == [("mirebalais", "attack", "2024-09-30")]


def test_a_bus_that_fell_a_height_is_the_accident_told_again(index):
    text = ("KATHMANDU, Nepal (AP) \u2014 A passenger bus skidded off a highway and plunged into the Trishuli River in "
            "central Nepal on Sunday, killing at least 12 people and injuring 20, police said.\n\n"
            "The bus fell about 150 meters near Benighat in Dhading district, police official Madhav Paudel said.")
    found = events(text, index, "2025-08-24")
    assert [e[1] for e in found] == ["accident", "accident"]


def test_a_helicopter_crash_on_a_flood_relief_mission_is_an_accident(index):
    text = ("PESHAWAR, Pakistan (AFP) \u2014 A rescue helicopter crashed in Mohmand district on Friday while on a "
            "flood relief mission, killing all five crew members, officials said.")
    found = events(text, index, "2025-08-15")
    assert [e[1:3] for e in found] == [("accident", "2025-08-15")]


def test_a_headlines_storm_of_parliament_is_no_disaster(index):
    text = ("Protesters storm parliament in Nepal as curfew imposed\n\n"
            "KATHMANDU, Nepal (Reuters) \u2014 Protesters stormed Nepal's parliament on Monday and set it on fire.")
    found = events(text, index, "2025-09-08")
    assert found and "disaster" not in {e[1] for e in found}


def test_a_march_that_clashed_with_police_in_a_capital_datelined(index):
    text = ("BUENOS AIRES, Argentina (AP) \u2014 Thousands of retirees and union members marched on Congress on "
            "Wednesday to demand higher pensions, clashing with riot police who fired tear gas and rubber bullets.")
    found = events(text, index, "2025-03-12")
    assert [e[0] for e in found] == ["buenos-aires"] and found[0][1] in ("protest", "riot") \
        and found[0][2] == "2025-03-12"
