"""Places from the twenty-fifth session's audit of namesakes resolved on weak evidence (round r): a
famous city against small namesakes that other names' far-off senses vouch for."""

from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A neighbour whose chosen sense lies in another country hardly vouches for a namesake beside it.

def test_geneva_beside_athens_in_greece_is_switzerlands(index):
    text = ("NICOSIA (Reuters) - Cypriot leaders will meet in Geneva next month, the U.N. said. Wildfires near "
            "Athens forced evacuations in the suburb of Marathon, Greek officials said, while Turkey battled "
            "blazes near Izmir.")
    assert _senses(text, index, "Geneva") == [("Geneva", "CH", "city")]
    assert _senses(text, index, "Athens") == [("Athens", "GR", "city")]


# 2. A bare name that its sentence goes on to call "the island", or listed after "islands such as",
# is the island where the gazetteer has one of its name.

def test_a_name_its_sentence_calls_the_island_is_the_island(index):
    text = ("ATHENS (Reuters) - Wildfires on Chios burned thousands of hectares of pine forest and mastic groves "
            "in the island's south on Sunday, forcing the evacuation of several villages, the fire brigade said.")
    assert _senses(text, index, "Chios") == [("Chios Island", "GR", "region")]


def test_the_island_of_another_name_leaves_the_town(index):
    text = ("ATHENS (Reuters) - Fire crews from Chios were flown to the island of Evia on Sunday, the fire "
            "brigade said.")
    assert _senses(text, index, "Chios") == [("Chios", "GR", "city")]


def test_names_listed_after_islands_such_as_are_islands(index):
    text = ("Most cross the short stretch of sea from the Turkish coast near Cesme to islands such as Lesbos, "
            "Samos and Chios. Survivors were taken to a hospital in Chios town.")
    assert _senses(text, index, "Samos") == [("Samos Island", "GR", "region")]
    assert _senses(text, index, "Chios") == [("Chios Island", "GR", "region"), ("Chios", "GR", "city")]


def test_a_town_not_on_the_island_the_sentence_names_stays_the_town(index):
    text = ("The carrier will also add a weekly service from Terceira to Toronto, home to a large community "
            "from the island. Vancouver Island ferries were full, and a Vancouver-based firm partnered with "
            "the island nations of Nauru and Tonga.")
    assert _senses(text, index, "Toronto") == [("Toronto", "CA", "city")]
    assert ("Vancouver", "CA", "city") in _senses(text, index, "Vancouver")


# 3. "Rioja", the wine region, is Spain's La Rioja (a village of Almería is also so called).

def test_rioja_among_spanish_vineyards_is_la_rioja(index):
    text = ("MADRID (Reuters) - Spain's grape harvest fell for a second year as heatwaves scorched vineyards "
            "from Toledo to Valencia, the agriculture ministry said on Thursday. Growers in Rioja and around "
            "Jerez reported yields down by a fifth.")
    assert _senses(text, index, "Rioja") == [("La Rioja", "ES", "admin1")]


# 4. Two small namesakes of major places abroad do not vouch for each other.

def test_athens_beside_geneva_in_an_international_story_is_greeces(index):
    text = ("Iran's foreign minister will travel to Geneva for talks, his ministry said, after meetings in Rome, "
            "Athens and Vienna.")
    assert _senses(text, index, "Athens") == [("Athens", "GR", "city")]
    assert _senses(text, index, "Geneva") == [("Geneva", "CH", "city")]


# 5. "X, in the northwestern province of Y": the province qualifies the town.

def test_a_town_in_the_province_of_its_region_is_that_town(index):
    text = ("SAN JOSE, Costa Rica (AP) — Ash from the Poas volcano fell on Alajuela and Heredia on Monday, and "
            "the civil aviation authority diverted several flights to Liberia, in the northwestern province of "
            "Guanacaste. In neighbouring Nicaragua, the Masaya volcano was also active.")
    assert _senses(text, index, "Liberia") == [("Liberia", "CR", "city")]
