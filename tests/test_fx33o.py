"""Events of the Gen Z protests of 2025 in Nepal, Madagascar, Morocco, Indonesia, Peru, Kenya, the Philippines and
Serbia as the wires and national papers report them (the thirty-third session's fx33o check): the nationality of
the young protesters names no country that acts; what young men burn, and what protesters burn in their
second deed after a comma and "and", is a riot; victims named with their ages are no actors; a teaching hospital
is where the hurt were treated."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_demonym_of_the_students_names_no_actor(index):
    text = ("NOVI SAD, Serbia (AP) \u2014 Serbian students clash with police in Novi Sad on Friday, as students led "
            "demonstrations against President Aleksandar Vucic's government.")
    found = events(text, index, "2025-10-31")
    assert found and all("Serbia" not in e[3] for e in found)


def test_young_nationals_who_rally_name_no_actor(index):
    text = ("CASABLANCA, Morocco (AP) \u2014 Hundreds of young Moroccans rallied peacefully in Casablanca and Rabat "
            "on Saturday, as the GenZ 212 movement distanced itself from rioting.")
    found = events(text, index, "2025-10-04")
    assert {e[0] for e in found} >= {"casablanca", "rabat"}
    assert all(e[3] == [] for e in found)


def test_young_men_who_set_fire_to_a_bank_riot(index):
    text = "In Inezgane, south of Agadir, young men set fire to cars and a bank branch on Tuesday night."
    assert [e[:2] for e in events(text, index, "2025-10-02")] == [("inezgane", "riot")]


def test_the_protesters_second_deed_after_a_comma_is_a_riot(index):
    text = ("Protesters threw stones and flares at the offices of the ruling Serbian Progressive Party, and set fire "
            "to the party's office in Valjevo, police said.")
    assert [e[:2] for e in events(text, index, "2025-10-31")] == [("valjevo", "riot")]


def test_two_victims_named_with_their_ages_are_no_actors(index):
    text = ("ITAHARI, Sunsari \u2014 Ramesh Karki, 19, and Suman Rai, 21, were shot when police opened fire on "
            "protesters in Itahari on Tuesday.")
    found = events(text, index, "2025-09-11")
    assert found and all(e[3] == [] for e in found)


def test_one_who_died_told_by_age_is_no_actor(index):
    text = ("Affan Kurniawan, 21, a delivery driver for ride-hailing firm Gojek, died on Thursday night after a police "
            "armoured vehicle struck him near the parliament building in Central Jakarta.")
    found = events(text, index, "2025-08-29")
    assert found and all("Affan Kurniawan" not in e[3] for e in found)


def test_victims_listed_by_age_with_semicolons_are_no_actors(index):
    # (a guard of the rule above: the list's others had become actors once its last name was no longer one)
    text = ("Nathan Skaggs, 2; Patrick Snelling, 8; Breonna Snelling, 10; and Cassandra Karg, 10, died in a fire "
            "at a mobile home in St. Paris on Saturday.")
    found = events(text, index, "2025-03-01")
    assert found and all(e[3] == [] for e in found)


def test_an_institute_of_health_sciences_is_where_the_hurt_were_treated(index):
    text = "A third protester was being treated at BP Koirala Institute of Health Sciences in Dharan."
    assert events(text, index, "2025-09-11") == []
