"""Oil spills, chemical leaks and pollution as the wires and local papers report them (the thirty-third session's
fx33j check): a leak in a region told by what it is rich in, a tanker hit by a dredger in port, an explosion at a
works told by three words of what it makes, a fire at a chemical warehouse that hurt no one."""

import readings
from geomap.model import Article
from geomap.pipeline import extract
from geomap.taxonomy import classify


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_leak_in_an_oil_rich_region_is_placed_there(index):
    text = ("PORT HARCOURT, Nigeria (AP) \u2014 An oil leak from a pipeline operated by a unit of Shell has polluted "
            "farmland and fishing creeks in a community in Nigeria's oil-rich Niger Delta, residents and "
            "environmental activists said Thursday.")
    assert [e[:3] for e in events(text, index, "2025-05-22")] == [("niger-delta", "accident", "2025-05-22")]


def test_a_tanker_hit_by_a_dredger_is_an_accident_not_an_attack():
    text = ("SINGAPORE (Reuters) - Oil spilled from a bunker tanker after it was hit by a dredger at a Singapore port "
            "terminal has spread to beaches on Sentosa island and the southern coast, forcing authorities to close "
            "several beaches, the Maritime and Port Authority said on Sunday.")
    assert classify(text) == "accident"


def test_a_tanker_hit_by_a_drone_boat_is_still_an_attack():
    assert classify("The tanker was hit by a drone boat off Hodeidah.") == "attack"


def test_an_explosion_at_a_liquefied_natural_gas_plant_is_an_accident(index):
    text = "In 2004, an explosion at a liquefied natural gas plant in Skikda, in the east of the country, killed 27 people."
    assert [e[:3] for e in events(text, index, "2025-09-22")] == [("skikda", "accident", "2004")]


def test_a_fire_at_a_chemical_warehouse_that_hurt_no_one_is_an_accident(index):
    text = ("BERLIN, April 3 (dpa) - A large fire at a chemical warehouse in the port of Hamburg sent a plume of "
            "smoke over the northern German city on Thursday, prompting authorities to warn residents to keep "
            "windows and doors closed.")
    assert [e[:3] for e in events(text, index, "2025-04-03")] == [("hamburg", "accident", "2025-04-03")]


def test_a_tailings_dam_that_overflowed_is_an_accident(index):
    text = ("BELO HORIZONTE, Brazil (Reuters) - A tailings dam at an iron ore mine in Brazil's Minas Gerais state "
            "overflowed after heavy rain on Saturday, sending a torrent of mud into a rural district and forcing the "
            "evacuation of about 80 people, local authorities said.")
    assert [e[:3] for e in events(text, index, "2025-01-12")] == [("minas-gerais-state", "accident", "2025-01-11")]


def test_a_leak_on_a_named_pipeline_is_an_accident_and_the_pipeline_no_actor(index):
    text = ("The leak on the Trans-Niger Pipeline near Bodo in the Gokana local government area of Rivers State was "
            "first noticed on Sunday, said Saturday Kiobel, a community leader.")
    found = events(text, index, "2025-05-22")
    assert ("rivers-state", "accident", "2025-05-18", []) in [e[:4] for e in found]
    assert {e[1] for e in found} == {"accident"}
    assert all(e[3] == [] for e in found)


def test_a_river_named_again_by_the_alone_is_no_town(index):
    text = ("LUSAKA, Zambia (Reuters) - Acidic waste from a tailings dam that collapsed at a Chinese-owned copper mine "
            "has polluted the Kafue river, Zambia's main waterway, killing fish and forcing the northern city of Kitwe "
            "to shut off water supplies, officials said on Tuesday.\n\n"
            "The dam at Sino-Metals Leach Zambia near Chambishi gave way on Feb. 18, releasing about 50 million litres "
            "of waste containing concentrated acid, dissolved solids and heavy metals into a stream that feeds the "
            "Kafue.\n\n"
            "About 60% of Zambia's 20 million people live in the Kafue basin, which supplies water to Lusaka, the "
            "capital.")
    doc = extract(Article(text, published="2025-03-04"), index=index)
    assert "kafue" not in {p.id for p in doc.places}
    assert {"kitwe", "chambishi", "lusaka"} <= {p.id for p in doc.places}


def test_a_works_named_by_its_town_after_at_a_is_where_the_spill_happened(index):
    text = ("Tanker collision off Singapore spills oil, beaches closed on Sentosa\n\n"
            "SINGAPORE (Reuters) - Oil spilled from a bunker tanker after it was hit by a dredger at a Singapore port "
            "terminal has spread to beaches on Sentosa island and the southern coast, forcing authorities to close "
            "several beaches, the Maritime and Port Authority said on Sunday.")
    found = events(text, index, "2025-06-15")
    assert [e[1:3] for e in found] == [("accident", "2025-06-15")]
    assert found[0][0].startswith("singapore")


def test_a_railroad_named_after_its_town_is_no_place(index):
    text = ("EAST PALESTINE, Ohio (AP) \u2014 Two years after a Norfolk Southern train carrying hazardous chemicals "
            "derailed and burned on the edge of this Ohio village, many residents say they still suffer from "
            "headaches, rashes and anxiety.\n\n"
            "Norfolk Southern has agreed to a $600 million class-action settlement and says it has spent more than "
            "$110 million on the community.")
    doc = extract(Article(text, published="2025-02-03"), index=index)
    assert "norfolk" not in {p.id for p in doc.places}
    assert "east-palestine" in {p.id for p in doc.places}


def test_a_countrys_waterway_names_no_actor(index):
    text = ("LUSAKA, Zambia (Reuters) - Acidic waste from a tailings dam that collapsed at a Chinese-owned copper mine "
            "has polluted the Kafue river, Zambia's main waterway, killing fish and forcing the northern city of Kitwe "
            "to shut off water supplies, officials said on Tuesday.")
    found = events(text, index, "2025-03-04")
    assert [e[1] for e in found] == ["accident"]
    assert found[0][3] == []
