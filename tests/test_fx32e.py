"""Places and events from the fx32e audit of obituaries, profiles and biographies in the news: a
birthplace, schools, past postings and the place and date of a death."""

import readings
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. "Born in 1937 in Passau": the participle that opens an obituary's background is no town Born.

def test_born_opening_a_sentence_is_no_place(index):
    text = ("MUNICH, Germany (Reuters) - Edmund Kessler, who led the German state of Bavaria for nine years, has "
            "died at the age of 88.\n\nBorn in 1937 in Passau, on the border with Austria, Kessler studied law "
            "in Regensburg and Munich before joining the state interior ministry in 1966.")
    assert _senses(text, index, "Born") == []
    assert _senses(text, index, "Passau") == [("Passau", "DE", "city")]


_PEREYRA = ("Footballer who starred for Ajax and Boca dies in Montevideo\n\n"
            "MONTEVIDEO, Nov 9 (Reuters) - Former Uruguay international striker Washington Pereyra, who won titles "
            "with Ajax Amsterdam and Boca Juniors, died in a Montevideo hospital on Sunday aged 68, his former club "
            "Penarol said.\n\nPereyra had been treated for cancer at the Hospital Britanico since September.\n\n"
            "Born in Salto, on the Uruguay River border with Argentina, Pereyra joined Penarol at 17 and moved to "
            "Ajax in 1979, scoring 61 goals in four seasons in Amsterdam.")


def test_born_in_a_river_border_town_is_no_dutch_born(index):
    assert _senses(_PEREYRA, index, "Born") == []
    assert _senses(_PEREYRA, index, "Salto") == [("Salto", "UY", "city")]


# 2. "the 1982 Israeli siege of Beirut": a year before a war's noun dates that event, not the later clause's year.

def test_the_year_before_a_siege_dates_the_siege(index):
    text = ("BEIRUT, Nov 3 (AFP) - Lebanese journalist Nadia Khoury, one of the first women to report from the front "
            "lines of her country's civil war, died on Monday in Paris, her family said.\n\nShe covered the 1982 "
            "Israeli siege of Beirut and the massacre at the Sabra and Shatila camps, and was briefly kidnapped in "
            "west Beirut in 1985.")
    found = readings.events(text, index, "2025-11-03")
    assert ("beirut", "ground_operation", "1982") in [(e[0], e[1], e[2]) for e in found]
    assert ("beirut", "ground_operation", "1985") not in [(e[0], e[1], e[2]) for e in found]


# 3. "the Canadian River": a demonym opening a river's name names the river, not its country.

def test_a_demonym_opening_a_rivers_name_is_no_country(index):
    text = ("AMARILLO, Texas (AP) \u2014 Helen Chester, who turned a struggling Panhandle cattle ranch into one of the "
            "largest in Texas, died Sunday at her home near Canyon.\n\nWhen her husband died in a plane crash near "
            "Lubbock in 1966, she took over the ranch, then 12,000 acres along the Canadian River.")
    assert _senses(text, index, "Canadian") == []
    assert [e[3] for e in readings.events(text, index, "2025-11-25") if e[1] == "accident"] == [[]]


def test_a_demonym_before_a_clubs_fans_stays_a_country(index):
    text = ("Several hundred Uruguayan River supporters had crossed the River Plate by ferry from Colonia for the "
            "match in Buenos Aires.")
    assert _senses(text, index, "Uruguayan") == [("Uruguay", "UY", "country")]


# 4. Where one who fled settled is no place of the fighting that drove him out.

def test_where_a_writer_who_fled_settled_is_no_battlefield(index):
    text = ("CAIRO (AP) \u2014 Amir Taj al-Sir, the Sudanese novelist whose books chronicled village life along the "
            "Nile, died Tuesday at a hospital in Cairo, his family said.\n\nTaj al-Sir fled Khartoum in 2023 after "
            "fighting broke out between the army and the paramilitary Rapid Support Forces, settling first in Wadi "
            "Halfa and then in Cairo.")
    found = readings.events(text, index, "2025-11-12")
    assert [e[0] for e in found if e[1] == "ground_operation"] == []


# 5. Kalpakkam and Trombay, India's atomic research towns, are gazetteer rows.

def test_indias_atomic_research_towns_are_places(index):
    text = ("CHENNAI, Nov 16 (PTI) Eminent nuclear scientist R. Venkataraman, who played a key role in India's fast "
            "breeder reactor programme at Kalpakkam, passed away at a private hospital in Chennai on Sunday morning."
            "\n\nBorn in Kumbakonam in Thanjavur district in 1934, Venkataraman graduated from Presidency College, "
            "Madras, and joined the Atomic Energy Establishment at Trombay, Mumbai, in 1957.")
    assert _senses(text, index, "Kalpakkam") == [("Kalpakkam", "IN", "city")]
    assert _senses(text, index, "Trombay") == [("Trombay", "IN", "city")]
