"""Figures and actors the user audits 17 and 18 found wrong, on their real sentences."""

from geomap.events import fatalities, find_figures
from geomap.model import Article
from geomap.pipeline import extract


def dead(sentence):
    return fatalities(find_figures(sentence))


def figure_texts(sentence):
    return [(f.text, f.value) for f in find_figures(sentence)]


def test_an_aside_on_who_the_dead_were_keeps_their_toll():
    # Bannu, the week's deadliest attack, had shown 0 dead; without the aside, 18.
    sentence = ("At least 18 people, including five soldiers, were killed and 32 injured when two suicide bombers "
                "attacked the Bannu cantonment on Tuesday evening, officials said.")
    assert dead(sentence) == 18
    assert figure_texts(sentence) == [("18 people, including five soldiers, were killed", 18), ("32 injured", 32)]


def test_deaths_told_by_how_they_died_count():
    assert dead("In August, three people were stabbed to death at a festival in Solingen.") == 3
    assert dead("Insurgents linked to the Islamic State attacked several villages in Mozambique's northern province "
                "of Cabo Delgado this week, beheading three civilians and burning dozens of homes, "
                "local sources said.") == 3
    assert dead("In Uruapan, a lime grower was shot dead on Sunday after refusing to pay extortion, local media reported.") == 1


def test_one_victim_of_any_kind_is_counted():
    assert figure_texts("A third man was wounded.") == [("A third man was wounded", 1)]
    assert dead("A third man was wounded.") == 0


def test_counts_joined_before_their_harm_add_up():
    # Galwan had read 4 dead: only the count next to "were killed" took the harm.
    assert dead("In the 2020 Galwan clash, 20 Indian soldiers and at least four Chinese troops were killed in "
                "hand-to-hand fighting in the Galwan Valley.") == 24
    figures = figure_texts("All 33 attackers were killed, while 21 hostages and four soldiers of the Frontier Corps "
                           "died, ISPR Director General Lt Gen Ahmed Sharif Chaudhry said.")
    assert figures == [("33 attackers were killed", 33), ("21 hostages and four soldiers of the Frontier Corps died", 25)]


def test_a_year_is_no_count():
    assert figure_texts("In 2019 Indian jets bombed a site near Balakot after a suicide bombing in Pulwama killed 40 "
                        "paramilitary police.") == [("killed 40 paramilitary police", 40)]


def test_the_rescued_are_no_toll():
    assert find_figures("QUETTA: Security forces on Wednesday ended a siege of the Jaffar Express, rescuing more than "
                        "300 passengers after militants of the Balochistan Liberation Army (BLA) hijacked the train "
                        "near the Bolan Pass on Tuesday, the military said.") == []


def test_counts_of_weapons_are_not_split_among_places(index):
    text = ("21:40 IST - Indian air defence systems intercepted eight Pakistani missiles aimed at Jammu, Pathankot "
            "and Udhampur, the defence ministry said.")
    doc = extract(Article(text=text, id="x", published="2025-05-09"), index=index)
    figures = [(f.text, f.share) for e in doc.events for f in e.figures]
    assert figures and all(share is None for _, share in figures)
