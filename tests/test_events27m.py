"""Events of migration and the sea as Reuters, AP and AFP report them (the twenty-seventh session's fx27m
check): boats capsized off a group of islands or off a country's coast, and the dead, missing and rescued."""

import readings
from geomap.events import find_figures


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_boat_capsized_off_the_islands_named_with_the(index):
    text = ("Fifty people, including 14 children, died after a boat carrying migrants capsized off the Canary "
            "Islands, the migrant rights group Caminando Fronteras said on Thursday.")
    assert [e[:3] for e in events(text, index, "2025-01-16")] == [("canary-islands", "accident", "2025-01-16")]


def test_air_off_the_gulf_is_no_event_at_sea(index):
    text = ("A tornado outbreak killed 21 people across Tennessee and Kentucky on Friday. Forecasters in Memphis, "
            "Tennessee, said the outbreak was fueled by unusually warm, humid air off the Gulf and strong winds "
            "aloft, a setup they had warned about days in advance.")
    assert all(e[0] != "persian-gulf" for e in events(text, index, "2025-05-17"))


def test_a_boat_sunk_off_a_countrys_coast(index):
    text = ("Sixteen migrants were rescued and at least 42 others are missing after their rubber boat sank off "
            "Libya's coast, the International Organization for Migration said Wednesday.")
    assert [e[:2] for e in events(text, index, "2025-11-12")] == [("libya", "accident")]


def test_the_dead_and_the_missing_are_not_summed():
    sentence = ("At least 27 people died and dozens more were missing after a boat carrying migrants from Libya "
                "capsized off the Italian island of Lampedusa on Wednesday, the Italian coast guard said.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(27, "people"), (12, "missing")]


def test_the_dead_and_those_still_missing_are_not_summed():
    sentence = ("Three crew members died and 11 remained missing after the Houthis attacked the Liberia-flagged "
                "cargo ship in the Red Sea, the European Union's naval mission Aspides said.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(3, "crew members"), (11, "missing")]


def test_at_least_so_many_others_missing_are_counted():
    sentence = ("Sixteen migrants were rescued and at least 42 others are missing after their rubber boat sank off "
                "the coast of Libya, the International Organization for Migration said Wednesday.")
    assert (42, "missing") in [(f.value, f.unit) for f in find_figures(sentence)]


def test_the_years_tally_is_no_figure_of_the_lead():
    sentence = ("At least 20 people have drowned in the Rio Grande near Eagle Pass this year, according to the "
                "Maverick County Sheriff's Office.")
    assert find_figures(sentence) == []


def test_a_drowning_earlier_this_year_keeps_its_toll():
    sentence = "Twenty people drowned when a boat sank off Kos earlier this year."
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(20, "people")]


def test_a_shoal_in_a_sea_is_one_event_at_the_shoal(index):
    text = ("MANILA, Philippines (AP) \u2014 A Chinese coast guard ship fired a water cannon at a Philippine government "
            "vessel near Scarborough Shoal in the South China Sea on Monday, the Philippine coast guard said.")
    assert [e[:3] for e in events(text, index, "2025-09-15")] == [("scarborough-shoal", "attack", "2025-09-15")]


def test_no_one_injured_counts_no_one():
    assert find_figures("No one was injured.") == []


def test_the_rescued_are_no_toll_told_before_or_after():
    sentence = ("Sixteen migrants were rescued and at least 42 others are missing after their rubber boat sank off "
                "the coast of Libya, the International Organization for Migration said Wednesday.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(42, "missing")]


def test_those_a_town_is_home_to_are_no_toll():
    sentence = ("In Bilopillia, a town of about 15,000 people before the full-scale invasion, a bomb struck a school "
                "gymnasium on Tuesday night; no one was injured.")
    assert find_figures(sentence) == []


def test_a_headlines_boat_that_capsizes_or_sinks(index):
    text = "Nearly 50 dead after boat capsizes off Canary Islands, NGO says"
    assert [e[:2] for e in events(text, index, "2025-01-16")] == [("canary-islands", "accident")]
    text = "Nearly 50 dead as boat sinks off Lampedusa"
    assert [e[:2] for e in events(text, index, "2025-01-16")] == [("lampedusa", "accident")]


def test_one_named_before_a_count_shares_its_drowning():
    sentence = ("EAGLE PASS, Texas (AP) \u2014 A woman and two children drowned while trying to cross the Rio Grande "
                "near Eagle Pass, Texas, U.S. Border Patrol officials said Sunday.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(3, "people")]
