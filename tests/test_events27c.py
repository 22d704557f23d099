"""Events of the Caucasus, Central Asia and Russia's own regions as Reuters, AFP, TASS, RFE/RL and Eurasianet
report them (the twenty-seventh session's fx27c check): a fire's dead and hurt told together, mudflows, a
negated count ("No one was injured")."""

from geomap.events import find_figures
from geomap.taxonomy import classify
import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_the_killed_and_injured_in_a_fire_are_an_accident(index):
    text = ("KAZAN, Russia (TASS) \u2014 Three workers were killed and five injured in a fire at a chemical plant in "
            "Kazan, the capital of the Republic of Tatarstan, the regional emergencies ministry said on Tuesday.")
    assert [e[:3] for e in events(text, index, "2025-06-10")] == [("kazan", "accident", "2025-06-10")]


def test_mudflows_are_a_disaster(index):
    text = ("The mudflows hit the Boysun and Sariosiyo districts on Saturday evening, damaging about 120 houses "
            "and washing away a bridge, the ministry said.")
    assert [e[:3] for e in events(text, index, "2025-06-22")] == [("boysun", "disaster", "2025-06-21")]


def test_no_one_injured_counts_no_one():
    assert find_figures("No one was injured.") == []


def test_no_one_injured_makes_no_event_of_its_own(index):
    text = ("Wildfires spread in Russia's Zabaykalsky Krai and Buryatia\n\n"
            "A state of emergency was declared in Zabaykalsky Krai after fire destroyed 12 houses in the village "
            "of Novoberezovka, the regional government said. No one was injured.")
    assert "russia" not in [e[0] for e in events(text, index, "2025-06-07")]


def test_an_attack_on_a_traffic_police_post_in_a_republic_of_russia(index):
    text = ("MAKHACHKALA, Russia (Reuters) \u2014 Gunmen attacked a traffic police post in Russia's southern Republic "
            "of Dagestan on Monday, killing two officers and wounding three, the regional Interior Ministry said.")
    assert events(text, index, "2025-03-10") == [("dagestan", "ground_operation", "2025-03-10", [])]


def test_the_police_named_by_their_kind_are_attacked_as_police():
    assert classify("Gunmen attacked a traffic police post in Dagestan on Monday, killing two officers.") == "ground_operation"


def test_fire_with_no_article_after_a_clause_word_is_a_blaze():
    assert classify("A state of emergency was declared in Zabaykalsky Krai after fire destroyed 12 houses in the "
                    "village of Novoberezovka, the regional government said.") == "accident"


def test_homes_flooded_counted_are_a_disaster(index):
    text = ("YAKUTSK, Russia (AFP) \u2014 Rising waters on the Lena River have flooded more than 400 homes in Russia's "
            "Sakha Republic, also known as Yakutia, forcing the evacuation of about 3,200 people, local authorities "
            "said Thursday.")
    assert [e[1:3] for e in events(text, index, "2025-05-15")] == [("disaster", "2025-05-15")]


def test_a_plotted_attack_a_court_jails_for_is_no_battle(index):
    text = ("In a separate case, a court in Vladikavkaz, the capital of North Ossetia, on Tuesday jailed two men for "
            "eight years each for planning an attack on a police station in the town of Beslan.")
    assert [e[1] for e in events(text, index, "2025-03-19") if e[1] == "ground_operation"] == []


def test_where_a_ministry_that_denies_sits_is_no_battle_place(index):
    text = ("Azerbaijan's Defence Ministry in Baku denied the report, calling it \"disinformation,\" and accused "
            "Armenian units of firing at its positions in the Kalbajar district the previous night.")
    assert [e[0] for e in events(text, index, "2025-09-16")] == ["kalbajar-district"]


def test_fires_firefighters_battle_by_the_score_are_a_disaster():
    assert classify("In Buryatia, firefighters and paratroopers of the Aerial Forest Protection Service were battling "
                    "38 fires, mostly in the Kurumkansky and Barguzinsky districts near Lake Baikal, the regional "
                    "forestry agency said.") == "disaster"


def test_a_year_before_a_disasters_place_and_noun_dates_it(index):
    text = ("The 1988 Spitak earthquake killed about 25,000 people in northern Armenia and destroyed much of Gyumri, "
            "then called Leninakan.")
    assert {e[2] for e in events(text, index, "2025-02-14") if e[1] == "disaster"} == {"1988"}
