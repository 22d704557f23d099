"""Places from the twenty-second session's audit of Asian and American insurgency reporting (Myanmar,
Haiti, the southern Philippines, Indonesia's Papua, the Colombia-Venezuela border)."""

from readings import names, places


# 1. Armed groups and gangs named after regions.

def test_a_rebel_army_named_by_a_region_alone_is_no_place(index):
    text = ("The Arakan Army, the third member of the alliance, has not joined the truce and continues to "
            "fight in western Rakhine State, where it now controls 14 of the 17 townships.")
    assert names(text, index) == ["Rakhine State"]
    text = "Arakan Army closes in on Kyaukphyu as airstrikes hit Rakhine villages"
    assert "Arakan" not in names(text, index)
    text = ("The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement (OPM), "
            "said in a statement that its fighters attacked the miners.")
    assert names(text, index) == []


def test_tren_de_aragua_is_a_gang_not_the_state(index):
    text = ("One of the most powerful is Tren de Aragua, the gang that grew out of the Tocoron prison in "
            "Venezuela's Aragua state and has spread across South America.")
    assert names(text, index) == ["Venezuela", "Aragua state", "South America"]
    text = "The U.S. government designated Tren de Aragua a foreign terrorist organization in February."
    assert "Aragua" not in names(text, index)


# 2. A news outlet and a person named like places.

def test_the_irrawaddy_is_a_news_site_when_told(index):
    text = ("Junta aircraft bombed Kyauk Ta Lone village on Ramree Island on Wednesday night, killing at least "
            "nine civilians including three children, a resident who helped bury the dead told The Irrawaddy.")
    assert names(text, index) == ["Ramree Island"]


def test_an_officer_named_like_an_island(index):
    text = ("Col. Alvin Luzon, commander of the Army's 101st Infantry Brigade, said troops were securing a road "
            "project in Barangay Bohe Lebbung when they came under fire.\n\n\"Our soldiers were there to protect "
            "the road workers. They were ambushed,\" Luzon told the Philippine Daily Inquirer.")
    assert "Luzon" not in names(text, index)


# 3. Spellings and places the gazetteer lacked.

def test_petion_ville_hyphenated(index):
    text = ("Heavily armed gang members attacked communities in the mountain commune of Kenscoff overnight, "
            "burning homes and forcing hundreds of residents to flee toward Petion-Ville, police said.")
    found = places(text, index)
    assert ("Petion-Ville", "Pétionville", "HT", "city", "place") in found


def test_myanmar_towns_and_papua_regencies(index):
    text = ("Junta troops have been reinforced by sea from Thandwe and by conscripts trained in Ayeyarwady "
            "Region, local sources said. Another airstrike hit a market in Ponnagyun Township, north of Sittwe.")
    assert {"Thandwe", "Ponnagyun Township", "Sittwe"} <= set(names(text, index))
    text = ("The Indonesian military has stepped up operations in the central highlands, including in Intan "
            "Jaya, Nduga and Puncak regencies, where rebels have attacked construction workers.")
    assert {"Intan Jaya", "Nduga"} <= set(names(text, index))
    text = ("Police officers retreated to nearby Lascahobas and Saut-d'Eau.")
    assert names(text, index) == ["Lascahobas", "Saut-d'Eau"]


# 4. A region's adjective.

def test_a_provincial_official_is_the_provinces(index):
    text = ("Thai authorities closed the second Friendship Bridge and ordered schools in Mae Sot district to "
            "shut, a Tak provincial official said.")
    assert ("Tak", "Tak", "TH", "admin1", "place") in places(text, index)


def test_a_newspaper_of_a_country_says_whose_it_is(index):
    text = ("Junta spokesman Zaw Min Tun said in a statement carried by the state-run Global New Light of "
            "Myanmar that peace had returned to Lashio and that civilians could go home.")
    assert [p for p in places(text, index) if p[0] == "Myanmar"] == [("Myanmar", "Myanmar", "MM", "country", "demonym")]


def test_kani_township_in_sagaing(index):
    text = ("A junta column torched more than 300 houses in four villages of Sagaing Region's Kani Township over "
            "the weekend, residents said. The National Unity Government said it would investigate the Kani "
            "burnings as war crimes.")
    assert [p[2] for p in places(text, index) if p[1] == "Kani"] == ["MM", "MM"]


def test_the_rastrojos_are_a_gang(index):
    text = ("In January, Cucuta police found the dismembered bodies of two men in a house in the Comuneros "
            "neighbourhood, a killing they attributed to the gang's war with the Rastrojos.")
    assert names(text, index) == ["Cucuta"]
