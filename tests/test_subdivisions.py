"""Admin-1 subdivisions Natural Earth lacks or names otherwise, as news names them: Kenya's
counties, Indonesia's provinces in English, Ireland's provinces and Belgium's regions (from
geomap/data/regions.tsv), Somalia's, Haiti's, Vietnam's and Morocco's units (the ISO 3166-2
subdivisions of the countrystatecity-countries package, and geomap/data/admin1_aliases.tsv)."""

import pytest

from geomap import index as index_module
from geomap.pipeline import geoparse


def places(text, index):
    return {r.candidate.text: r.entry for r in geoparse(text, index=index)}


@pytest.mark.parametrize("text, name, county", [
    ("Floods displaced thousands in Tana River County, Kenya.", "Tana River County", "Tana River"),
    ("Detectives in Kilifi County, Kenya, arrested two men.", "Kilifi County", "Kilifi"),
    ("Violence in Marsabit County left five dead.", "Marsabit County", "Marsabit"),
])
def test_kenyan_counties(index, text, name, county):
    found = places(text, index)
    assert name in found, found  # not "Tana" (Antananarivo), not the town Kilifi
    entry = found[name]
    assert (entry.name, entry.country, entry.kind) == (county, "KE", "region")


def test_a_town_named_like_its_county_is_the_town_alone(index):
    # Kilifi is a town of 74,000 and the county around it; alone the name is the town's, as
    # Garissa's and Kisumu's are: police and courts sit in the town.
    found = places("Police in Kilifi said two men were arrested on Tuesday.", index)
    assert (found["Kilifi"].kind, found["Kilifi"].country) == ("city", "KE")
    found = places("Police in Malindi, Kilifi County, said the suspects fled.", index)
    assert found["Malindi"].kind == "city" and found["Kilifi County"].kind == "region"
    assert found["Malindi"].admin1 == found["Kilifi County"].admin1 == "KE.CO"


def test_indonesian_provinces_by_their_english_names(index):
    found = places("Floods hit East Java and West Sumatra in Indonesia.", index)
    assert found["East Java"].id == "ne:ID.JI" and found["West Sumatra"].id == "ne:ID.SB"
    assert places("Rain lashed Central Java on Sunday.", index)["Central Java"].id == "ne:ID.JT"


def test_irish_provinces_and_belgian_regions(index):
    found = places("Leinster beat Connacht in Dublin.", index)
    assert (found["Leinster"].kind, found["Leinster"].country) == ("region", "IE")
    assert (found["Connacht"].kind, found["Connacht"].country) == ("region", "IE")
    found = places("In Flanders, the nationalists topped the polls in Antwerp.", index)
    assert (found["Flanders"].kind, found["Flanders"].country) == ("region", "BE")  # not Flanders, New York
    assert "BE.ANTWERP" in found["Flanders"].admin1.split(";")
    assert places("Voters in Wallonia backed the socialists.", index)["Wallonia"].country == "BE"


@pytest.mark.parametrize("text, name, country, kind", [
    ("Cholera spread in the Artibonite department.", "Artibonite department", "HT", "admin1"),
    ("Militants attacked a base in Middle Shabelle.", "Middle Shabelle", "SO", "admin1"),
    ("Fighting broke out in Lower Shabelle and Hiraan.", "Hiraan", "SO", "admin1"),
    ("Floods hit Dong Thap province.", "Dong Thap province", "VN", "admin1"),
    ("Quake hit Al Haouz province.", "Al Haouz province", "MA", "region"),
])
def test_regions_departments_and_provinces(index, text, name, country, kind):
    found = places(text, index)
    assert name in found, found
    assert (found[name].country, found[name].kind) == (country, kind)


def test_the_index_is_rebuilt_for_another_subdivision_data_version(monkeypatch):
    before = index_module._source_stamp()
    monkeypatch.setattr(index_module, "_subdivision_stamp", lambda: b'__version__ = "9.9.9"')
    assert index_module._source_stamp() != before


def test_the_index_is_rebuilt_for_other_boundaries(monkeypatch):
    # The index takes regions' names from the bundled boundaries: a region renamed there (as
    # "N.W.F.P." became Khyber Pakhtunkhwa) had kept the old index, and its old name, in the cache.
    from pathlib import Path

    before = index_module._source_stamp()
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read_bytes(self) + b"x" if self.name == "admin1.geojson.gz"
                        else read_bytes(self))
    assert index_module._source_stamp() != before
