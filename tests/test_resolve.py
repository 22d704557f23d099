"""Resolution from context: the right Odessa, Donetsk and Grodno."""

import pytest

from geomap.gazetteer import Gazetteer, haversine_km
from geomap.pipeline import geoparse

TRUE_POSITIONS = {  # (lat, lon) of the places the sample article reports events at
    "Istanbul": (41.01, 28.98), "Ankara": (39.93, 32.86), "Novocherkassk": (47.42, 40.09),
    "Donetsk": (48.00, 37.80), "Grodno": (53.68, 23.83), "Kyiv": (50.45, 30.52), "Lviv": (49.84, 24.03),
    "Dnipro": (48.46, 35.05), "Odessa": (46.48, 30.73),
}
REGION_POINTS = {  # a city inside each region named: the region's area must contain it
    "Rostov Oblast": (47.23, 39.72), "Kursk Oblast": (51.73, 36.19), "Sumy Oblast": (50.91, 34.80),
    "Dnipropetrovsk": (48.46, 35.05),
}


def resolved(text, **kw):
    return {r.candidate.text: r for r in geoparse(text, **kw)}


def test_sample_places_within_25_km(sample_article, index):
    by_text = resolved(sample_article.text, index=index)
    for name, (lat, lon) in TRUE_POSITIONS.items():
        e = by_text[name].entry
        assert haversine_km(e.lat, e.lon, lat, lon) < 25, (name, e)


def test_sample_regions_contain_their_cities(sample_article, index):
    from shapely.geometry import Point

    from geomap import boundaries

    by_text = resolved(sample_article.text, index=index)
    for name, (lat, lon) in REGION_POINTS.items():
        e = by_text[name].entry
        assert e.kind == "admin1", name
        region = next(r for r in boundaries.admin1_regions(e.country) if r.id == e.admin1)
        assert region.geometry.contains(Point(lon, lat)), name


def test_sample_places_nothing_in_the_united_states_but_metonyms(sample_article, index):
    for r in geoparse(sample_article.text, index=index):
        if r.entry.country == "US":
            assert r.candidate.text in ("United States", "Washington", "US"), r.candidate.text


def test_odessa_follows_the_document(index):
    assert resolved("Protesters gathered in Odessa and Kyiv on Sunday.", index=index)["Odessa"].entry.country == "UA"
    texan = resolved("The Odessa city council in Texas met with Midland officials.", index=index)
    assert texan["Odessa"].entry.country == "US"


def test_qualifier_decides(index):
    found = resolved("A fire broke out in Paris, Texas, on Monday.", index=index)
    # The qualifier's own entries include villages named Texas (Hidalgo, Mexico): the state decides.
    assert found["Paris"].candidate.qualifier is not None
    assert (found["Paris"].entry.country, found["Paris"].entry.admin1) == ("US", "US.TX")
    assert (found["Texas"].entry.kind, found["Texas"].entry.admin1) == ("admin1", "US.TX")


def test_country_is_not_a_town(index):
    for text in ["Poland sent aid.", "Russia said so.", "Troops moved across Ukraine."]:
        (r,) = geoparse(text, index=index)
        assert r.entry.kind == "country", text


def test_alternatives_are_ranked_with_scores(index):
    (r,) = [r for r in geoparse("Police in Odessa said.", index=index) if r.candidate.text == "Odessa"]
    scores = [s for s, _ in r.alternatives]
    assert len(r.alternatives) > 1 and scores == sorted(scores, reverse=True)
    assert 0 < r.confidence <= 1


def test_gazetteer_is_a_geopy_geocoder():
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.location import Location

    g = Gazetteer()
    loc = RateLimiter(g.geocode, min_delay_seconds=0)("Odessa")
    assert isinstance(loc, Location) and loc.raw["country"] == "UA"
    texas = g.geocode("Odessa", country_codes="US")
    assert texas.raw["country"] == "US" and abs(texas.latitude - 31.85) < 0.2
    assert g.geocode("Nowhereville Xyz") is None
    near = g.reverse((47.42, 40.09))
    assert near.raw["country"] == "RU" and haversine_km(near.latitude, near.longitude, 47.42, 40.09) < 5
    assert len(g.geocode("Paris", exactly_one=False)) > 3
    # From a tenth audit: the geocoder gave regions for cities (Washington State for Washington,
    # 3,604 km off) and nothing for a qualified name; it ranks as the geoparser does.
    for name, country in [("Kharkiv", "UA"), ("Washington", "US"), ("Lagos", "NG"), ("New York", "US")]:
        loc = g.geocode(name)
        assert (loc.raw["kind"], loc.raw["country"]) == ("city", country), name
    assert g.geocode("Paris, Texas").raw["admin1"] == "US.TX"
    with pytest.raises(TypeError, match="a place name"):
        g.geocode(None)


@pytest.mark.parametrize("limit", [60])
def test_lgl_resolution_quality(lgl_docs, index, limit):
    """On LGL's first articles, resolution of recognized gold names stays accurate."""
    from geomap.evaluate import score

    docs = lgl_docs[:limit]
    predicted = []
    for d in docs:
        mentions = [{"start": r.candidate.start, "end": r.candidate.end, "lat": r.entry and r.entry.lat,
                     "lon": r.entry and r.entry.lon} for r in geoparse(d["text"], index=index)]
        predicted.append({"id": d["id"], "mentions": mentions})
    s = score(docs, predicted)
    assert s.acc161 >= 0.65, s
    assert s.recall >= 0.5, s


def test_user_bias_by_country_and_box(index):
    text = "Officials in Odessa said the vote went smoothly."
    assert resolved(text, index=index)["Odessa"].entry.country == "UA"
    assert resolved(text, index=index, bias="US")["Odessa"].entry.country == "US"
    texas_box = "25.8,-106.7,36.5,-93.5"
    assert resolved(text, index=index, bias=texas_box)["Odessa"].entry.country == "US"


def test_bad_box_is_a_clear_error():
    from geomap.resolve import parse_bias

    with pytest.raises(ValueError, match="south,west,north,east"):
        parse_bias("1,2,three,4")


def test_anchor_distances_alike_one_by_one_and_as_a_matrix(lgl_docs, index, monkeypatch):
    import geomap.resolve as resolve_module
    from geomap.recognize import recognize

    candidates = recognize("\n\n".join(d["text"] for d in lgl_docs[:40]), index)
    anchors = resolve_module._context(candidates, None)[2]
    one_by_one = resolve_module._anchor_distances(candidates, anchors)
    monkeypatch.setattr(resolve_module, "SMALL_MATRIX", 0)
    matrix = resolve_module._anchor_distances(candidates, anchors)
    assert one_by_one.keys() == matrix.keys() and len(matrix) > 100
    assert all(abs(one_by_one[k] - matrix[k]) < 1e-6 for k in matrix)


def test_a_name_listed_among_regions_once_is_a_region_throughout(index):
    # One sense per document: "Lodz" beside a province is the voivodeship, and stays so.
    text = "Floods hit Lodz and Dong Thap province; Tromso and Lodz were spared."
    lodz = {(r.entry.id, r.entry.kind) for r in geoparse(text, index=index) if r.candidate.text == "Lodz"}
    assert lodz == {("ne:PL.LD", "admin1")}
