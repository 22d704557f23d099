"""Places of storms, heat, drought and wildfires told over wide areas (the twenty-ninth session's fx29w check)."""

from geomap.recognize import recognize


def test_a_settlement_named_by_two_places_of_other_countries_is_neither(index):
    text = ('"We can no longer reach the city by boat," said Raimundo Souza, a fisherman from the community of Porto '
            'Praia near Tefe.')
    assert [c.text for c in recognize(text, index)] == ["Tefe"]

