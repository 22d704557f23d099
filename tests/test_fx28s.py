"""Places and events from the twenty-eighth session's fx28s check of the wars and disasters of Sudan, South
Sudan, Ethiopia, Eritrea, Somalia and Libya as the wires and local papers report them in 2025 (the army
and the RSF in Darfur and Kordofan, al-Shabaab in Somalia's regions, Tigray and Amhara, Libya's coast)."""

from geomap.events import find_figures
from geomap.model import Article
from geomap.pipeline import extract
from readings import events, places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A district named after a small town abroad is as much a stray as the town.

def test_a_district_named_like_a_small_town_abroad_is_no_place(index):
    text = ("KHARTOUM, May 14 (AFP) - Fighters of Sudan's Rapid Support Forces killed at least 40 civilians in an "
            "attack on a town in West Kordofan state, a local rights group said Wednesday. The paramilitaries also "
            "shelled Dilling and Kadugli in South Kordofan on Tuesday. In Omdurman, across the Nile from the capital, "
            "RSF shelling killed seven people in the Karari district on Sunday, according to the health ministry.")
    assert _senses(text, index, "Karari") == []
    assert _senses(text, index, "Omdurman") == [("Omdurman", "SD", "city")]


# 2. The name a settlement's word brings goes on to the next capitalized word.

def test_the_town_of_a_longer_name_is_no_namesake_city(index):
    text = ("MOGADISHU, Somalia (Reuters) - Al Shabaab militants captured the town of Adan Yabaal in Somalia's "
            "Middle Shabelle region on Wednesday after government troops withdrew, residents and a military "
            "officer said.")
    assert _senses(text, index, "Adan") == []
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-04-16")] == \
        [("adan-yabaal", "ground_operation", "2025-04-16")]


def test_the_town_of_a_longer_name_is_no_region_of_its_first_word(index):
    text = ("ADDIS ABABA, Ethiopia (AP) \u2014 Fano militia fighters briefly captured the town of Shewa Robit in the "
            "Amhara region on Sunday, residents said.")
    assert _senses(text, index, "Shewa") == []
    assert _senses(text, index, "Amhara region") == [("Amhara", "ET", "admin1")]


# 3. Towns of the wars the gazetteer lacked: Nasir and Ayod (South Sudan), Adan Yabaal and Moqokori
# (Somalia), Zalambessa (Ethiopia's border town).

def test_nasir_is_the_upper_nile_town(index):
    text = ("JUBA, South Sudan (Reuters) - South Sudan's army carried out air strikes on the town of Nasir in Upper "
            "Nile state on Friday, days after the armed youth group known as the White Army overran a military "
            "garrison there, local officials said.")
    assert _senses(text, index, "Nasir") == [("Nasir", "SS", "city")]


def test_ayod_and_the_somali_towns_are_found(index):
    text = ("Fighting between government forces and SPLA-IO fighters in Ayod county of Jonglei state has displaced "
            "more than 10,000 people. In Somalia, the militants have since recaptured several towns, including Adan "
            "Yabaal and Moqokori.")
    assert _senses(text, index, "Ayod") == [("Ayod", "SS", "city")]
    assert _senses(text, index, "Adan Yabaal") == [("Adan Yabaal", "SO", "city")]
    assert _senses(text, index, "Moqokori") == [("Moqokori", "SO", "city")]
    text = ("Eritrea has mobilised troops near the border town of Zalambessa, according to residents, while Ethiopian "
            "troops have been moving toward the Afar region near the port of Assab.")
    assert _senses(text, index, "Zalambessa") == [("Zalambessa", "ET", "city")]


# 4. A toll whose sentence names no place but its teller's post is the toll of the event before.

def test_a_toll_told_by_a_towns_official_is_the_events(index):
    text = ("JUBA, South Sudan (Reuters) - South Sudan's army carried out air strikes on the town of Nasir in Upper "
            "Nile state on Friday, days after the armed youth group known as the White Army overran a military "
            "garrison there, local officials said.\n\n"
            "At least 12 civilians were killed and 20 wounded in the strikes, Nasir county commissioner James "
            "Gatluak Lew told Reuters by phone.")
    doc = extract(Article(text=text, id="x", published="2025-03-14"), index=index)
    assert [(e.place, e.type, e.date, [f.text for f in e.figures]) for e in doc.events] == \
        [("nasir", "strike", "2025-03-14", ["12 civilians were killed", "20 wounded"])]


# 5. Those counted as they tell the news are its sources, and "hundreds of thousands" counts 100,000.

def test_residents_who_told_it_are_no_toll(index):
    text = ("ADDIS ABABA, Ethiopia (AP) \u2014 An Ethiopian military drone strike killed at least 30 people in a village "
            "in the Amhara region, residents and a health worker said Tuesday, as the government battles Fano militia "
            "fighters.\n\nThe strike hit a crowd at a market in Jawi district of the Awi zone on Sunday afternoon, two "
            "residents told The Associated Press by phone.")
    doc = extract(Article(text=text, id="x", published="2025-08-12"), index=index)
    assert [[f.text for f in e.figures] for e in doc.events if e.type == "strike"] == [["killed at least 30 people"]]


def test_hundreds_of_thousands_count_a_hundred_thousand(index):
    sentence = ("Analysts warn that the crisis risks dragging in neighbouring Eritrea, which fought alongside federal "
                "forces during the 2020-2022 war that killed hundreds of thousands of people.")
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [(100_000, "people")]


# 6. Towns listed after "the towns of" with words before "towns" are where the news is.

def test_the_eastern_libyan_towns_of_a_list_are_placed(index):
    text = ("BENGHAZI, Libya (Libya Observer) \u2013 Flash floods killed at least 12 people in the eastern Libyan towns "
            "of Al Bayda and Shahat on Thursday, the health ministry of the eastern-based government said.")
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-11-20")] == \
        [("al-bayda", "disaster", "2025-11-20"), ("shahhat", "disaster", "2025-11-20")]


# 7. Sudan's Gezira state by the name the wires give it.

def test_al_jazira_state_is_gezira_and_no_actor(index):
    text = ("WAD MADANI, Sudan (AFP) - The Sudanese army said on Saturday it had recaptured Wad Madani, the capital of "
            "Al Jazira state, from the Rapid Support Forces, more than a year after the paramilitaries seized the city.")
    assert _senses(text, index, "Al Jazira state") == [("Gezira", "SD", "admin1")]
    assert "Al Jazira" not in [a for e in events(text, index, "2025-01-11") for a in e[3]]


# 8. A toll of attacks named by places of their own is no toll of the event before.

def test_a_toll_of_attacks_on_other_villages_is_not_the_strikes_before(index):
    text = ("KHARTOUM, July 15 (Reuters) - Sudan's Rapid Support Forces killed nearly 300 people in attacks on "
            "villages near the city of En Nahud in West Kordofan over the weekend, a Sudanese rights group said on "
            "Tuesday.\n\nThe army-aligned government in Port Sudan said 18 people were killed on Sunday in RSF drone "
            "attacks on Babanusa.\n\nUNICEF said it was \"horrified\" by reports that at least 24 children were "
            "killed in the attacks on Shag Alnom and Hilat Hamid.")
    doc = extract(Article(text=text, id="x", published="2025-07-15"), index=index)
    assert [[f.text for f in e.figures] for e in doc.events if e.place == "babanusah"] == \
        [["18 people were killed"]]


# 9. Fano named bare, saying it did the deed, is the militia.

def test_fano_that_says_it_captured_a_town_is_the_actor(index):
    text = ("Separately, Fano said it had captured the town of Debre Tabor in South Gondar zone on Saturday after "
            "heavy fighting.")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-08-12")] == \
        [("debre-tabor", "ground_operation", ["Fano"])]


# 10. Tigray is Ethiopia's region, one place whether named or told by its people.

def test_tigray_and_tigrayan_are_one_region(index):
    text = ("ASAYITA, Ethiopia (The Reporter) \u2014 Thousands of Eritrean refugees in the Asayita and Berahle camps in "
            "Ethiopia's Afar region are facing severe food shortages after ration cuts, the UN refugee agency said on "
            "Friday.\n\nAt least 14 refugees, mostly children under five, have died of hunger-related illness in "
            "Asayita since June, according to camp health workers.\n\nAfar was hit hard during the Tigray war, when "
            "Tigrayan forces entered the region in 2021 and 2022. Many Eritrean refugees fled the Hitsats and "
            "Shimelba camps in Tigray after they were destroyed.")
    assert {p[1:4] for p in places(text, index) if p[1] == "Tigray"} == {("Tigray", "ET", "admin1")}


# 11. The ministry that tells of the news sits where it sits, and the news is elsewhere.

def test_the_health_ministry_in_port_sudan_is_no_outbreak_there(index):
    text = ("TAWILA, North Darfur (Sudan Tribune) \u2013 A cholera outbreak has killed at least 70 people in Tawila, a "
            "town in North Darfur, aid groups said on Thursday.\n\nThe outbreak has also spread to Jebel Marra and to "
            "the South Darfur capital Nyala, which is controlled by the RSF, according to the health ministry in Port "
            "Sudan, which reported 2,300 cases nationwide over the past week.")
    assert "port-sudan" not in [e[0] for e in events(text, index, "2025-07-24")]


# 12. A group's name's last words, after its possessive, are no second actor.

def test_the_tplfs_last_words_are_no_actor_of_their_own(index):
    text = ("MEKELLE, Ethiopia (AFP) - Ethiopia's federal government on Tuesday appointed a new head of the interim "
            "administration in the northern region of Tigray, after a faction of the Tigray People's Liberation Front "
            "(TPLF) seized control of the regional capital Mekelle and the town of Adigrat.")
    actors = {a for e in events(text, index, "2025-04-08") for a in e[3]}
    assert "Tigray People's Liberation Front" in actors and "Liberation Front" not in actors


def test_a_known_group_at_the_end_of_a_longer_name_stays_an_actor(index):
    text = ("KHARTOUM, May 14 (AFP) - Fighters of Sudan's Rapid Support Forces killed at least 40 civilians in an "
            "attack on the town of Al-Khuwei in West Kordofan state, a local rights group said Wednesday.")
    assert "Rapid Support Forces" in {a for e in events(text, index, "2025-05-14") for a in e[3]}
