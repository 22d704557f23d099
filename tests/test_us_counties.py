"""Tests for the shipped US county reference points (geomap/data/us_counties.tsv)."""

from pathlib import Path

import pytest

from geomap.evaluate import haversine_km

TSV = Path(__file__).resolve().parents[1] / "geomap" / "data" / "us_counties.tsv"


@pytest.fixture(scope="module")
def counties() -> list[dict]:
    lines = TSV.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and "us-atlas" in lines[0] and "ISC" in lines[0]
    rows = []
    for line in lines[1:]:
        fips, name, state, lat, lon, area = line.split("\t")
        rows.append(
            {"fips": fips, "name": name, "state": state,
             "lat": float(lat), "lon": float(lon), "area_km2": float(area)}
        )
    return rows


def find(counties: list[dict], name: str, state: str) -> dict:
    matches = [c for c in counties if c["name"] == name and c["state"] == state]
    assert len(matches) == 1, (name, state, matches)
    return matches[0]


def test_row_count_and_unique_sorted_fips(counties):
    assert len(counties) > 3000
    fips = [c["fips"] for c in counties]
    assert fips == sorted(set(fips))
    assert all(len(f) == 5 and f.isdigit() for f in fips)


@pytest.mark.parametrize(
    "name, state, lat, lon",
    [
        ("Laurel County", "KY", 37.11, -84.12),
        ("DeKalb County", "GA", 33.77, -84.23),
        ("Kanawha County", "WV", 38.34, -81.53),
        ("Anderson County", "TN", 36.12, -84.20),
    ],
)
def test_known_counties_are_near_their_centres(counties, name, state, lat, lon):
    county = find(counties, name, state)
    assert haversine_km(county["lat"], county["lon"], lat, lon) < 30


def test_full_names_with_state_specific_suffixes(counties):
    assert find(counties, "Orleans Parish", "LA")["fips"] == "22071"
    assert find(counties, "Alexandria city", "VA")["fips"] == "51510"
    assert find(counties, "North Slope Borough", "AK")["fips"] == "02185"
    # DeKalb County exists in several states, each with its own point
    assert len({c["state"] for c in counties if c["name"] == "DeKalb County"}) >= 5


def test_points_within_us_bounds_and_areas_plausible(counties):
    for c in counties:
        in_states = 17 <= c["lat"] <= 72 and -180 <= c["lon"] <= -64  # incl. AK, HI, PR, VI
        aleutians_east_of_180 = 50 <= c["lat"] <= 56 and 170 <= c["lon"] <= 180
        pacific_territories = -15 <= c["lat"] <= 21 and (
            144 <= c["lon"] <= 146.5 or -171.5 <= c["lon"] <= -168  # GU/MP, AS
        )
        assert in_states or aleutians_east_of_180 or pacific_territories, c
        assert 0 <= c["area_km2"] < 400_000, c  # Yukon-Koyukuk is ~383,000 km²
    assert 1000 < find(counties, "Laurel County", "KY")["area_km2"] < 1300
