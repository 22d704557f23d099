"""Animal and plant health as the wires and farm papers report it (the thirty-third session's fx33g check): the
plagues of herds, flocks and crops are outbreaks as the people's are, and the animals culled are counted."""

from geomap.model import Article
from geomap.pipeline import extract

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def figures(text, index, published):
    """(place id, type, [(value, unit)]) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, [(g.value, g.unit) for g in e.figures]) for e in doc.events]


def test_bluetongue_confirmed_in_a_flock_is_an_outbreak(index):
    text = ("Bluetongue has been confirmed in a flock of sheep near Dereham, the government said on Thursday, as "
            "officials extended the restricted zone to cover all of England.")
    assert [e[:3] for e in events(text, index, "2025-07-03")] == [("east-dereham", "disaster", "2025-07-03")]


def test_a_headlines_foot_and_mouth_is_an_outbreak(index):
    text = "Germany confirms foot-and-mouth in water buffalo herd near Berlin"
    assert [e[:2] for e in events(text, index, "2025-01-10")] == [("berlin", "disaster")]


def test_swine_fever_found_on_a_farm_is_an_outbreak(index):
    text = ("HANOI (Reuters) - Vietnamese authorities have culled more than 5,000 pigs after African swine fever was "
            "detected at a commercial farm in the southern province of Dong Nai, the country's main pig-producing "
            "area, state media reported on Wednesday.")
    assert "disaster" in {e[1] for e in events(text, index, "2025-06-11")}


def test_turkeys_a_bird_flu_kills_are_birds_not_people(index):
    text = "Bird flu kills 2,000 turkeys in Stanislaus County"
    assert figures(text, index, "2025-03-14") == [("stanislaus-county", "disaster", [(2000, "turkeys")])]


def test_chickens_culled_at_a_farm_are_counted(index):
    text = ("AMSTERDAM (Reuters) - Dutch authorities will cull around 36,000 chickens at a poultry farm in "
            "Kootwijkerbroek after an outbreak of highly pathogenic bird flu, the agriculture ministry said on "
            "Saturday.")
    assert figures(text, index, "2025-11-01") == [("kootwijkerbroek", "disaster", [(36000, "chickens")])]


def test_hens_to_be_culled_are_counted(index):
    text = "Bird flu confirmed at Weld County egg farm; 1.8 million hens to be culled"
    assert figures(text, index, "2025-11-04") == [("weld-county", "disaster", [(1_800_000, "hens")])]


def test_olive_trees_a_blight_killed_are_trees(index):
    text = ("Xylella, spread by insects, has killed more than 21 million olive trees in Apulia since it was first "
            "found near Gallipoli in the province of Lecce in 2013.")
    found = figures(text, index, "2025-06-09")
    assert ("apulia", "disaster", [(21_000_000, "trees")]) in found


def test_swarms_of_locusts_that_invaded_are_a_disaster(index):
    text = ("ADDIS ABABA (AFP) - Swarms of desert locusts have invaded parts of northern Ethiopia's Afar and Amhara "
            "regions, destroying crops and pasture ahead of the harvest, the UN's Food and Agriculture Organization "
            "said on Tuesday.")
    assert [e[:3] for e in events(text, index, "2025-10-14")] == [("afar", "disaster", "2025-10-14"),
                                                                   ("amhara", "disaster", "2025-10-14")]


def test_the_town_of_the_lab_that_tested_the_samples_is_no_outbreak(index):
    text = ("The Colorado Department of Agriculture said samples from the farm near Hudson tested positive for H5N1 "
            "on Monday at the National Veterinary Services Laboratories in Ames, Iowa.")
    assert [e[:3] for e in events(text, index, "2025-11-04")] == [("hudson", "disaster", "2025-11-03")]


def test_a_country_that_reported_outbreaks_on_its_farms_is_their_place(index):
    text = ("WARSAW, Jan 20 (Reuters) - Poland has reported four outbreaks of highly pathogenic bird flu on poultry "
            "farms in the west of the country, the World Organisation for Animal Health (WOAH) said on Monday, citing "
            "a report from Polish authorities.")
    assert [e[:3] for e in events(text, index, "2025-01-20")] == [("poland", "disaster", "2025-01-20")]


def test_a_country_that_confirmed_its_first_outbreak_is_its_place(index):
    text = ("BUDAPEST, March 7 (Reuters) - Hungary has confirmed its first outbreak of foot-and-mouth disease in more "
            "than 50 years on a cattle farm in Kisbajcs, near the border with Slovakia, the country's chief veterinary "
            "officer said on Friday.")
    assert [e[:3] for e in events(text, index, "2025-03-07")] == [("hungary", "disaster", "2025-03-07")]
