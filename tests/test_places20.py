"""Places from the twentieth session's audits (17: politics and borders; 18: crime and insurgency)."""

from geomap.pipeline import geoparse


def places(text, index):
    return [(r.candidate.text, r.entry.name, r.entry.country, r.entry.kind) for r in geoparse(text, index=index)
            if r.entry is not None]


def names(text, index):
    return [p[0] for p in places(text, index)]


# 1. Places from organisations' names.

def test_a_university_a_region_of_several_countries_names_places_nothing(index):
    text = ("In Ankara, several hundred students gathered at the Middle East Technical University on Tuesday "
            "and marched towards the city centre.")
    assert names(text, index) == ["Ankara"]


def test_cartels_and_rebel_armies_named_after_regions_place_nothing(index):
    text = ("Reconsider travel to Guanajuato and Chiapas, where clashes between the Sinaloa Cartel and the Jalisco "
            "New Generation Cartel near Frontera Comalapa have displaced thousands.")
    assert "Sinaloa" not in names(text, index) and "Jalisco" not in names(text, index)
    text = ("QUETTA: Security forces on Wednesday ended a siege of the Jaffar Express, rescuing more than 300 "
            "passengers after militants of the Balochistan Liberation Army (BLA) hijacked the train near the Bolan "
            "Pass on Tuesday, the military said.")
    assert "Balochistan" not in names(text, index)
    # A country keeps its name in a rebel army's, as LGL counts it.
    text = "Rebels, notably the Justice and Equality Movement and the Sudan Liberation Army, refused."
    assert names(text, index) == ["Sudan"]
    # ... but the state a group's name does not open stays: "the Sinaloa state prosecutor's office".
    text = ("Gunmen killed seven people in a series of attacks across Culiacan on Tuesday, the Sinaloa state "
            "prosecutor's office said, as fighting between rival factions of the Sinaloa Cartel entered its "
            "seventh month.")
    assert names(text, index) == ["Culiacan", "Sinaloa state"]


def test_a_province_of_islamic_state_is_no_region(index):
    text = ("MAIDUGURI - Fighters of the Islamic State West Africa Province (ISWAP) attacked a military base in "
            "Wajiroko, Borno State, on Tuesday night, killing nine soldiers, military sources told Premium Times.")
    assert "West Africa" not in names(text, index)


# 2. Namesakes far away.

def test_a_quarter_the_text_puts_in_a_city_is_no_town_far_away(index):
    text = ("RIO DE JANEIRO - Eight people were killed on Tuesday during a police operation in the Complexo do "
            "Alemao and neighbouring Penha in the north of Rio de Janeiro, the Rio de Janeiro Military Police said.")
    assert "Penha" not in names(text, index)


def test_a_neighbourhood_of_the_storys_town_is_no_village_far_away(index):
    text = ("CULIACAN, Mexico (Reuters) - Gunmen killed seven people in a series of attacks across Culiacan on "
            "Tuesday.\n\nFour men were shot dead outside a car wash in the Tierra Blanca neighbourhood on Tuesday "
            "afternoon, and three more bodies were found near a highway south of the city hours later, officials "
            "said.\n\nIn Guanajuato, gunmen attacked a bar in Celaya and a taxi rank in Irapuato.")
    assert "Tierra Blanca" not in names(text, index)


def test_one_country_per_name_across_a_roundups_items(index):
    text = ("ECUADOR\n\nGUAYAQUIL - Gunmen killed five people at a market on 11 March.\n\n"
            "- Esmeraldas: Eight inmates escaped from the city's prison on 13 March; four were recaptured.\n\n"
            "BRAZIL\n\nRIO DE JANEIRO - A police raid in the Complexo do Alemao left six suspects dead.\n\n"
            "SAO PAULO - Police killed two suspects in Guaruja.\n\n"
            "Clients should avoid travel to Catatumbo, Esmeraldas and Los Rios. Maintain heightened vigilance "
            "in Guayaquil.")
    found = [r for r in geoparse(text, index=index) if r.candidate.text == "Esmeraldas"]
    assert len(found) == 2 and {r.entry.country for r in found} == {"EC"}


def test_a_capitalized_plural_region_word_ends_a_list_of_regions(index):
    text = ("Bandits kill 18, abduct 40 in Zamfara, Katsina attacks\n\nBy Our Correspondents\n\n"
            "GUSAU - Armed bandits have killed at least 18 people and abducted 40 others in attacks on communities "
            "in Zamfara and Katsina States, residents told Punch on Thursday.\n\n"
            "In Zamfara, the gunmen stormed Kairu village in Maru Local Government Area on Wednesday night, killing "
            "11 villagers and kidnapping 25 women and children. A resident, Malam Sani, 54, said the attackers "
            "arrived on about 60 motorcycles.\n\n"
            "In Katsina State, seven people were killed and 15 abducted in Faskari on Tuesday, the police "
            "spokesman, ASP Abubakar Sadiq, confirmed.")
    (states,) = [r for r in geoparse(text, index=index) if text[r.candidate.end:].startswith(" States")]
    assert (states.candidate.text, states.entry.kind) == ("Katsina", "admin1")
    # "United States" stays the country.
    assert places("Talks between Mexico and United States officials resumed.", index)[-1][3] == "country"


# 3. Names.

def test_towns_popups_name_their_regions_current_names():
    # "Resolved as Bannu (populated place, N.W.F.P., PK)" and Mir Ali's "(populated place, F.A.T.A., PK)"
    # against the README's "Khyber Pakhtunkhwa, not 'N.W.F.P.'".
    from geomap.export import _admin1_names

    names = _admin1_names()
    assert (names["PK.NW"], names["PK.SD"], names["IN.OR"]) == ("Khyber Pakhtunkhwa", "Sindh", "Odisha")
    assert names["PK.TA"] == "Federally Administered Tribal Areas"


def test_a_city_region_and_its_city_are_one_place(index):
    # Natural Earth's admin-1 "Stepanakert" is GeoNames' city Khankendi: one city, not two places.
    text = ("Its main city, known to Armenians as Stepanakert and to Azerbaijanis as Khankendi, has since been "
            "rebuilt by Baku.")
    found = {r.candidate.text: r.entry.id for r in geoparse(text, index=index) if r.entry is not None}
    assert found["Stepanakert"] == found["Khankendi"]


# 4. Gazetteer gaps of the beat (regions.tsv).

def test_places_of_the_korean_and_kashmir_beats(index):
    assert places("Separately, about ten North Korean soldiers crossed the Military Demarcation Line in the central "
                  "section of the Demilitarized Zone on Tuesday.", index)[1][1] == "Korean Demilitarized Zone"
    text = ("In Rajouri, a government officer, additional district development commissioner Raj Kumar Thapa, was "
            "killed when a shell hit his residence, chief minister Omar Abdullah said on X.")
    assert places(text, index)[0][:3] == ("Rajouri", "Rajouri", "IN")
    text = ("India and Pakistan have clashed before: in 2019 Indian jets bombed a site near Balakot after a suicide "
            "bombing in Pulwama killed 40 paramilitary police.")
    assert ("Balakot", "Balakot", "PK", "city") in places(text, index)
    text = ("The confrontation came a week after Philippine and Chinese coast guard personnel unfurled rival flags "
            "on Sandy Cay, a sandbar near Pag-asa Island in the Spratly Islands.")
    assert "Sandy Cay" in names(text, index)
    text = ("SEOUL - North Korea fired missiles on Thursday, South Korea said. The United Nations Command said talks "
            "at Panmunjom, the truce village, were not planned.")
    assert "Panmunjom" in names(text, index)
