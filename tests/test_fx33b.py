"""Events of border clashes between states in 2024-2025 as the wires and national papers report them (the
thirty-third session's fx33b check): Thailand and Cambodia, Armenia and Azerbaijan, Kyrgyzstan and Tajikistan,
Venezuela and Guyana, Pakistan and Afghanistan. A side's own region told by "its", a patrol fired on on a river,
and fire placed where it hit, not where those who fired were stationed."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_sides_own_region_told_by_its(index):
    text = ("Kyrgyzstan said Tajik forces attacked villages in its Batken region with tanks, drones and artillery, "
            "and more than 136,000 people were evacuated.")
    assert [e[:2] for e in events(text, index, "2025-03-13")] == [("batken-region", "shelling")]


def test_a_patrol_fired_on_on_a_river(index):
    text = ("GEORGETOWN, Guyana (AP) \u2014 Gunmen fired on a Guyanese military patrol on the Cuyuni River near the "
            "border with Venezuela on Sunday, wounding three soldiers, the Guyana Defence Force said.")
    assert [e[:3] for e in events(text, index, "2025-03-31")] == [("cuyuni-river", "ground_operation", "2025-03-30")]


def test_fire_is_placed_where_it_hit_not_where_its_units_are_stationed(index):
    text = ("The ministry said Armenian units stationed in the Yeraskh area of the Ararat region fired small arms at "
            "Azerbaijani positions in the Sadarak district of Nakhchivan between 11:30 pm Sunday and 00:40 am Monday.")
    places = {e[0] for e in events(text, index, "2025-04-21")}
    assert "sadarak-district" in places
    assert not places & {"yeraskh", "ararat-region"}


def test_a_protest_is_where_its_word_places_it_not_the_land_it_rose_over(index):
    text = ("In April 2024, Armenia agreed to hand back four abandoned villages in the Tavush region to Azerbaijan, "
            "sparking weeks of protests in Yerevan led by Archbishop Bagrat Galstanyan.")
    assert [e[:2] for e in events(text, index, "2025-04-21")] == [("yerevan", "protest")]


def test_a_border_by_its_name_is_no_party(index):
    text = ("PARACHINAR: The Taliban defence ministry in Kabul said it had targeted \"several points\" beyond the "
            "\"hypothetical line\", as the Taliban call the Durand Line, in retaliation for Pakistani air strikes in "
            "Paktika last week.")
    found = events(text, index, "2024-12-29")
    assert found
    assert not any("Durand Line" in e[3] for e in found)


def test_a_port_a_side_is_accused_of_seeking_to_seize_is_not_taken(index):
    text = ("NAIROBI, Kenya, March 19 (AFP) - Eritrea accused Ethiopia on Wednesday of seeking to seize its Red Sea "
            "port of Assab, as fears grew of a new war between the Horn of Africa neighbours.")
    assert not [e for e in events(text, index, "2025-03-19") if e[1] == "ground_operation"]
