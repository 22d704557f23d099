"""Events of protests, unrest and their policing as the wires and local papers report them (the
twenty-third session's fx23e check): a town's named avenue or city hall, "the capital, Nairobi", a
protest called for or that inspired another, a car driven into students, what protesters burn or loot,
curfews declared, and roads blocked by a crowd."""

import readings


def events(text, index, published="2025-06-26"):
    return readings.events(text, index, published)


def test_protesters_on_a_towns_named_avenue_are_in_the_town(index):
    text = ("TBILISI, Dec 1 (AFP) - Georgian riot police fired water cannon and tear gas at thousands of pro-EU "
            "demonstrators outside parliament on Tbilisi's Rustaveli Avenue overnight, the third straight night of "
            "protests after the government suspended talks on joining the European Union.")
    found = events(text, index, "2024-12-01")
    assert "tbilisi" in [e[0] for e in found]


def test_protesters_outside_a_towns_city_hall_are_in_the_town(index):
    text = ("On Sunday night, police fired tear gas, pepper spray and rubber bullets at protesters outside "
            "Istanbul's city hall in the Sarachane district, where tens of thousands had gathered for a fifth night.")
    found = events(text, index, "2025-03-24")
    assert [e[:3] for e in found] == [("istanbul", "protest", "2025-03-23")]


def test_marches_in_the_capital_and_other_towns_including_a_list(index):
    text = ("Thousands of young people marched in the capital, Nairobi, and in other towns including Mombasa, "
            "Nakuru, Nyeri and Kitengela, chanting \"Ruto must go.\"")
    found = events(text, index)
    assert [e[:2] for e in found] == [(p, "protest") for p in ("nairobi", "mombasa", "nakuru", "nyeri", "kitengela")]


def test_a_rally_called_for_is_no_event(index):
    text = ("President Aleksandar Vucic has called for dialogue, but students say their demands have not been met. "
            "Student groups have called for a general strike next week and a rally in Kragujevac on Feb. 15.")
    assert events(text, index, "2025-02-01") == []


def test_the_protests_that_inspired_a_movement_are_not_its_events(index):
    text = ("The movement, inspired by youth protests in Nepal and Indonesia, has said it will march again on "
            "Monday.")
    assert events(text, index, "2025-09-26") == []


def test_a_car_that_drove_into_students_is_an_attack(index):
    text = ("On Friday evening, a car drove into a group of students blocking a road in Belgrade, injuring one "
            "young woman, police said.")
    found = events(text, index, "2025-02-01")
    assert [e[:3] for e in found] == [("belgrade", "attack", "2025-01-31")]


def test_what_protesters_set_fire_to_is_a_riot(index):
    text = "Protesters in Kitengela, south of the capital, set fire to a police station and the local court, police said."
    assert [e[:2] for e in events(text, index)] == [("kitengela", "riot")]
    text = ("JAKARTA, Indonesia \u2014 Three people were killed after protesters set fire to a regional parliament "
            "building in the city of Makassar on Friday night, officials said.")
    assert ("makassar", "riot") in [e[:2] for e in events(text, index, "2025-08-30")]


def test_a_crowd_that_looted_shops_is_a_riot(index):
    text = "In Nakuru, a crowd looted shops and burned a government office."
    assert [e[:2] for e in events(text, index)] == [("nakuru", "riot")]


def test_curfews_declared_in_towns_are_statements(index):
    text = "Curfews were also declared in Pokhara, Butwal and Itahari."
    found = events(text, index, "2025-09-08")
    assert [e[:2] for e in found] == [(p, "statement") for p in ("pokhara", "butwal", "itahari")]


def test_students_who_blocked_a_highway_junction_protest(index):
    text = "Students in the southern city of Nis blocked a highway junction on Sunday morning for several hours."
    assert [e[:2] for e in events(text, index, "2025-06-29")] == [("nis", "protest")]


def test_a_sea_that_names_the_kind_of_town_is_no_place_of_the_protest(index):
    text = "Protests were also held in the Black Sea city of Batumi and in Kutaisi on Saturday, local media reported."
    found = events(text, index, "2024-12-01")
    assert [e[:3] for e in found] == [("batumi", "protest", "2024-11-30"), ("kutaisi", "protest", "2024-11-30")]


def test_a_passer_by_quoted_unnamed_makes_no_statement_where_they_are(index):
    text = ("In Jakarta, thousands of protesters clashed with police outside the national parliament on Friday, "
            "throwing rocks and fireworks.\n\n\"We are angry. The police killed our brother,\" said one driver in "
            "Jakarta.")
    found = events(text, index, "2025-08-30")
    assert [e[:2] for e in found] == [("jakarta", "riot")]


def test_the_dead_found_after_protests_are_counted_dead(index):
    from geomap.events import fatalities, find_figures
    sentence = ("LOME, June 28 (AFP) - At least seven people were found dead after three days of protests in Togo's "
                "capital Lome against President Faure Gnassingbe, rights groups said on Saturday.")
    assert fatalities(find_figures(sentence)) == 7


def test_a_headlines_as_is_no_part_of_its_count(index):
    from geomap.events import find_figures
    assert [f.text for f in find_figures("Police detain 13 as Serbian protesters clash with ruling party "
                                         "supporters in Kraljevo")] == []

