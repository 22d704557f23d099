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


def _shown(text, index):
    from geomap.model import Article
    from geomap.pipeline import extract

    return {p.name: [text[s:e] for s, e in p.mentions] for p in extract(Article(text, published="2025-06-18"),
                                                                         index=index).places}


def test_a_place_written_both_ways_shows_the_gazetteers_spelling(index):
    shown = _shown("Russian missiles hit Kharkov on Monday. Officials in Kharkiv said five people were killed.", index)
    assert shown.get("Kharkiv") == ["Kharkov", "Kharkiv"], shown
    # The story's own spelling stays where the gazetteer's is not written, and a region written in full stays so.
    assert "Kharkov" in _shown("Russian missiles hit Kharkov on Monday, killing five people.", index)
    assert "Kaduna State" in _shown("Gunmen attacked a village in Kaduna State on Monday. Kaduna has seen many "
                                    "such attacks.", index)


def test_a_region_word_that_opens_a_bodys_name_is_no_part_of_the_region(index):
    shown = _shown("The Texas Department of Transportation closed Interstate 10 near El Paso on Monday, and Michigan "
                   "State University cancelled classes.", index)
    assert "Texas" in shown and "Texas Department" not in shown, shown
    assert "Michigan" in shown and "Michigan State" not in shown, shown
