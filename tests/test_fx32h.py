"""Events of prison riots, jailbreaks, police raids and gang crackdowns as the wires and national papers report
them (session fx32h's check): gunmen's attack on a prison with the day told between, Nigeria's custodial centres
and a mass escape from a prison, a fugitive caught in the mountains of a state or recaptured, the port a cargo came
from."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_gunmen_who_attacked_on_a_day_a_prison(index):
    text = ("LOKOJA, Nigeria \u2014 Gunmen on Tuesday night attacked the custodial centre in Koton Karfe, Kogi State, "
            "freeing 12 inmates, the Nigerian Correctional Service has said.")
    assert [e[:3] for e in events(text, index, "2025-06-12")] == [("koton-karfe", "attack", "2025-06-10")]


def test_inmates_escaped_from_a_custodial_centre(index):
    # (article 03's sentence, its cause left out: an escape the rain caused is the rain's disaster)
    text = "In April 2024, 119 inmates escaped from a custodial centre in Suleja, the prison service said."
    assert [e[:2] for e in events(text, index, "2025-09-12")] == [("suleja", "riot")]


def test_a_mass_escape_from_a_prison_is_a_jailbreak(index):
    text = ("KINSHASA, Sept 3 (Reuters) - At least 129 people were killed during an attempted mass escape from Makala, "
            "the largest prison in the Democratic Republic of Congo's capital Kinshasa, Interior Minister Jacquemain "
            "Shabani said on Tuesday.")
    assert [e[:2] for e in events(text, index, "2025-09-02")] == [("kinshasa", "riot")]


def test_arrested_in_the_mountains_of_a_state(index):
    text = "Caro Quintero was arrested in July 2022 in the mountains of Sinaloa state, after years on the run."
    assert [e[:3] for e in events(text, index, "2025-02-28")] == [("sinaloa-state", "arrest", "2022-07")]


def test_the_port_a_cargo_came_from_is_no_statements_place(index):
    text = ("The drugs were found in boxes inside a container that arrived from the port of Guayaquil, police said.")
    assert [e[:2] for e in events(text, index, "2025-10-23")] == []


def test_a_fugitive_recaptured_is_an_arrest(index):
    text = ("Macías, who escaped from a prison in the port city of Guayaquil in January 2024, was recaptured in June "
            "in the city of Manta, in Manabí province, after 17 months on the run.")
    assert [e[:3] for e in events(text, index, "2025-07-20")] == [("manta", "arrest", "2025-06")]



def test_a_town_the_flood_submerged(index):
    text = ("Heavy flooding after the collapse of the Alau dam on the outskirts of the city submerged half of Maiduguri, "
            "the capital of Borno state, killing at least 30 people.")
    found = events(text, index, "2025-09-12")
    assert [e[:2] for e in found] == [("maiduguri", "disaster")]
