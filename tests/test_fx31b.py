"""Transport accidents as the wires and national papers report them (the thirty-first session's fx31b check):
plane crashes, train derailments, bus plunges and ferry sinkings; the crash site, not the flight's origin or
destination, nor the town an airline is named after; the accident, not the officials' statement."""

import readings
from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    return readings.events(text, index, published)


def names(text, index):
    return readings.names(text, index)


def figures(text, index, published):
    """(place id, type, the values of its figures) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, {f.value for f in e.figures}) for e in doc.events]


def test_a_crash_in_a_far_eastern_region_is_an_accident_there(index):
    text = ("MOSCOW (Reuters) \u2014 A passenger plane carrying 49 people crashed in Russia's far eastern Amur region "
            "on Thursday and rescuers said they had found no survivors at the burning wreckage, local officials said.")
    assert [e[:3] for e in events(text, index, "2025-07-24")] == [("amur-region", "accident", "2025-07-24")]


def test_a_bus_that_plunged_a_measured_drop_into_a_ravine_is_an_accident(index):
    text = ("LIMA (Reuters) \u2014 A bus carrying miners' families plunged about 200 metres (650 feet) into a ravine in "
            "Peru's southern Ayacucho region on Wednesday, killing 18 people and injuring 24, police and local "
            "officials said.")
    assert [e[:3] for e in events(text, index, "2025-03-12")] == [("ayacucho-region", "accident", "2025-03-12")]


def test_a_crash_told_by_where_it_happened_is_an_accident_not_a_statement(index):
    text = ("The crash happened near the town of Uyuni, on the road between Uyuni and Colchani, the Potosi "
            "departmental police command said in a statement.")
    assert {e[1] for e in events(text, index, "2025-03-01")} == {"accident"}


def test_an_airline_named_after_a_town_is_no_place(index):
    text = ("MUAN, South Korea (AP) \u2014 A Jeju Air passenger jet skidded off a runway, slammed into a concrete wall "
            "and burst into flames at Muan International Airport in southern South Korea on Sunday.")
    found = names(text, index)
    assert "Jeju" not in found
    assert "Muan" in found


def test_an_airline_and_its_numbered_flight_are_no_place(index):
    text = ("TORONTO (AP) \u2014 A Delta Air Lines jet flipped upside down while landing at Toronto Pearson "
            "International Airport on Monday, injuring 21 people, but all 80 people on board survived, officials "
            "said.\n\nDelta Flight 4819, operated by its regional subsidiary Endeavor Air, was arriving from "
            "Minneapolis when it crashed on landing amid gusty winds and blowing snow, the airport said.")
    found = names(text, index)
    assert "Delta" not in found
    assert "Minneapolis" in found


def test_all_on_board_killed_are_the_crashs_toll(index):
    text = ("KATHMANDU (AFP) - A Twin Otter aircraft operated by a domestic carrier crashed into a mountainside in "
            "Nepal's remote Mustang district on Saturday, killing all 14 people on board, including four Indian "
            "tourists and two Germans, officials said.")
    found = figures(text, index, "2025-05-10")
    assert [e[:2] for e in found] == [("mustang-district", "accident")]
    assert 14 in found[0][2]


def test_all_but_one_person_is_no_toll_of_one(index):
    text = ("AHMEDABAD, India (AP) \u2014 An Air India flight bound for London with 242 people aboard crashed into a "
            "medical college hostel moments after takeoff from the western Indian city of Ahmedabad on Thursday, "
            "killing all but one person on the plane and several people on the ground.")
    found = figures(text, index, "2025-06-12")
    assert [e[:2] for e in found] == [("ahmedabad", "accident")]
    assert 1 not in found[0][2]


def test_a_boeing_that_crashes_in_a_headline_is_an_accident(index):
    text = "Air India Boeing 787 crashes after takeoff in Ahmedabad, killing 241 on board"
    assert [e[:2] for e in events(text, index, "2025-06-12")] == [("ahmedabad", "accident")]


def test_the_missing_a_headline_counts_bare_are_the_accidents_missing(index):
    text = ("Boat carrying migrants capsizes off Yemen, 68 dead and 74 missing\n\n"
            "SANAA, Yemen (AP) \u2014 A boat carrying 154 Ethiopian migrants capsized off Yemen's southern coast on "
            "Sunday, killing at least 68 people and leaving dozens missing, the U.N. migration agency said.")
    doc = extract(Article(text=text, id="x", published="2025-08-03"), index=index)
    assert [(e.place, e.type) for e in doc.events] == [("yemen", "accident")]
    missing = [f.value for f in doc.events[0].figures if f.unit == "missing"]
    assert missing == [74]


def test_where_a_flight_diverted_from_is_no_crash_site(index):
    text = ("ASTANA, Kazakhstan (Reuters) \u2014 An Azerbaijan Airlines passenger jet crashed near the city of Aktau in "
            "Kazakhstan on Wednesday, killing 38 people, with 29 survivors, after diverting from an area of Russia "
            "that Moscow had recently said was under attack by Ukrainian drones.")
    assert [e[:2] for e in events(text, index, "2024-12-25")] == [("aktau", "accident")]


def test_where_a_flight_was_flying_to_is_no_place_of_a_statement(index):
    text = ("The Antonov An-24, operated by the Siberia-based Angara Airlines, was flying from Khabarovsk to the town "
            "of Tynda via Blagoveshchensk when it disappeared from radar screens, the regional emergencies ministry "
            "said.")
    assert events(text, index, "2025-07-24") == []


def test_a_jet_that_flipped_upside_down_while_landing_is_an_accident(index):
    text = ("TORONTO (AP) \u2014 A Delta Air Lines jet flipped upside down while landing at Toronto Pearson "
            "International Airport on Monday, injuring 21 people, but all 80 people on board survived, officials "
            "said.")
    assert [e[:3] for e in events(text, index, "2025-02-17")] == [("toronto", "accident", "2025-02-17")]


def test_a_bus_that_left_the_road_is_an_accident_not_a_statement(index):
    text = ("The bus, operated by the company Molina Tours, was travelling from the city of Ayacucho to Lima when it "
            "left the road in the early hours near the village of Chumpe in Lucanas province, the regional health "
            "directorate said.")
    assert {e[1] for e in events(text, index, "2025-03-12")} == {"accident"}


def test_those_a_crashed_plane_carried_are_no_toll(index):
    text = ("MOSCOW (Reuters) \u2014 A passenger plane carrying 49 people crashed in Russia's far eastern Amur region "
            "on Thursday and rescuers said they had found no survivors at the burning wreckage, local officials said.")
    assert figures(text, index, "2025-07-24") == [("amur-region", "accident", set())]


def test_those_on_board_a_derailed_train_are_no_toll(index):
    text = ("The regional express, operated by Deutsche Bahn, was travelling from Sigmaringen to Ulm with around 100 "
            "passengers on board when two carriages came off the tracks in a wooded area near Riedlingen, a police "
            "spokesman said.")
    found = figures(text, index, "2025-07-27")
    assert [e[:2] for e in found] == [("riedlingen", "accident")]
    assert 100 not in found[0][2]
