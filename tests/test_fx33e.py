"""Communal, ethnic and sectarian violence as the wires and national papers report it in 2025 (the thirty-third
session's fx33e check): farmer-herder raids in Nigeria's Plateau, Benue and Kaduna, Manipur's and Ethiopia's ethnic
violence, Syria's sectarian killings, Kurram, mob lynchings, cattle raids and church attacks."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_an_attack_whose_attackers_are_named_before_it_took_place(index):
    text = ("The attack by the Allied Democratic Forces took place early Sunday in Komanda, a town in Ituri province, "
            "said Dieudonne Duranthabo, a civil society coordinator in Komanda.")
    assert [e[:2] for e in events(text, index, "2025-07-27")] == [("komanda", "attack")]


def test_a_man_beaten_to_death_and_others_injured_by_a_mob(index):
    text = ("BHUBANESWAR: A 35-year-old man was beaten to death and two others were injured by a mob on suspicion of "
            "smuggling cattle in Odisha's Balasore district on Saturday night, police said on Sunday.")
    assert [e[:2] for e in events(text, index, "2025-09-07")] == [("balasore-district", "riot")]


def test_raiders_who_attacked_herders(index):
    text = ("The raiders, believed to be from the Pokot community, attacked herders at Kagir in Baringo North "
            "sub-county and drove away more than 500 head of cattle, police commander Julius Kiragu said.")
    assert [e[1] for e in events(text, index, "2025-03-22")] == ["attack"]


def test_a_people_called_ethnic_is_no_region(index):
    text = ("ADDIS ABABA (Reuters) - At least eight people were killed in clashes between ethnic Amhara and Oromo "
            "residents in Ethiopia's Oromia region this week, residents and a local official said on Thursday.\n\n"
            "Oromia, Ethiopia's most populous region, has seen repeated massacres of ethnic Amhara civilians since "
            "2020.")
    found = readings.names(text, index)
    assert "Amhara" not in found
    assert "Oromia region" in found


def test_a_holiday_of_the_year_the_sentence_opened_with(index):
    text = ("In December 2023, more than 100 people were killed in attacks on villages in Bokkos and Barkin Ladi in "
            "neighbouring Plateau state on Christmas Eve.")
    assert {e[2] for e in events(text, index, "2025-04-16")} == {"2023-12-24"}


def test_an_outbreak_of_tribal_violence_is_no_disaster(index):
    text = ("PORT MORESBY, Papua New Guinea (Reuters) - At least 30 people were killed in a clash between rival clans "
            "in Papua New Guinea's remote Enga province, police said on Monday, the latest outbreak of tribal "
            "violence in the highlands.")
    assert [e[:2] for e in events(text, index, "2025-08-04")] == [("enga-province", "ground_operation")]


def test_a_killing_that_triggered_protests_elsewhere_is_an_attack_where_it_happened(index):
    text = ("In November last year, militants abducted and killed six women and children from relief camps in "
            "Jiribam, triggering protests across Imphal valley.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-06-08")}
    assert ("jiribam", "attack") in found
    assert ("jiribam", "protest") not in found


def test_a_place_people_fled_is_no_actor(index):
    text = ("Local officials said more than 6,000 people had fled Gwer West and were sheltering in camps in Naka "
            "and Aondona.")
    assert all("Gwer West" not in e[3] for e in events(text, index, "2025-06-14"))
