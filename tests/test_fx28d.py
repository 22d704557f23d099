"""Places from the twenty-eighth session's audit of place names that go wrong: names the gazetteer
lacks, wrong senses, and names inside other names (districts named like towns elsewhere, firms and
rooms named after places)."""

from readings import events, places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A city's district the sentence names with its city, after "of" or before a possessive, is no
# town of the same name elsewhere.

def test_the_district_of_a_city_named_after_it_is_no_town_elsewhere(index):
    text = ("KHARKIV, Ukraine (AP) - Russian drones struck a residential high-rise in the Kyivskyi district of "
            "Kharkiv overnight, injuring 17 people including two children, the regional governor said Thursday.")
    assert {p[1] for p in places(text, index)} == {"Kharkiv", "Russia", "Ukraine"}
    assert [e[:2] for e in events(text, index, "2025-06-12")] == [("kharkiv", "strike")]


def test_the_district_of_a_city_named_before_it_is_no_town_elsewhere(index):
    text = "Russian drones hit Kharkiv's Kyivskyi district, injuring 17"
    assert _senses(text, index, "Kyivskyi district") == []
    assert _senses(text, index, "Kharkiv")
