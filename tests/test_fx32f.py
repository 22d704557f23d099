"""Crowd crushes, stampedes, pilgrimages and religious festivals as Reuters, AP, AFP and Indian, Pakistani and
Bangladeshi papers report them (the thirty-second session's fx32f check): a crush at a prayer meeting, a crowd of
fans that surged, and the names of shrines, festivals and rites where crowds gather, which are no parties."""

import readings
from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_crush_at_a_prayer_meeting_is_an_accident_not_talks(index):
    text = ("In July last year, 121 people died in a crush at a prayer meeting held by a self-styled godman in "
            "Hathras district.")
    assert [e[:2] for e in events(text, index, "2025-01-29")] == [("hathras-district", "accident")]


def test_a_crowd_of_fans_that_surged_and_killed_is_an_accident(index):
    text = ("BENGALURU, India (AFP) - Eleven people were killed and dozens injured on Wednesday when a huge crowd of "
            "cricket fans surged outside the M. Chinnaswamy Stadium in Bengaluru to celebrate Royal Challengers "
            "Bengaluru's first Indian Premier League title, officials said.")
    assert [e[:3] for e in events(text, index, "2025-06-06")] == [("bengaluru", "accident", "2025-06-04")]


def test_a_temple_festivals_name_is_no_party(index):
    text = ("PANAJI: Six devotees were killed and more than 70 injured in a stampede during the annual Shree Lairai "
            "Devi jatra at Shirgao village in North Goa's Bicholim taluka early on Saturday, police said.")
    found = events(text, index, "2025-05-03")
    assert [(e[1], e[3]) for e in found] == [("accident", [])]


def test_a_temples_name_is_no_party(index):
    text = ("DEHRADUN (Indian Express) \u2014 Eight people were killed and around 30 injured in a stampede on the "
            "steps leading to the Mansa Devi temple in Haridwar on Sunday morning, after a rumour spread that an "
            "electric wire had snapped on the route, officials said.")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-07-27")] == [("haridwar", "accident", [])]


def test_a_festivals_and_a_rites_names_are_no_parties(index):
    texts = ("NEW DELHI (Reuters) - At least 18 people, including 11 women and five children, were killed in a "
             "stampede at New Delhi railway station late on Saturday as thousands of passengers tried to board "
             "trains to the Maha Kumbh festival in Prayagraj, officials said.",
             "TIRUPATI, Andhra Pradesh (PTI): Six devotees were killed and around 40 injured in a stampede near a "
             "token distribution centre for Vaikunta Ekadasi darshan at the Sri Venkateswara temple in Tirupati on "
             "Wednesday night, officials said.",
             "DHAKA, Bangladesh (bdnews24) \u2014 Two worshippers were killed and at least 15 injured when a crowd "
             "surged at the entrance of the Sholakia Eid ground in Kishoreganj district on Monday morning, police "
             "said.")
    found = [e for text in texts for e in events(text, index, "2025-03-31")]
    assert found and all(e[1] == "accident" for e in found)
    assert [e[3] for e in found if e[3]] == []


def test_a_speakers_or_victims_hometown_is_no_statement_there(index):
    texts = ('"People started running down and those on the lower steps were trampled," said Manoj Kumar, a devotee '
             'from Rampur in Uttar Pradesh.',
             "A woman from Salem in Tamil Nadu was among the dead, police said.",
             '"We walked for hours with no shade and no water," said Ahmed Saeed, a 52-year-old pilgrim from the '
             'Egyptian city of Assiut.')
    assert [e[:2] for text in texts for e in events(text, index, "2025-07-27")] == []


def test_where_one_from_elsewhere_was_found_is_still_the_news(index):
    text = "One 14-year-old boy from Wigan was found by officers in Barrow with 60 wraps of crack hidden in his clothing, the court was told."
    assert "barrow-in-furness" in {e[0] for e in events(text, index, "2025-07-27")}


def test_the_official_toll_the_government_put_is_the_crushs_figure(index):
    text = ("CONAKRY, Guinea (AFP) - Dozens of people were killed in a crush at a football match in Nzerekore, "
            "Guinea's second city, when fans stormed the pitch after a disputed refereeing decision and police fired "
            "tear gas, the government said Monday.\n\n"
            "The government put the official toll at 56, but local doctors and rights groups said the real number "
            "was far higher.")
    found = extract(Article(text=text, id="x", published="2025-12-02"), index=index).events
    assert [(e.place, e.type) for e in found] == [("nzerekore", "accident")]
    assert [(f.value, f.unit) for f in found[0].figures] == [(56, "dead")]


def test_a_countrys_second_city_is_no_actor(index):
    text = ("CONAKRY, Guinea (AFP) - Dozens of people were killed in a crush at a football match in Nzerekore, "
            "Guinea's second city, when fans stormed the pitch after a disputed refereeing decision and police fired "
            "tear gas, the government said Monday.")
    assert [(e[0], e[3]) for e in events(text, index, "2025-12-02")] == [("nzerekore", [])]


def test_where_the_trains_the_crowd_rushed_for_were_bound_is_no_second_stampede(index):
    text = ("NEW DELHI (Reuters) - At least 18 people, including 11 women and five children, were killed in a "
            "stampede at New Delhi railway station late on Saturday as thousands of passengers tried to board trains "
            "to the Maha Kumbh festival in Prayagraj, officials said.")
    assert [e[:3] for e in events(text, index, "2025-02-16")] == [("new-delhi", "accident", "2025-02-15")]


def test_a_subdistrict_only_one_country_has_is_no_town_of_another(index):
    text = ("An elderly man from Bhairab and a teenager from Karimganj upazila died on the way to the Kishoreganj "
            "250-bed General Hospital, doctors said.")
    assert "IN" not in {p[2] for p in readings.places(text, index)}
