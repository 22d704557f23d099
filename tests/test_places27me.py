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
