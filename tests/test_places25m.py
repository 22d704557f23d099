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


# 4. Rows the gazetteer lacked: ancient sites, small islands, a village of Attica.

def test_ancient_sites_of_turkey_and_jordan(index):
    text = ("CANAKKALE, Turkey (Daily Sabah) - The ancient site of Troy in Turkey welcomed a record 800,000 visitors "
            "last year. Further south, Ephesus near Selcuk drew more than 2 million visitors, while the terraces of "
            "Pamukkale and Hierapolis near Denizli remained among the most visited sites. The kingdom's economy "
            "depends heavily on tourism to Petra, Wadi Rum and the Dead Sea.")
    assert _senses(text, index, "Troy") == [("Troy", "TR", "region")]
    assert _senses(text, index, "Ephesus") == [("Ephesus", "TR", "region")]
    assert _senses(text, index, "Hierapolis") == [("Hierapolis", "TR", "region")]
    assert _senses(text, index, "Petra") == [("Petra", "JO", "region")]


def test_small_greek_islands_and_mati(index):
    text = ("Local officials on the small islands of Kastellorizo, Agathonisi and Gavdos said they were worried "
            "about supplies. On Ikaria and Samos, stores ran short of fresh vegetables. In 2018, a fire at the "
            "seaside town of Mati, near Athens, killed 104 people.")
    assert [c for _, c, _ in _senses(text, index, "Kastellorizo")] == ["GR"]
    assert [c for _, c, _ in _senses(text, index, "Ikaria")] == ["GR"]
    assert [c for _, c, _ in _senses(text, index, "Mati")] == ["GR"]


def test_troy_new_york_stays_in_new_york(index):
    text = "Police in Troy said a man was arrested after a shooting on Hoosick Street, near Albany, New York."
    assert [c for _, c, _ in _senses(text, index, "Troy")] == ["US"]


# 5. A dam or a square named like a small town far from the town the text puts it in, or near.

def test_a_dam_near_potenza_is_no_sicilian_village(index):
    text = ("The drought also hit Basilicata on the mainland, where the Camastra dam near Potenza, which supplies "
            "water to 29 towns, is almost empty. The regional government has ordered rationing in Potenza.")
    assert _senses(text, index, "Camastra") == []
    assert _senses(text, index, "Potenza")


def test_a_square_of_izmir_is_no_village_of_antalya(index):
    text = ("Thousands of protesters gathered outside Istanbul's Sarachane city hall and in Izmir's Gundogdu square. "
            "Police also detained the mayor of Antalya's Manavgat district.")
    assert _senses(text, index, "Gundogdu") == []
    assert [c for _, c, _ in _senses(text, index, "Izmir")] == ["TR"]


def test_olympia_beside_athens_is_ancient_olympia(index):
    text = ("ATHENS (AP) — Firefighters were still fighting a blaze in the hills above Olympia, the site of the "
            "ancient Olympic Games, in the western Peloponnese, Greece's fire service said.")
    assert [c for _, c, _ in _senses(text, index, "Olympia")] == ["GR"]


def test_olympia_washington_stays_in_washington(index):
    text = "Protesters gathered at the state Capitol in Olympia on Monday, Washington officials said."
    assert [c for _, c, _ in _senses(text, index, "Olympia")] == ["US"]


# 6. A name "near" a town far from every place so named is a place the gazetteer lacks.

def test_a_village_near_varpalota_is_no_perth(index):
    text = ("VARPALOTA, Hungary (MTI) - An explosion at a fertiliser plant in Pét, near Várpalota, injured two "
            "workers on Tuesday, Hungarian police said.")
    assert _senses(text, index, "Pét") == []
    assert [c for _, c, _ in _senses(text, index, "Várpalota")] == ["HU"]


def test_a_town_near_a_town_across_a_border_stays(index):
    text = "German police in Kehl, near Strasbourg, said the border town in Germany was calm."
    assert [c for _, c, _ in _senses(text, index, "Kehl")] == ["DE"]


# 7. A list after "provinces were": its names are the provinces.

def test_the_worst_hit_provinces_were_a_list_of_provinces(index):
    text = ("In February 2023, two powerful earthquakes struck southern Turkey and northern Syria. The worst-hit "
            "provinces were Hatay, Kahramanmaras, Adiyaman and Malatya, where entire neighbourhoods were flattened.")
    for name in ("Hatay", "Kahramanmaras", "Adiyaman", "Malatya"):
        assert [k for _, _, k in _senses(text, index, name)] == ["admin1"]


# 8. "the island of Chios" is the island, the town's name alone the town.

def test_the_island_of_chios_is_the_island(index):
    text = ("Ships to the Cyclades remained tied up. On the island of Chios, ferry passengers bound for Lesbos "
            "waited in the port, while the mayor of Chios asked for a navy vessel.")
    assert [(n, k) for t, n, _, k, _ in places(text, index) if t == "Chios"] == [
        ("Chios Island", "region"), ("Chios", "city")]
