"""Places from the twenty-sixth session's audit of East Asia's and Oceania's news (China, Taiwan,
Japan, the Koreas, Mongolia, Australia, New Zealand and the Pacific islands)."""

from geomap.pipeline import geoparse
from readings import events, places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A list closed by "and N other prefectures" names prefectures, as "A and B prefectures" does.

def test_a_list_closed_by_other_prefectures_names_prefectures(index):
    text = ("China said on Friday it would resume imports of seafood from parts of Japan, nearly two years after "
            "it banned them over the release of treated water from the wrecked Fukushima nuclear plant.\n\n"
            "Imports from 37 of Japan's 47 prefectures will resume, China's customs administration said, but "
            "products from Fukushima, Miyagi, Niigata and seven other prefectures would stay banned.")
    listed = text.index("Fukushima, Miyagi")
    read = [(r.entry.name, r.entry.country, r.entry.kind) for r in geoparse(text, index=index)
            if r.candidate.start == listed and r.entry is not None]
    assert read == [("Fukushima", "JP", "admin1")]
    assert _senses(text, index, "Niigata") == [("Niigata", "JP", "admin1")]


def test_one_name_and_other_regions_is_a_region(index):
    text = "Power was cut in Fukushima and several other prefectures after the quake, the utility said."
    assert _senses(text, index, "Fukushima") == [("Fukushima", "JP", "admin1")]


# 2. An undated headline is the news: it does not join the background's event of years before.

def test_an_undated_headline_does_not_join_a_riot_of_years_before(index):
    text = ("Solomon Islands protesters clash with police in Honiara\n\n"
            "HONIARA, Solomon Islands (RNZ Pacific) — Police in the Solomon Islands fired tear gas at hundreds of "
            "protesters in Honiara on Friday after a demonstration against the government's handling of a logging "
            "deal turned violent.\n\n"
            "In November 2021, riots in Honiara left three people dead and much of Chinatown burnt.")
    riots = [(e[1], e[2]) for e in events(text, index, "2025-05-16") if e[0] == "honiara" and e[1] == "riot"]
    assert ("riot", "2021-11") in riots
    assert ("riot", None) in riots


# 3. A major city's quarter, by its possessive, lies in that city's country, whatever small namesakes
# the city has abroad.

def test_a_district_of_a_major_city_by_its_possessive_is_not_abroad(index):
    text = ("TAINAN, Taiwan (AFP) - A magnitude 6.4 earthquake struck southern Taiwan early on Tuesday, injuring 27 "
            "people and damaging buildings in Tainan and Chiayi, officials said.\n\n"
            "In Tainan's Nanxi district, a family of four including a baby was trapped when their house partially "
            "collapsed, the National Fire Agency said.")
    assert _senses(text, index, "Nanxi") == []
    assert ("Tainan", "TW", "city") in _senses(text, index, "Tainan")


# 4. A year before a disaster's noun names its year: "the 2022 floods" are no news of the headline's.

def test_the_year_of_the_floods_keeps_them_from_the_headline_bushfire(index):
    text = ("Bushfire destroys homes near Lismore as NSW heatwave grips state\n\n"
            "LISMORE, New South Wales (ABC News) — A fast-moving bushfire has destroyed at least 12 homes in the "
            "Northern Rivers region of NSW, with residents of Nimbin and The Channon told it was too late to leave.\n\n"
            "The Northern Rivers is still recovering from the 2022 floods, which killed four people in Lismore.")
    assert ("lismore", "disaster", "2022") in [e[:3] for e in events(text, index, "2025-11-15")]


def test_the_year_of_a_record_the_flood_is_measured_against_dates_no_flood(index):
    text = ("The north Queensland town of Ingham remains cut off after the Herbert River peaked at 15.2 metres "
            "overnight, above the record set during the 1967 flood, with authorities warning residents it could "
            "be days before the water recedes.")
    assert [e[2] for e in events(text, index, None) if e[1] == "disaster"] == [None]


# 5. New Zealand's Marlborough region by its bare name, and "the Nelson Tasman region".

def test_marlborough_and_nelson_tasman_are_new_zealand_regions(index):
    text = ("A state of emergency has been declared in the Nelson Tasman region after torrential rain caused "
            "flooding and slips, cutting off towns and forcing hundreds of people from their homes.\n\n"
            "MetService issued a red heavy rain warning for Tasman and Marlborough, the first since Cyclone "
            "Gabrielle hit Hawke's Bay and Gisborne in 2023.")
    assert _senses(text, index, "Marlborough") == [("Marlborough District", "NZ", "admin1")]
    assert _senses(text, index, "Nelson Tasman region") == [("Nelson Tasman", "NZ", "region")]
