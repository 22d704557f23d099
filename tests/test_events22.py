"""Events of Africa's wars as the wires and the agencies tell them (fx22e): the story's place carried to a
sentence that names none, towns taken, suicide bombings, a shelled town called besieged, and the
background of a war (years of it, millions displaced) that makes no event."""

import pytest

from geomap.taxonomy import classify_match

from readings import events


PORT_SUDAN = (
    "PORT SUDAN, May 6 (Reuters) - Drones struck the main fuel depots and the international airport in Port Sudan on "
    "Tuesday, the third straight day of attacks on the Red Sea city that had been the army-aligned government's "
    "wartime seat, witnesses and an army spokesman said.\n\n"
    "The drones hit the southern fuel terminal and a hotel near the presidential residence, setting off fires that "
    "burned through the night. A military source said anti-aircraft defences had shot down several of the drones.\n\n"
    "On Sunday, drones struck a military air base at the airport and a goods warehouse, the army said. No casualties "
    "were reported.\n\n"
    "Army spokesman Nabil Abdallah blamed the paramilitary Rapid Support Forces (RSF). \"The militia is targeting "
    "civilian facilities to punish the Sudanese people,\" he said in a statement.")


def test_a_story_goes_on_at_its_place_in_sentences_naming_none(index):
    found = events(PORT_SUDAN, index, "2025-05-06")
    # Sunday's strike, in a paragraph naming no place, is Port Sudan's; the undated paragraph goes on
    # telling Tuesday's strike, and the quote makes none.
    assert [e[:3] for e in found] == [("port-sudan", "strike", "2025-05-06"), ("port-sudan", "strike", "2025-05-04")]


def test_a_dated_killing_told_after_a_raid_is_placed_there(index):
    text = ("KANO, Nigeria, March 9 (Reuters) - Armed bandits abducted at least 43 people, most of them women and "
            "children, in a night raid on the village of Kakin Dawa in Zamfara state, residents said on Sunday.\n\n"
            "The gunmen arrived on motorcycles on Saturday night and went from house to house, shooting sporadically, "
            "said resident Usman Bello. Two men who tried to resist were shot dead.")
    found = events(text, index, "2025-03-09")
    assert ("zamfara-state", "attack", "2025-03-08") in [e[:3] for e in found]
    assert found[0][3] == []  # the village of Kakin Dawa is no actor


def test_no_story_carried_to_what_is_not_news_of_it(index):
    # The Port Sudan story's place goes to Sunday's strike (above), not to a demand, a quote, nor a
    # battle with cancer where no story of violence was told.
    shelled = "EL FASHER, Sudan - RSF fighters shelled El Fasher on Friday, killing 31.\n\n"
    for text in ("ATLANTA -- The church's founder lived in Atlanta for decades.\n\nHe died Sunday after a battle "
                 "with cancer.",
                 shelled + "The U.N. Security Council has demanded that the RSF lift the siege.",
                 shelled + "\"They shelled us again on Saturday,\" a resident said.",
                 PORT_SUDAN):
        found = events(text, index, "2025-06-14")
        assert not any(e[1] == "ground_operation" for e in found) and len(found) <= 2
    assert len(events(PORT_SUDAN, index, "2025-05-06")) == 2


@pytest.mark.parametrize("text, place, expected", [
    ("CAIRO (AP) — Paramilitary fighters shelled a market and a mosque in the besieged Sudanese city of El Fasher on "
     "Friday, killing at least 31 people, including children, a local group of activists said.", "El Fasher",
     "shelling"),
    ("Suicide bombing at Mogadishu recruitment centre kills at least 10", "Mogadishu", "attack"),
    ("BUKAVU, Congo, Feb 16 (Reuters) - M23 rebels walked into the centre of Bukavu on Sunday, taking control of "
     "eastern Congo's second-largest city without resistance after government troops pulled out, residents and rebel "
     "leaders said.", "Bukavu", "ground_operation"),
])
def test_types_of_african_war_news(text, place, expected):
    assert classify_match(text, text.find(place))[0] == expected


def test_a_strike_in_a_neighbouring_state(index):
    text = ("In neighbouring Katsina state, the air force said its jets bombed a bandit camp in the Dutsinma area on "
            "Friday, killing dozens of fighters.")
    # The strike is at the town the text places it at, Dutsin-Ma in Katsina state (GeoNames' two-word
    # name, written as one word, is found since the twenty-third session).
    assert [e[:3] for e in events(text, index, "2025-03-09")] == [("dutsin-ma", "strike", "2025-03-07")]


@pytest.mark.parametrize("text", [
    "It has killed thousands of civilians in eastern Congo over the last decade, and Uganda and Congo launched joint "
    "military operations against it in 2021.",
    "The RSF has besieged El Fasher, the last major city in the Darfur region still held by the military, for more "
    "than a year.",
])
def test_years_of_a_war_make_no_event(text, index):
    assert events(text, index, "2025-07-27") == []


def test_an_aside_on_years_of_war_leaves_the_news(index):
    text = ("Al Shabaab, which has been fighting for more than 15 years to topple the central government, has "
            "recaptured several towns in the Middle Shabelle region this year, including Moqokori.")
    assert [e[:2] for e in events(text, index, "2025-05-18")] == [("middle-shabelle-region", "ground_operation")]
    besieged = ("The RSF has besieged El Fasher, the last major city in the Darfur region still held by the military, "
                "for more than a year.")
    assert events(besieged, index, "2025-06-14") == []


def test_millions_displaced_by_a_war_are_no_toll_of_the_story(index):
    text = ("OUAGADOUGOU, Burkina Faso (AP) — Jihadi fighters killed hundreds of people, most of them civilians "
            "digging defensive trenches, in an attack on the town of Barsalogho in central Burkina Faso on "
            "Saturday.\n\n"
            "More than 2 million people have been displaced by the violence in Burkina Faso, and nearly half the "
            "country is outside government control, according to analysts.")
    found = events(text, index, "2024-08-28")
    # (no longer the lead's day: a war's toll, not the story's)
    assert all(e[2] is None for e in found if e[0] == "burkina-faso")


@pytest.mark.parametrize("text, actor", [
    ("The fighters, from the al-Qaida-linked group JNIM, killed hundreds of people in Barsalogho on Saturday.", "JNIM"),
    ("Separately, in Ituri province to the north, CODECO militiamen attacked a camp for displaced people in Djugu "
     "territory on Monday night, killing at least 51 people, according to local officials.", "CODECO"),
])
def test_armed_groups_of_the_sahel_and_ituri(text, actor, index):
    assert all(actor in e[3] for e in events(text, index, "2025-02-16"))


def test_where_people_fled_after_an_attack_is_no_attack(index):
    text = ("On Thursday, RSF fighters stormed Abu Shouk camp for displaced people, north of the city, killing at "
            "least 14 people, the Sudan Doctors Network said.\n\nThe International Organization for Migration said "
            "about 3,400 people fled the camp in the two days after the attack, most toward Tawila, some 60 "
            "kilometers (40 miles) to the west.")
    assert [e[0] for e in events(text, index, "2025-06-14")] == ["abu-shouk"]


def test_a_province_that_frames_a_territory_to_the_north(index):
    text = ("Separately, in Ituri province to the north, CODECO militiamen attacked a camp for displaced people in "
            "Djugu territory on Monday night, killing at least 51 people, according to local officials.")
    assert [e[:3] for e in events(text, index, "2025-02-16")] == [("djugu-territory", "attack", "2025-02-10")]


def test_a_toll_told_by_a_spokesman_in_the_province_is_no_attack_there(index):
    text = ("KINSHASA, July 27 (Reuters) - Rebels from the Allied Democratic Forces (ADF) attacked a Catholic church "
            "in Komanda in northeastern Congo's Ituri province early on Sunday, killing at least 38 people.\n\n"
            "An army spokesman in Ituri, Lieutenant Jules Ngongo, put the toll at 10 dead and said the attackers had "
            "come from a stronghold 12 km from Komanda.")
    assert [e[:2] for e in events(text, index, "2025-07-27") if e[1] == "attack"] == [("komanda", "attack")]


def test_this_year_closing_a_clause_dates_its_event(index):
    text = "Al Shabaab has recaptured several towns in the Middle Shabelle region this year, including Moqokori."
    assert [e[2] for e in events(text, index, "2025-05-18")] == ["2025"]


def test_the_army_attacked_is_no_actor(index):
    text = "Militants kill more than 30 soldiers in attack on Mali army base"
    assert [e[3] for e in events(text, index, "2025-06-02")] == [[]]
