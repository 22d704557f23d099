"""Events that are not news (the twenty-sixth session's fx26n check): background, victims' origins, habits,
warnings and tallies, as the wires and national papers tell them around the news; none of them is an event
at the places they name."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_where_the_victims_came_from_and_what_they_had_visited_is_no_statement(index):
    text = ("Most of the passengers were from Maharashtra state in western India and had visited the Muktinath "
            "temple in Mustang district, officials said.")
    assert events(text, index, "2025-08-22") == []


def test_a_weather_warning_told_with_its_day_is_no_statement(index):
    text = ("NiMet had warned last week of heavy rainfall in Niger, Kwara, Kogi and Benue states, and the "
            "hydrological agency said the Niger and Benue rivers could rise further in the coming days.")
    assert events(text, index, "2025-06-09") == []


def test_aftershocks_warned_of_are_no_disaster(index):
    text = ("The agency warned that aftershocks were likely and said residents of Miyazaki and Kochi should remain "
            "cautious for a week.")
    assert [e[1] for e in events(text, index, "2025-01-13")] == []


def test_a_dam_burst_that_killed_is_a_disaster_not_an_attack(index):
    text = "Last year, a dam burst near Mai Mahiu killed more than 60 people."
    assert [e[1:3] for e in events(text, index, "2025-04-30")] == [("disaster", "2024")]
