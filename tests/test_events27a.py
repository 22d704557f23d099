"""What follows an incident, told after the lead, as the wires and national papers report it (the twenty-seventh
session's fx27a check): survivors rescued, bodies recovered or washed ashore, a fire put out, a ship found hit,
each the lead's event at the place the sentence names, not a statement there."""

from geomap.events import find_figures
from geomap.model import Article
from geomap.pipeline import extract
import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_fire_put_out_near_a_town_is_the_strikes_place(index):
    text = ("Ukrainian drones hit fuel depot in Russia's Belgorod region\n\n"
            "MOSCOW (Reuters) - Ukrainian drones struck a fuel depot in Russia's Belgorod region overnight, setting "
            "several tanks on fire, the regional governor said on Saturday.\n\n"
            "Governor Vyacheslav Gladkov said on Telegram that nobody had been hurt. The fire at the depot near the "
            "town of Valuyki was extinguished by the morning, he said.")
    found = [e[:2] for e in events(text, index, "2025-03-22")]
    assert ("valuyki", "strike") in found
    assert ("valuyki", "statement") not in found


def test_survivors_pulled_from_the_sea_off_an_island_place_the_sinking(index):
    text = ("ROME (Reuters) - At least 20 people are feared dead after a boat carrying migrants from Libya sank in "
            "the Mediterranean on Wednesday, Italy's coast guard said.\n\n"
            "Rescuers pulled 60 survivors from the water about 14 nautical miles south of Lampedusa, the coast guard "
            "said in a statement, adding that ten bodies had been recovered so far.")
    found = [e[:3] for e in events(text, index, "2025-08-13")]
    assert found == [("lampedusa", "accident", "2025-08-13")]


def test_a_ship_hit_off_a_port_is_the_attack_and_its_dead_follow(index):
    text = ("Houthis attack cargo ship in Red Sea, three crew killed\n\n"
            "DUBAI (Reuters) - Yemen's Houthi militants attacked a Liberian-flagged cargo ship in the Red Sea on "
            "Monday, killing three crew members, maritime security sources said.\n\n"
            "The ship was hit by small arms fire and rocket-propelled grenades about 51 nautical miles southwest of "
            "Hodeidah, the United Kingdom Maritime Trade Operations (UKMTO) agency said. Three crew members were "
            "killed and two were injured.")
    found = readings.events(text, index, "2025-07-07")
    assert [e[:3] for e in found] == [("al-hudaydah", "attack", "2025-07-07")]


def test_a_boat_that_went_down_near_islands_is_the_shipwreck_there(index):
    text = ("SFAX, Tunisia (Reuters) - At least 18 migrants drowned when their boat sank off the Tunisian city of "
            "Sfax, a court official said on Monday, the latest in a series of deadly shipwrecks.\n\n"
            "The coast guard rescued 12 people and were searching for others missing after the makeshift metal boat "
            "went down on Sunday near the Kerkennah Islands, said Faouzi Masmoudi, a spokesman for the courts in "
            "Sfax.")
    found = [e[:3] for e in events(text, index, "2025-03-17")]
    assert ("kerkennah", "statement", "2025-03-16") not in found
    assert ("kerkennah", "accident", "2025-03-16") in found


def test_a_rescue_from_another_boat_is_not_the_leads(index):
    text = ("DAKAR, Senegal (AP) \u2014 At least 27 people drowned and dozens more are missing after a wooden pirogue "
            "carrying migrants capsized off the coast of Senegal, the navy said Tuesday.\n\n"
            "The navy said it had rescued 93 people from another pirogue off Mbour on Monday and brought them to the "
            "port of Dakar.")
    found = [e[:2] for e in events(text, index, "2025-09-09")]
    assert ("mbour", "accident") not in found
    assert ("senegal", "accident") in found


def test_the_port_the_rescued_were_brought_to_has_no_statement(index):
    text = ("DAKAR, Senegal (AP) \u2014 At least 27 people drowned and dozens more are missing after a wooden pirogue "
            "carrying migrants capsized off the coast of Senegal, the navy said Tuesday.\n\n"
            "The navy said it had rescued 93 people from another pirogue off Mbour on Monday and brought them to the "
            "port of Dakar.")
    assert "dakar" not in [e[0] for e in events(text, index, "2025-09-09")]


def test_where_evacuees_were_housed_has_no_statement(index):
    text = ("ANKARA, Turkey (AP) \u2014 A wildfire fanned by strong winds tore through forests in Turkey's western Izmir "
            "province on Sunday, forcing the evacuation of several villages, officials said.\n\n"
            "Residents were housed in dormitories in Urla, officials said. No deaths were reported.")
    assert "urla" not in [e[0] for e in events(text, index, "2025-06-29")]


def test_the_town_where_shelters_were_set_up_has_no_statement(index):
    text = ("YAKUTSK, Russia (TASS) - Floodwaters from the Lena River inundated more than 300 homes in the Olyokminsky "
            "district of Yakutia on Thursday, regional authorities said.\n\n"
            "Some 900 residents were evacuated and temporary shelters were set up in schools in Olyokminsk, the "
            "district centre, the regional emergencies ministry said.")
    assert ("olyokminsk", "statement") not in [e[:2] for e in events(text, index, "2025-05-15")]


def test_an_owner_arrested_as_police_elsewhere_said_is_held_where_the_fire_was(index):
    text = ("DHAKA, Bangladesh (AFP) - A fire at a garment factory outside Bangladesh's capital killed at least nine "
            "workers on Tuesday, officials said.\n\n"
            "The fire broke out on the fourth floor of the factory, an industrial hub near Dhaka, and spread quickly, "
            "fire service official Talha Bin Zasim said.\n\n"
            "Police arrested the owner of the factory late on Tuesday, a police official in Savar said.")
    found = [e[:3] for e in events(text, index, "2025-10-14")]
    assert ("dhaka", "arrest", "2025-10-14") in found


def test_a_driver_detained_as_a_regions_police_chief_said_is_held_where_the_bus_fell(index):
    text = ("LIMA, Peru (AP) \u2014 A bus carrying passengers plunged into a ravine in southern Peru on Sunday, "
            "killing at least 15 people and injuring 20, police said.\n\n"
            "The bus fell about 200 meters (650 feet) off a highway near the town of Ocoña in the Arequipa region, "
            "police said.\n\n"
            "The driver was detained by police for questioning, the Arequipa regional police chief said.")
    found = [e[:2] for e in events(text, index, "2025-03-23")]
    assert ("ocona", "arrest") in found


def test_a_toll_risen_in_the_lead_is_the_capsizing_the_next_sentence_places(index):
    text = ("ABUJA, Nigeria (AFP) - The death toll from a boat accident on the Niger River in central Nigeria has "
            "risen to 40, emergency officials said on Thursday.\n\n"
            "The boat, carrying about 100 passengers, most of them women, capsized on Tuesday near the town of Mokwa "
            "in Niger State, the state emergency agency said.")
    assert [e[:3] for e in events(text, index, "2025-05-29")] == [("mokwa", "accident", "2025-05-27")]


def test_the_last_body_pulled_from_the_debris_joins_the_collapse_there(index):
    text = ("Building collapse in Mumbai suburb kills 7; rescue operation ends\n\n"
            "MUMBAI (PTI): Seven people were killed and eight injured when a four-storey residential building "
            "collapsed in the Bhiwandi area of Thane district early on Saturday, officials said.\n\n"
            "The National Disaster Response Force (NDRF) called off the search operation on Sunday evening after "
            "rescuers pulled the last body from the debris in Bhiwandi, a Thane Municipal Corporation official said.")
    found = [e[:3] for e in events(text, index, "2025-07-27")]
    assert ("bhiwandi", "accident", "2025-07-26") in found
    assert [p for p, _, _ in found].count("bhiwandi") == 1


def test_survivors_pulled_off_the_island_a_headline_named_make_one_sinking(index):
    text = ("Dozens feared dead as migrant boat sinks off Lampedusa\n\n"
            "ROME (Reuters) - At least 20 people are feared dead after a boat carrying migrants from Libya sank in "
            "the Mediterranean on Wednesday, Italy's coast guard said.\n\n"
            "Rescuers pulled 60 survivors from the water about 14 nautical miles south of Lampedusa, the coast guard "
            "said in a statement, adding that ten bodies had been recovered so far.")
    assert [e[:3] for e in events(text, index, "2025-08-13")] == [("lampedusa", "accident", "2025-08-13")]


def test_the_still_missing_are_counted():
    assert [f.value for f in find_figures("Rescuers recovered seven more bodies on Wednesday, and nine people were "
                                          "still missing, agency spokesman Abdul Muhari said.")
            if f.text.endswith("missing")] == [9.0]


def test_the_missing_told_with_bodies_recovered_in_a_paragraph_of_their_own_join_the_landslide(index):
    text = ("JAKARTA, Indonesia (Reuters) - A landslide triggered by torrential rain buried homes in Indonesia's "
            "Central Java province, killing at least 17 people, the country's disaster agency said on Wednesday.\n\n"
            "Rescuers recovered seven more bodies on Wednesday, and nine people were still missing, agency spokesman "
            "Abdul Muhari said.")
    doc = extract(Article(text=text, id="x", published="2025-01-22"), index=index)
    assert [(e.type, sorted(f.value for f in e.figures)) for e in doc.events] == [("disaster", [9.0, 17.0])]


def test_the_leads_sinking_off_a_city_is_the_one_near_the_islands_beside_it(index):
    text = ("SFAX, Tunisia (Reuters) - At least 18 migrants drowned when their boat sank off the Tunisian city of "
            "Sfax, a court official said on Monday, the latest in a series of deadly shipwrecks.\n\n"
            "The coast guard rescued 12 people and were searching for others missing after the makeshift metal boat "
            "went down on Sunday near the Kerkennah Islands, said Faouzi Masmoudi, a spokesman for the courts in "
            "Sfax.")
    assert [e[:3] for e in events(text, index, "2025-03-17")] == [("kerkennah", "accident", "2025-03-16")]


def test_where_the_boat_set_out_from_has_no_statement(index):
    text = ("DAKAR, Senegal (AP) \u2014 At least 27 people drowned and dozens more are missing after a wooden pirogue "
            "carrying migrants capsized off the coast of Senegal, the navy said Tuesday.\n\n"
            "The boat, which had left from the southern region of Casamance with about 150 people on board, "
            "overturned in rough seas late Sunday, according to a navy statement.")
    assert "casamance" not in [e[0] for e in events(text, index, "2025-09-09")]


def test_the_port_the_boat_left_has_no_statement(index):
    text = ("ROME (Reuters) - At least 20 people are feared dead after a boat carrying migrants from Libya sank in "
            "the Mediterranean on Wednesday, Italy's coast guard said.\n\n"
            "Survivors told rescuers that around 90 people had been on board the inflatable boat when it left the "
            "Libyan port of Zuwara on Tuesday night.")
    assert "zuwarah" not in [e[0] for e in events(text, index, "2025-08-13")]
