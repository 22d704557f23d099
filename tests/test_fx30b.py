"""Places and events of the Balkans, Eastern Europe and the Baltics as the wires and national papers report them
(the thirtieth session's fx30b check): local police's arrests after an opener that turns to another story, a people
named by "ethnic" and its demonym no side, a party named after a river named again alone."""

from readings import events, places


def _names(text, index):
    return [p[1] for p in places(text, index)]


# 1. "Separately, police in X said they had arrested ...": the local police's arrest, there.

def test_local_polices_arrest_after_separately(index):
    text = ("Separately, police in Szeged said on Sunday they had detained four people after a protest against the "
            "closure of a local hospital ward turned violent.")
    assert [e[:3] for e in events(text, index, "2025-06-16")] == [("szeged", "arrest", "2025-06-15")]


def test_local_polices_arrest_in_a_separate_incident(index):
    text = ("In a separate incident, police in Kosice said on Wednesday they had arrested a man who threatened "
            "lawmakers in a Facebook post.")
    assert [e[:2] for e in events(text, index, "2025-05-21")] == [("kosice", "arrest")]


# 2. "ethnic Albanian civilians" are a people, not Albania's side.

def test_ethnic_victims_are_no_actor(index):
    text = ("He is suspected of taking part in the killing of ethnic Albanian civilians in the village of Qyshk "
            "near Peja in May 1999.")
    found = events(text, index, "2025-06-01")
    assert [e[:2] for e in found] == [("peje", "attack")]
    assert "Albania" not in found[0][3]


# 3. A party named after a river, and its name alone after.

def test_a_leaders_party_named_after_a_river(index):
    text = ("Opposition leader Peter Magyar, whose Tisza party leads in most polls ahead of the 2026 election, has "
            "avoided taking a clear position. Tisza has gained support in rural areas such as Szabolcs-Szatmar-Bereg "
            "county and in towns like Debrecen and Gyor.")
    found = _names(text, index)
    assert "Tisza" not in found
    assert "Debrecen" in found


# 4. A blaze named by its venue: "a nightclub fire".

def test_a_nightclub_fire_that_killed(index):
    text = ("KOCANI, North Macedonia (Reuters) - Thousands of mourners gathered in the eastern town of Kocani on Monday "
            "for the funerals of some of the 59 people killed in a nightclub fire, as police arrested 15 people "
            "including former officials over the club's license.")
    assert [e[:2] for e in events(text, index, "2025-03-17")] == [("kochani", "accident")]


def test_a_nightclubs_fire_exits_are_no_blaze(index):
    text = "Inspectors in Kocani found that the nightclub fire exits had been locked, police said."
    assert [e[1] for e in events(text, index, "2025-03-17") if e[1] == "accident"] == []


# 5. Where those held had trained is no place of their arrest.

def test_where_the_detained_had_trained_is_no_arrest(index):
    text = ("Police said they had carried out more than 250 searches in the weeks before the vote and detained 74 "
            "people suspected of organising mass unrest on Moscow's orders, some of whom had trained in Serbia and "
            "Bosnia.")
    assert [e for e in events(text, index, "2025-09-29") if e[1] == "arrest"] == []


# 6. The arrest a crowd protests against is no arrest there.

def test_a_protest_against_an_arrest(index):
    text = ("GRACANICA, Kosovo - Several hundred Serbs protested on Sunday in Gracanica, a Serb-majority enclave south "
            "of Prishtina, against the arrest of a former Serbian police officer accused of war crimes during the "
            "1998-99 war.")
    assert [e[:3] for e in events(text, index, "2025-06-01")] == [("gracanica", "protest", "2025-06-01")]


def test_a_headlines_protest_of_an_arrest(index):
    text = "Serbs in Kosovo's Gracanica protest arrest of former police officer"
    assert [e[:2] for e in events(text, index, "2025-06-01")] == [("gracanica", "protest")]


# 7. A fire told with its time before the harm it did, to part of a building.

def test_a_fire_in_the_early_hours_that_destroyed_part_of_a_warehouse(index):
    text = ("The fire in the early hours of Saturday destroyed part of a warehouse in Daugavpils's industrial zone "
            "that stored goods for Ukraine, the service said.")
    assert [e[:3] for e in events(text, index, "2025-06-10")] == [("daugavpils", "accident", "2025-06-07")]


# 8. Arrests made after a protest that a "when" clause places are no arrests there.

def test_arrests_after_the_protests_a_when_clause_places(index):
    text = ("Human rights group Viasna says many of the prisoners were arrested after the 2020 protests, when tens of "
            "thousands marched in Minsk, Grodno, Brest and Gomel.")
    found = events(text, index, "2025-09-11")
    assert {e[1] for e in found} == {"protest"}
    assert {e[0] for e in found} == {"minsk", "hrodna", "brest", "homyel"}
