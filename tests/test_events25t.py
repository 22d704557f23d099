"""Tolls and counts told in sentences that name no place (the twenty-fifth session's fx25t check): the
story's one event takes them some sentences after it, the country takes a count said of the whole nation
or of a story told in several of its provinces."""

from geomap.model import Article
from geomap.pipeline import extract


def figures(text, index, published):
    """(place id, type, date, [(value, unit)]) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, e.date, sorted((f.value, f.unit) for f in e.figures)) for e in doc.events]


def test_a_toll_told_a_sentence_later_is_the_one_events(index):
    text = ("DHAKA, Bangladesh (AP) \u2014 Clashes between supporters of the ousted Awami League and police in the "
            "central district of Gopalganj left four people dead on Wednesday, officials said.\n\n"
            "Security forces fired tear gas and rubber bullets after hundreds of people attacked a convoy of the "
            "National Citizen Party, which had planned a rally in the town.\n\n"
            "Nine police officers were injured, district police chief Mizanur Rahman said.\n\n"
            "The rights commission said 107 people were injured and two were missing.")
    found = figures(text, index, "2025-07-17")
    assert len(found) == 1 and found[0][:2] == ("gopalganj", "riot")
    assert found[0][3] == [(2.0, "missing"), (4.0, "people"), (9.0, "officers"), (107.0, "people")]


def test_the_missing_after_a_crash_in_a_region(index):
    text = ("LIMA, Peru (AP) \u2014 A bus carrying passengers plunged into a ravine in the Andean region of Ayacucho "
            "early Monday, killing 18 people, authorities said.\n\n"
            "The bus was traveling from Lima to the town of Puquio when it veered off the road near the district of "
            "Lucanas, the regional health office said.\n\n"
            "Twenty-four people were injured and taken to hospitals in Puquio and Nazca. Three people were missing.")
    found = {e[0]: e for e in figures(text, index, "2025-07-15")}
    assert found["ayacucho"][3] == [(3.0, "people"), (18.0, "people"), (24.0, "people")]


def test_the_displaced_are_the_towns_not_the_headlines_country(index):
    text = ("Floods sweep through northern Nigeria town\n\n"
            "MOKWA, Nigeria (AFP) \u2014 Torrential rain caused a dam to burst in the market town of Mokwa in Niger "
            "state, killing at least 115 people, emergency officials said on Friday.\n\n"
            "Rescue workers were still searching for bodies in the Niger river, where many of the victims were swept "
            "away.\n\n"
            "The local emergency management agency said about 1,200 homes had been destroyed and 4,000 people "
            "displaced.")
    found = figures(text, index, "2025-05-31")
    assert [(e[0], e[3]) for e in found] == [("mokwa", [(115.0, "people"), (4000.0, "people")])]


def test_a_toll_of_protests_in_several_provinces_is_the_countrys(index):
    text = ("NAIROBI, Kenya (Reuters) - Kenyan police clashed with protesters in Nairobi and several other towns on "
            "Monday as thousands marched to mark the anniversary of last year's deadly demonstrations, witnesses "
            "said.\n\n"
            "Police fired tear gas and water cannon at crowds near parliament, and protesters set fire to a police "
            "post in Kitengela.\n\n"
            "The death toll from the protests rose to 72, the Kenya National Commission on Human Rights said on "
            "Tuesday. More than 2,100 people were injured, the commission said.")
    found = {e[0]: e for e in figures(text, index, "2025-07-08")}
    assert found["kenya"][1:] == ("riot", "2025-07-07", [(72.0, "dead"), (2100.0, "people")])
    assert found["nairobi"][3] == [] and found["kitengela"][3] == []


def test_a_count_said_nationwide_is_the_countrys(index):
    text = ("JAKARTA, Indonesia (Reuters) - Indonesian police arrested more than 1,200 people after riots in Jakarta "
            "and other cities over lawmakers' allowances, police said on Sunday.\n\n"
            "Protesters burned regional parliament buildings in Makassar and Bandung, and looted the homes of several "
            "lawmakers.\n\n"
            "At least eight people were killed, the National Commission on Human Rights said. It said 186 people were "
            "injured nationwide.")
    found = {e[0]: e for e in figures(text, index, "2025-08-31")}
    assert found["indonesia"][1] == "riot" and found["indonesia"][3] == [(8.0, "people"), (186.0, "people")]


def test_a_harm_said_before_things_counted_is_no_toll(index):
    text = ("Water main break floods streets in Montreal's Plateau, thousands under boil-water advisory\n\n"
            "MONTREAL (CP) \u2014 A major water main burst under Avenue du Mont-Royal early Tuesday, flooding streets "
            "in the Plateau.\n\n"
            "Firefighters evacuated two daycares and a seniors' residence near Parc La Fontaine.")
    assert all(e[3] == [] for e in figures(text, index, "2025-08-16"))



def test_a_past_toll_told_across_the_country_is_the_countrys_event_of_its_day(index):
    text = ("DHAKA, Bangladesh (AP) \u2014 Clashes between supporters of the ousted Awami League and police in the "
            "central district of Gopalganj left four people dead on Wednesday, officials said.\n\n"
            "At least 16 people were killed and 400 injured in protests across the country in the days after Hasina "
            "fled to India last August, according to the United Nations.")
    found = {e[0]: e for e in figures(text, index, "2025-07-17")}
    assert found["bangladesh"][1:] == ("protest", "2024-08", [(16.0, "people"), (400.0, "injured")])
    assert found["gopalganj"][3] == [(4.0, "people")]


def test_a_tally_so_far_across_the_country_is_no_event(index):
    text = ("DHAKA, Bangladesh (AP) \u2014 Clashes between supporters of the ousted Awami League and police in the "
            "central district of Gopalganj left four people dead on Wednesday, officials said.\n\n"
            "By last August, more than 800 people had been killed in protests across the country so far.")
    assert [e[0] for e in figures(text, index, "2025-07-17")] == ["gopalganj"]


def test_the_hurt_told_by_the_hospital_that_treated_them(index):
    text = ("TIRUPATI, India (Reuters) - At least six people were killed in a stampede at a Hindu temple in the "
            "southern Indian town of Tirupati on Wednesday night, officials said.\n\n"
            "Thousands of devotees had gathered at ticket counters for a festival when the crowd surged as gates "
            "were opened.\n\n"
            "Forty people were treated at the Ruia government hospital, district collector S. Venkateswar said.")
    found = figures(text, index, "2025-01-09")
    assert [(e[0], e[3]) for e in found] == [("tirupati", [(6.0, "people"), (40.0, "people")])]
