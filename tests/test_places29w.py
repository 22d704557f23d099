"""Places of storms, heat, drought and wildfires told over wide areas (the twenty-ninth session's fx29w check)."""

from geomap.model import Article
from geomap.pipeline import extract
from geomap.recognize import recognize


def test_a_settlement_named_by_two_places_of_other_countries_is_neither(index):
    text = ('"We can no longer reach the city by boat," said Raimundo Souza, a fisherman from the community of Porto '
            'Praia near Tefe.')
    assert [c.text for c in recognize(text, index)] == ["Tefe"]



def test_a_headlines_bare_name_takes_the_sense_the_body_qualifies(index):
    text = ("Heat wave sets records across Spain and Portugal; Mora hits 46.6C\n\n"
            "MADRID, June 30 (Reuters) - A heat wave scorching southern Europe set records on Sunday as the weather "
            "station in Mora, Portugal, registered 46.6 degrees Celsius, a June high for the country, and Spain's El "
            "Granado in Huelva province reached 46 C, the national weather agencies said.")
    doc = extract(Article(text, published="2025-06-30"), index=index)
    moras = [p for p in doc.places if p.name == "Mora"]
    assert [(p.country, len(p.mentions)) for p in moras] == [("PT", 2)]
