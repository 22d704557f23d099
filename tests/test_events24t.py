"""Events of transport and industrial accidents as wires and local papers report them worldwide (the
twenty-fourth session's fx24t check): buildings, roofs and pits that collapse, stampedes and crushes, buses
off the road, tankers and reactors that explode, a crash's wreckage; where the injured were taken and
where a journey began or was to end is no place of the news; what is common is no event."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def types(text, index, published):
    return [(e[0], e[1]) for e in events(text, index, published)]


def test_a_structure_that_collapses_is_an_accident(index):
    for text, published, place in (
            ("THANE: Eight people, including two children, were killed and 12 others injured when a three-storey "
             "residential building collapsed in Bhiwandi town of Thane district in the early hours of Monday, "
             "officials said.", "2025-09-02", "bhiwandi"),
            ("BEIJING, Nov 4 (Reuters) - A roof collapse at a coal mine in northern China's Shanxi province killed "
             "11 miners and left four trapped underground, state media said on Tuesday.", "2025-11-04",
             "shanxi-province"),
            ("Eight illegal miners died and at least five others were feared trapped on Monday after a mining pit "
             "collapsed at Nsuta, a mining community in the Prestea Huni-Valley Municipality of the Western "
             "Region.", "2025-02-11", None)):
        found = types(text, index, published)
        assert found and all(t == "accident" for _, t in found), found
        assert place is None or place in [p for p, _ in found], found


def test_a_stampede_or_a_crush_is_an_accident(index):
    for text, published in (
            ("ABUJA, Dec 22 (Reuters) - At least 22 people were killed in a stampede on Saturday at a charity event "
             "in the town of Okija in Nigeria's southeastern Anambra state, police said.", "2024-12-22"),
            ("Later on Saturday, at least 10 people, including four children, were killed in a crush at a church in "
             "the capital Abuja where food was being distributed, police said.", "2024-12-22"),
            ("On Wednesday, 35 children died in a stampede at a funfair in the southwestern city of Ibadan, in Oyo "
             "state.", "2024-12-22")):
        found = types(text, index, published)
        assert found and all(t == "accident" for _, t in found), found


def test_a_vehicle_off_the_road_or_exploding_is_an_accident(index):
    for text, published in (
            ("A passenger bus skidded off a highway and plunged into the swollen Trishuli River in central Nepal "
             "early Monday, killing at least seven people and leaving about 20 others missing, officials said.",
             "2025-07-14"),
            ("At least 86 people were killed on Saturday when a petrol tanker overturned and exploded at Dikko "
             "junction in Gurara Local Government Area of Niger State, as residents tried to scoop fuel from it.",
             "2025-01-19")):
        found = events(text, index, published)
        assert found and all(e[1] == "accident" for e in found), found


def test_a_crashs_wreckage_found_is_the_accident(index):
    text = ("The wreckage was found in Shivapuri, near the village of Suryachaur in Nuwakot district, about 30 km "
            "(19 miles) north of the capital, police official Ram Krishna Adhikari said.")
    assert [t for _, t in types(text, index, "2025-08-07")] == ["accident"]


def test_where_the_injured_were_taken_is_no_place_of_the_news(index):
    for text, published in (
            ("Ambulances took the injured to hospitals in Zagazig and Abu Hammad, ministry spokesman Hossam Abdel "
             "Ghaffar said.", "2025-03-18"),
            ("Three passengers managed to jump out before the bus fell about 100 meters (330 feet) into the river "
             "and were taken to a hospital in Bharatpur, Yadav said.", "2025-07-14"),
            ("\"The crowd surged when the gates were opened and many people fell and were trampled,\" Ikenga said, "
             "adding that several others were injured and taken to hospitals in Okija and the nearby city of "
             "Onitsha.", "2024-12-22")):
        assert events(text, index, published) == []


def test_where_a_journey_began_or_was_to_end_is_no_place_of_the_news(index):
    text = ("The bus, which was travelling from Kathmandu to the southern city of Birgunj, went off the Prithvi "
            "Highway near Simaltal in Chitwan district after a landslide partly blocked the road, district official "
            "Indradev Yadav said.")
    found = [p for p, _ in types(text, index, "2025-07-14")]
    assert found and "birganj" not in found and "kathmandu" not in found, found
    text = ("The Air Dynasty helicopter took off from Kathmandu at 1:54 pm (0809 GMT) bound for Syaphrubesi in Rasuwa "
            "district, near the Chinese border, but lost contact with the control tower three minutes later, the "
            "Civil Aviation Authority of Nepal said in a statement.")
    assert events(text, index, "2025-08-07") == []


def test_what_is_common_or_frequent_is_no_event(index):
    text = ("MINNA — At least 86 people were killed on Saturday when a petrol tanker overturned and exploded at Dikko "
            "junction in Gurara Local Government Area of Niger State, as residents tried to scoop fuel from it.\n\n"
            "Tanker explosions are frequent in Nigeria, where many people live in poverty and petrol prices have "
            "soared since fuel subsidies were removed in 2023.")
    # (the lead's tanker that exploded is the accident; the kind's frequency no event in Nigeria)
    assert types(text, index, "2025-01-19") == [("niger-state", "accident")]


def test_those_on_board_are_no_toll():
    from geomap.events import find_figures
    text = ("KINSHASA, April 17 (Reuters) - At least 50 people were killed and more than 100 are missing after a wooden "
            "boat carrying about 400 passengers caught fire and capsized on the Congo River near the city of Mbandaka, "
            "authorities said on Thursday.")
    # (the 100 missing are counted as missing since fx27m; the 400 on board are no figure)
    assert [(f.value, f.unit) for f in find_figures(text)] == [(50.0, "people"), (100.0, "missing")]
    text = ("A wooden fishing boat carrying 198 people, among them 33 women and a newborn baby, reached the small port "
            "of La Restinga on the Canary island of El Hierro on Sunday after nine days at sea.")
    assert 198.0 in [f.value for f in find_figures(text)]  # those it brought ashore are its news


def test_those_arrested_after_a_stampede_are_no_toll_of_it(index):
    from geomap.model import Article
    from geomap.pipeline import extract
    text = ("On Wednesday, 35 children died in a stampede at a funfair in the southwestern city of Ibadan, in Oyo "
            "state. Police arrested eight people, including the organisers, over that incident.")
    doc = extract(Article(text=text, id="x", published="2024-12-22"), index=index)
    # (the arrests are their own event, in Ibadan)
    assert [(e.place, e.type, [f.value for f in e.figures]) for e in doc.events] == [
        ("ibadan", "accident", [35.0]), ("ibadan", "arrest", [8.0])]


def test_a_crash_told_on_after_its_lead_has_the_leads_day(index):
    text = ("KATHMANDU, Aug 7 (Reuters) - A helicopter crashed in a forested hillside in central Nepal on Wednesday, "
            "killing all five people on board, including four Chinese nationals, officials said.\n\n"
            "The wreckage was found in Shivapuri, near the village of Suryachaur in Nuwakot district, about 30 km "
            "(19 miles) north of the capital, police official Ram Krishna Adhikari said.")
    found = events(text, index, "2025-08-07")
    assert ("nuwakot", "accident", "2025-08-06") in [e[:3] for e in found], found
