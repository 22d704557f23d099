"""Places in the regional English-language press: the findings of the twentieth session's audit
(Nigerian, Kenyan, South African, Bangladeshi, Chinese and Nepali papers' house styles)."""

from geomap.pipeline import geoparse


def placed(text, index):
    """(span, country) of each mention given coordinates."""
    return [(r.candidate.text, r.entry.country) for r in geoparse(text, index=index) if r.entry is not None]


def test_a_place_put_in_a_town_abroad_by_possessive_comma_or_unit_is_left_unplaced(index):
    # Eastleigh, Motherwell and Shyamnagar are in the gazetteer only in England, Scotland and India.
    assert placed("Traders in Nairobi's Eastleigh counted losses after flash floods.", index) == [("Nairobi", "KE")]
    assert placed("Flooding in Motherwell, Gqeberha, closed roads.", index) == [("Gqeberha", "ZA")]
    assert placed("Floods hit Shyamnagar upazila of Satkhira.", index) == [("Satkhira", "BD")]
    # A list goes on after the comma: each town is its own.
    assert [c for _, c in placed("Floods hit Motherwell, Gqeberha and Cardiff.", index)] == ["GB", "ZA", "GB"]


def test_a_feature_named_after_a_town_in_a_country_the_story_never_names_is_unplaced(index):
    text = ("Kisumu County Commissioner said 1,200 households in Ahero and Kano Plains had moved to higher "
            "ground. In Budalang'i, Busia County, the Nzoia River also broke its dykes.")
    assert "NG" not in [c for _, c in placed(text, index)]


def test_clubs_playing_a_match_name_no_place(index):
    assert placed("Kano Pillars beat Enyimba in Aba.", index) == [("Aba", "NG")]
    assert placed("Shakhtar Donetsk played in Lviv.", index) == [("Lviv", "UA")]
    assert placed("Johor Darul Ta'zim beat Selangor FC in Kuala Lumpur.", index) == [("Kuala Lumpur", "MY")]
    text = ("In the IPL, Chennai Super Kings defeated Mumbai Indians and Sunrisers Hyderabad beat Rajasthan Royals. "
            "In football, Mamelodi Sundowns beat Kaizer Chiefs, Enugu Rangers drew with Kano Pillars, and "
            "Bengaluru FC lost to Kerala Blasters. Mohun Bagan topped the table.")
    assert placed(text, index) == []
    # A state's police or a senator of a state is no club: "lost to Arizona Sen. John McCain".
    assert placed("Huckabee, who lost to Arizona Sen. John McCain last year, spoke.", index) == [("Arizona", "US")]
    # A country's possessive says whose side plays: "Papua New Guinea's Kumuls beat Fiji".
    assert [c for _, c in placed("Papua New Guinea's Kumuls beat Fiji 30-16 in Port Moresby.", index)] == \
        ["PG", "FJ", "PG"]


def test_parties_papers_and_firms_name_no_place_abroad(index):
    text = ("K-Electric raised tariffs. Pakistan International Airlines resumed flights. Dubai Islamic Bank and "
            "Tata Steel reported profits. The Pakistan Muslim League-Nawaz and the Pakistan Peoples Party met the "
            "Awami League. Kenya Kwanza and the Orange Democratic Movement traded barbs. Students of the University "
            "of Lagos, the University of Nairobi and the Lahore University of Management Sciences protested. "
            "Reports in The Hindu, Dawn, The Daily Star and Gulf News said prices would rise.")
    found = [(r.candidate.text, r.candidate.role) for r in geoparse(text, index=index) if r.entry is not None]
    assert ("Pakistan", "place") not in found and ("Pakistan", "demonym") in found
    assert not {"Dubai", "Orange", "Gulf"} & {t for t, _ in found}
    text = ("Meanwhile, Victoria Wanjiku, a trader from Eldoret, told the Nation that prices had risen. "
            "Niger Delta University, Plateau Hotel and Asia Pacific Breweries also announced results.")
    assert placed(text, index) == [("Eldoret", "KE"), ("Niger Delta", "NG")]


def test_a_state_named_person_described_by_her_trade_is_a_person(index):
    assert placed("Victoria Wanjiku, a trader from Eldoret, told the Nation that prices had risen.", index) == \
        [("Eldoret", "KE")]
    assert placed("Florida Ochieng, a teacher in Kisumu, won the award.", index) == [("Kisumu", "KE")]


def named(text, index):
    """(span, gazetteer name) of each mention given coordinates."""
    return [(r.candidate.text, r.entry.name) for r in geoparse(text, index=index) if r.entry is not None]


def test_a_local_government_area_or_a_taluk_is_named_after_its_town(index):
    assert named("Gunmen attacked villages in Gwoza LGA.", index) == [("Gwoza", "Gwoza Local Government Area")]
    assert named("Gunmen attacked villages in Faskari LGA in Katsina State.", index)[0] == \
        ("Faskari", "Faskari Local Government Area")
    assert named("Gunmen killed six persons in Bokkos LGA, Plateau State.", index)[0] == \
        ("Bokkos", "Bokkos Local Government Area")
    assert named("Rain hit Hunsur taluk on Monday.", index) == [("Hunsur", "Hunsūr Taluk")]
    # Another spelling of a town's name counts once a unit's word says it is a place.
    assert [c for _, c in placed("Rain hit Srirangapatna taluk on Monday.", index)] == ["IN"]


def test_a_city_written_with_its_first_words_initials(index):
    # Dawn and the Express Tribune write Dera Ismail Khan and Dera Ghazi Khan so after first mention.
    assert named("Police in D.I. Khan said four were killed.", index) == [("D.I. Khan", "Dera Ismail Khan")]
    assert named("Floods hit DI Khan and D.G. Khan on Monday.", index) == \
        [("DI Khan", "Dera Ismail Khan"), ("D.G. Khan", "Dera Ghazi Khan")]


def test_a_short_word_a_settlement_word_names_is_a_name(index):
    assert named("A landslide hit the village of Of in Trabzon province.", index) == \
        [("Of", "Of"), ("Trabzon province", "Trabzon")]


def test_names_with_a_lower_case_prefix(index):
    # South African and Swazi names keep their Nguni locative prefix in lower case.
    assert named("eThekwini municipality warned residents of more rain.", index) == [("eThekwini", "eThekwini")]
    assert named("Protests broke out in eSwatini on Monday.", index) == [("eSwatini", "Eswatini")]
    assert named("Water cuts hit eMalahleni in Mpumalanga.", index) == \
        [("eMalahleni", "Emalahleni"), ("Mpumalanga", "Mpumalanga")]
