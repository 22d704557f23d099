"""Poaching and wildlife trafficking as the wires, Mongabay and national papers report them in 2025 (the
thirty-third session's fx33p check): the animals poachers kill and traffickers smuggle are no people."""

from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    """(place id, type, date, figures as (value, unit)) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, e.date, [(f.value, f.unit) for f in e.figures]) for e in doc.events]


def test_rhinos_killed_by_poachers_are_no_people(index):
    text = ("Poachers killed 42 rhinos in Kruger National Park in the first three months of the year, South "
            "Africa's environment ministry said on Tuesday.")
    figures = [f for e in events(text, index, "2025-04-15") for f in e[3]]
    assert figures == [(42.0, "rhinos")]


def test_rhinos_found_dead_are_no_dead_people(index):
    text = ("Namibian police arrested 11 suspected poachers in the Kunene and Oshikoto regions last month after nine "
            "rhinos were found dead in Etosha National Park, the environment ministry said on Monday.")
    units = {f[1] for e in events(text, index, "2025-03-03") for f in e[3]}
    assert "dead" not in units and "rhinos" in units


def test_gunmen_who_attacked_the_rangers_patrol_fought_them(index):
    text = ("Two rangers were killed and a third wounded when gunmen attacked their patrol in Virunga National Park "
            "in eastern Democratic Republic of Congo on Sunday, the park's management said.")
    found = events(text, index, "2025-07-14")
    assert [(e[0], e[1], e[2]) for e in found] == [("virunga", "ground_operation", "2025-07-13")]


def test_rangers_killed_with_a_soldier_are_counted(index):
    text = ("KINSHASA, Congo (AFP) \u2014 Three rangers and a soldier were killed in a clash with elephant poachers in "
            "Garamba National Park in northeastern Democratic Republic of Congo, the park's operator African Parks "
            "said on Thursday.")
    found = events(text, index, "2025-08-14")
    assert [(e[0], e[1], e[3]) for e in found] == [("garamba-national-park", "ground_operation", [(4.0, "people")])]


def test_an_airport_named_after_the_datelines_city_is_in_it(index):
    text = ("ADDIS ABABA (AFP) - Ethiopian customs officers seized 140 kilograms of ivory and 26 kilograms of rhino "
            "horn at Addis Ababa Bole International Airport on Tuesday from two passengers travelling from "
            "Lubumbashi to Bangkok, officials said.")
    found = events(text, index, "2025-01-14")
    assert [(e[0], e[1], e[2]) for e in found] == [("addis-ababa", "arrest", "2025-01-14")]


def test_a_ranger_shot_dead_is_counted(index):
    text = "On Saturday, suspected poachers shot dead a ranger in Laikipia county."
    found = events(text, index, "2025-01-12")
    assert [(e[0], e[1], e[2], e[3]) for e in found] == [("laikipia", "attack", "2025-01-11", [(1.0, "people")])]


def test_a_month_of_centuries_ago_keeps_its_year():
    from geomap.dates import find_dates
    import datetime as dt
    text = ("The war had begun in April 1846 over the disputed strip between the Nueces River and the Rio Grande, "
            "when Mexican cavalry attacked an American patrol near Matamoros.")
    assert [d.value for d in find_dates(text, dt.date(2025, 7, 14))] == ["1846-04"]
