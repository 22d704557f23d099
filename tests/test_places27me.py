"""Places from the twenty-seventh session's own checks: "J&K", as India's press writes Jammu and
Kashmir, is one word and that region."""

from readings import places


def test_j_and_k_is_jammu_and_kashmir(index):
    text = ("SRINAGAR (PTI) - Militant violence in J&K has declined since 2019, officials said. Three militants "
            "were killed in a gunfight in J&K's Kupwara district on Tuesday.")
    found = places(text, index)
    assert [(p[0], p[1], p[2]) for p in found if p[0] == "J&K"] == [("J&K", "Jammu and Kashmir", "IN")] * 2
    assert ("Kupwara", "IN") in [(p[0], p[2]) for p in found]


def test_other_capitals_joined_by_an_ampersand_are_no_place(index):
    text = "AT&T and P&O Ferries said services from Dover to Calais had resumed."
    assert [p[0] for p in places(text, index)] == ["Dover", "Calais"]


def test_a_street_or_quarter_of_a_large_city_named_like_its_region_is_in_the_city(index):
    text = "Thousands of Bolsonaro supporters rallied on Avenida Paulista in São Paulo on Sunday."
    assert [(p[0], p[3]) for p in places(text, index) if p[0] == "São Paulo"] == [("São Paulo", "city")]
    text = "Robert Lamm, who was born in Brooklyn, New York, moved to Chicago as a teenager."
    assert [(p[1], p[3]) for p in places(text, index) if p[0] == "New York"] == [("New York City", "city")]


def test_a_town_far_from_the_city_named_like_its_region_is_in_the_region(index):
    # (a guard: "Buffalo, New York" is the state, as before)
    text = "Police in Buffalo, New York, said two people were shot."
    assert [(p[1], p[3]) for p in places(text, index) if p[0] == "New York"] == [("New York", "admin1")]


def test_a_surname_after_a_quoted_nickname_is_no_place(index):
    text = "Former president Jorge 'Tuto' Quiroga won 27 percent of the vote in La Paz, the electoral body said."
    found = places(text, index)
    assert [p[0] for p in found] == ["La Paz"]
    assert found[0][2] == "BO"


def test_a_banks_name_ending_in_its_countrys_own_name_is_no_place(index):
    text = "Tidjane Thiam, the ex-Credit Suisse chief, won 40 percent of the vote in Abidjan."
    assert [p[0] for p in places(text, index)] == ["Abidjan"]
    assert [p[0] for p in places("Banco do Brasil said profits fell in Brasília.", index)] == ["Brasília"]
