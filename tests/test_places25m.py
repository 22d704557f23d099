"""Places from the twenty-fifth session's audit of the Mediterranean and the Near East (Greece, Turkey,
Cyprus, Italy's south, the Levant and Egypt)."""

from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A town's English name that its main name adds a Greek ending to (Marathónas, Kórinthos).

def test_english_names_of_greek_towns_beside_smaller_us_namesakes(index):
    text = ("MARATHON, Greece (AP) — A wildfire fanned by gale-force winds tore through pine forests northeast of "
            "Athens on Monday, forcing the evacuation of several villages and the coastal resort of Marathon, "
            "authorities said. Further west, a separate fire near Corinth in the Peloponnese was brought under "
            "control overnight.")
    assert {c for _, c, _ in _senses(text, index, "Marathon")} == {"GR"}
    assert [c for _, c, _ in _senses(text, index, "Corinth")] == ["GR"]


def test_the_mayor_of_marathon_is_the_greek_town(index):
    text = ('"The situation is very difficult," the mayor of Marathon, Stergios Tsirkas, told Greek state '
            'broadcaster ERT as the fire spread from Varnavas toward Nea Makri.')
    assert [c for _, c, _ in _senses(text, index, "Marathon")] == ["GR"]


# 2. "the Delta" after the one delta the text names is that delta.

def test_the_eastern_delta_is_the_nile_delta_named_before(index):
    text = ("KAFR EL-SHEIKH, Egypt (Al-Monitor) - Farmers in Kafr el-Sheikh governorate in the northern Nile Delta "
            "say they have been told to plant less rice this year. The irrigation ministry has expanded wastewater "
            "treatment at the Bahr el-Baqar plant in the eastern Delta, which sends water to farms in North Sinai.")
    assert _senses(text, index, "Delta") == [("Nile Delta", "EG", "region")]


def test_delta_state_in_a_niger_delta_story_is_left_alone(index):
    text = ("Militants attacked an oil pipeline in the Niger Delta on Monday, the army said. Troops were deployed "
            "to the Delta after the attack near Warri.")
    assert all(c == "NG" for _, c, _ in _senses(text, index, "Delta"))


# 3. A name the text gives as another name of the town just named, however small that town.

def test_a_turkish_name_of_a_cypriot_town_given_after_it(index):
    text = ("NICOSIA, Cyprus (AP) — Other crossings already operate at Ledra Street in the old city, at Agios "
            "Dometios, at Pergamos near the British base of Dhekelia and at Astromeritis near Morphou, which "
            "Turkish Cypriots call Guzelyurt.")
    assert [c for _, c, _ in _senses(text, index, "Guzelyurt")] == ["CY"]
