"""The offline gazetteer as a geopy ``Geocoder``.

``geocode`` returns ``geopy.location.Location`` objects whose ``raw`` is the whole gazetteer
entry, so geopy tools (``RateLimiter``, ...) work with it unchanged.
"""

from __future__ import annotations

import math

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geomap.index import CITY_SET, Entry, GazetteerIndex, haversine_km, load_index
from geomap.text import normalize

__all__ = ["Gazetteer", "to_location", "Entry", "GazetteerIndex", "load_index", "haversine_km"]


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

    def search(self, query: str, country_codes=None) -> list[Entry]:
        """Entries named ``query``, best first as the geoparser ranks the name alone ("Kharkiv" is
        the city, then its oblast; "Paris, Texas" the one in Texas), then the other entries of the
        name by kind and population; the country bias first."""
        if not isinstance(query, str):
            raise TypeError(f"a place name (str) is expected, not {type(query).__name__}")
        from geomap.pipeline import geoparse
        from geomap.resolve import base_score

        wanted = {c.upper() for c in ([country_codes] if isinstance(country_codes, str) else country_codes or [])}
        key = normalize(query)
        named = sorted(self.candidates(query), key=lambda e: (base_score(e, key), e.id), reverse=True)
        first = next(iter(geoparse(query.strip(), index=self.index)), None)
        ranked = []
        if first is not None and first.candidate.start == 0 and (
                first.candidate.end == len(query.strip()) or first.candidate.qualifier is not None):
            ranked = [e for _, e in first.alternatives]
        found = ranked + [e for e in named if e not in ranked]
        found = [e for e in found if not wanted or e.country in wanted]
        return sorted(found, key=lambda e: e.country == self.country_bias, reverse=True)  # stable

    def geocode(self, query, *, exactly_one=True, country_codes=None, timeout=None):
        """Entries named ``query`` as geopy ``Location``s, best first (see ``search``)."""
        locations = [to_location(e) for e in self.search(query, country_codes)]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    def reverse(self, query, *, exactly_one=True, timeout=None):
        """The nearest populated places to a (lat, lon) point."""
        lat, lon = (float(v) for v in (query.split(",") if isinstance(query, str) else query))
        cities = list(self.index.entries_of_kind("city"))
        # Cheap equirectangular prefilter, then exact distance for the ranking.
        cities.sort(key=lambda e: (e.lat - lat) ** 2 + ((e.lon - lon) * math.cos(math.radians(lat))) ** 2)
        nearest = sorted(cities[:10], key=lambda e: haversine_km(lat, lon, e.lat, e.lon))
        locations = [to_location(e) for e in nearest]
        return locations[0] if exactly_one else locations
