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
