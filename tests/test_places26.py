"""Places of the twenty-sixth session's own checks: a country shows the name news gives it where
GeoNames' own reads oddly ("Palestinian Territory", "The Netherlands"), on the map and among an
event's actors, and GeoNames' name is still read as the country."""

import readings


def test_a_country_shows_the_name_news_gives_it(index):
    text = ("Some Palestinian Authority officials in Ramallah have welcomed the failure of the prisoner exchange "
            "negotiations between Israel and Hamas as good news.")
    actors = [a for *_, a in readings.events(text, index, "2009-12-23")]
    assert ["Palestine", "Hamas"] in actors, actors
    found = readings.places("The Netherlands, where the Meuse flooded parts of the province of Limburg, recorded "
                            "no deaths.", index)
    assert ("Netherlands", "Netherlands", "NL", "country", "place") in found, found
    for text in ("Aid to the Occupied Palestinian Territory was cut.", "Timor Leste joined ASEAN on Sunday."):
        assert [p[1] for p in readings.places(text, index) if p[3] == "country"] in (["Palestine"], ["Timor-Leste"]), text
