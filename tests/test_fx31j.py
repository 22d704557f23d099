"""Events of mass shootings, terror attacks and stabbings in Europe and North America as AP, Reuters and AFP
report them (the thirty-first session's fx31j check): a car slammed into a Christmas market, a shooter's fire
through a church's windows."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_car_slammed_into_a_christmas_market_is_an_attack(index):
    text = ("MAGDEBURG, Germany (AP) \u2014 A driver slammed a car into a busy outdoor Christmas market in the "
            "eastern German city of Magdeburg on Friday evening, killing at least five people, including a "
            "9-year-old child, and injuring more than 200, officials said.")
    assert [e[:3] for e in events(text, index, "2024-12-20")] == [("magdeburg", "attack", "2024-12-20")]


def test_a_shooter_firing_through_a_churchs_windows_is_an_attack(index):
    text = ("MINNEAPOLIS (AP) \u2014 A shooter fired through the windows of a church during a Mass for students at "
            "Annunciation Catholic School in Minneapolis on Wednesday morning, killing two children and injuring 17 "
            "other people, police said.")
    assert [e[:3] for e in events(text, index, "2025-08-27")] == [("minneapolis", "attack", "2025-08-27")]


def test_a_past_shooting_named_by_its_year_is_that_years(index):
    text = ("Many of the students on campus on Thursday had also lived through the 2018 shooting at Marjory "
            "Stoneman Douglas High School in Parkland, Florida, that killed 17 people.")
    assert [e[:3] for e in events(text, index, "2025-04-17")] == [("parkland", "attack", "2018")]


def test_the_day_a_game_was_postponed_to_is_not_the_attacks(index):
    text = ("NEW ORLEANS (AP) \u2014 A man drove a pickup truck into a crowd of New Year's revelers on Bourbon Street "
            "early Wednesday, killing at least 14 people and injuring dozens more in what the FBI said was an act "
            "of terrorism.\n\n"
            "The attack happened at about 3:15 a.m. at the intersection of Bourbon and Canal streets in the city's "
            "French Quarter, hours before the Sugar Bowl college football game, which was postponed to Thursday.")
    found = events(text, index, "2025-01-01")
    assert [e[1:3] for e in found] == [("attack", "2025-01-01")], found


def test_a_datelined_ramming_is_dated_by_its_own_day_not_the_charges(index):
    text = ("LIVERPOOL, England (Reuters) - A 53-year-old British man was charged on Thursday with 17 offences, "
            "including causing grievous bodily harm with intent, after a car ploughed into crowds celebrating "
            "Liverpool's Premier League title on Monday, injuring more than 100 people.")
    found = events(text, index, "2025-05-29")
    assert [e[:3] for e in found] == [("liverpool", "attack", "2025-05-26")], found


def test_wounded_counted_after_a_ministers_words_in_the_capital_are_the_shootings(index):
    text = ("STOCKHOLM, Feb 5 (Reuters) - A gunman killed ten people at an adult education centre in the Swedish "
            "city of Orebro on Tuesday before apparently killing himself, police said.\n\n"
            "\"Today we have seen brutal, deadly violence against completely innocent people,\" Kristersson told a "
            "news conference in Stockholm.\n\n"
            "Police said six people were wounded, including the gunman.")
    found = events(text, index, "2025-02-05")
    assert ("sweden", "attack") not in [e[:2] for e in found], found
    assert [e[:2] for e in found if e[1] == "attack"] == [("orebro", "attack")], found


def test_a_suspects_home_village_in_a_who_aside_is_not_where_he_was_charged(index):
    text = ("Axel Rudakubana, who was born in Cardiff, Wales, to Rwandan parents and lived in the village of Banks "
            "in Lancashire, was also charged with 10 counts of attempted murder, Merseyside Police said.")
    found = events(text, index, "2024-08-01")
    assert "banks" not in [e[0] for e in found], found


def test_a_school_outside_a_big_city_is_the_datelines_towns(index):
    text = ("WINDER, Ga. (AP) \u2014 A 14-year-old student opened fire at Apalachee High School outside Atlanta on "
            "Wednesday morning, killing two students and two teachers and wounding nine others, authorities said.")
    found = events(text, index, "2024-09-04")
    assert [e[:3] for e in found] == [("winder", "attack", "2024-09-04")], found


def test_a_church_in_the_state_is_the_township_datelines(index):
    text = ("GRAND BLANC TOWNSHIP, Mich. (AP) \u2014 A gunman crashed his pickup truck into a Mormon church in "
            "Michigan during Sunday services, opened fire on the congregation and set the building ablaze, killing "
            "at least four people and wounding eight others before he was shot dead by police, authorities said.")
    found = events(text, index, "2025-09-28")
    assert [e[:2] for e in found] == [("grand-blanc", "attack")], found


def test_a_stabbing_at_a_rally_is_an_attack_not_a_protest(index):
    text = ("The attack came three months after a police officer was fatally stabbed by an Afghan man at an "
            "anti-Islam rally in the city of Mannheim on May 31.")
    found = events(text, index, "2024-08-24")
    assert [e[:3] for e in found] == [("mannheim", "attack", "2024-05-31")], found


def test_threats_to_commit_a_school_shooting_are_no_attack(index):
    text = ("In May 2023, investigators in Jackson County questioned him about online threats to commit a school "
            "shooting, but there was no probable cause for an arrest, the FBI said in a statement.")
    found = events(text, index, "2024-09-04")
    assert "attack" not in [e[1] for e in found], found


def test_a_holy_day_and_a_bowl_game_are_no_actors(index):
    text = ("MANCHESTER, England, Oct 2 (Reuters) - A man drove a car into people and stabbed them outside a "
            "synagogue in the northern English city of Manchester on Thursday, killing two people on Yom Kippur, "
            "the holiest day in the Jewish calendar, before police shot him dead, officials said.")
    found = events(text, index, "2025-10-02")
    assert found and all("Yom Kippur" not in e[3] for e in found), found
    text = ("The attack happened at about 3:15 a.m. at the intersection of Bourbon and Canal streets in the city's "
            "French Quarter, hours before the Sugar Bowl college football game, which was postponed to Thursday.")
    found = events(text, index, "2025-01-01")
    assert found and all("Sugar Bowl" not in e[3] for e in found), found


def test_charged_on_a_day_with_first_degree_murder_is_the_charge_not_an_attack(index):
    text = "He was charged Monday with six counts of first-degree murder at the courthouse in Quebec City."
    found = events(text, index, "2017-01-30")
    assert [e[1] for e in found] == ["arrest"], found
