"""Migrants and refugees at sea and at borders as Reuters, AP and AFP report them (the thirty-first session's fx31c
check): a boat that overturned or got into difficulty is an accident, and the coast guard, navy or rescue service
that recovers the dead or rescues the survivors, or the refugee agency that reports it, is no party to it."""

import readings
from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_pirogue_that_overturned_is_an_accident(index):
    text = ("DAKAR, Senegal (AFP) - Senegalese authorities have recovered at least 25 bodies after a pirogue carrying "
            "migrants bound for Spain's Canary Islands overturned off the coastal town of Mbour, the navy said "
            "Thursday.")
    assert [e[:2] for e in events(text, index, "2025-10-09")] == [("mbour", "accident")]


def test_deaths_when_a_dinghy_got_into_difficulty_are_an_accident(index):
    text = ("BOULOGNE-SUR-MER, France (Reuters) \u2014 Seven migrants, including a child, died on Thursday when an "
            "overcrowded dinghy got into difficulty shortly after leaving a beach near Wimereux in northern France, "
            "the local prefecture said.")
    assert [e[:2] for e in events(text, index, "2025-08-14")] == [("wimereux", "accident")]


def test_the_rescue_service_that_recovers_the_dead_is_no_party(index):
    text = ("MADRID (Reuters) - Spain's maritime rescue service recovered the bodies of nine people on Saturday after "
            "a fishing boat carrying more than 150 migrants capsized as it arrived at the port of La Restinga on the "
            "Canary island of El Hierro, officials said.")
    found = events(text, index, "2025-06-01")
    assert found and all(e[1] == "accident" and e[3] == [] for e in found)


def test_the_authorities_that_recover_the_dead_are_no_party(index):
    text = ("Senegalese authorities have recovered at least 25 bodies after a boat carrying migrants bound for "
            "Spain's Canary Islands capsized off the coastal town of Mbour, the navy said Thursday.")
    assert [e[:2] + (e[3],) for e in events(text, index, "2025-10-09")] == [("mbour", "accident", [])]


def test_the_navy_that_rescues_the_survivors_is_no_party(index):
    text = ("TAPACHULA, Mexico (AP) \u2014 Mexico's navy rescued 37 migrants from Cuba, Haiti and Honduras whose boat "
            "ran aground off the coast of Chiapas state, authorities said Monday, as more people travel north by sea "
            "to avoid checkpoints on roads.")
    assert [(e[1], e[3]) for e in events(text, index, "2025-07-21")] == [("accident", [])]


def test_the_refugee_agency_that_reports_a_capsizing_is_no_party(index):
    text = ("DHAKA, Bangladesh (AFP) - Hundreds of Rohingya refugees are feared dead after two boats capsized in the "
            "Andaman Sea this month, the United Nations refugee agency said Friday, in what could be the deadliest "
            "tragedy at sea for the persecuted minority this year.")
    assert [e[:2] + (e[3],) for e in events(text, index, "2025-05-23")] == [("andaman-sea", "accident", [])]


def test_migrants_nationalities_listed_are_no_actors(index):
    text = ("ALEXANDROUPOLIS, Greece (AP) \u2014 A group of about 30 Syrian and Afghan migrants has been stranded for "
            "four days on an islet in the Evros River that marks the border between Greece and Turkey, aid groups "
            "said Wednesday.")
    found = events(text, index, "2025-02-19")
    assert found and all("Syria" not in e[3] and "Afghanistan" not in e[3] for e in found)


def test_the_country_a_boat_left_from_is_no_place_of_a_statement(index):
    text = ("The boat, a traditional wooden cayuco, had left Nouadhibou in Mauritania around a week earlier, "
            "survivors told Red Cross workers.")
    assert events(text, index, "2025-06-01") == []


def test_the_region_a_boat_left_from_is_no_place_of_a_statement(index):
    text = ("The refugees will be handed over to the U.N. refugee agency, officials said. The group had left from "
            "Teknaf in southern Bangladesh bound for Indonesia, survivors told the navy.")
    assert [e[0] for e in events(text, index, "2025-12-19")] == []


def test_a_charitys_nationality_is_no_party(index):
    text = ("Sea-Watch, a German charity that operates rescue ships, said its vessel was detained in the Sicilian port "
            "of Pozzallo last week after it carried out a rescue without authorisation from Rome.")
    found = events(text, index, "2025-09-03")
    assert [e[:2] for e in found] == [("pozzallo", "arrest")]
    assert "Germany" not in found[0][3]


def test_migrants_bodies_in_mass_graves_are_no_accident(index):
    text = ("In February, authorities found the bodies of 28 migrants in mass graves in the southeastern desert near "
            "Kufra, after a raid on a trafficking camp freed 76 people.")
    assert all(e[1] != "accident" for e in events(text, index, "2025-11-16"))


def test_officers_investigated_over_a_shipwreck_are_no_figure_of_it(index):
    text = ("Two years ago, hundreds of people are believed to have drowned when the fishing trawler Adriana sank off "
            "Pylos in southern Greece. A Greek naval court is investigating 17 coast guard officers over the Pylos "
            "shipwreck.")
    doc = extract(Article(text=text, id="x", published="2025-07-06"), index=index)
    assert [e.type for e in doc.events] == ["accident"]
    assert all(f.unit != "officers" for f in doc.events[0].figures)


def test_officers_on_trial_over_a_sinking_are_no_figure_of_it(index):
    text = ("KALAMATA, Greece (Greek Reporter) - Seventeen Greek coastguard officers went on trial in Kalamata on "
            "Wednesday over the sinking of a fishing boat off Pylos in June 2023, in which more than 600 migrants are "
            "believed to have drowned.")
    doc = extract(Article(text=text, id="x", published="2025-05-14"), index=index)
    assert doc.events and all(f.unit != "officers" for e in doc.events for f in e.figures)


def test_the_port_the_rescued_were_taken_to_is_no_second_accident(index):
    text = ("Seven migrants die in Channel crossing attempt off northern France\n\n"
            "BOULOGNE-SUR-MER, France (Reuters) \u2014 Seven migrants, including a child, died on Thursday when an "
            "overcrowded dinghy got into difficulty shortly after leaving a beach near Wimereux in northern France, "
            "the local prefecture said.\n\n"
            "French coastguard vessels and a helicopter rescued 51 people from the water and took them to the port of "
            "Boulogne-sur-Mer, where several were treated for hypothermia, the maritime prefecture for the Channel "
            "and North Sea said in a statement.")
    assert [e[:2] for e in events(text, index, "2025-08-14")] == [("wimereux", "accident")]


def test_the_camp_a_war_drove_people_into_is_no_place_of_the_fighting(index):
    text = ("The Atlantic route surged in 2024 as people fled the conflict in Mali's Sahel region, where fighting "
            "between the army, Russian mercenaries and jihadist groups has driven tens of thousands into the Mbera "
            "refugee camp near Bassikounou.")
    found = events(text, index, "2025-03-13")
    assert found and all(e[0] not in ("mbera", "basseknou") for e in found)
