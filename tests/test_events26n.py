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
