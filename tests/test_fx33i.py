"""Events and places of nuclear plants, radiation and nuclear sites as Reuters, AP, AFP and national papers report
them (the thirty-third session's fx33i check): a strike on a reactor or a nuclear site, the IAEA's words where it
spoke, the plant's town."""

import readings
from geomap.pipeline import geoparse


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_reactor_struck_by_a_military_is_a_strike_there(index):
    text = ("Israel also struck the heavy water reactor under construction at Arak, known as Khondab, on Thursday, "
            "the Israeli military said.")
    assert [e[:3] for e in events(text, index, "2025-06-22")] == [("arak", "strike", "2025-06-19")]


def test_the_iaea_head_telling_its_board_in_vienna_is_no_statement_at_vienna(index):
    text = ("Rafael Grossi, director general of the International Atomic Energy Agency, told the agency's board in "
            "Vienna that the building was similar in size and features to the enrichment facility at Yongbyon and "
            "that construction began in 2024.")
    found = events(text, index, "2025-06-09")
    assert [e[:2] for e in found] == [("yongbyon", "statement")], found


def test_the_iaea_head_speaking_in_new_york_is_no_statement_there(index):
    text = ('"The situation is not sustainable," IAEA Director General Rafael Grossi said in New York, where he was '
            "attending the U.N. General Assembly.")
    assert events(text, index, "2025-09-23") == []


def test_a_drone_on_the_zaporizhzhia_nuclear_power_plant_is_at_the_plant_not_the_city(index):
    text = ("KYIV, April 14 (Reuters) - A drone hit the training centre of the Russian-occupied Zaporizhzhia nuclear "
            "power plant in southern Ukraine on Monday, the International Atomic Energy Agency said.")
    found = events(text, index, "2025-04-14")
    assert [e[:3] for e in found] == [("zaporizhzhia-nuclear-power-plant", "strike", "2025-04-14")], found


def test_a_fire_at_the_kursk_nuclear_power_plant_is_at_kurchatov_not_kursk(index):
    text = ("Ukrainian drone attack sets fire to transformer at Russia's Kursk nuclear plant\n\n"
            "MOSCOW, Aug 24 (AFP) - A Ukrainian drone attack caused a fire at a transformer of the Kursk nuclear power "
            "plant in western Russia overnight, forcing one of its reactors to cut output by half, the plant's press "
            "service said Sunday.")
    found = events(text, index, "2025-08-24")
    assert [e[:2] for e in found] == [("kursk-nuclear-power-plant", "strike")], found




def test_a_name_before_city_in_lower_case_is_the_major_city_not_a_village_near_the_plant(index):
    text = ("KYIV/VIENNA (Reuters) - The Russian-held Zaporizhzhia nuclear power plant in southern Ukraine lost its "
            "last external power line on Tuesday, the International Atomic Energy Agency said.\n\n"
            "The plant sits on the southern bank of what was the Kakhovka reservoir, which drained after the dam "
            "downstream at Nova Kakhovka was destroyed in June 2023. Across the Dnipro River, the Ukrainian-held city "
            "of Nikopol has been shelled almost daily.\n\n"
            "Ukraine's energy ministry in Kyiv accused Moscow of deliberately attacking the line to pave the way for "
            "connecting the plant to the Russian grid through occupied territory in the Zaporizhzhia and Kherson "
            "regions and Crimea. Rosatom, which says it runs the plant, blamed Ukrainian drones for damaging a "
            "substation near Enerhodar, the satellite town where most of the plant's staff live.\n\n"
            "Russian missile and drone strikes have destroyed much of Ukraine's thermal and hydroelectric generation, "
            "including the DniproHES dam in Zaporizhzhia city, forcing rolling blackouts from Kharkiv to Odesa.")
    found = [r.entry for r in geoparse(text, index=index) if r.entry is not None and r.candidate.text == "Zaporizhzhia"]
    city = [e for e in found if e.kind == "city"]
    assert [e.population >= 100_000 for e in city] == [True], city


def test_a_reactor_shut_at_the_kola_nuclear_power_plant_is_at_the_plant(index):
    text = ("MURMANSK, Feb 10 (Interfax) - One of the four reactors at the Kola nuclear power plant in Russia's Arctic "
            "Murmansk region was automatically shut down on Monday after a fault on the power grid, plant operator "
            "Rosenergoatom said.")
    found = events(text, index, "2025-02-10")
    assert "kola-nuclear-power-plant" in {e[0] for e in found}, found
