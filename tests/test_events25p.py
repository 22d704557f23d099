"""Events of protests, riots, strikes and political unrest as Reuters, AP, AFP and national papers report them
in 2025 (the twenty-fifth session's fx25p check): clashes the police fought with crowds."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_police_injured_in_clashes_in_several_cities_is_a_riot(index):
    text = "Dacic said 22 police officers had been injured in the clashes in Novi Sad, Kraljevo and Valjevo."
    found = {(e[0], e[1]) for e in events(text, index, "2025-08-03")}
    assert found == {("novi-sad", "riot"), ("kraljevo", "riot"), ("valjevo", "riot")}


def test_demonstrators_who_clashed_with_police_riot(index):
    text = ("Demonstrators also torched police posts in Jakarta and clashed with police in Surabaya, Bandung, "
            "Yogyakarta and Medan.")
    found = {e[1] for e in events(text, index, "2025-08-30")}
    assert found == {"riot"}


def test_gunmen_who_clashed_with_police_fought_a_battle(index):
    text = "Gunmen clashed with police in Zamfara state on Tuesday, officials said."
    assert "riot" not in {e[1] for e in events(text, index, "2025-08-30")}


def test_clashes_the_police_only_told_of_stay_a_battle(index):
    text = ("A church in Manipur's Churachandpur district was set on fire early on Tuesday, two days after clashes "
            "in neighbouring Bishnupur district, police said.")
    assert "riot" not in {e[1] for e in events(text, index, "2025-08-30")}
