"""The figures of events as the wires and national papers tell them (the twenty-eighth session's fx28b check):
the land a wildfire burned, patients sent home who are no toll, one shot in the leg, a toll's part told for a list
of places, a toll updated later in the story."""

from geomap.events import fatalities, find_figures
from geomap.model import Article
from geomap.pipeline import extract


def figures_by_place(text, index, published):
    """Each event's place name and the (value, unit, share) of its figures."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    names = {p.id: p.name for p in doc.places}
    return {names.get(e.place, e.place): [(f.value, f.unit, f.share) for f in e.figures] for e in doc.events}


def test_the_hectares_and_acres_a_fire_burned_are_its_figures():
    spain = find_figures("MADRID (Reuters) \u2014 Wildfires in the northwestern region of Castile and Leon have burned "
                         "more than 20,000 hectares, and two volunteer firefighters died on Tuesday night near Tabuyo "
                         "del Monte, in Leon province, authorities said.")
    assert [(f.value, f.unit) for f in spain if f.unit == "hectares"] == [(20000, "hectares")]
    malibu = find_figures("A wildfire in the hills above Malibu had burned more than 2,500 acres by Thursday morning "
                          "and destroyed 12 homes, fire officials said, as crews battled gusty winds.")
    assert [(f.value, f.unit) for f in malibu] == [(2500, "acres"), (12, "homes")]
    # land owned or built on is no figure, nor a conversion in brackets counted twice
    assert find_figures("Westmark Dairy Cooperative said the plant will be built on 160 acres north of Interstate 84 "
                        "and will employ about 250 people.") == [find_figures("will employ about 250 people.")[0]]
    aude = find_figures("Firefighters were battling the blaze in the Corbieres hills, which had burned about 11,000 "
                        "hectares (27,000 acres) by nightfall, according to the Aude prefecture.")
    assert [(f.value, f.unit) for f in aude] == [(11000, "hectares")]


def test_patients_discharged_are_no_toll():
    figures = find_figures("The health directorate in Minya said 212 patients had been discharged, while 88 remained "
                           "in hospital, six of them in intensive care.")
    assert [f.value for f in figures if f.value == 212] == []


def test_one_shot_in_the_leg_is_one_wounded():
    figures = find_figures("A sheriff's deputy was shot in the leg during a confrontation with a man who refused to "
                           "leave an evacuation zone in Topanga, officials said.")
    assert [f.value for f in figures] == [1]
    assert fatalities(figures) == 0


def test_a_part_told_in_words_for_a_list_of_places_is_theirs_not_the_whole(index):
    text = ("State broadcaster CCTV said 17 people had died across the south, including nine in Guangxi and Guizhou, "
            "while 11 others were missing.")
    found = figures_by_place(text, index, "2025-07-25")
    assert {name: [f for f in figs if f[0] == 17] for name, figs in found.items()} == {"Guangxi": [], "Guizhou": []}
    assert sorted(f[2] for figs in found.values() for f in figs if f[0] == 9) == [4, 5]


def test_a_toll_risen_later_in_the_story_is_the_leads_not_the_last_places(index):
    text = ("JALALABAD, Afghanistan (Reuters) \u2014 A magnitude 6.0 earthquake struck eastern Afghanistan late on "
            "Sunday, killing more than 800 people and injuring 2,800, the Taliban government said on Monday.\n\n"
            "In neighbouring Nangarhar province, 12 people were killed and 255 injured, provincial health officials "
            "said.\n\n"
            "\"The death toll could rise as rescue teams reach remote areas,\" a government spokesman said. By "
            "Tuesday, the toll had risen to 1,400, with 3,124 injured.")
    found = figures_by_place(text, index, "2025-09-01")
    assert [f[0] for f in found["Nangarhar Province"]] == [12, 255]
    assert 1400 in [f[0] for f in found["Afghanistan"]]


def test_a_count_after_a_places_where_is_its_toll():
    figures = find_figures("Flash floods triggered by a cloudburst killed at least 45 people in Khyber Pakhtunkhwa on "
                           "Friday, most of them in Buner district, where 32 died, rescue officials said.")
    assert [(f.value, fatalities([f])) for f in figures] == [(45, 45), (32, 32)]


def test_a_toll_risen_after_more_bodies_were_found_is_the_storys(index):
    text = ("GUSAU, Nigeria (Reuters) \u2014 Dozens of bandits on motorcycles stormed the village of Kairu in Zamfara "
            "state on Tuesday night, killing at least 17 people and abducting 41 others, police and residents said on "
            "Wednesday.\n\n"
            "Police spokesman Yazid Abubakar said the toll had risen to 23 after six more bodies were found in the "
            "bush near the village.")
    found = figures_by_place(text, index, "2025-06-18")
    assert [f[0] for figs in found.values() for f in figs if f[1] == "dead"] == [23]


def test_houses_and_structures_destroyed_are_figures():
    figures = find_figures("Malibu was among the hardest-hit places in the January fires, which killed 31 people and "
                           "destroyed more than 16,000 structures across Los Angeles County.")
    assert [(f.value, f.unit) for f in figures] == [(31, "people"), (16000, "structures")]
    figures = find_figures("At least 120 houses were damaged in Buner, including 47 that were completely destroyed.")
    assert [(f.value, f.unit) for f in figures][:1] == [(120, "houses")]
    assert find_figures("InvestPenang said on Monday that 14 design houses had set up offices in the past year.") == []


def test_a_headlines_toll_shared_by_places_gives_way_to_their_own(index):
    text = ("Pakistan: 45 dead as flash floods hit Swat and Buner\n\n"
            "PESHAWAR, Pakistan (Dawn) \u2014 Flash floods triggered by a cloudburst killed at least 45 people in "
            "Khyber Pakhtunkhwa on Friday, most of them in Buner district, where 32 died, rescue officials said.\n\n"
            "In Swat, nine people were killed and 14 were missing, while four died in Bajaur.")
    found = figures_by_place(text, index, "2025-08-15")
    assert [f[0] for f in found["Buner"] if f[1] != "houses"] == [32]
    assert [f[0] for f in found["Swat Valley"]] == [9, 14]


def test_a_vague_count_of_the_dead_gives_way_to_the_precise_one(index):
    text = ("Sudan: RSF attack on El Fasher camp kills dozens, aid groups say\n\n"
            "KHARTOUM, Sudan (AP) \u2014 Paramilitary fighters attacked the Abu Shouk displacement camp on the "
            "outskirts of El Fasher on Friday, killing at least 40 people and wounding 19 others, a local aid group "
            "said.")
    found = figures_by_place(text, index, "2025-08-15")
    assert [f[0] for f in found["El Fasher"]] == [40, 19]


def test_the_wounded_taken_to_a_medical_centre_in_a_town_are_the_storys(index):
    text = ("GUSAU, Nigeria (Reuters) \u2014 Dozens of bandits on motorcycles stormed the village of Kairu in Zamfara "
            "state on Tuesday night, killing at least 17 people and abducting 41 others, police and residents said on "
            "Wednesday.\n\n"
            "Eight people were wounded and taken to the Federal Medical Centre in Gusau.")
    found = figures_by_place(text, index, "2025-06-18")
    assert [f[0] for figs in found.values() for f in figs if f[0] == 8] == [8]


def test_firefighters_harmed_are_counted_and_those_at_work_are_not():
    figures = find_figures("MADRID (Reuters) \u2014 Wildfires in the northwestern region of Castile and Leon have burned "
                           "more than 20,000 hectares, and two volunteer firefighters died on Tuesday night near Tabuyo "
                           "del Monte, in Leon province, authorities said.")
    assert [(f.value, fatalities([f])) for f in figures if f.unit == "firefighters"] == [(2, 2)]
    at_work = find_figures("More than 1,500 firefighters were battling the blaze in the Corbieres hills.")
    assert at_work == []


def test_a_headlines_land_burned_in_the_present_tense():
    figures = find_figures("Wildfires in Spain burn 20,000 hectares, two volunteers dead")
    assert [(f.value, f.unit) for f in figures if f.unit == "hectares"] == [(20000, "hectares")]
    figures = find_figures("Wildfire near Palisades grows to 2,500 acres, destroys 12 homes")
    assert [(f.value, f.unit) for f in figures] == [(2500, "acres"), (12, "homes")]
