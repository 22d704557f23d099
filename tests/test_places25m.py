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
