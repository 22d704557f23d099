"""Places from the twenty-second session's checks of business, trade, energy and shipping news
(Reuters, the FT): a world city's bare dateline, firms, exchanges and indices named after places,
a credit line's names, straits named for short, and a state named like its city for short."""

from readings import places


def test_a_bare_dateline_of_a_world_city_is_no_small_american_namesake(index):
    # The American names add to the United States' evidence, but a wire qualifies a small town's
    # dateline ("GENEVA, N.Y. (AP) -"): a bare one is the world city.
    text = ("Washington and Beijing agree to pause tariffs after Geneva talks\n\n"
            "GENEVA \u2014 The United States and China agreed on Monday to cut tariffs on each other's goods for "
            "90 days, after two days of talks in Geneva that eased a trade war that had rattled markets from Wall "
            "Street to Shenzhen.")
    genevas = {p[1:4] for p in places(text, index) if p[0].lower() == "geneva"}
    assert genevas == {("Geneva", "CH", "city")}
    # ... but a local paper's bare dateline over a story of its neighbours is still its own town.
    text = "GENEVA \u2014 The Geneva City Council met on Monday, and officials in Batavia and St. Charles said."
    assert {p[2] for p in places(text, index) if p[0].lower() == "geneva"} == {"US"}


def test_firms_exchanges_and_indices_named_after_places_are_no_places(index):
    for text, gone in [
            ("Prices on the Shanghai Futures Exchange also gained.", "Shanghai"),
            ("The Hang Seng index in Hong Kong rose 3%, the Shanghai Composite gained 0.8% and the Nikkei "
             "climbed 0.4%.", "Shanghai"),
            ("Hapag-Lloyd, the Hamburg-based carrier, and Mediterranean Shipping Company, based in Geneva, have "
             "also avoided the route.", "Mediterranean"),
            ("Shell sold its onshore assets in the delta to Renaissance Africa Energy this year.", "Africa"),
            ("Insurers at Lloyd's of London said additional premiums for ships calling at Bandar Abbas and Jebel "
             "Ali had risen to 0.5% of hull value.", "London"),
            ("The Nigerian National Petroleum Company (NNPC) said it was repairing the Trans Niger Pipeline, "
             "which carries crude to the Bonny export terminal in Rivers State.", "Niger"),
            ("Rival BHP runs Escondida, the world's largest copper mine, and Anglo American operates Los Bronces "
             "near the capital.", "American"),
            ("A bulk carrier was struck off Mokha last week, according to the UK Maritime Trade Operations "
             "agency.", "Maritime")]:
        assert gone not in [p[0] for p in places(text, index)], text
    # A bank "of" a country says whose, as a demonym does.
    found = places("\"It's a pause, not a peace,\" said an economist at Bank of America in Hong Kong.", index)
    assert [p[0] for p in found if p[4] != "demonym"] == ["Hong Kong"]
    # ... but a province's agency goes on past its word: the province stays.
    assert [p[0] for p in places("The Alberta Energy Regulator said the spill was contained.", index)] == ["Alberta"]
    # ... and Togo's region is named with its word.
    assert places("Floods hit Lome, in the Maritime region, on Monday.", index)[-1][1:4] == ("Maritime", "TG", "admin1")


def test_a_name_a_credit_line_lists_after_another_is_a_person(index):
    text = ("Lower Saxony, which holds 20% of the voting rights, said it backed management. The state's premier "
            "spoke to reporters in Hanover.\n\n(Reporting by Christoph Steitz and Victoria Waldersee; Editing by "
            "Friederike Heine)")
    assert "Victoria" not in [p[0] for p in places(text, index)]


def test_a_straits_bare_name_is_the_strait_where_ships_go_through_it(index):
    text = ("Singapore bunker sales hit record as Malacca traffic surges\n\n"
            "SINGAPORE, Feb 14 (Reuters) - Marine fuel sales in Singapore, the world's largest bunkering hub, "
            "rose to a record in January as more ships passed through the Strait of Malacca.")
    assert [p[1:4] for p in places(text, index) if p[0] == "Malacca"] == [("Strait of Malacca", None, "region")]
    # ... but the town of the canal's name stays the town where the text is about the town.
    text = "Police in Suez arrested two men near the Suez Canal."
    assert places(text, index)[0][1:4] == ("Suez", "EG", "city")



def test_a_crude_grade_by_its_weight_is_no_place(index):
    text = "It buys crude from fields in the Niger Delta, including the Bonny Light grade, and cargoes of WTI Midland."
    assert [p[0] for p in places(text, index)] == ["Niger Delta"]
    # ... but the terminal is the town's
    text = "The pipeline carries crude to the Bonny export terminal in Rivers State."
    assert [p[0] for p in places(text, index)] == ["Bonny", "Rivers State"]


def test_a_state_named_like_the_opening_of_its_citys_name_is_the_state(index):
    # "Johor" opens Johor Bahru's name, but the city holds a small share of the state's people.
    text = ("Rival hubs are expanding. Malaysia's Port Klang and Tanjung Pelepas in Johor are adding berths, while "
            "Indonesia is promoting Batam as a bunkering site. \"Congestion around the Singapore Strait is "
            "manageable,\" said an official at PSA International, which runs terminals in Singapore and Antwerp. "
            "Petronas' Pengerang refinery complex in Johor restarted a crude unit this month, traders said.")
    assert {p[1:4] for p in places(text, index) if p[0] == "Johor"} == {("Johor", "MY", "admin1")}
    # New York City holds more of its state.
    assert places("NEW YORK (AP) - A Bronx man was charged on Monday.", index)[0][1:4] == \
        ("New York City", "US", "city")
