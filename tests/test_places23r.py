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


# 4. Resolution: a town's name written in words apart that another town's main name hyphenates, and
#    a big city's English spelling placed by the text in a story of other countries.

def test_vila_real_beside_braganca_is_portugals_not_castellons_vila_real(index):
    text = ("LISBON — Portugal's centre-right Democratic Alliance won a snap general election on Sunday, its"
            " third in three years, while the far-right Chega party tied with the Socialists for second "
            "place, shaking up a country long seen as immune to the populist surge.\n\n"
            "Prime Minister Luís Montenegro's alliance took 32.1 percent, short of a majority. Chega, led by"
            " André Ventura, won in the southern Algarve district of Faro and in Setúbal, a traditional "
            "Socialist stronghold across the Tagus from Lisbon, and came close in Beja and Portalegre in the"
            " Alentejo.\n\n"
            '"Portugal will never be the same," Ventura told supporters at a hotel on Lisbon\'s Avenida da '
            "Liberdade. Montenegro held Porto and Braga and the northern interior around Bragança and Vila "
            "Real.\n\n"
            "Across the border, Spanish Prime Minister Pedro Sánchez is struggling to pass a budget, and "
            "Madrid's deals with the regions are under strain. In Catalonia, Socialist President Salvador "
            "Illa is pushing for a Catalan tax agency like the Basque Country's, a demand Junts, the party "
            "of Carles Puigdemont, says does not go far enough. Puigdemont lives in Waterloo, near Brussels,"
            " and has not returned to Catalonia since a fleeting visit to Barcelona last August.\n\n"
            "In Valencia, regional President Carlos Mazón faces calls to resign over the handling of the "
            "October floods, which killed more than 220 people in towns such as Paiporta, Catarroja and "
            "Algemesí. Mazón's People's Party depends on Vox in the regional parliament.\n\n"
            "Andalusia's Juanma Moreno, who governs alone with an absolute majority from the San Telmo "
            "Palace in Seville, is expected to call an election for 2026. Polls show Vox gaining in Almería "
            "and in the farm towns of El Ejido and Níjar.\n\n"
            "In Italy, Prime Minister Giorgia Meloni's Brothers of Italy leads national polls but faces a "
            "tough test in regional votes in Veneto, Campania and Puglia this autumn. The League's Luca "
            "Zaia, who has governed Veneto from Venice since 2010, cannot run again.")
    vila = [p for p in places(text, index) if p[0] == "Vila Real"]
    assert vila and vila[0][2] == "PT"


def test_seville_in_a_story_of_other_countries_is_sevilla(index):
    text = ("Police in Seville arrested two men. Floods hit Cologne on Monday, and rain spread across Bavaria. "
            "Fighting raged in North Kivu.")
    assert ("Seville", "Sevilla", "ES", "city", "place") in places(text, index)


# 5. A district GeoNames' populated places lack (the session's local-news audit).

def test_scarborough_in_a_toronto_story_is_torontos(index):
    text = ("One dead, three injured in Scarborough house fire\n\n"
            "TORONTO — One person is dead and three others were taken to hospital after a fire tore through a house "
            "in Scarborough early Monday morning.\n\n"
            "Toronto Fire Services were called to the home on Brimley Road near Lawrence Avenue East at around "
            "3:15 a.m.")
    scarborough = [p for p in places(text, index) if p[0] == "Scarborough"]
    assert scarborough and {p[2] for p in scarborough} == {"CA"}
    # ... and in a Yorkshire story, England's
    text = "Flooding closed roads in Whitby and Scarborough, North Yorkshire Police said."
    assert ("Scarborough", "Scarborough", "GB", "city", "place") in places(text, index)
