"""Places from the twenty-third session's checks of South Asia's conflict news (Reuters, AP, AFP,
Dawn, the Indian Express, PTI, the Kathmandu Post): towns spelt otherwise than GeoNames spells
them, districts named after such towns, "Mobile" services, a regiment named after a state, and
towns and city quarters the gazetteer lacked."""

from readings import places

from geomap.pipeline import geoparse


def _senses(text, index, name):
    return {p[1:4] for p in places(text, index) if p[0] == name}


def test_south_asian_towns_spelt_as_news_spells_them(index):
    # GeoNames' Bāramūla, Akhnūr and Nushki, as Indian and Pakistani news writes them.
    text = ("The Indian Army said Pakistani troops also violated the ceasefire along the Line of Control in "
            "Kupwara, Baramulla, Uri and Akhnoor.")
    assert _senses(text, index, "Baramulla") == {("Bāramūla", "IN", "city")}
    assert _senses(text, index, "Akhnoor") == {("Akhnūr", "IN", "city")}
    text = "Shops in Srinagar, Jammu and Baramulla stayed shut on Wednesday in protest."
    assert _senses(text, index, "Baramulla") == {("Bāramūla", "IN", "city")}
    text = ("QUETTA: Mobile internet services remained suspended in Quetta, Mastung, Kalat and Noshki.")
    assert _senses(text, index, "Noshki") == {("Nushki", "PK", "city")}


def test_a_district_named_after_a_town_spelt_otherwise(index):
    text = ("Within hours, Pakistani troops shelled Indian villages along the Line of Control. At least 12 "
            "civilians were killed in Poonch district, officials in Jammu said.")
    assert _senses(text, index, "Poonch") == {("Pūnch District", "IN", "admin2")}
    text = ("Officials in Punjab's Ferozepur district said a family of three was injured when a drone crashed "
            "into a house.")
    assert _senses(text, index, "Ferozepur") == {("Firozpur District", "IN", "admin2")}
    text = ("At least five people were killed when a suicide bomber rammed an explosives-laden vehicle into a "
            "bus of a convoy on the RCD Highway in Noshki district on Sunday.")
    assert _senses(text, index, "Noshki") == {("Nushki District", "PK", "admin2")}


def test_mobile_services_are_no_mobile_alabama(index):
    text = ("Separately, security forces killed four militants in the Mastung district. Mobile internet "
            "services remained suspended in Quetta, Mastung, Kalat and Noshki.")
    assert "Mobile" not in [p[0] for p in places(text, index)]
    # ... but the city's police are the city's.
    assert _senses("Mobile police said the man was arrested on Tuesday.", index, "Mobile") == \
        {("Mobile", "US", "city")}


def test_a_regiment_named_after_a_state_is_no_mention_of_it(index):
    text = ("The Assam Rifles and the Central Reserve Police Force have been deployed in buffer zones in the "
            "foothills between the valley and the hill districts of Kangpokpi and Churachandpur.")
    assert "Assam" not in [p[0] for p in places(text, index)]
    assert "Kangpokpi" in [p[0] for p in places(text, index)]


def test_towns_and_quarters_the_gazetteer_lacked(index):
    text = ("IMPHAL: Protesters blocked roads with burning tyres in Imphal, and a bus was set on fire near "
            "Khurai, police said. A shutdown was observed in Moreh, on the border with Myanmar.")
    assert {r.entry.id for r in geoparse(text, index=index) if r.candidate.text == "Khurai"} == {"rg:khurai"}
    # ... and Madhya Pradesh's town in its state's news.
    text = "SAGAR, Madhya Pradesh: Police in Khurai arrested two men on Tuesday, officials in Sagar said."
    assert {r.entry.id for r in geoparse(text, index=index) if r.candidate.text == "Khurai"} == {"gn:1266620"}
    text = ("Seventeen people died in Kathmandu, where protesters broke through a barricade and entered the "
            "premises of the Federal Parliament building in New Baneshwor. The government imposed a curfew in "
            "Baneshwor. Protests also spread to Damak in Jhapa, Oli's home district.")
    found = places(text, index)
    assert {p[1:3] for p in found if p[0] in ("New Baneshwor", "Baneshwor")} == {("Baneshwor", "NP")}
    assert {p[1:3] for p in found if p[0] == "Damak"} == {("Damak", "NP")}
    text = ("Hundreds of students marched from Dhaka University to Shahbagh and then towards the Secretariat, "
            "officials in Dhaka said.")
    assert {p[1:3] for p in places(text, index) if p[0] == "Shahbagh"} == {("Shahbagh", "BD")}


def test_a_two_word_town_written_as_one_word(index):
    text = ("In North Waziristan, a drone struck a house in Datta Khel, near Miranshah, and a curfew was "
            "imposed in the area, officials said.")
    assert _senses(text, index, "Miranshah") == {("Miran Shah", "PK", "city")}


def test_the_pahalgam_meadow_and_imphals_districts(index):
    text = ("The gunmen emerged from forests around the Baisaran meadow, about 5 km from Pahalgam, and fired "
            "at groups of visitors, witnesses said.")
    assert {p[1:3] for p in places(text, index) if p[0].startswith("Baisaran")} == {("Baisaran", "IN")}
    text = ("IMPHAL: The Manipur government on Saturday night imposed prohibitory orders in Imphal West, Imphal "
            "East, Thoubal, Kakching and Bishnupur districts.")
    found = [p[:2] for p in places(text, index)]
    assert ("Imphal West", "Imphal West") in found and ("Imphal East", "Imphal East") in found
