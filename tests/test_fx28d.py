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


# 2. A place that opens a maker's of instruments or a commodity exchange's name is no place.

def test_a_place_opening_an_instrument_makers_name_is_no_place(index):
    text = ("DALLAS (Reuters) - Texas Instruments said on Thursday it would cut about 1,000 jobs at its chip plant "
            "in Sherman, Texas, as demand for industrial semiconductors weakens.")
    assert [p[0] for p in places(text, index) if p[1] == "Texas"] == ["Texas"]
    assert _senses(text, index, "Sherman") == [("Sherman", "US", "city")]


def test_a_place_opening_a_board_of_trades_name_is_no_place(index):
    text = ("Separately, corn futures on the Chicago Board of Trade rose 1.2% after the U.S. Department of "
            "Agriculture cut its harvest forecast.")
    assert _senses(text, index, "Chicago") == []


# 3. A town's one-word name written as two words, split where another of its names splits it.

def test_a_one_word_town_written_as_two_words_is_the_town(index):
    text = ("BELED WEYNE, Somalia (Reuters) - Thousands of families fled their homes in Beled Weyne on Tuesday after "
            "the Shabelle River burst its banks, submerging much of the central Somali town, officials said.")
    assert _senses(text, index, "Beled Weyne") == [("Beledweyne", "SO", "city")]
    assert ("beledweyne", "disaster") in [e[:2] for e in events(text, index, "2025-10-14")]


# 4. A town's name before a number names a numbered thing (a room), for a town of some size too.

def test_a_room_numbered_after_a_towns_name_is_no_place(index):
    text = ("GENEVA (AFP) - Talks on a ceasefire in Sudan opened on Monday in Geneva, with envoys from the United "
            "States, Saudi Arabia and Egypt meeting in a room known as Talla 2 at a hotel near the lake.")
    assert _senses(text, index, "Talla") == []
    assert _senses(text, index, "Geneva") == [("Geneva", "CH", "city")]


# 5. A town's name after "Real" is a football club's ("Real Madrid"), no place.

def test_a_royal_clubs_town_is_no_place(index):
    text = "Real Madrid and Manchester City also won on Sunday. Lyon drew 1-1 with Saint-Etienne."
    assert _senses(text, index, "Madrid") == []


# 6. A health system's name before its hospital's town, in the hospital's name, is no place.

def test_a_health_systems_name_before_a_hospitals_town_is_no_place(index):
    text = ("ATHENS, Ga. (AP) - Fourteen workers were taken to Piedmont Athens Regional Medical Center on Wednesday "
            "after a chemical leak at a plant in Winder, officials said.")
    assert _senses(text, index, "Piedmont") == []
    assert _senses(text, index, "Winder") == [("Winder", "US", "city")]
