"""Places from the twenty-third session's audit of European politics and elections reporting
(German state votes, Romania and Poland, Portugal, Spain's and Italy's regions, the Balkans,
Moldova and the Baltic states)."""

from readings import places


def _roles(text, index, name):
    return [p[4] for p in places(text, index) if p[0] == name]


# 1. Parties and parliamentary groups named for a country, a region or a continent name no place.

def test_alternative_for_germany_is_no_mention_of_germany_as_a_place(index):
    text = ("ERFURT, Germany, Sept 2 (Reuters) - The far-right Alternative for Germany (AfD) won a state election "
            "in Thuringia on Sunday, the first time a far-right party has come first in a German state vote since "
            "World War Two.")
    found = places(text, index)
    assert [p for p in found if p[0] == "Germany"] == [("Germany", "Germany", "DE", "country", "place")]  # the dateline's
    assert ("Thuringia", "Thüringen", "DE", "admin1", "place") in found


def test_brothers_of_italy_is_no_mention_of_italy_as_a_place(index):
    text = ("In Italy, Prime Minister Giorgia Meloni's Brothers of Italy leads national polls but faces a tough "
            "test in regional votes in Veneto, Campania and Puglia this autumn.")
    assert _roles(text, index, "Italy") == ["place"]


def test_a_parliamentary_group_named_for_europe_is_no_place(index):
    text = ("Babis has allied with Hungary's Viktor Orban and Austria's Freedom Party in the Patriots for Europe "
            "group in Strasbourg.")
    assert _roles(text, index, "Europe") == []
    assert _roles(text, index, "Strasbourg") == ["place"]


def test_parties_named_after_their_country_before_or_after_it(index):
    text = ("The far-right Sweden Democrats gained seats in Malmo. Progressive Slovakia led in Bratislava. "
            "Latvia First won seats in Riga. Together for Catalonia lost ground in Girona.")
    for name in ("Sweden", "Slovakia", "Latvia", "Catalonia"):
        assert _roles(text, index, name) == [], name
    for name in ("Malmo", "Bratislava", "Riga", "Girona"):
        assert _roles(text, index, name) == ["place"], name


# 2. A country's name the story gives a person, and no other place of that country, is the person's.

def test_a_prime_minister_named_montenegro_is_no_country(index):
    text = ("Prime Minister Luís Montenegro's alliance took 32.1 percent, short of a majority. Chega, led by "
            "André Ventura, won in the southern Algarve district of Faro and in Setúbal.\n\n"
            "\"Portugal will never be the same,\" Ventura told supporters at a hotel on Lisbon's Avenida da "
            "Liberdade. Montenegro held Porto and Braga and the northern interior around Bragança and Vila Real.")
    found = places(text, index)
    assert all(p[2] != "ME" for p in found)
    assert ("Porto", "Porto", "PT", "city", "place") in found


# 3. A ship's name after the word for the ship (the session's probes of sea rescues).

def test_a_ships_name_after_vessel_is_no_place(index):
    text = "The rescue vessel Aurora, run by Sea-Watch, reached Lampedusa on Monday."
    assert [p[0] for p in places(text, index)] == ["Lampedusa"]
