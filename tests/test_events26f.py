"""The figures of events as the wires and national papers tell them in 2025 (the twenty-sixth session's fx26f
check): a family killed together, a count with one more person, the missing a disaster leaves."""

from geomap.model import Article
from geomap.pipeline import extract


def figures(text, index, published):
    """(place id, type, [(value, unit), ...]) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, [(f.value, f.unit) for f in e.figures]) for e in doc.events]


def test_a_man_his_wife_and_their_children_are_five_dead(index):
    text = ("ZAPORIZHZHIA, Ukraine (AP) \u2014 A Russian glide bomb struck an apartment building in the southern "
            "Ukrainian city of Zaporizhzhia overnight, killing a man, his wife and their three children, regional "
            "officials said Sunday.")
    assert figures(text, index, "2025-05-25") == [("zaporizhzhia", "strike", [(5.0, "people")])]


def test_two_soldiers_and_a_civilian_are_three_dead(index):
    text = ("In the Kharkiv region, two soldiers and a civilian were killed when a drone hit a car near the village "
            "of Velykyi Burluk, the regional prosecutor's office said.")
    assert figures(text, index, "2025-05-25") == [("velykyi-burluk", "strike", [(3.0, "people")])]


def test_the_missing_a_flood_leaves(index):
    text = ("SEOUL, July 18 (Reuters) - Torrential rains have killed 14 people and left 12 missing in South Korea, "
            "the interior ministry said on Friday.")
    found = figures(text, index, "2025-07-18")
    assert len(found) == 1
    assert (12.0, "missing") in found[0][2]


def test_a_toll_told_in_the_next_paragraph_that_names_the_storm_again(index):
    text = ("HONG KONG (AFP) - Typhoon Wipha swept past Hong Kong on Sunday, bringing down trees and forcing the "
            "cancellation of hundreds of flights, as the city raised its highest storm warning.\n\n"
            "The Hong Kong Observatory said 26 people were injured during the storm, and the government opened 30 "
            "temporary shelters where 271 people sought refuge.")
    found = figures(text, index, "2025-07-20")
    assert [(e[1], (26.0, "people") in e[2]) for e in found] == [("disaster", True)]


def test_a_nights_barrage_told_with_no_place_is_the_target_countrys(index):
    text = ("KYIV, Ukraine (AP) \u2014 Two Russian ballistic missiles slammed into the heart of the northern "
            "Ukrainian city of Sumy on Sunday as people gathered for Palm Sunday, killing 34 people.\n\n"
            "Overnight, Russia launched 88 drones, of which 57 were shot down, the air force said.")
    found = figures(text, index, "2025-04-13")
    assert ("ukraine", "strike", [(88.0, "drones")]) in found


def test_a_countrys_own_drones_shot_down_are_not_a_barrage_on_it(index):
    text = ("KYIV, Ukraine (AP) \u2014 Two Russian ballistic missiles slammed into the heart of the northern "
            "Ukrainian city of Sumy on Sunday as people gathered for Palm Sunday, killing 34 people.\n\n"
            "Russian air defences destroyed 41 Ukrainian drones overnight, the Defence Ministry said. Ukraine "
            "launched 100 drones overnight, Russia said.")
    assert [e[0] for e in figures(text, index, "2025-04-13")] == ["sumy"]


def test_crew_members_of_a_vessel_injured_are_the_strikes_toll(index):
    text = ("MOSCOW, Aug 2 (Reuters) - Ukrainian naval drones attacked the Russian Black Sea port of Novorossiysk "
            "overnight, damaging an oil tanker, the regional governor said on Saturday. Three crew members of a "
            "vessel were injured, he said.")
    assert figures(text, index, "2025-08-02") == [("novorossiysk", "strike", [(3.0, "crew members")])]


def test_a_district_of_a_state_named_in_two_words_places_the_accident(index):
    text = ("SHIMLA (PTI): Fifteen passengers were killed and 28 injured when a private bus skidded off the road and "
            "fell into a gorge near Jhandutta in Himachal Pradesh's Bilaspur district on Tuesday evening, police said.")
    assert [(e[0], e[1]) for e in figures(text, index, "2025-10-07")] == [("bilaspur-district", "accident")]


def test_a_victims_husband_injured_is_counted(index):
    text = ("In the Belgorod region, a Ukrainian drone attack on a car killed a woman and injured her husband in the "
            "village of Novaya Tavolzhanka, governor Vyacheslav Gladkov said.")
    found = figures(text, index, "2025-08-02")
    assert [e[2] for e in found] == [[(1.0, "people"), (1.0, "people")]]


def test_a_regions_part_of_the_drones_downed_is_its_own(index):
    text = ("Russia's Defense Ministry said its forces had intercepted 54 Ukrainian drones over seven Russian regions, "
            "including 21 over the Bryansk region.")
    assert [e[2] for e in figures(text, index, "2025-05-25")] == [[(21.0, "drones")]]


def test_a_part_told_as_of_them_over_a_region(index):
    text = ("Russia's Defence Ministry said its forces destroyed 15 uncrewed boats in the Black Sea and shot down 93 "
            "drones over Russia overnight, 32 of them over the Krasnodar region.")
    found = figures(text, index, "2025-08-02")
    assert [e[2] for e in found if e[0] == "krasnodar-region"] == [[(32.0, "drones")]]


def test_a_part_of_the_deaths_told_for_a_town(index):
    text = ("SEOUL, July 18 (Reuters) - Torrential rains have killed 14 people in South Korea, the interior ministry "
            "said on Friday.\n\nFour of the deaths were in the town of Sancheong, where a landslide buried several "
            "homes.")
    found = figures(text, index, "2025-07-18")
    assert [e[2] for e in found if e[0] == "sancheong"] == [[(4.0, "dead")]]


def test_children_among_the_dead_are_dead():
    from geomap.events import fatalities, find_figures
    assert fatalities(find_figures("Three children were among the dead.")) == 3


def test_those_arrested_over_a_killing_are_not_its_victims(index):
    text = "Separately, police in Kaduna said they had arrested five suspects over the killing of a priest in Kauru."
    found = figures(text, index, "2025-06-16")
    assert [(e[0], e[1], e[2]) for e in found if e[1] == "attack"] == [("kauru", "attack", [])]


def test_a_factory_fire_told_with_a_long_place_is_an_accident(index):
    text = ("DHAKA, Bangladesh (AFP) - A fire at a garment factory and adjacent chemical warehouse in the Mirpur area "
            "of Dhaka killed at least 16 workers on Tuesday, fire officials said, and relatives said dozens were still "
            "unaccounted for.")
    # (at Dhaka's Mirpur district since fx27h gave the gazetteer its row)
    assert [(e[0], e[1]) for e in figures(text, index, "2025-10-14")] == [("mirpur", "accident")]


def test_a_toll_raised_after_a_quote_is_the_storys(index):
    text = ("ZAPORIZHZHIA, Ukraine (AP) \u2014 A Russian glide bomb struck an apartment building in the southern "
            "Ukrainian city of Zaporizhzhia overnight, killing a man, his wife and their three children, regional "
            "officials said Sunday.\n\n"
            "Governor Ivan Fedorov said the strike also injured 12 people, including two teenagers, and that "
            "rescuers were still searching the rubble for others. \"Two more bodies were pulled out this morning,\" "
            "Fedorov wrote on Telegram, raising the death toll to seven.")
    found = figures(text, index, "2025-05-25")
    assert [(7.0, "dead") in e[2] for e in found] == [True]


def test_where_most_of_those_who_fled_went_is_no_event(index):
    text = ("KHARTOUM, Sudan (AP) \u2014 Paramilitary fighters attacked a displacement camp on the outskirts of the "
            "besieged city of El Fasher, killing at least 40 people, a local rescue group said Friday.\n\n"
            "The United Nations migration agency said more than 2,400 people had fled the camp since Thursday, most "
            "of them toward Tawila, about 60 kilometers (37 miles) to the west.")
    assert "tawila" not in [e[0] for e in figures(text, index, "2025-08-15")]


def test_uncrewed_boats_destroyed_are_counted(index):
    text = ("Russia's Defence Ministry said its forces destroyed 15 uncrewed boats in the Black Sea and shot down 93 "
            "drones over Russia overnight, 32 of them over the Krasnodar region.")
    found = figures(text, index, "2025-08-02")
    assert [(15.0, "boats") in e[2] for e in found if e[0] == "black-sea"] == [True]


def test_boats_in_service_are_no_figure():
    from geomap.events import find_figures
    assert find_figures("All 480 tourist boats licensed to operate on Ha Long Bay are back in service.") == []


def test_a_wars_whole_toll_is_not_the_days_strikes(index):
    text = ("BEIRUT (AP) \u2014 Israeli strikes on southern Lebanon killed seven people on Tuesday, Lebanon's Health "
            "Ministry said.\n\nMore than 4,000 people were killed in Lebanon during the war between Israel and "
            "Hezbollah.")
    found = figures(text, index, "2025-07-15")
    assert [(4000.0, "people") in e[2] for e in found if e[1] == "strike"] == [False]


def test_a_week_earlier_dates_the_strike_a_week_before_the_news(index):
    text = ("KYIV, Ukraine (AP) \u2014 Two Russian ballistic missiles slammed into the heart of the northern "
            "Ukrainian city of Sumy on Sunday, killing 34 people.\n\n"
            "A week earlier, a missile strike on Kryvyi Rih killed 20 people, including nine children.")
    doc = extract(Article(text=text, id="x", published="2025-04-13"), index=index)
    assert [(e.date, e.approximate) for e in doc.events if e.place.startswith("kryvy")] == [("2025-04-06", True)]
