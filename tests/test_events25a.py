"""Events of Africa's armed conflicts as ACLED and OCHA, Reuters and AFP report them (the twenty-fifth session's
fx25a check): a toll counted "at least" by the armed group that killed, a village left unnamed but placed by its
bearing from the nearest town."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_rebels_that_killed_at_least_so_many_people_attacked_civilians(index):
    text = ("KINSHASA, Congo (Reuters) - Rebels from the Islamic State-backed Allied Democratic Forces (ADF) killed at "
            "least 43 people in an attack on a Catholic church in Komanda in eastern Congo's Ituri province, a civil "
            "society leader said on Sunday.")
    assert [e[:2] for e in events(text, index, "2025-07-27")] == [("komanda", "attack")]


def test_killed_over_the_weekend_is_still_no_victim(index):
    text = "A man was killed over the weekend in Komanda, a civil society leader said on Sunday."
    assert [e[1] for e in events(text, index, "2025-07-27")] != ["attack"]


def test_a_village_west_of_a_town_is_placed_at_the_town(index):
    text = ("KHARTOUM, Sudan (AP) \u2014 Sudan's paramilitary Rapid Support Forces killed at least 40 people in an "
            "attack on a village west of El Fasher, the capital of North Darfur province, a local activist group "
            "said Tuesday.")
    assert [e[:2] for e in events(text, index, "2025-05-13")] == [("el-fasher", "attack")]


def test_a_named_town_west_of_another_is_not_placed_there(index):
    text = ("Separately, ships from the fleet's base at Kronstadt, an island town west of St Petersburg, held drills "
            "in the Gulf of Finland.")
    assert "saint-petersburg" not in {e[0] for e in events(text, index, "2025-07-20")}


def test_the_attack_on_a_village_named_as_a_noun_is_an_attack(index):
    text = ("The attack on the village of Intazayene in the Tillia department on Monday was carried out by \"armed "
            "bandits\" on motorcycles, the ministry said.")
    assert [e[:3] for e in events(text, index, "2025-06-25")] == [("tillia", "attack", "2025-06-23")]


def test_militants_that_stormed_a_hotel_attacked(index):
    text = ("Somalia: 10 killed in al-Shabaab attack on Mogadishu hotel\n\nMOGADISHU (AP) \u2014 Al-Shabaab militants stormed a hotel near the presidential palace in Somalia's "
            "capital on Saturday night, killing at least 10 people, a police officer said.")
    assert [e[:2] for e in events(text, index, "2025-03-16")] == [("mogadishu", "attack")]


def test_soldiers_killed_told_in_the_passive_are_a_battle(index):
    text = ("NIAMEY (AFP) - Thirty-four Nigerien soldiers were killed and 14 wounded in an attack by \"several hundred "
            "terrorists\" on Thursday in the Tillaberi region in western Niger, the defence ministry said on Friday.")
    assert [e[:3] for e in events(text, index, "2025-03-21")] == [("tillaberi-region", "ground_operation", "2025-03-20")]


def test_a_bomb_on_a_convoy_between_two_towns_is_placed_at_the_first(index):
    text = ("On Sunday, a roadside bomb hit a military convoy travelling between Balcad and Mogadishu, killing four "
            "soldiers, a police officer said.")
    assert [e[0] for e in events(text, index, "2025-06-16")] == ["balcad"]


def test_a_road_between_two_towns_told_of_no_violence_is_no_place(index):
    text = ("Douglas Shire Council mayor Lisa Scomazzon said the Captain Cook Highway between Cairns and Port Douglas "
            "was open, but landslips had closed the Mossman-Mount Molloy road.")
    assert "cairns" not in {e[0] for e in events(text, index, "2025-02-03")}


def test_a_suspected_group_is_the_group(index):
    text = ("BAMAKO, Mali (AP) \u2014 Suspected Islamic State militants killed at least 40 civilians in attacks on "
            "several villages in northeastern Mali's Gao region, local officials said Monday.")
    assert [(e[0], e[3]) for e in events(text, index, "2025-02-10")] == [("gao-region", ["Islamic State"])]


def test_adf_fighters_and_the_fano_militia_are_actors(index):
    adf = ("In a separate attack on Friday, ADF fighters killed nine people in the village of Mangodomu, in the Beni "
           "territory of North Kivu, local officials said.")
    fano = ("The Fano militia said on Thursday it had captured the town of Debre Tabor after heavy fighting, a claim "
            "that could not be independently verified.")
    assert [e[3] for e in events(adf, index, "2025-07-27")] == [["ADF"]]
    assert [e[3] for e in events(fano, index, "2025-09-05")] == [["Fano"]]


def test_fano_the_italian_town_is_no_actor(index):
    text = "Police arrested two men after a stabbing in Fano on Saturday, Italian media said."
    assert all("Fano" not in e[3] for e in events(text, index, "2025-09-05"))


def test_a_village_so_called_is_no_city_abroad_of_its_name(index):
    text = ("BAMAKO, Mali (AP) \u2014 Suspected Islamic State militants killed at least 40 civilians in attacks on "
            "several villages in northeastern Mali's Gao region, local officials said Monday.\n\n"
            "Gunmen on motorcycles attacked the villages of Kobe and Fafa in the Ansongo district on Saturday, an "
            "elected official said, speaking on condition of anonymity for security reasons.\n\n"
            "Mali's junta, which seized power in 2020, has struggled to contain the insurgency.")
    found = readings.places(text, index)
    assert ("Ansongo", "ML") in {(p[0], p[2]) for p in found} and "Kobe" not in {p[0] for p in found}, found


def test_schoolgirls_abducted_are_counted(index):
    from geomap.model import Article
    from geomap.pipeline import extract
    text = ("BIRNIN KEBBI, Nigeria (AP) \u2014 Gunmen abducted 25 schoolgirls from a boarding school in northwest "
            "Nigeria's Kebbi state early Monday, police said.")
    doc = extract(Article(text=text, id="x", published="2025-11-17"), index=index)
    assert [(e.type, [(f.value, f.unit) for f in e.figures]) for e in doc.events] == [
        ("attack", [(25, "schoolgirls")])]


def test_a_date_after_since_starts_the_period_not_the_event_before_it(index):
    text = "Fighting has intensified in the Kordofan region since the army recaptured Khartoum in March."
    found = {e[0]: e[2] for e in events(text, index, "2025-09-11")}
    assert found.get("khartoum") == "2025-03" and "kordofan" in found and found["kordofan"] != "2025-03", found


def test_where_a_group_originated_is_no_place_of_its_attacks(index):
    text = ("The ADF, which originated in Uganda, has killed thousands of civilians in Ituri and North Kivu since "
            "2013.")
    found = {e[0] for e in events(text, index, "2025-07-27")}
    assert "uganda" not in found and "ituri" in found, found


def test_the_assault_on_a_village_is_an_attack(index):
    text = ("KHARTOUM, Sudan (AP) \u2014 Sudan's paramilitary Rapid Support Forces killed at least 40 people in an "
            "attack on a village west of El Fasher, the capital of North Darfur province, a local activist group "
            "said Tuesday.\n\nThe assault on the village of Um Kadada began Sunday afternoon when fighters on motorcycles and pickup trucks stormed the market, "
            "shooting civilians and looting shops.")
    found = events(text, index, "2025-05-13")
    assert ("el-fasher", "attack", "2025-05-11") in [e[:3] for e in found], found


def test_an_overnight_attack_takes_the_night_the_next_sentence_tells(index):
    text = ("GUSAU \u2014 Bandits have abducted at least 43 people, including women and children, in an overnight "
            "attack on Kairu village in Maru Local Government Area of Zamfara State, residents said on Saturday.\n\n"
            "The gunmen, numbering over 100, stormed the community at about 11pm on Thursday, shooting sporadically "
            "before herding the villagers into the bush, a resident, Malam Sani Kairu, told our correspondent.")
    found = [e[:3] for e in events(text, index, "2025-03-22")]
    assert ("maru-local-government-area", "attack", "2025-03-20") in found, found


def test_where_the_attack_took_place_is_the_leads_place_on_its_day(index):
    text = ("NIAMEY (AFP) - Thirty-four Nigerien soldiers were killed and 14 wounded in an attack by \"several hundred "
            "terrorists\" on Thursday in the Tillaberi region in western Niger, the defence ministry said on Friday."
            "\n\nThe attack took place near Banibangou, close to the border with Mali, the ministry said in a "
            "statement read on state television.")
    found = [e[:3] for e in events(text, index, "2025-03-21")]
    # the lead's battle (soldiers killed), told again where it took place: one event, at Banibangou
    assert found == [("banibangou", "ground_operation", "2025-03-20")], found
