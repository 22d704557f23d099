"""Places from the twenty-second session's own checks of Yemen's war reporting: a great city's
named districts, and news agencies named after places."""

from readings import places


def test_a_named_district_of_a_great_city_is_a_quarter_of_the_city(index):
    # Sanaa is the city (and, read so, every other mention of it: one sense per document), not the
    # governorate around it.
    text = ("SANAA, July 10 (Reuters) - Israeli jets struck Sanaa on Thursday. Strikes also hit the Bani "
            "al-Harith district of Sanaa and the port of Hodeidah.")
    senses = {(p[0].lower(), p[3]) for p in places(text, index)}
    assert ("sanaa", "city") in senses and ("sanaa", "admin1") not in senses
    text = "A car bomb exploded in the Karrada district of Baghdad on Sunday, police said."
    assert ("Baghdad", "Baghdad", "IQ", "city", "place") in places(text, index)
    # A district of a province named after its small seat is still the province's.
    text = "Floods cut roads in the Kap Choeng district of Surin on Monday."
    assert ("Surin", "Surin", "TH", "admin1", "place") in places(text, index)


def test_a_news_agency_named_after_a_place_places_nothing(index):
    text = "The raids killed three people, the Houthi-run Saba news agency said."
    assert places(text, index) == []
    text = "Iran's semi-official Fars news agency reported two blasts near Isfahan."
    assert [p[0] for p in places(text, index)] == ["Iran", "Isfahan"]


def test_weapons_named_after_places_and_their_makers_demonyms(index):
    # a weapon is no place: Apache, Oklahoma; Tomahawk, Wisconsin
    assert [p[0] for p in places("Israeli Apache helicopters fired on Jenin.", index)] == ["Israeli", "Jenin"]
    assert [p[0] for p in places("Submarines fired Tomahawk cruise missiles at Isfahan.", index)] == ["Isfahan"]
    # a demonym before a weapon's model names its country, not a longer name
    for text in ("Israeli F-16 warplanes bombed Jenin.", "Ukrainian Neptune missiles hit Novorossiysk."):
        assert places(text, index)[0][4] == "demonym"
    # but a place's own strike stays there: "the Dnipro missile strike"
    assert [p[0] for p in places("The Dnipro missile strike killed 40 people.", index)] == ["Dnipro"]


def test_sites_of_the_israel_iran_war(index):
    assert [p[1:4] for p in places("U.S. bombers struck Iran's Fordow enrichment plant.", index)][-1] == \
        ("Fordow", "IR", "city")
    assert ("Al Udeid Air Base", "QA") == places("Iran fired missiles at Al Udeid Air Base in Qatar.", index)[1][1:3]
