"""Events' figures as the wires and national papers report them in 2025 (the twenty-fifth session's fx25f
check): which count belongs to which event, and what it counts: the held beside the hurt, counts with no
noun, animals, a nation's total beside a town's."""

from geomap.model import Article
from geomap.pipeline import extract


def events(text, index, published):
    """(place id, type, date, figures as (value, unit)) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, e.date, [(f.value, f.unit) for f in e.figures]) for e in doc.events]


def test_the_injured_beside_the_detained_are_no_figure_of_the_arrest(index):
    text = "The interior ministry said 21 police officers were injured and five protesters were detained in Nampula."
    found = events(text, index, "2024-12-24")
    assert [(e[0], e[1], e[3]) for e in found] == [("nampula", "arrest", [(5.0, "protesters")])]


def test_the_dead_of_the_protests_are_no_figure_of_the_arrests_after_them(index):
    text = ("NAIROBI, Kenya (Reuters) - Kenyan police said on Tuesday they had arrested 485 people after protests on "
            "Monday in which at least 31 people were killed, according to the state-funded Kenya National Commission "
            "on Human Rights.")
    arrests = [e[3] for e in events(text, index, "2025-07-08") if e[1] == "arrest"]
    assert arrests == [[(485.0, "people")]]


def test_a_count_of_the_arrested_with_no_noun(index):
    text = ("DHAKA, Bangladesh (AFP) - At least five people were killed and dozens injured when supporters of the "
            "ousted Awami League clashed with police and soldiers in Gopalganj on Wednesday, officials said.\n\n"
            "Police said 25 arrested after the violence, and a curfew was imposed on the district.")
    arrests = [(e[0], e[3]) for e in events(text, index, "2025-07-16") if e[1] == "arrest"]
    assert arrests == [("gopalganj", [(25.0, "arrested")])]


def test_animals_killed_are_no_toll_of_people(index):
    from geomap.events import event_fatalities

    text = ("BERLIN (dpa) \u2014 Wolves killed more than 1,400 farm animals in the eastern German state of "
            "Brandenburg last year, the state environment ministry said on Wednesday, the highest number since the "
            "predators returned.")
    doc = extract(Article(text=text, id="x", published="2025-03-12"), index=index)
    figures = [(f.value, f.unit) for e in doc.events for f in e.figures]
    assert figures == [(1400.0, "animals")]
    assert [event_fatalities(e.type, e.figures) for e in doc.events] == [0]


def test_sheep_killed_are_counted_as_sheep(index):
    from geomap.events import find_figures, fatalities

    figures = find_figures("In a single attack near the village of Lieberose, 38 sheep were killed.")
    assert [(f.value, f.unit) for f in figures] == [(38.0, "sheep")]
    assert fatalities(figures) == 0


def test_a_nations_toll_is_no_provinces(index):
    text = ("The National Disaster Management Authority said 144 people had been killed and 732 injured in the "
            "country, including 52 in Punjab.")
    figures = [f for e in events(text, index, "2025-07-18") for f in e[3]]
    assert (144.0, "people") not in figures
    assert (732.0, "injured") not in figures


def test_prisoners_escaped_across_the_country_are_no_towns_count(index):
    text = ("KATHMANDU, Nepal (The Kathmandu Post) \u2014 Police said more than 13,500 prisoners escaped from jails "
            "across the country during the Gen Z protests, including 1,500 from Nakkhu jail in Lalitpur and 900 from "
            "the Dillibazar prison in Kathmandu.")
    found = events(text, index, "2025-09-14")
    assert "patan" in [e[0] for e in found]
    assert (13500.0, "prisoners") not in [f for e in found for f in e[3]]


def test_a_count_with_no_noun_swept_away(index):
    text = "In the town of Dhankuta, two were swept away when a river burst its banks, police said."
    found = events(text, index, "2025-10-06")
    assert [(e[0], e[1], e[3]) for e in found] == [("dhankuta", "disaster", [(2.0, "people")])]


def test_the_missing_counted_with_no_noun(index):
    from geomap.events import find_figures

    figures = find_figures("In the Swat valley, 17 people were swept away by the river last week, and four are still "
                           "missing, rescue officials said.")
    assert (4.0, "missing") in [(f.value, f.unit) for f in figures]


def test_arrests_told_with_no_place_are_the_storys_area(index):
    text = ("JOS, Nigeria (Reuters) - Gunmen killed 27 people in an overnight attack on a village in central "
            "Nigeria's Plateau state, police said on Tuesday, the latest in a string of deadly raids in the region.\n\n"
            "The attackers stormed Zike village in Bassa local government area late on Monday, police spokesman "
            "Alfred Alabo said. Six people were injured and were being treated in hospital in Jos.\n\n"
            "Police said 11 suspects had been arrested.")
    found = events(text, index, "2025-07-15")
    arrests = [(e[0], e[3]) for e in found if e[1] == "arrest"]
    assert arrests == [("plateau-state", [(11.0, "arrested")])]


def test_a_toll_told_elsewhere_is_no_districts(index):
    text = ("In the Sviatoshynskyi district, 14 people died when part of the building collapsed, Kyiv Mayor Vitali "
            "Klitschko said. Another nine people were killed elsewhere in the city.")
    figures = [f for e in events(text, index, "2025-07-31") for f in e[3]]
    assert figures == [(14.0, "people")]


def test_those_sheltering_at_the_place_hit_are_no_figure_of_the_strike(index):
    text = ("A drone struck a mosque in El Fasher, where more than 150 people fleeing fighting in nearby areas had "
            "been sheltering, killing 12.")
    found = events(text, index, "2025-07-17")
    assert [(e[0], e[1], e[3]) for e in found] == [("el-fasher", "strike", [(12.0, "people")])]


def test_a_strike_in_a_named_neighbourhood_of_a_city(index):
    text = ("Medics said eight people, among them three children, were killed when a strike hit a school sheltering "
            "displaced families in the Tuffah neighbourhood of Gaza City.")
    found = events(text, index, "2025-07-17")
    assert [(e[0], e[1], e[3]) for e in found] == [("gaza", "strike", [(8.0, "people")])]


def test_arrests_since_the_start_of_the_blockades_are_the_news(index):
    text = "Protesters blocked roads in Nyeri on Monday. Police said 31 people had been arrested since the start of the blockades."
    arrests = [(e[0], e[3]) for e in events(text, index, "2025-07-08") if e[1] == "arrest"]
    assert arrests == [("nyeri", [(31.0, "people")])]


def test_a_monsoons_toll_since_a_month_is_the_seasons(index):
    text = ("ISLAMABAD, Pakistan (AFP) - Monsoon rains have killed 144 people across Pakistan since late June, the "
            "disaster agency said on Friday, as floods swept away homes in Punjab and Khyber Pakhtunkhwa provinces.")
    by_place = {e[0]: e[3] for e in events(text, index, "2025-07-18")}
    assert by_place.get("pakistan") == [(144.0, "people")]


def test_a_part_of_the_toll_goes_to_the_place_told_after_it(index):
    text = ("CAIRO (Reuters) - Israeli strikes killed at least 34 Palestinians across the Gaza Strip on Thursday, "
            "including 12 people waiting for aid near a distribution site in Rafah, local health authorities said.")
    by_place = {e[0]: e[3] for e in events(text, index, "2025-07-17")}
    assert by_place.get("rafah") == [(12.0, "people")]
    assert (12.0, "people") not in by_place.get("gaza-strip", [])


def test_the_country_those_fleeing_crossed_into_is_no_place_of_the_riot(index):
    text = ("In the town of Ressano Garcia on the border with South Africa, protesters looted shops and set fire to a "
            "customs post, and about 1,500 people crossed into South Africa, officials said.")
    places = [e[0] for e in events(text, index, "2024-12-24")]
    assert "south-africa" not in places
    assert "ressano-garcia" in places


def test_the_missing_told_after_the_toll_are_the_disasters(index):
    text = ("In Cebu province, 21 people died, most of them drowned in floods in the towns of Liloan and Compostela, "
            "provincial officials said. Five others were missing.")
    found = events(text, index, "2025-11-05")
    # (the towns listed are the floods' places, as "in the town of Liloan" is: fx26r)
    assert [(e[0], e[3]) for e in found] == [("liloan", [(21.0, "people"), (5.0, "missing")]),
                                             ("compostela", [(21.0, "people")])]
