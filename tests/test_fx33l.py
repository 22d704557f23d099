"""Places and events from the thirty-third session's audit of religion news (fx33l): the Vatican, Pope Leo XIV's
conclave and trips, churches, mosques and temples attacked, opened or torn down, festivals and abuse inquiries."""

import readings


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in readings.places(text, index) if p[0] == name]


def events(text, index, published):
    return readings.events(text, index, published)


# 1. A massacre a pope or a leader denounces, where he spoke, is his statement, no massacre there.

def test_a_denounced_massacre_is_no_attack_where_it_was_denounced(index):
    text = 'Pope Leo XIV denounced the "terrible massacre" during the Angelus in St. Peter\'s Square.'
    found = events(text, index, "2025-07-14")
    assert [e[1] for e in found] == ["statement"]


def test_a_denounced_massacre_with_its_dead_and_place_stays_an_attack(index):
    text = "The president condemned the massacre of 20 villagers in Kaduna."
    found = events(text, index, "2025-07-14")
    assert [(e[0], e[1]) for e in found] == [("kaduna", "attack")]


# 2. A church's dedication after "Church of", a saint's name or a mystery, is no town.

def test_a_cathedrals_saint_is_no_town(index):
    text = ("Hundreds of people gathered outside the Cathedral of Santa Maria in Chiclayo, waving Peruvian flags and "
            "photographs of the new pontiff.")
    assert _senses(text, index, "Santa Maria") == []
    assert _senses(text, index, "Chiclayo")


def test_a_churchs_mystery_is_no_province(index):
    text = "Funerals were held at the Church of the Holy Cross in the Qassaa district of Damascus."
    assert _senses(text, index, "Holy Cross") == []
    assert _senses(text, index, "Damascus")


def test_a_town_named_after_a_cathedral_word_stays_the_town(index):
    text = "Pilgrims gathered at the Cathedral of Santiago de Compostela and the shrine of Our Lady of Fatima."
    assert _senses(text, index, "Santiago de Compostela")
    assert _senses(text, index, "Fatima")


# 3. A name the text calls a village, told before the word, is no state abroad.

def test_a_village_named_before_its_word_is_no_state_abroad(index):
    text = ("KADUNA, Nigeria (AP) \u2014 Gunmen kidnapped a Catholic priest from his parish residence in northern "
            "Nigeria's Kaduna state early Sunday, the diocese said. Father Sylvester Okechukwu was taken from "
            "St. Mary's Catholic Church in Tachira village in Kauru local government area, Kafanchan diocese "
            "chancellor Jacob Shanet said. Police said officers were searching the forests near Kafanchan in "
            "Nigeria.")
    assert _senses(text, index, "Tachira") == []
    assert _senses(text, index, "Kauru")


def test_a_parish_of_a_saint_is_jamaicas_parish(index):
    text = ("Hurricane Melissa tore roofs off buildings in Kingston, Jamaica, and wrecked farms in the southern parish "
            "of St. Elizabeth.")
    assert _senses(text, index, "St. Elizabeth")


# 4. Where a speaker comes from, told after the name, is no statement there.

def test_a_speakers_home_after_the_name_is_no_statement_there(index):
    text = '"People fell on top of each other," said Saroj Devi, from Jhunjhunu in Rajasthan.'
    assert events(text, index, "2025-01-29") == []


# 5. A festival or a church "in northern India" is the dateline's site, the country's part a landmark for readers.

def test_a_festival_in_a_countrys_north_is_the_datelines(index):
    text = ("PRAYAGRAJ, India (AP) \u2014 A stampede broke out early Wednesday at the Maha Kumbh festival in northern "
            "India as millions of Hindu pilgrims surged to take a dip in sacred waters, killing at least 30 people "
            "and injuring 60, police said.")
    assert [(e[0], e[1]) for e in events(text, index, "2025-01-29")] == [("prayagraj", "accident")]


# 6. Clashes over a holy site's survey are a crowd's riot, and the mosque is no party to them.

def test_clashes_over_a_mosques_survey_are_a_riot_with_no_mosque_actor(index):
    text = ("In November, four people were killed in Sambhal during clashes over a court-ordered survey of the Shahi "
            "Jama Masjid, which Hindu petitioners claim was built on the site of a temple.")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2024-12-10")] == [("sambhal", "riot", [])]


# 7. A language a speaker switches to is no country.

def test_a_language_switched_to_is_no_country(index):
    text = ('"Peace be with all of you," the new pope said in Italian, before switching briefly to Spanish to greet '
            "his former diocese of Chiclayo in northern Peru.")
    assert _senses(text, index, "Spanish") == []
    assert _senses(text, index, "Peru")


# 8. A crowd gathered at a cathedral, waving flags with no grievance, is the faithful's, no protest.

def test_a_crowd_at_a_cathedral_waving_flags_is_no_protest(index):
    text = ("Hundreds of people gathered outside the Cathedral of Santa Maria in Chiclayo, waving Peruvian flags and "
            "photographs of the new pontiff.")
    assert [e[1] for e in events(text, index, "2025-05-08")] == ["statement"]


def test_a_crowd_at_a_mosque_with_a_demand_stays_a_protest(index):
    text = ("Hundreds of people gathered outside the mosque in Lucknow, waving flags to demand that the demolition "
            "be halted.")
    assert [e[1] for e in events(text, index, "2024-12-10")] == ["protest"]


# 9. Where pilgrims set out from is no statement there.

def test_where_pilgrims_start_is_no_statement_there(index):
    text = ("More than 500,000 people walked the Camino de Santiago in 2025, a record, according to the pilgrims' "
            "office, with many starting in Sarria in Galicia or Saint-Jean-Pied-de-Port in France.")
    places = {e[0] for e in events(text, index, "2025-12-30")}
    assert "sarria" not in places
    assert "saint-jean-pied-de-port" not in places


# 10. A church named by its saint is a building, no party.

def test_a_church_named_by_its_saint_is_no_actor(index):
    text = ("Father Sylvester Okechukwu was taken from St. Mary's Catholic Church in Tachira village in Kauru local "
            "government area, Kafanchan diocese chancellor Jacob Shanet said.")
    found = events(text, index, "2025-07-14")
    assert found
    assert all("Catholic Church" not in e[3] for e in found)


# 11. Strikes told before a truce's clause and the dead after it are strikes, not dated by the truce's month.

def test_strikes_that_went_on_despite_a_truce_are_not_the_truces_month(index):
    text = ("Israeli strikes in southern Lebanon have continued despite a ceasefire agreed in November 2024, killing "
            "dozens in the town of Nabatieh and villages near Tyre.")
    found = events(text, index, "2025-12-02")
    assert ("nabatiye-et-tahta", "strike") in {(e[0], e[1]) for e in found}
    assert all(e[2] != "2024-11" for e in found)


def test_a_church_in_a_countrys_east_is_no_capital_datelines(index):
    text = ("OUAGADOUGOU, Burkina Faso (AP) \u2014 Gunmen opened fire on worshippers during Sunday Mass at a Catholic "
            "church in eastern Burkina Faso, killing at least 12 people, a local official and church sources said "
            "Monday.")
    assert "ouagadougou" not in {e[0] for e in events(text, index, "2025-03-10")}
