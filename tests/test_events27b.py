"""Leads and headlines whose event is easily typed wrong, as the wires and national papers write them (the
twenty-seventh session's fx27b check): deadly rioting after an election ruling, agreements signed in a third
country's capital, court cases over past protests and attacks, outbreaks amid war, ships seized, residents
fleeing a quake into the streets."""

import readings


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
