"""Places from the twenty-fourth session's audit of African local news (Nigeria's Benue, Kenya's
counties, Ethiopia's Amhara zones, Mozambique's Cabo Delgado, DR Congo's Ituri and North Kivu,
Sudan's Kordofan)."""

from readings import places


def _found(text, index, name):
    return [p for p in places(text, index) if p[0] == name]


# 1. A foreign compass word after a name no place has ends that longer name.

def test_a_chiefdom_named_nord_is_not_the_nord_department(index):
    text = ("BUNIA, Democratic Republic of Congo, Feb 11 (Reuters) - The assailants, armed with guns and machetes, "
            "struck the villages of Lopa and Ndjala near the town of Fataki, said Ruphin Mapela, an administrator "
            "of the Bahema Nord chiefdom.")
    assert _found(text, index, "Nord") == []
    assert _found(text, index, "BUNIA")
    # (a region word or a possessive before it still makes a region of it)
    text = "Gunmen attacked a village in Cameroon's Nord region, near Garoua, on Sunday."
    assert ("Nord region", "Nord", "CM", "admin1", "place") in places(text, index)


# 2. A small town's name that a county the text names has too is the county.

def test_a_headline_county_named_bare_is_the_county(index):
    text = ("Bandits kill four police officers in Baringo as floods displace families in Tana River\n\n"
            "NAIROBI, Kenya — Four police reservists were killed on Monday when suspected bandits ambushed their "
            "vehicle at Chemoinoi in Tiaty, Baringo County, the latest attack in the volatile Kerio Valley.")
    assert _found(text, index, "Baringo") == [("Baringo", "Baringo", "KE", "region", "place")]
    assert _found(text, index, "Baringo County") == [("Baringo County", "Baringo", "KE", "region", "place")]
    # (a large town named like its county stays the town)
    text = ("Floods hit Kiambu County on Monday. Traders in Kiambu town said the market was closed, "
            "the Nation reported.")
    assert ("Kiambu", "Kiambu", "KE", "city", "place") in places(text, index)


# 3. An Arabic town's other spelling is a sense beside smaller towns so named exactly.

def test_bara_in_a_kordofan_story_is_barah_sudan(index):
    text = ("KHARTOUM, June 12 (Reuters) - Sudan's paramilitary Rapid Support Forces (RSF) shelled El Obeid, the "
            "capital of North Kordofan state, on Thursday.\n\n"
            "\"The RSF fired artillery at us from the direction of Bara,\" said Hassan Adam, a shopkeeper in El Obeid.")
    assert _found(text, index, "Bara") == [("Bara", "Bārah", "SD", "city", "place")]
    # (in a Nigerian story, Nigeria's Bara)
    text = "Gunmen attacked Bara in Bauchi State, Nigeria, on Sunday, police said."
    assert _found(text, index, "Bara") == [("Bara", "Bara", "NG", "city", "place")]


# 4. What the text puts on the edge of a town it names is a locality of that town.

def test_a_beach_on_the_edge_of_esmeraldas_is_not_las_palmas_de_gran_canaria(index):
    text = ("On the beach at Las Palmas, on the edge of the Ecuadorian city of Esmeraldas, fishermen mend nets "
            "beside boats they no longer dare to take far out into the Pacific.")
    assert _found(text, index, "Las Palmas") == []
    assert _found(text, index, "Esmeraldas") == [("Esmeraldas", "Esmeraldas", "EC", "city", "place")]


# 5. A name villages of several states share, none in the story's state, names one the gazetteer lacks.

def test_guerrero_villages_are_no_namesakes_in_other_states(index):
    text = ("CHILPANCINGO, Mexico — Taxi and bus drivers in Chilpancingo, the capital of the southern Mexican state "
            "of Guerrero, pulled their vehicles off the streets on Monday after four drivers were shot dead.\n\n"
            "Further north, residents of the Tierra Caliente towns of Coyuca de Catalán and San Miguel Totolapan "
            "reported that drones had dropped explosives on farms outside the villages of Linda Vista and Los Guajes.")
    assert _found(text, index, "Linda Vista") == []
    assert _found(text, index, "Los Guajes") == []
    assert _found(text, index, "San Miguel Totolapan") == [("San Miguel Totolapan", "San Miguel Totolapan", "MX",
                                                            "city", "place")]
