"""Figures in follow-ups to ferry and boat sinkings, building collapses, tanker explosions and landslides (the
twenty-seventh session's fx27f check): the feared dead are no count of the dead, and those on board a craft that
sank or overturned are no toll of it."""

import readings
from geomap.events import find_figures


def test_the_feared_dead_of_a_headline_are_no_toll():
    assert find_figures("Dozens feared dead after ferry sinks off Bali") == []


def test_more_feared_dead_beside_a_toll_are_no_toll():
    sentence = ("KAMPALA, Uganda (Reuters) \u2014 The number of people killed in landslides that buried villages in "
                "eastern Uganda's Bulambuli district rose to 27 on Sunday, with at least 100 more feared dead, the "
                "Uganda Red Cross said.")
    assert all(f.unit != "dead" or f.value != 100 for f in find_figures(sentence))


def test_people_feared_dead_are_no_count():
    assert find_figures("At least 20 people are feared dead after the boat capsized near Obock.") == []


def test_those_on_board_a_boat_that_overturned_are_no_figure():
    sentence = ("The boat, carrying 310 passengers, mostly Ethiopians, overturned in rough seas near Obock on "
                "Tuesday, the IOM said.")
    assert find_figures(sentence) == []


def test_those_on_board_a_speedboat_that_sank_beside_the_missing():
    sentence = ("PHUKET, Thailand (AP) \u2014 Thai navy divers resumed the search on Friday for four tourists missing "
                "after a speedboat carrying 30 people sank off Phuket, officials said.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(4, "tourists")]


def test_the_dead_told_beside_the_feared_dead_stay():
    sentence = "At least 45 migrants drowned and dozens more were feared dead after a boat capsized off Djibouti."
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(45, "migrants")]


def test_a_toll_brought_up_by_more_bodies_is_the_toll():
    sentence = ("MOKWA, Nigeria (Reuters) \u2014 Divers recovered 13 more bodies on Wednesday, bringing the toll to 40 "
                "in the boat accident on the Niger river near Mokwa in Nigeria's Niger state, officials said.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(40, "dead")]


def test_a_toll_raised_by_more_who_died_of_their_injuries():
    sentence = '"Three more people succumbed to their injuries overnight, raising the toll to 38," he said.'
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(38, "dead")]


def test_the_more_injured_beside_a_toll_stay():
    sentence = "Rescuers found five more bodies, bringing the toll to 20, while 12 more were injured."
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(20, "dead"), (12, "injured")]


def test_crew_members_killed_are_counted_as_crew():
    sentence = ("ISTANBUL (AP) \u2014 A cargo ship sank in a storm in the Black Sea off Turkey's northern coast on "
                "Monday, killing three crew members, Turkish officials said.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(3, "crew members")]



def test_those_a_boat_set_out_with_before_it_sank_are_no_figure():
    sentence = "The boat, with 26 passengers and four crew, hit a large wave and sank near Koh Racha Yai on Thursday afternoon."
    assert find_figures(sentence) == []



def test_a_toll_from_the_collapse_of_a_factory_is_an_accident(index):
    text = ("DHAKA, Bangladesh (AFP) \u2014 The death toll from the collapse of a five-storey garment factory on the "
            "outskirts of Dhaka rose to 18 on Friday, as rescuers cut through concrete slabs searching for survivors, "
            "fire officials said.")
    assert [e[1] for e in readings.events(text, index, "2025-03-14")] == ["accident"]


def test_a_toll_from_a_collision_between_a_bus_and_a_minibus_is_an_accident(index):
    text = ("DAR ES SALAAM, Tanzania (AFP) \u2014 The death toll from a collision between a bus and a minibus in "
            "northern Tanzania rose to 38 on Sunday, police said, after three of the injured died in hospital.")
    assert [e[1] for e in readings.events(text, index, "2025-06-29")] == ["accident"]


def test_a_toll_from_a_boat_fire_is_an_accident(index):
    text = "The death toll from a boat fire near Mbandaka has risen to 148, officials said Saturday."
    assert [e[:2] for e in readings.events(text, index, "2025-04-19")] == [("mbandaka", "accident")]


def test_the_number_of_people_killed_that_rose_is_the_toll():
    sentence = ("KAMPALA, Uganda (Reuters) \u2014 The number of people killed in landslides that buried villages in "
                "eastern Uganda's Bulambuli district rose to 27 on Sunday, with at least 100 more feared dead, the "
                "Uganda Red Cross said.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(27, "dead")]
