"""Places and events from the fx32d session's audit of Horn of Africa news (Ethiopia's Amhara, Tigray and Oromia,
Somalia and its member states, Somaliland, Eritrea, Djibouti and northern Kenya)."""

from geomap.model import Article
from geomap.pipeline import extract
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A Somali surname after a given name no place goes by is the person's, not Aden, Yemen.

def test_a_somali_surname_after_a_given_name_is_no_city(index):
    text = ("Some Somali federal soldiers crossed into Kenya during the fighting. \"At least 30 fighters have been "
            "killed and many more wounded. Civilians fled across the border into Mandera,\" said elder Hussein Aden.")
    assert _senses(text, index, "Aden") == []
    assert _senses(text, index, "Mandera")


def test_a_grandfathers_name_after_a_fathers_is_no_city(index):
    text = ("The breakaway region's foreign minister Abdirahman Dahir Adan said the two sides discussed \"trade "
            "through Berbera port and security cooperation\".")
    assert _senses(text, index, "Adan") == []
    assert _senses(text, index, "Berbera")


# 2. Somali spells long vowels and stressed consonants twice, English news once.

def test_a_somali_town_spelt_with_single_letters_is_the_town(index):
    text = ("Galmudug state president Ahmed Abdi Karie dispatched troops to separate the militias. Hundreds of "
            "families fled toward Dhusamareb, the state capital, according to local officials in Somalia.")
    assert _senses(text, index, "Dhusamareb") == [("Dhuusamarreeb", "SO", "city")]


# 3. Hospitals listed by their names are no towns, where the other name is no place either.

def test_hospitals_listed_by_name_are_no_towns(index):
    text = ("The attack targeted the Damanyo military camp in the Hodan district of Mogadishu. Ambulances ferried the "
            "wounded to Madina and Erdogan hospitals, said Abdikadir Abdirahman, director of the Aamin Ambulance "
            "service.")
    assert _senses(text, index, "Madina") == []
    assert _senses(text, index, "Mogadishu")


def test_hospitals_listed_by_their_towns_are_the_towns(index):
    text = "Israeli strikes hit the Rafah and Khan Younis hospitals in southern Gaza on Tuesday."
    assert _senses(text, index, "Rafah")
    assert _senses(text, index, "Khan Younis")


# 4. The name in quotes that a government gives an armed group is no town.

def test_a_groups_name_in_quotes_after_calls_is_no_town(index):
    text = ("The attack happened near the town of Gindeberet in the West Shewa zone, about 180 kilometers (110 miles) "
            "west of Addis Ababa, the capital. A local administrator who spoke on condition of anonymity blamed the "
            "Oromo Liberation Army, a rebel group the government calls \"Shene.\"")
    assert _senses(text, index, "Shene") == []
    assert _senses(text, index, "Addis Ababa")


# 5. Those who told the toll are no part of it, with another teller named beside them.

def test_two_residents_and_a_health_worker_who_told_it_are_no_toll(index):
    text = ("ADDIS ABABA, Ethiopia (Reuters) - A drone strike on a market in the northern Ethiopian town of Debre "
            "Markos killed at least 27 people on Tuesday, two residents and a health worker told Reuters, as fighting "
            "between the federal army and Fano militiamen intensified across the Amhara region.")
    doc = extract(Article(text=text, id="x", published="2025-08-13"), index=index)
    strikes = [e for e in doc.events if e.type == "strike" and e.place == "debre-markos"]
    assert [[(g.value, g.unit) for g in e.figures] for e in strikes] == [[(27, "people")]]
