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


# 3. An Arabic town's other spelling is a sense beside smaller towns so named exactly.

def test_bara_in_a_kordofan_story_is_barah_sudan(index):
    text = ("KHARTOUM, June 12 (Reuters) - Sudan's paramilitary Rapid Support Forces (RSF) shelled El Obeid, the "
            "capital of North Kordofan state, on Thursday.\n\n"
            "\"The RSF fired artillery at us from the direction of Bara,\" said Hassan Adam, a shopkeeper in El Obeid.")
    assert _found(text, index, "Bara") == [("Bara", "Bārah", "SD", "city", "place")]
    # (in a Nigerian story, Nigeria's Bara)
    text = "Gunmen attacked Bara in Bauchi State, Nigeria, on Sunday, police said."
    assert _found(text, index, "Bara") == [("Bara", "Bara", "NG", "city", "place")]
