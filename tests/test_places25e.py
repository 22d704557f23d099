"""Places from the twenty-fifth session's audit of continental Europe's local and regional news
(The Local, DW, ANSA, Notes from Poland, Kathimerini, Reuters from Valencia, Romania Insider)."""

from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. "in English" closing its clause, and "English texts": the language, not England.

def test_called_in_english_is_the_language(index):
    text = ("Cracow, as the city was long called in English, is Poland's second-largest city and draws millions "
            "of tourists each year.")
    assert _senses(text, index, "English") == []
    assert _senses(text, index, "Cracow") == [("Kraków", "PL", "city")]


def test_english_texts_is_the_language(index):
    text = ("In Thessaloniki, the country's second city, temperatures reached 41C. The city, known in older "
            "English texts as Salonica, opened air-conditioned halls to the public.")
    assert _senses(text, index, "English") == []


def test_a_list_of_demonyms_after_in_stays_the_countries(index):
    text = "Officials reported a rise in Russian, Chinese and Iranian cyber attacks on ports."
    assert _senses(text, index, "Russian") == [("Russia", "RU", "country")]


# 2. A football club's initials beside its town's name: the club, not the town.

def test_a_club_named_with_its_initials_is_no_place(index):
    text = ("In Utiel, inland, residents said reconstruction of the bridge over the Magro river was still "
            "incomplete. Valencia CF, the city's football club, has organised fundraising matches for the victims.")
    assert _senses(text, index, "Valencia") == []
    assert _senses(text, index, "Utiel")


def test_a_club_with_initials_before_its_town_is_no_place(index):
    text = "FC Porto fans marched through Lisbon on Saturday before the match."
    assert _senses(text, index, "Porto") == []
    assert _senses(text, index, "Lisbon") == [("Lisbon", "PT", "city")]


# 3. "X, in Y": a region after a comma and "in" places the town before it, as "X in Y" does.

def test_a_town_placed_after_a_comma_and_in(index):
    text = "MADRID (AP) — A fire broke out near Santiago, in Galicia, on Monday, the regional government said."
    assert _senses(text, index, "Santiago") == [("Santiago de Compostela", "ES", "city")]


def test_a_sea_listed_before_countries_stays_the_sea(index):
    text = ("Breeding is also under way on both sides of the Red Sea, in Sudan, Eritrea, Yemen and Saudi Arabia, "
            "the FAO said.")
    assert _senses(text, index, "Red Sea") == [("Red Sea", None, "region")]


def test_a_club_named_by_its_first_word_before_its_town_is_no_place(index):
    text = ("Sporting Lisbon and Benfica fans marched in Porto on Sunday, and Bayern Munich fans travelling to the "
            "match were stopped at the border.")
    assert _senses(text, index, "Lisbon") == []
    assert _senses(text, index, "Munich") == []
    assert _senses(text, index, "Bayern") == []
    assert _senses(text, index, "Porto") == [("Porto", "PT", "city")]


# 4. A lower-case "river" or "valley" after a name that alone is only a town elsewhere: the feature.

def test_the_po_river_in_lower_case_is_the_river(index):
    text = ("Schools were closed in Forlì, Cesena and Imola. The Po river was being monitored at Pontelagoscuro "
            "near Ferrara.")
    assert _senses(text, index, "Po river") == [("Po River", "IT", "region")]


def test_a_river_named_by_its_own_word_keeps_its_span(index):
    text = "WARSAW, Poland (AP) — Floods hit Kłodzko and Nysa, and the Oder river rose in Wrocław."
    assert _senses(text, index, "Oder") == [("Oder", None, "region")]


def test_the_valley_of_a_river_is_the_river_not_a_namesake_valley(index):
    text = ("HATCH, N.M. — The smell of roasting green chile hung over the Rio Grande valley this weekend as "
            "visitors packed the village.")
    assert _senses(text, index, "Rio Grande valley") == []


def test_a_feature_written_in_lower_case_is_shown_by_its_name(index):
    from geomap.model import Article
    from geomap.pipeline import extract
    text = ("Visitors come to Reggio Emilia to watch the wheels of Parmigiano Reggiano being made from the milk of "
            "the Po valley's cows.")
    doc = extract(Article(text=text, id="x"), index=index)
    assert "Po Valley" in [p.name for p in doc.places]


# 5. Gazetteer rows: an Adriatic island, a Czech river, two Alpine passes.

def test_an_island_a_river_and_alpine_passes(index):
    text = ("Tests in Split and on the island of Brač showed no contamination. Separately, in South Bohemia, a man "
            "drowned in the Vltava near Český Krumlov. The Simplon Pass was closed to traffic after snowfall, and "
            "the Gotthard road tunnel was shut for two hours after a lorry caught fire.")
    assert _senses(text, index, "Brač") == [("Brač", "HR", "region")]
    assert _senses(text, index, "Vltava") == [("Vltava", "CZ", "region")]
    assert _senses(text, index, "Simplon Pass") == [("Simplon Pass", "CH", "region")]
    assert _senses(text, index, "Gotthard") == [("Gotthard Pass", "CH", "region")]


# 6. A food or a wine named after its town: the product.

def test_a_cheese_and_a_wine_named_after_towns_are_no_places(index):
    text = ("PARIS (AFP) — Makers of Roquefort cheese said sales fell, and a restaurant in Millau now sells a "
            "bottle of Chablis for €40.")
    assert _senses(text, index, "Roquefort") == []
    assert _senses(text, index, "Chablis") == []
    assert _senses(text, index, "Millau") == [("Millau", "FR", "city")]


def test_a_field_of_a_crop_named_with_its_district_stays_the_district(index):
    text = "Kuno cheetah strays into Rajasthan, tranquillised in Baran mustard field"
    assert _senses(text, index, "Baran")
