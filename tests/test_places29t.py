"""Places from the twenty-ninth session's audit of names of clubs, teams, stadiums, firms, bands, songs,
films and people that contain or equal place names (sports, business and culture news)."""

from readings import places


def _names(text, index):
    return [p[0] for p in places(text, index)]


# 1. A work's quoted title after the word for its kind, or for singing it, names no place.

def test_a_films_quoted_title_is_no_place(index):
    text = ("Also on Friday, Duran Duran announced a residency in Las Vegas. The 1984 film \"Paris, Texas\" is "
            "returning to cinemas in a restored version next month.")
    assert _names(text, index) == ["Las Vegas"]


def test_a_songs_quoted_title_is_no_place(index):
    text = ("LONDON (AP) — Oasis played the first of seven nights at Wembley Stadium on Friday, with 90,000 fans "
            "singing along to \u201cChampagne Supernova\u201d and \u201cDon't Look Back in Anger\u201d.")
    names = _names(text, index)
    assert "Champagne" not in names
    assert "Anger" not in names
    assert "LONDON" in names


def test_a_place_in_quoted_speech_stays(index):
    text = "\"I was born in Paris, Texas,\" she said, and the film \"Casablanca\" was shot in Burbank."
    assert _names(text, index) == ["Paris", "Texas", "Burbank"]


# 2. A band or a singer told so before or after its name is no place, unless the text places the name.

def test_a_band_named_after_a_city_or_a_state_is_no_place(index):
    text = ("The band Chicago will play Red Rocks Amphitheatre in Morrison, Colorado, in June. Alabama, the country "
            "group, said it would retire from touring.")
    names = _names(text, index)
    assert "Chicago" not in names
    assert "Alabama" not in names
    assert "Colorado" in names


def test_a_place_before_a_band_that_speaks_stays(index):
    text = "They played in Dublin, the rap trio said. British rock band Oasis played Cardiff."
    assert _names(text, index) == ["Dublin", "British", "Cardiff"]


def test_a_lake_before_a_band_of_snow_stays(index):
    text = "Off Lake Ontario, a second band hit the Tug Hill Plateau, where snow fell at 3 inches an hour."
    assert "Lake Ontario" in _names(text, index)


# 3. A town's name before a firm's legal form is the firm's, there and wherever the text does not place it.

def test_a_firm_named_after_a_town_by_its_legal_form_is_no_place(index):
    text = ("LONDON (Reuters) — Chilean copper miner Antofagasta plc said on Thursday its first-half output rose 12%. "
            "Analysts at Bank of America raised their price target on Antofagasta to 2,400 pence. \"Antofagasta is "
            "the cleanest copper growth story in London,\" said analyst Jason Fairclough. The company also approved "
            "funding for the Centinela second concentrator in the Antofagasta region, about 1,300 km north of "
            "Santiago.")
    assert [p[0] for p in places(text, index) if p[0].startswith("Antofagasta")] == ["Antofagasta region"]


def test_a_town_placed_beside_its_namesake_firm_stays(index):
    text = "Dockworkers at the port in Antofagasta went on strike. Antofagasta plc said its exports were not affected."
    assert _names(text, index) == ["Antofagasta"]


# 4. An accord named after the town where it was signed is no place; one about its place stays.

def test_an_accord_named_after_a_town_is_no_place(index):
    text = ("At a separate event in Washington, officials said the United States would formally leave the Paris "
            "Agreement on climate change in January. Delegates to the UN climate talks in Belem, Brazil, criticised "
            "the decision.")
    assert _names(text, index) == ["Washington", "United States", "Belem", "Brazil"]


def test_accords_and_agreements_of_towns_but_not_of_areas(index):
    text = ("They cited the Kyoto Protocol, the Oslo Accords and the failed Minsk agreements. The Paris climate accord "
            "was signed in Paris. The Gaza ceasefire agreement held.")
    assert _names(text, index) == ["Paris", "Gaza"]


def test_a_convention_bureau_is_the_towns(index):
    text = "Susan Burness will serve as the city representative to the Dublin Convention and Visitors Bureau Board."
    assert _names(text, index) == ["Dublin"]


# 5. A town's name before a saint's hyphened name opens a longer name (a club's): no place.

def test_paris_saint_germain_is_no_place(index):
    text = ("Mbappe, who moved to Real from Paris Saint-Germain in 2024, saw his spot-kick saved by Jan Oblak. "
            "Neymar, who left Santos for Barcelona in 2013 and later joined Paris Saint-Germain, wants to play.")
    assert "Paris" not in _names(text, index)
    assert "Barcelona" in _names(text, index)


# 6. A demonym before "Quarter" names a town's district, not its country.

def test_the_spanish_quarter_of_naples_is_no_spain(index):
    text = ("\"Napoli is the city and the city is Napoli,\" said supporter Gennaro Esposito, 52, in the Spanish "
            "Quarter. Shops closed in the Armenian Quarter of Jerusalem. A Spanish court ruled.")
    assert _names(text, index) == ["Napoli", "Napoli", "Jerusalem", "Spanish"]


# 7. A British town's name before "City" that no office's or building's name goes on with is a club's.

def test_manchester_city_is_a_club(index):
    text = ("Elsewhere, Arsenal stayed top after a 2-0 win at Brentford, while Manchester City were held 2-2 by "
            "Newcastle at St James' Park. Stoke City said some fans were hurt.")
    names = _names(text, index)
    assert "Manchester" not in names
    assert "Stoke" not in names
    assert "Brentford" in names


def test_a_city_council_and_cork_city_stay(index):
    text = "Plymouth City Council approved plans. Cork City was flooded. He works in Leeds City centre."
    assert _names(text, index) == ["Plymouth", "Cork City", "Leeds"]


# 8. Cricket's and rugby league's team names after their towns and states are no places.

def test_ipl_and_super_league_teams_are_no_places(index):
    text = ("Kolkata play Punjab Kings in Mullanpur on Tuesday. Chasing 187, Kolkata Knight Riders won, and the Leeds "
            "Rhinos beat the Perth Scorchers. The team ministered to the Quiche Indians on the coast.")
    names = _names(text, index)
    assert names[:3] == ["Kolkata", "Mullanpur", "Quiche"]
    assert not {"Punjab", "Leeds", "Perth"} & set(names)


def test_an_accord_named_after_a_town_is_no_actor():
    from geomap.events import find_actors
    sentence = ("At a separate event in Washington, officials said the United States would formally leave the Paris "
                "Agreement on climate change in January.")
    assert "Paris Agreement" not in find_actors(sentence, [], set(), speakers=True)
